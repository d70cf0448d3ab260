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
  let graph: PaperGraph;
  try {
    // Graphology JSON arrives parsed but unchecked: parseGraph validates and builds it, once.
    graph = result.validated ? importValidated(result.serialized as SerializedGraph) : parseGraph(result.serialized);
  } catch (error) {
    graphStore.update(setLoadError((error as Error).message, source));
    return;
  }
  performance.mark('graph-imported');
  graphStore.update(setLoadedGraph(graph, source, result.hadPositions));
}
