// The graph file's JSON in chunks, its edges formatted and written by a second thread while this one encodes the
// nodes: the same bytes as graphologyJsonChunks, in less wall time where a core is idle (the ingest's write, at the
// end of a run).
//
// Why: at 100k papers the file is 647 MB, two thirds of it 1.67M edges; stringifying it all took ~3 s of the main
// thread while the pipeline thread had nothing left to do. The edges come as typed columns (jsonEdges.ts, filled from
// the build's plan: plannedEdgeColumns.ts) in shared memory, cut into slices. A worker formats slices in order and
// keeps them; once this thread has written the nodes it hands the file over (writeChunks' HandedOver), and the worker
// writes the slices from there, in order, while this thread formats slices nobody has claimed yet (a claim per slice,
// first come first served) and sends their text to the worker: both cores share the edges once the nodes are done.
// Why the worker writes, rather than sending its bytes here: the bytes would arrive as ArrayBuffers, memory outside
// this thread's heap, and V8 answers each ~64 MB of it with a full collection of the heap, seconds at 100k papers
// (measured: the write stage took 26–30 s instead of 7–10 s under load 7–10 when the bytes came here). The worker
// formats at most `window` slices ahead of the writing: what waits in its memory (~4 MB a slice).
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type AbstractGraph from 'graphology-types';
import { graphologyJsonNodeChunks } from '../../src/shared/exchange/json';
import { EdgeColumnFormatter, type EdgeColumns, type EdgeTables } from '../../src/shared/exchange/jsonEdges';
import { startWorker, workerModuleUrl } from '../threads/startWorker';
import type { HandedOver } from './writeChunks';

/** `claims[i]`: who formats slice i (0 while nobody has claimed it). */
export const CLAIMED_BY_WORKER = 1;
export const CLAIMED_HERE = 2;
/**
 * `control`'s cells: slices written so far (by the worker, in order); the file descriptor once handed over (-1
 * before); a counter this thread bumps whenever the worker has news (it waits on it); 1 once the worker must stop.
 */
export const WRITTEN = 0;
export const FD = 1;
export const SIGNAL = 2;
export const STOP = 3;

/** The one message the worker gets (besides the slices' texts on `texts`). */
export interface EdgeSliceJob {
  columns: EdgeColumns;
  tables: EdgeTables;
  /** Slice i is edges bounds[i]..bounds[i + 1]. */
  bounds: Int32Array;
  claims: Int32Array;
  control: Int32Array;
  /** The offset where the edges begin, set before the file is handed over. */
  start: Float64Array;
  /** Each written slice's length in bytes. */
  lengths: Float64Array;
  /** Where this thread sends the slices it formats (the worker reads it without its event loop). */
  texts: MessagePort;
  window: number;
}

/** A slice this thread formatted, for the worker to write. */
export interface SliceText {
  slice: number;
  text: string;
}

/** The worker's progress. */
export interface SlicesWritten {
  written: number;
}

export interface ThreadedJsonOptions {
  /** Edges per slice: ~4 MB of text at the ingest's ~260 bytes an edge. */
  sliceEdges?: number;
  /** Slices formatted ahead of the writing. */
  window?: number;
  /** The worker's entry module (tests give one that fails); null: no worker, this thread formats every slice. */
  workerUrl?: URL | null;
}

/**
 * Slices of 4,096 edges (~1 MB of text): a slice's text is built as a rope of small strings, garbage once encoded,
 * and a rope that outgrows the young generation is copied into the old one first (4× larger slices: the worker spent
 * half its time collecting garbage). At most 96 slices (~100 MB) formatted ahead of the writing.
 */
export const DEFAULT_THREADED_JSON_OPTIONS = { sliceEdges: 4096, window: 96 };

/** The worker's young generation: the main thread's (`--max-semi-space-size=64`), which worker threads do not inherit. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 3 * 64 };

const shared = <T>(Array: new (buffer: SharedArrayBuffer) => T, bytes: number) => new Array(new SharedArrayBuffer(Math.max(8, bytes)));

/**
 * graphologyJsonChunks(graph) for writeChunks, the edges from `edges`, which must describe the graph's edges in its
 * order (see plannedEdgeColumns.ts). Should the worker fail, this thread writes the slices it had not written.
 */
