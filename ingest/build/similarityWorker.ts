// Worker thread entry: computes the similarity layer's neighbour pairs of the texts it is sent (see similarityInWorker.ts).
import { parentPort } from 'node:worker_threads';
import { similarPairsOfTexts, type SimilarityOptions, type SimilarityText } from './similarity';

export interface SimilarityRequest {
  texts: SimilarityText[];
  options: Partial<SimilarityOptions>;
}

/** The pairs as parallel typed arrays: one transfer instead of a structured clone of a hundred thousand objects. */
export interface SimilarityAnswer {
  a: Int32Array;
  b: Int32Array;
  weight: Float64Array;
  best: Float64Array;
  abstractWords: Int32Array;
}

parentPort!.once('message', ({ texts, options }: SimilarityRequest) => {
  const { pairs, best, abstractWords } = similarPairsOfTexts(texts, options);
  const answer: SimilarityAnswer = {
    a: Int32Array.from(pairs, (pair) => pair.a),
    b: Int32Array.from(pairs, (pair) => pair.b),
    weight: Float64Array.from(pairs, (pair) => pair.weight),
    best,
    abstractWords,
  };
  parentPort!.postMessage(answer, [answer.a, answer.b, answer.weight, answer.best, answer.abstractWords].map((array) => array.buffer as ArrayBuffer));
});
