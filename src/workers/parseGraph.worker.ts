// Module worker: fetches or reads a graph file (graphology JSON, GEXF or GraphML), validates it and seeds missing positions, off the main thread.
import { parseGraph } from '../shared';
import { importGraphText } from '../core/exchange/importFile';
import type { DOMParserConstructor } from '../shared/exchange';
import { assignSeededPositions, hasAllPositions } from '../core/graph';
import type { ParseRequest, ParseResult } from '../core/graph/types';

/** Thrown for a missing default graph, which the app shows as the empty state rather than an error. */
const MISSING = 'missing';

/** Workers have no DOMParser; xmldom stands in, loaded on first XML file so JSON loads stay as small as before. */
async function loadDomParser(): Promise<DOMParserConstructor> {
  const { DOMParser } = await import('@xmldom/xmldom');
  return DOMParser as unknown as DOMParserConstructor;
}

async function readRequest(request: ParseRequest): Promise<string> {
  if (request.kind === 'file') return request.file.text();
  const response = await fetch(request.url);
  // Vite's dev server answers unknown paths with index.html, so HTML means "no graph file here" too.
  if (response.status === 404 || (response.headers.get('content-type') ?? '').includes('text/html')) throw new Error(MISSING);
  if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText}.`);
  return response.text();
}

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  const source = request.kind === 'file' ? request.name : request.url;
  let result: ParseResult;
  try {
    const text = await readRequest(request);
    // Opened files may be GEXF/GraphML from other tools; the served default graph is always our JSON.
    const graph = request.kind === 'file' ? await importGraphText(text, request.name, loadDomParser) : parseGraph(text);
    const serialized = graph.export();
    const hadPositions = hasAllPositions(serialized.nodes as never);
    if (!hadPositions) assignSeededPositions(serialized.nodes as never);
    result = { ok: true, serialized, hadPositions, source };
  } catch (error) {
    const message = (error as Error).message;
    result = { ok: false, error: message === MISSING ? MISSING : message, source };
  }
  (self as unknown as Worker).postMessage(result);
};