export async function* graphJsonChunksInThreads(
  graph: AbstractGraph,
  /** Called once the worker is starting (it loads its module meanwhile). */
  edges: () => { columns: EdgeColumns; tables: EdgeTables },
  onProgress?: (elements: number, total: number) => void,
  options: ThreadedJsonOptions = {},
): AsyncGenerator<string | HandedOver> {
  const { sliceEdges, window } = { ...DEFAULT_THREADED_JSON_OPTIONS, ...options };
  const worker = graph.size > 0 && options.workerUrl !== null ? startWorker(options.workerUrl ?? workerModuleUrl('jsonEdgeWorker', import.meta.url), WORKER_LIMITS) : null;
  let columns: EdgeColumns;
  let tables: EdgeTables;
  try {
    ({ columns, tables } = edges());
    if (columns.count !== graph.size) throw new Error(`graphJsonChunksInThreads: ${columns.count} edges in the columns, ${graph.size} in the graph`);
  } catch (error) {
    await worker?.terminate();
    throw error;
  }
  const slices = Math.ceil(columns.count / sliceEdges);
  const bounds = new Int32Array(slices + 1);
  for (let i = 0; i <= slices; i++) bounds[i] = Math.min(columns.count, i * sliceEdges);
  const claims = shared(Int32Array, 4 * slices);
  const control = shared(Int32Array, 16);
  control[FD] = -1;
  const start = shared(Float64Array, 8);
  const lengths = shared(Float64Array, 8 * slices);
  const total = graph.order + graph.size;
  const channel = new MessageChannel();

  /** Woken when the worker writes slices or fails. */
  let news: (() => void) | null = null;
  const wake = () => {
    const waiting = news;
    news = null;
    waiting?.();
  };
  let failed = worker === null;
  if (worker) {
    worker.on('message', ({ written }: SlicesWritten) => {
      onProgress?.(graph.order + bounds[written], total);
      wake();
    });
    // A worker that fails stops writing: this thread writes the slices after the last one it wrote.
    const fail = () => {
      failed = true;
      wake();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    const job: EdgeSliceJob = { columns, tables, bounds, claims, control, start, lengths, texts: channel.port2, window };
    worker.postMessage(job, [channel.port2]);
  }
  const signal = () => {
    Atomics.add(control, SIGNAL, 1);
    Atomics.notify(control, SIGNAL);
  };
  let formatter: EdgeColumnFormatter | null = null;
  /** Slice i's text, with the comma before it. */
  const formatHere = (i: number) => {
    formatter ??= new EdgeColumnFormatter(tables);
    return `${i > 0 ? ',' : ''}${formatter.format(columns, bounds[i], bounds[i + 1])}`;
  };
  /** Slices the worker wrote before it stopped (all of them unless it failed). */
  let writtenThere = 0;
  const handOver: HandedOver = {
    writeAt: async (fd, position) => {
      start[0] = position;
      Atomics.store(control, FD, fd);
      signal();
      let unclaimed = 0;
      for (;;) {
        const written = Atomics.load(control, WRITTEN);
        if (written === slices || failed) break;
        unclaimed = Math.max(unclaimed, written);
        while (unclaimed < slices && unclaimed < written + window && Atomics.compareExchange(claims, unclaimed, 0, CLAIMED_HERE) !== 0) unclaimed++;
        if (unclaimed < slices && unclaimed < written + window) {
          const text: SliceText = { slice: unclaimed, text: formatHere(unclaimed) };
          channel.port1.postMessage(text);
          signal();
          unclaimed++;
          // Let the worker's progress reports in between.
          await new Promise<void>((resolve) => setImmediate(resolve));
          continue;
        }
        // Every slice within reach is claimed: wait for the worker to write some (or fail).
        await new Promise<void>((resolve) => {
          news = resolve;
          if (Atomics.load(control, WRITTEN) !== written || failed) wake();
        });
      }
      // Published after each slice's length: the written slices end here, whatever happened after them.
      writtenThere = Atomics.load(control, WRITTEN);
      let end = position;
      for (let i = 0; i < writtenThere; i++) end += lengths[i];
      return end;
    },
  };
  try {
    yield* graphologyJsonNodeChunks(graph, onProgress);
    if (worker) yield handOver;
    for (let i = writtenThere; i < slices; i++) {
      yield formatHere(i);
      onProgress?.(graph.order + bounds[i + 1], total);
    }
    yield ']}';
  } finally {
    Atomics.store(control, STOP, 1);
    signal();
    channel.port1.close();
    if (worker) {
      worker.removeAllListeners('exit');
      await worker.terminate();
    }
  }
}
