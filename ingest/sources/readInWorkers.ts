// Reading a large input's files partly in worker threads while the main thread reads the rest, results in file order.
import { stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerModuleUrl } from '../threads/startWorker';
import type { SourceFileResult } from './index';
import type { ReadFileAnswer, ReadFileRequest } from './readFileAnswer';

/**
 * Bytes of input a read worker must be able to take for it to pay. Measured on the 20-page OpenAlex corpus (3.4 MB a
 * page): starting a worker under tsx costs ~0.4–0.6 s of CPU (tsx's loader in the thread ~0.25 s, then the readers'
 * modules, Better BibTeX's parser alone ~0.15 s); the main thread reads a page in ~0.2 s of CPU (~17 MB/s); handing a
 * page's records back costs ~50 ms (structured clone: ~20 ms to serialise in the worker, ~30 ms to deserialise here),
 * and the worker's first pages run before its JIT has warmed up. A worker taking fewer than ~8 MB would not earn its
 * start-up back on paper; measured, it earns less: 2026-12-03 on a quiet 2-core machine (a fresh process per run,
 * alternated), 20 listing pages of 1,000 papers (25 MB) read in 0.81–0.92 s on the main thread alone against
 * 1.09–1.20 s with one worker, and the 65 MB OpenAlex download in 2.51–2.66 s either way. 32 MB keeps the first on the
 * main thread and gives the second one worker on two cores (three on more), where its share can pay. (Measured under
 * tsx, as the CLI ran then; the built CLI, ingest/bundle.mjs, starts a worker without tsx's loader, so a worker may pay
 * on less: not measured again.)
 */
export const MIN_BYTES_PER_READ_WORKER = 32 * 1024 * 1024;

/** Files handed to a thread ahead of its answers (see readFilesInWorkers). */
const FILES_QUEUED_PER_THREAD = 2;

export interface ReadWorkerOptions {
  /**
   * Worker threads to read with, at most (still one file each at least, and the bytes to pay for them); 0 reads every
   * file in this thread. Default: the cores left idle (`spareCores`).
   */
  workers?: number;
  /** Bytes each worker must be able to take (default MIN_BYTES_PER_READ_WORKER); tests set 0 to use workers on small inputs. */
  minBytesPerWorker?: number;
  /** Cores idle besides this thread's, for the default number of workers (default `spareCores()`); tests set it. */
  spareCores?: number;
}

/**
 * Cores idle besides the one this thread runs on, by the last minute's load average (as `make --load-average` decides
 * whether to start another job). Every worker costs CPU on top of the sequential read (start-up, structured clone,
 * a second heap's garbage collection: ~+1.3 s, +30–35 %, on the 65 MB corpus), which only pays back in wall time on a core
 * that would otherwise sit idle; on a busy machine (a 2-core machine at load 4–9 in our measurements) the worker
 * competes with the main thread for the same cores and the read is no faster, only dearer.
 */
export function spareCores(): number {
  // os.loadavg() is [0, 0, 0] where the system has none (Windows): every core but this thread's then counts as idle.
  return Math.max(0, Math.round(availableParallelism() - 1 - loadavg()[0]));
}

/** Bytes of the files together (a file that cannot be stat'ed counts for nothing). */
export async function totalFileBytes(files: string[]): Promise<number> {
  const sizes = await Promise.all(files.map(fileSize));
  return sizes.reduce((sum, size) => sum + size, 0);
}

async function fileSize(file: string): Promise<number> {
  // A file that cannot be stat'ed is read (and reported) like any other; it just counts for nothing here.
  return stat(file).then((info) => (info.isFile() ? info.size : 0), () => 0);
}

/**
 * How many read workers pay for these files: none for one file (one huge file stays on one thread: a file is parsed
 * whole by one reader, which cannot be split), and one per MIN_BYTES_PER_READ_WORKER the main thread does not parse
 * itself (the main thread takes the largest file, so only the bytes of the others count as work a worker could take),
 * as many as there are idle cores unless the caller names a number.
 */
export async function countReadWorkers(files: string[], options: ReadWorkerOptions = {}): Promise<number> {
  const most = Math.min(options.workers ?? options.spareCores ?? spareCores(), files.length - 1);
  if (most < 1) return 0;
  const sizes = await Promise.all(files.map(fileSize));
  const movable = sizes.reduce((sum, size) => sum + size, 0) - Math.max(...sizes);
  const minBytes = options.minBytesPerWorker ?? MIN_BYTES_PER_READ_WORKER;
  if (minBytes <= 0) return most;
  return Math.min(most, Math.floor(movable / minBytes));
}

/**
 * A thread that reads files for readFilesInWorkers, one request at a time or several queued: a read worker started for
 * the read, or a thread started anyway and lent for it (the pipeline's worker thread, idle until the files are read).
 * Its promise rejects when the thread fails; the file is then read in the main thread.
 */
export interface FileReadingThread {
  read(request: ReadFileRequest): Promise<ReadFileAnswer>;
}

