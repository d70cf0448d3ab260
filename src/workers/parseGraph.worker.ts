// Module worker: fetches or reads a graph file and parses it off the main thread. Graphology JSON is only parsed and
// given seeded positions here: the main thread validates and builds it once with parseGraph (building it here too,
// then exporting and importing it again, cost more than the build itself). GEXF and GraphML are converted here.
import { dropDeepAttributeValues, parseGraph, unusableCoordinatesNote } from '../shared';
import { importGraphText, routeGraphFile } from '../core/exchange/importFile';
import type { DOMParserConstructor } from '../shared/exchange';
import { assignSeededPositions, countUnusableCoordinates, hasAllPositions } from '../core/graph';
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

/** JSON.parse, with parseGraph's own messages for empty and malformed files. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    parseGraph(text); // throws "The file is empty." / "Not a JSON file: …"
    throw new Error('Not a JSON file.');
  }
}

/** Add a note to a graphology-shaped object's graph attributes (attributes that are not an object are read as none). */
function addImportNote(data: { attributes?: unknown }, note: string): void {
  if (typeof data.attributes !== 'object' || data.attributes === null || Array.isArray(data.attributes)) data.attributes = {};
  const attributes = data.attributes as { importNotes?: unknown };
  attributes.importNotes = [...(Array.isArray(attributes.importNotes) ? attributes.importNotes : []), note];
}

/**
 * Seeds positions on a graphology-shaped object; anything else is left for parseGraph to reject with its message.
 * What parseGraph would drop and note, but must go before it runs, is dropped and noted here: coordinates that are no
 * positions (replaced by seeded ones), and values nested so deep that handing them to the main thread would overflow.
 */
function prepareGraphData(data: unknown): boolean {
  const nodes = (data as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes) || !nodes.every((n) => typeof n === 'object' && n !== null)) return false;
  const deepNote = dropDeepAttributeValues(data);
  if (deepNote !== null) addImportNote(data as { attributes?: unknown }, deepNote);
  const hadPositions = hasAllPositions(nodes);
  if (!hadPositions) {
    const unusable = countUnusableCoordinates(nodes);
    if (unusable > 0) addImportNote(data as { attributes?: unknown }, unusableCoordinatesNote(unusable));
    assignSeededPositions(nodes);
  }
  return hadPositions;
}

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  const request = event.data;
  const source = request.kind === 'file' ? request.name : request.url;
  let result: ParseResult;
  try {
    const text = await readRequest(request);
    // Opened files may be GEXF/GraphML from other tools; the served default graph is always our JSON.
    if (request.kind === 'url' || routeGraphFile(text, request.name) === 'json') {
      const data = parseJson(text);
      const hadPositions = prepareGraphData(data);
      result = { ok: true, serialized: data, validated: false, hadPositions, source };
    } else {
      const serialized = (await importGraphText(text, request.name, loadDomParser)).export();
      const hadPositions = hasAllPositions(serialized.nodes as never);
      if (!hadPositions) assignSeededPositions(serialized.nodes as never);
      result = { ok: true, serialized, validated: true, hadPositions, source };
    }
  } catch (error) {
    const message = (error as Error).message;
    result = { ok: false, error: message === MISSING ? MISSING : message, source };
  }
  try {
    (self as unknown as Worker).postMessage(result);
  } catch (error) {
    // Whatever the structured clone still refuses must end the "opening…" state with a message, never leave it on.
    (self as unknown as Worker).postMessage({ ok: false, error: `The file could not be handed to the app: ${(error as Error).message}`, source });
  }
};
