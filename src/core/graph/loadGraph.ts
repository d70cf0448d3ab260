// Loads a graph (URL or dropped/opened file), parsing a large or foreign one in the parse worker, and applies the
// result to the graph store.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { importInSlices, parseGraph, parseGraphInSteps, type ParseGraphStep, type PaperGraph } from '../../shared';
import { detectGraphFormat } from '../../shared/exchange/graphFormat';
import { graphStore, loadProgressStore, setLoadError, setLoadedGraph, startLoading } from './index';
import { BUILD_IN_ONE_TASK_UP_TO, ParseResultAssembler, RECORDS_PER_SLICE, recordCount } from './parseChunks';
import { prepareGraphJson } from './prepareGraphJson';
import { downloadGraphBlob } from './readGraphText';
import { nextTask } from '../nextTask';
import type { LoadProgress, ParseJob, ParseMessage, ParseRequest, ParseResult } from './types';

/** A missing default graph, which the app shows as the empty state rather than an error. */
const MISSING = 'missing';

/**
 * Graphology JSON files up to this size are parsed on the main thread. Starting the worker (loading its script, then
 * handing the parsed graph back, which the main thread decodes about as fast as it parses JSON) took longer than the
 * whole parse of the 1.7 MB seed graph, and made the app's first frame 1.5× bare sigma's. JSON.parse and the
 * position pass run at tens of MB per second here, so 4 MB stays under a few tens of milliseconds: one short task.
 */
export const PARSE_ON_MAIN_THREAD_MAX_BYTES = 4 * 1024 * 1024;

/** `?parse-here-below=N` (bytes) changes that bound for this page, e.g. 0 to parse every file in the worker. */
function parseHereMaxBytes(): number {
  const value = Number(new URLSearchParams(window.location.search).get('parse-here-below') ?? NaN);
  return Number.isFinite(value) && value >= 0 ? value : PARSE_ON_MAIN_THREAD_MAX_BYTES;
}

