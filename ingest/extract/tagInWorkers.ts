// Part-of-speech tagging, the costliest per-document step of extraction, spread over worker threads.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { concatPretagged, type PretaggedCorpus } from './rank/pretagged';
import type { RankDocument } from './rank/options';

/**
 * Tag `docs` in `workers` threads. The corpus is cut into slices handed out in turn; the answers are put back in
 * corpus order, and tagging a sentence depends on that sentence alone, so the result is the same for any number of
 * workers (and the same as tagging in this thread). `onDone` reports documents tagged so far, as answers arrive.
 */
export async function pretagInWorkers(
  docs: RankDocument[],
  workers: number,
  onDone?: (done: number) => void,
): Promise<PretaggedCorpus> {
  if (!(Number.isInteger(workers) && workers >= 1)) throw new Error('pretagInWorkers: workers must be a whole number ≥ 1');
  if (docs.length === 0) return concatPretagged([]);
  // Slices small enough to balance the threads and keep progress moving, large enough that messages cost nothing.
  const size = Math.min(2_000, Math.max(200, Math.ceil(docs.length / (workers * 4))));
  const slices: RankDocument[][] = [];
  for (let start = 0; start < docs.length; start += size) {
    slices.push(docs.slice(start, start + size).map(({ id, title, abstract }) => ({ id, title, abstract })));
  }
  const results: PretaggedCorpus[] = new Array(slices.length);
  let next = 0;
  let done = 0;
  const url = new URL(`./tagWorker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
  // A TypeScript entry needs tsx's loader in the thread: inherited from `node --import tsx`, added when missing (vitest).
  // Only module-loading flags are passed on: V8 heap flags (--max-semi-space-size) are refused by worker threads.
  const execArgv: string[] = [];
  process.execArgv.forEach((arg, k) => {
    if (/^--(import|require|loader)=/.test(arg)) execArgv.push(arg);
    else if (/^--(import|require|loader)$/.test(arg) && k + 1 < process.execArgv.length) execArgv.push(arg, process.execArgv[k + 1]);
  });
  if (url.pathname.endsWith('.ts') && !execArgv.some((arg) => arg.includes('tsx'))) execArgv.push('--import', 'tsx');
  const pool = Array.from({ length: Math.min(workers, Math.max(1, slices.length)) }, () => startWorker(url, execArgv));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= slices.length) return resolve();
              const chunk = next++;
              worker.postMessage({ chunk, docs: slices[chunk] });
            };
            worker.on('message', (message: { type: 'progress' | 'result'; chunk: number; done: number; corpus?: PretaggedCorpus }) => {
              done += message.done;
              onDone?.(done);
              if (message.type === 'result') {
                results[message.chunk] = message.corpus!;
                sendNext();
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (code !== 0) reject(new Error(`tagging worker stopped with code ${code}`));
            });
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return concatPretagged(results);
}

/**
 * A worker on the entry module. A TypeScript entry (running from source, under tsx) is imported from a few lines of
 * code rather than being the worker's main file, after registering tsx's hooks in the thread.
 */
function startWorker(url: URL, execArgv: string[]): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { execArgv });
  // tsx's `--import tsx` registers its hooks in the main thread only; a worker registers them itself, then imports.
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, execArgv });
}
