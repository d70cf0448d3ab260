// Loads a graph (URL or dropped/opened file) through the parse worker and applies the result to the graph store.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { parseGraph, type PaperGraph } from '../../shared';
import { graphStore, setLoadError, setLoadedGraph, startLoading } from './index';
import type { ParseRequest, ParseResult } from './types';

function parseInWorker(request: ParseRequest): Promise<ParseResult> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('../../workers/parseGraph.worker.ts', import.meta.url), { type: 'module' });
    const source = request.kind === 'file' ? request.name : request.url;
    worker.onmessage = (event: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      resolve({ ok: false, error: event.message || 'The file could not be read.', source });
    };
    worker.postMessage(request);
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

/** Yield to the browser: the rest runs in a new task, after a chance to paint. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let latest = 0;

export async function loadGraph(request: ParseRequest): Promise<void> {
  const ticket = ++latest;
  const source = request.kind === 'file' ? request.name : request.url;
  graphStore.update(startLoading(source));
  // User-timing marks let the browser benchmark split "first frame" into fetch+parse (worker) and import (main).
  performance.mark('graph-load-start');
  const result = await parseInWorker(request);
  performance.mark('graph-parsed');
  if (ticket !== latest) return; // a newer load replaced this one
  if (!result.ok) {
    if (result.error === 'missing') {
      graphStore.update((s) => ({ ...s, status: 'empty', source, pending: null, error: null }));
    } else {
      graphStore.update(setLoadError(result.error, source));
    }
    return;
  }
  const big = Array.isArray((result.serialized as { nodes?: unknown })?.nodes) &&
    (result.serialized as { nodes: unknown[] }).nodes.length > SPLIT_LOAD_ABOVE;
  if (big) {
    await nextTask();
    if (ticket !== latest) return;
  }
  let graph: PaperGraph;
  try {
    // Graphology JSON arrives parsed but unchecked: parseGraph validates and builds it, once.
    graph = result.validated ? importValidated(result.serialized as SerializedGraph) : parseGraph(result.serialized);
  } catch (error) {
    graphStore.update(setLoadError((error as Error).message, source));
    return;
  }
  performance.mark('graph-imported');
  if (big) {
    await nextTask();
    if (ticket !== latest) return;
  }
  graphStore.update(setLoadedGraph(graph, source, result.hadPositions));
}
