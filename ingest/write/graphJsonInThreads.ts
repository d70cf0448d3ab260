// The graph file's JSON in chunks, its edges formatted on a second thread while this one encodes the nodes: the same
// bytes as graphologyJsonChunks, in less wall time where a core is idle (the ingest's write, at the end of a run).
//
// Why: at 100k papers the file is 647 MB, two thirds of it 1.67M edges; stringifying it all took ~3 s of the main
// thread while the pipeline thread had nothing left to do. The edges come as typed columns (jsonEdges.ts, filled from
// the build's plan: plannedEdgeColumns.ts) in shared memory, cut into slices. A worker formats slices in order ahead
// of the writer and sends each as UTF-8 bytes (moved, not copied); this thread encodes the nodes meanwhile, then writes
// the slices in order, formatting itself any slice the worker has not claimed yet (a claim per slice, first come first
// served), so that both cores share the edges once the nodes are done. The worker stays at most `window` slices ahead
// of the last slice written: the bytes waiting for their turn are what this costs in memory (~4 MB a slice).
import type AbstractGraph from 'graphology-types';
import { graphologyJsonNodeChunks } from '../../src/shared/exchange/json';
import { EdgeColumnFormatter, type EdgeColumns, type EdgeTables } from '../../src/shared/exchange/jsonEdges';
import { startWorker, workerModuleUrl } from '../threads/startWorker';

/** `claims[i]`: who formats slice i (0 while nobody has claimed it). */
export const CLAIMED_BY_WORKER = 1;
export const CLAIMED_HERE = 2;
/** `control`'s cells: slices written so far (the worker waits on it), and 1 once the worker must stop. */
export const WRITTEN = 0;
export const STOP = 1;

/** The one message the worker gets. */
export interface EdgeSliceJob {
  columns: EdgeColumns;
  tables: EdgeTables;
  /** Slice i is edges bounds[i]..bounds[i + 1]. */
  bounds: Int32Array;
  claims: Int32Array;
  control: Int32Array;
  window: number;
}

/** A slice's text as UTF-8, from the worker. */
export interface FormattedSlice {
  slice: number;
  bytes: Uint8Array;
}

export interface ThreadedJsonOptions {
  /** Edges per slice: ~4 MB of text at the ingest's ~260 bytes an edge. */
  sliceEdges?: number;
  /** Slices the worker may format ahead of the writer. */
  window?: number;
  /** The worker's entry module (tests give one that fails). */
  workerUrl?: URL;
}

export const DEFAULT_THREADED_JSON_OPTIONS = { sliceEdges: 16_384, window: 24 };

/**
 * graphologyJsonChunks(graph) as strings and byte arrays, the edges from `edges`, which must describe the graph's
 * edges in its order (see plannedEdgeColumns.ts). Should the worker fail, this thread formats what it had not sent.
 */
export async function* graphJsonChunksInThreads(
  graph: AbstractGraph,
  /** Called once the worker is starting (it loads its module meanwhile). */
  edges: () => { columns: EdgeColumns; tables: EdgeTables },
  onProgress?: (elements: number, total: number) => void,
  options: ThreadedJsonOptions = {},
): AsyncGenerator<string | Uint8Array> {
  const { sliceEdges, window } = { ...DEFAULT_THREADED_JSON_OPTIONS, ...options };
  const worker = graph.size > 0 ? startWorker(options.workerUrl ?? workerModuleUrl('jsonEdgeWorker', import.meta.url)) : null;
  let columns: EdgeColumns;
  let tables: EdgeTables;
  try {
    ({ columns, tables } = edges());
  } catch (error) {
    await worker?.terminate();
    throw error;
  }
  if (columns.count !== graph.size) {
    await worker?.terminate();
    throw new Error(`graphJsonChunksInThreads: ${columns.count} edges in the columns, ${graph.size} in the graph`);
  }
  const slices = Math.ceil(columns.count / sliceEdges);
  const bounds = new Int32Array(slices + 1);
  for (let i = 0; i <= slices; i++) bounds[i] = Math.min(columns.count, i * sliceEdges);
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, slices)));
  const control = new Int32Array(new SharedArrayBuffer(8));

  const arrived = new Map<number, Uint8Array>();
  let waitingFor: { slice: number; wake: () => void } | null = null;
  let failed = false;
  const wake = () => {
    const waiting = waitingFor;
    waitingFor = null;
    waiting?.wake();
  };
  if (worker) {
    worker.on('message', ({ slice, bytes }: FormattedSlice) => {
      arrived.set(slice, bytes);
      if (waitingFor?.slice === slice) wake();
    });
    // A worker that fails leaves its claimed slices unsent: this thread formats every slice it has not received.
    const fail = () => {
      failed = true;
      wake();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    const job: EdgeSliceJob = { columns, tables, bounds, claims, control, window };
    worker.postMessage(job);
  }
  try {
    yield* graphologyJsonNodeChunks(graph, onProgress);
    const total = graph.order + graph.size;
    let formatter: EdgeColumnFormatter | null = null;
    /** Slice i's text, with the comma before it. */
    const formatHere = (i: number) => {
      formatter ??= new EdgeColumnFormatter(tables);
      return `${i > 0 ? ',' : ''}${formatter.format(columns, bounds[i], bounds[i + 1])}`;
    };
    /** Slices formatted here ahead of their turn, while the worker was on the next one to write. */
    const ready = new Map<number, string>();
    /** No slice below this one is left unclaimed. */
    let unclaimed = 0;
    for (let next = 0; next < slices; ) {
      const chunk = arrived.get(next) ?? ready.get(next);
      if (chunk !== undefined || failed) {
        arrived.delete(next);
        ready.delete(next);
        yield chunk ?? formatHere(next);
        next++;
        Atomics.store(control, WRITTEN, next);
        Atomics.notify(control, WRITTEN);
        onProgress?.(graph.order + bounds[next], total);
        continue;
      }
      // Not here yet: format the first slice nobody has claimed (within the window), or wait for the worker's bytes.
      unclaimed = Math.max(unclaimed, next);
      while (unclaimed < slices && unclaimed < next + window && Atomics.compareExchange(claims, unclaimed, 0, CLAIMED_HERE) !== 0) unclaimed++;
      if (unclaimed < slices && unclaimed < next + window) {
        ready.set(unclaimed, formatHere(unclaimed));
        unclaimed++;
        continue;
      }
      await new Promise<void>((resolve) => {
        waitingFor = { slice: next, wake: resolve };
        if (arrived.has(next) || failed) wake();
      });
    }
    yield ']}';
  } finally {
    Atomics.store(control, STOP, 1);
    Atomics.notify(control, WRITTEN);
    if (worker) {
      worker.removeAllListeners('exit');
      await worker.terminate();
    }
  }
}
