// Worker thread entry of extraction (see extractionThreads.ts): tags slices of a corpus, or ranks slices of its documents
// once it has been sent the corpus' ranking tables. Answers carry typed arrays, transferred rather than copied.
import { parentPort } from 'node:worker_threads';
import { pretag } from './rank/pretagged';
import type { RankDocument, RankOptions } from './rank/options';
import { rankRange, scoringCorpusOf, type RankTables } from './rank/rankTables';
import type { ScoringCorpus } from './rank/score';
import { SHARED_WORDS } from './text';

/** `taken` (on a SharedArrayBuffer, one entry per slice of the job): 1 once the main thread computes the slice itself,
 * so a worker reaching it later skips it. */
export type ExtractionRequest =
  | { kind: 'tag'; job: number; slice: number; taken: Int32Array; docs: RankDocument[] }
  | { kind: 'tables'; tables: RankTables; options: RankOptions }
  | { kind: 'rank'; job: number; slice: number; taken: Int32Array; start: number; end: number };

/** Answers name their job and slice: the main thread may have computed the slice itself meanwhile (see share). */
export type ExtractionAnswer =
  | { type: 'progress'; job: number; slice: number; done: number }
  | { type: 'result'; job: number; slice: number; value: unknown; done: number };

let ranking: { tables: RankTables; options: RankOptions; corpus: ScoringCorpus } | null = null;

parentPort!.on('message', (request: ExtractionRequest) => {
  if (request.kind !== 'tables' && Atomics.load(request.taken, request.slice) === 1) {
    parentPort!.postMessage({ type: 'result', job: request.job, slice: request.slice, value: null, done: 0 } satisfies ExtractionAnswer);
  } else if (request.kind === 'tag') {
    const { job, slice, docs } = request;
    let reported = 0;
    const corpus = pretag(SHARED_WORDS, docs, (done) => {
      // Progress every 100 documents: enough for a live bar, few enough messages not to cost anything.
      if (done - reported >= 100) {
        parentPort!.postMessage({ type: 'progress', job, slice, done: done - reported } satisfies ExtractionAnswer);
        reported = done;
      }
    });
    const transfer = [corpus.docStarts, corpus.docSentences, corpus.sentenceLengths, corpus.formOf, corpus.tags].map((array) => array.buffer as ArrayBuffer);
    parentPort!.postMessage({ type: 'result', job, slice, value: corpus, done: docs.length - reported } satisfies ExtractionAnswer, transfer);
  } else if (request.kind === 'tables') {
    ranking = { tables: request.tables, options: request.options, corpus: scoringCorpusOf(request.tables) };
  } else {
    if (!ranking) throw new Error('extraction worker: asked to rank before it was sent the tables');
    const ranked = rankRange(ranking.corpus, ranking.tables, request.start, request.end, ranking.options);
    const transfer = [ranked.keptStarts, ranked.entries, ranked.scores].map((array) => array.buffer as ArrayBuffer);
    parentPort!.postMessage({ type: 'result', job: request.job, slice: request.slice, value: ranked, done: 0 } satisfies ExtractionAnswer, transfer);
  }
});
