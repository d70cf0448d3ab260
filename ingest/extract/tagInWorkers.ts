// Part-of-speech tagging, the costliest per-document step of extraction, spread over worker threads.
import { startWorker, workerModuleUrl } from '../threads/startWorker';
import { concatPretagged, pretag, type PretaggedCorpus } from './rank/pretagged';
import { SHARED_WORDS, WordTable } from './text';
import type { RankDocument } from './rank/options';

/**
 * Tag `docs` in `workers` threads, the main thread taking its share too (it would only wait otherwise: on two cores,
 * one worker and the main thread keep both busy). The corpus is cut into slices handed out in turn; the answers are
 * put back in corpus order, and tagging a sentence depends on that sentence alone, so the result is the same for any
 * number of workers (and the same as tagging in this thread). The main thread tags with a word table of its own, so
 * the shared table still meets new words in corpus order when the answers are read. `onDone` reports documents tagged
 * so far, as answers arrive.
 */
export async function pretagInWorkers(
  docs: RankDocument[],
  workers: number,
  onDone?: (done: number) => void,
): Promise<PretaggedCorpus> {
  if (!(Number.isInteger(workers) && workers >= 1)) throw new Error('pretagInWorkers: workers must be a whole number ≥ 1');
  if (docs.length === 0) return concatPretagged([]);
  // Slices small enough that the main thread, tagging one between two looks at its workers' messages, keeps them
  // waiting little (each worker also holds a second slice queued), large enough that messages cost nothing.
  const size = Math.min(500, Math.max(100, Math.ceil(docs.length / ((workers + 1) * 8))));
  const slices: RankDocument[][] = [];
  for (let start = 0; start < docs.length; start += size) {
    slices.push(docs.slice(start, start + size).map(({ id, title, abstract }) => ({ id, title, abstract })));
  }
  const results: PretaggedCorpus[] = new Array(slices.length);
  let next = 0;
  let done = 0;
  const url = workerModuleUrl('tagWorker', import.meta.url);
  const pool = Array.from({ length: Math.min(workers, Math.max(1, slices.length)) }, () => startWorker(url));
  const table = new WordTable(SHARED_WORDS.english);
  try {
    const inWorkers = pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          let pending = 0;
          const sendNext = () => {
            if (next >= slices.length) {
              if (pending === 0) resolve();
              return;
            }
            const chunk = next++;
            pending++;
            worker.postMessage({ chunk, docs: slices[chunk] });
          };
          worker.on('message', (message: { type: 'progress' | 'result'; chunk: number; done: number; corpus?: PretaggedCorpus }) => {
            done += message.done;
            onDone?.(done);
            if (message.type === 'result') {
              results[message.chunk] = message.corpus!;
              pending--;
              sendNext();
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`tagging worker stopped with code ${code}`));
          });
          // Two slices each: a worker finishing one while the main thread is busy tagging starts the next at once.
          sendNext();
          sendNext();
        }),
    );
    // The main thread's share: one slice at a time, letting the workers' answers (and their next slices) through between.
    let failed = false;
    const settled = Promise.all(inWorkers).catch(() => {
      failed = true;
    });
    while (next < slices.length && !failed) {
      await new Promise((resolve) => setImmediate(resolve));
      if (next >= slices.length || failed) break;
      const chunk = next++;
      results[chunk] = pretag(table, slices[chunk]);
      done += slices[chunk].length;
      onDone?.(done);
    }
    await settled;
    await Promise.all(inWorkers);
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return concatPretagged(results);
}
