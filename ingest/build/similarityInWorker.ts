// The similarity layer's costly part (TF-IDF, latent vectors, nearest neighbours) in a worker thread, started before
// extraction: it reads only the papers' texts, so it runs on the second core while the main thread extracts concepts.
import { startWorker, workerModuleUrl } from '../threads/startWorker';
import type { SimilarityOptions, SimilarityText, SimilarTexts } from './similarity';
import type { SimilarityAnswer, SimilarityRequest } from './similarityWorker';

/**
 * Start computing `similarPairsOfTexts(texts, options)` in a worker; the promise gives the same result, pair for pair
 * and bit for bit (the same code on the same input), so the graph file does not depend on where it ran. The worker is
 * gone once it has answered or failed.
 */
export function similarPairsInWorker(texts: SimilarityText[], options: Partial<SimilarityOptions> = {}): Promise<SimilarTexts> {
  const worker = startWorker(workerModuleUrl('similarityWorker', import.meta.url));
  const request: SimilarityRequest = { texts, options };
  worker.postMessage(request);
  return new Promise<SimilarTexts>((resolve, reject) => {
    worker.once('message', (answer: SimilarityAnswer) => {
      const pairs = Array.from(answer.a, (a, i) => ({ a, b: answer.b[i], weight: answer.weight[i] }));
      resolve({ pairs, best: answer.best, abstractWords: answer.abstractWords });
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`similarity worker stopped with code ${code} before answering`)));
  }).finally(() => worker.terminate());
}