/** `?bytes-from=N` (bytes): JSON files of N bytes or more are read as bytes in the worker (tests set it low). */
function bytesFrom(): number | undefined {
  const value = Number(new URLSearchParams(window.location.search).get('bytes-from') ?? NaN);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The bytes of the request: a served graph is fetched here (one fetch, whichever thread then parses it). */
async function readRequest(request: ParseRequest): Promise<ParseJob> {
  if (request.kind === 'file') return { blob: request.file, name: request.name, source: request.name, servedGraph: false };
  const response = await fetch(request.url);
  // Vite's dev server answers unknown paths with index.html, so HTML means "no graph file here" too.
  if (response.status === 404 || (response.headers.get('content-type') ?? '').includes('text/html')) throw new Error(MISSING);
  if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText}.`);
  return { blob: await downloadGraphBlob(response, request.url), name: request.url, source: request.url, servedGraph: true };
}

const showProgress = (progress: LoadProgress | null) => loadProgressStore.update(() => progress);

/** A load a newer one replaced: its result is dropped (and its worker stopped). */
const CANCELLED: ParseResult = { ok: false, error: 'cancelled', source: '' };

/** Parse here when the file is small graphology JSON, else in the worker; never throws (errors are a result). */
async function parseRequest(request: ParseRequest, isCurrent: () => boolean): Promise<ParseResult> {
  const source = request.kind === 'file' ? request.name : request.url;
  let job: ParseJob;
  try {
    job = await readRequest(request);
    if (job.blob.size <= parseHereMaxBytes()) {
      const text = await job.blob.text();
      if (job.servedGraph || detectGraphFormat(text, job.name) === 'json') return prepareGraphJson(text, source);
    }
  } catch (error) {
    return { ok: false, error: (error as Error).message, source };
  }
  return parseInWorker(job, isCurrent);
}

function parseInWorker(job: ParseJob, isCurrent: () => boolean): Promise<ParseResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../../workers/parseGraph.worker.ts', import.meta.url), { type: 'module' });
    const { source } = job;
    const assembler = new ParseResultAssembler();
    const finish = (result: ParseResult) => {
      worker.terminate();
      resolve(result);
    };
    // A big result comes in chunks, each message decoded in a task of its own (parseChunks.ts).
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      if (!isCurrent()) return finish(CANCELLED);
      const message = event.data;
      if ('kind' in message && message.kind === 'parsing') {
        const megabytes = (bytes: number) => Math.floor(bytes / 2 ** 20);
        return showProgress({ stage: 'parsing', records: 'MB', done: megabytes(message.done), total: megabytes(message.total) });
      }
      let result: ParseResult | null;
      try {
        result = assembler.add(event.data);
      } catch (error) {
        result = { ok: false, error: (error as Error).message, source };
      }
      if (result) return finish(result);
      const progress = assembler.progress();
      if (progress) showProgress({ stage: 'receiving', ...progress });
    };
    worker.onerror = (event) => {
      finish({ ok: false, error: event.message || 'The file could not be read.', source });
    };
    worker.postMessage({ ...job, bytesFrom: bytesFrom() });
  });
}

/** The worker already built and exported a converted (GEXF, GraphML) file; here it is only imported. */
function importValidated(serialized: SerializedGraph): PaperGraph {
  const options = serialized.options ?? {};
  const graph = new Graph({ type: options.type ?? 'mixed', multi: Boolean(options.multi), allowSelfLoops: options.allowSelfLoops !== false });
  graph.import(serialized);
  return graph as unknown as PaperGraph;
}

export const DEFAULT_GRAPH_URL = '/graph.json';

/**
 * Above this many nodes each main-thread step of a load (receiving the worker's result, building the graph, drawing
 * it) runs in a task of its own, so no single task holds the tab for all of them and the page can show progress.
 */
const SPLIT_LOAD_ABOVE = 5000;

/**
 * Runs a stepwise build one step (a slice of RECORDS_PER_SLICE records) per task, showing how far it is; null when a
 * newer load replaced this one on the way. A bad file throws from the step that meets the problem, as parseGraph would.
 */
export async function runInSlices<T>(
  steps: Generator<ParseGraphStep, T, void>,
  isCurrent: () => boolean,
  onStep: (step: ParseGraphStep) => void = () => {},
  yieldToBrowser: () => Promise<void> = nextTask,
): Promise<T | null> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onStep(step.value);
    await yieldToBrowser();
    if (!isCurrent()) return null;
  }
}

/** The graph of a parse result built a slice per task: checked by parseGraphInSteps, or only imported if validated. */
export function buildInSteps(result: Extract<ParseResult, { ok: true }>): Generator<ParseGraphStep, PaperGraph, void> {
  if (!result.validated) return parseGraphInSteps(result.serialized, RECORDS_PER_SLICE);
  return (function* () {
    const serialized = result.serialized as SerializedGraph;
    const options = serialized.options ?? {};
    const graph = new Graph({ type: options.type ?? 'mixed', multi: Boolean(options.multi), allowSelfLoops: options.allowSelfLoops !== false });
    yield* importInSlices(graph as unknown as PaperGraph, serialized, RECORDS_PER_SLICE);
    return graph as unknown as PaperGraph;
  })();
}

let latest = 0;

export async function loadGraph(request: ParseRequest): Promise<void> {
  const ticket = ++latest;
  const isCurrent = () => ticket === latest;
  const source = request.kind === 'file' ? request.name : request.url;
  graphStore.update(startLoading(source));
  showProgress(null);
  // User-timing marks let the browser benchmark split "first frame" into fetch+parse (worker) and import (main).
  performance.mark('graph-load-start');
  const result = await parseRequest(request, isCurrent);
  performance.mark('graph-parsed');
  if (!isCurrent()) return; // a newer load replaced this one
  if (!result.ok) {
    showProgress(null);
    if (result.error === MISSING) {
      graphStore.update((s) => ({ ...s, status: 'empty', source, pending: null, error: null }));
    } else {
      graphStore.update(setLoadError(result.error, source));
    }
    return;
  }
  const counts = recordCount(result.serialized);
  const big = counts.nodes > SPLIT_LOAD_ABOVE;
  if (big) {
    await nextTask();
    if (!isCurrent()) return;
  }
  let graph: PaperGraph | null;
  try {
    if (counts.nodes + counts.edges > BUILD_IN_ONE_TASK_UP_TO) {
      graph = await runInSlices(buildInSteps(result), isCurrent, showProgress);
      if (graph === null) return;
    } else {
      // Graphology JSON arrives parsed but unchecked: parseGraph validates and builds it, once.
      graph = result.validated ? importValidated(result.serialized as SerializedGraph) : parseGraph(result.serialized);
    }
  } catch (error) {
    graphStore.update(setLoadError((error as Error).message, source));
    return;
  } finally {
    if (isCurrent()) showProgress(null);
  }
  performance.mark('graph-imported');
  // The graph is drawn in a task of its own, whatever its size: the app's code is preloaded beside the graph and has
  // usually mounted by now, and the store's update then renders at once (useSyncExternalStore), so parsing, building,
  // React's render and sigma's first frame made one task (779 ms on the seeds on a loaded machine, against 250).
  await nextTask();
  if (!isCurrent()) return;
  graphStore.update(setLoadedGraph(graph, source, result.hadPositions));
}
