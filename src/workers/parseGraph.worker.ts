// Module worker: reads a large graph file (fetched or opened by loadGraph.ts) and parses it off the main thread.
// Graphology JSON is only parsed and given seeded positions here: the main thread validates and builds it once with
// parseGraph (building it here too, then exporting and importing it again, cost more than the build itself). GEXF,
// GraphML and GML are converted here, whatever their size. A big result goes back in several messages (parseChunks.ts).
import { importGraphText, routeGraphFile } from '../core/exchange/importFile';
import type { DOMParserConstructor } from '../shared/exchange';
import { assignSeededPositions, hasAllPositions } from '../core/graph';
import { parseJsonBytes } from '../core/graph/parseJsonBytes';
import { prepareGraphJson, prepareParsedGraphJson } from '../core/graph/prepareGraphJson';
import { MAX_TEXT_CHARACTERS, readGraphBytes, readGraphText } from '../core/graph/readGraphText';
import { parseMessages } from '../core/graph/parseChunks';
import type { ParseJob, ParseResult } from '../core/graph/types';
import { addImportNotes } from '../shared/importNotes';

/** Workers have no DOMParser; xmldom stands in, loaded on first XML file so JSON loads stay as small as before. */
async function loadDomParser(): Promise<DOMParserConstructor> {
  const { DOMParser } = await import('@xmldom/xmldom');
  return DOMParser as unknown as DOMParserConstructor;
}

/**
 * Size from which a JSON graph file is read as bytes (parseJsonBytes) instead of as one string: half the engine's
 * longest string, so no file near that limit is read as text, while smaller ones keep JSON.parse on the whole text.
 */
const JSON_BYTES_FROM = MAX_TEXT_CHARACTERS / 2;

/** Enough of the file's start to tell its format by (detectGraphFormat reads the opening of the text). */
const HEAD_BYTES = 64 * 1024;

self.onmessage = async (event: MessageEvent<ParseJob>) => {
  const { blob, name, source, servedGraph, bytesFrom = JSON_BYTES_FROM } = event.data;
  let result: ParseResult;
  try {
    // Opened files may be GEXF/GraphML from other tools; the served default graph is always our JSON.
    const bytesJson = blob.size >= bytesFrom && (servedGraph || routeGraphFile(await blob.slice(0, HEAD_BYTES).text(), name) === 'json');
    const { text, note: encodingNote } = bytesJson ? { text: '', note: null } : await readGraphText(blob, name);
    if (bytesJson) {
      // Parsing hundreds of megabytes takes seconds: the page shows how far it has got.
      const post = (done: number, total: number) => (self as unknown as Worker).postMessage({ kind: 'parsing', done, total });
      result = prepareParsedGraphJson(parseJsonBytes(new Uint8Array(await readGraphBytes(blob, name)), post), source);
    } else if (servedGraph || routeGraphFile(text, name) === 'json') {
      result = prepareGraphJson(text, source);
    } else {
      const graph = await importGraphText(text, name, loadDomParser);
      // How the file's encoding was read (Latin-1 where it was not UTF-8) is said beside the readers' own notes.
      if (encodingNote) addImportNotes(graph, [encodingNote], true);
      const serialized = graph.export();
      const hadPositions = hasAllPositions(serialized.nodes as never);
      if (!hadPositions) assignSeededPositions(serialized.nodes as never);
      result = { ok: true, serialized, validated: true, hadPositions, source };
    }
  } catch (error) {
    result = { ok: false, error: (error as Error).message, source };
  }
  try {
    for (const message of parseMessages(result)) (self as unknown as Worker).postMessage(message);
  } catch (error) {
    // Whatever the structured clone still refuses must end the "opening…" state with a message, never leave it on.
    (self as unknown as Worker).postMessage({ ok: false, error: `The file could not be handed to the app: ${(error as Error).message}`, source });
  }
};
