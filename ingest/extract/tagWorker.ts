// Worker thread entry: tags the slices of a corpus it is sent and answers with their encoded tokens and tags (see pretagged.ts).
import { parentPort } from 'node:worker_threads';
import { pretag } from './rank/pretagged';
import type { RankDocument } from './rank/options';
import { SHARED_WORDS } from './text';

export interface TagRequest {
  chunk: number;
  docs: RankDocument[];
}

parentPort!.on('message', ({ chunk, docs }: TagRequest) => {
  let reported = 0;
  const corpus = pretag(SHARED_WORDS, docs, (done) => {
    // Progress every 100 documents: enough for a live bar, few enough messages not to cost anything.
    if (done - reported >= 100) {
      parentPort!.postMessage({ type: 'progress', chunk, done: done - reported });
      reported = done;
    }
  });
  parentPort!.postMessage({ type: 'result', chunk, corpus, done: docs.length - reported }, [corpus.docStarts, corpus.docSentences, corpus.sentenceLengths, corpus.formOf, corpus.tags].map((array) => array.buffer as ArrayBuffer));
});