export interface ReadInWorkersOptions {
  /** Read workers to start (each costs its start-up; see MIN_BYTES_PER_READ_WORKER). */
  workers: number;
  /** Threads already running that read files too, at no start-up cost (none by default). */
  lent?: FileReadingThread[];
  maxFileBytes: number;
  /** Reads one file in this thread (the same function a worker runs, so the same entries and warnings). */
  readHere: (file: string) => Promise<SourceFileResult>;
  /** Called once per file as soon as it is read, wherever: progress stays live. */
  onFileRead: (file: string) => void;
  /** The worker entry (default readWorker.ts); tests give one that fails, to see its files read here instead. */
  workerUrl?: URL;
}

/** A started read worker as a FileReadingThread: answers are matched to requests by the file's index. */
function readWorkerThread(worker: Worker): FileReadingThread {
  const pending = new Map<number, { resolve: (answer: ReadFileAnswer) => void; reject: (error: Error) => void }>();
  let stopped: Error | null = null;
  const fail = (error: Error) => {
    stopped ??= error;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  worker.on('message', (answer: ReadFileAnswer) => {
    const request = pending.get(answer.index);
    pending.delete(answer.index);
    request?.resolve(answer);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`read worker stopped with code ${code}`)));
  return {
    read: (request) =>
      new Promise<ReadFileAnswer>((resolve, reject) => {
        if (stopped) return reject(stopped);
        pending.set(request.index, { resolve, reject });
        worker.postMessage(request);
      }),
  };
}

/**
 * Read `files` in `workers` new threads, the `lent` ones and this one; the answers are put back in file order, and
 * each file is read by the same function wherever it runs, so the entries and warnings are those of reading one file
 * after the other here. Files are handed out largest first (the main thread, which needs no start-up, takes the first)
 * so the threads finish close together. A thread that fails (it crashed, or could not send a file's records back)
 * gives its unanswered files back to this thread, which reads them itself: no file is lost and no warning differs.
 */
export async function readFilesInWorkers(files: string[], options: ReadInWorkersOptions): Promise<SourceFileResult[]> {
  const { maxFileBytes, readHere, onFileRead } = options;
  const lent = options.lent ?? [];
  if (!(Number.isInteger(options.workers) && options.workers >= 0 && options.workers + lent.length >= 1)) {
    throw new Error('readFilesInWorkers: workers must be a whole number ≥ 0, with at least one thread besides this one');
  }
  const sizes = await Promise.all(files.map(fileSize));
  // Stable: equal sizes keep file order.
  const order = files.map((_file, index) => index).sort((a, b) => sizes[b] - sizes[a]);
  const results: SourceFileResult[] = new Array(files.length);
  let next = 0;
  /** Files a failed thread gave back, read here after the queue. */
  const givenBack: number[] = [];

  const readInThisThread = async (index: number) => {
    results[index] = await readHere(files[index]);
    onFileRead(files[index]);
  };
  // The main thread starts on the largest file at once, while the workers start up.
  const first = next < order.length ? readInThisThread(order[next++]) : Promise.resolve();

  const url = options.workerUrl ?? workerModuleUrl('readWorker', import.meta.url);
  const started = Array.from({ length: Math.min(options.workers, Math.max(0, order.length - next)) }, () => startWorker(url));
  const runThread = (thread: FileReadingThread) =>
    new Promise<void>((resolve) => {
      const pending = new Set<number>();
      let failed = false;
      const sendNext = () => {
        if (failed) return;
        if (next >= order.length) {
          if (pending.size === 0) resolve();
          return;
        }
        const index = order[next++];
        pending.add(index);
        thread.read({ index, file: files[index], maxFileBytes }).then(
          (answer) => {
            if (failed) return;
            pending.delete(answer.index);
            if ('result' in answer) {
              results[answer.index] = answer.result;
              onFileRead(files[answer.index]);
            } else {
              givenBack.push(answer.index);
            }
            sendNext();
          },
          () => {
            if (failed) return;
            failed = true;
            givenBack.push(...pending);
            pending.clear();
            resolve();
          },
        );
      };
      for (let k = 0; k < FILES_QUEUED_PER_THREAD; k++) sendNext();
    });

  try {
    // FILES_QUEUED_PER_THREAD files each, for a started worker and a lent thread alike: finishing one while the main
    // thread is busy parsing, it starts the next at once instead of waiting for this thread to hand it one between two
    // of its own files. (A lent thread used to get one at a time, as it parses its first files cold; measured
    // 2026-12-05 on 100 listing pages of 1,000 papers under tsx, alternated: it then read 35–38 of the 100 files and
    // the read took 5.9–6.9 s; with two queued, 42–46 files and 5.4–5.9 s; the built runner's whole ingest,
    // alternated: read stage 6.44–6.64 → 5.75–6.08 s. At worst a file queued behind a slow one ends the read one file
    // later than needed.)
    const inWorkers = Promise.all([...started.map((worker) => runThread(readWorkerThread(worker))), ...lent.map((thread) => runThread(thread))]);
    await first;
    // The main thread's share: the next file in the queue, as long as there is one; reading a file awaits its I/O,
    // which lets the workers' answers (and their next files) through in between.
    while (next < order.length) await readInThisThread(order[next++]);
    await inWorkers;
    for (const index of givenBack.sort((a, b) => a - b)) await readInThisThread(index);
  } finally {
    await Promise.all(started.map((worker) => worker.terminate()));
  }
  return results;
}
