// Module worker: reads a large graph file (fetched or opened by loadGraph.ts) and parses it off the main thread.
// Graphology JSON is only parsed and given seeded positions here: the main thread validates and builds it once with
// parseGraph (building it here too, then exporting and importing it again, cost more than the build itself). GEXF,
// GraphML and GML are converted here, whatever their size. A big result goes back in several messages (parseChunks.ts).
import { importGraphText, routeGraphFile } from '../core/exchange/importFile';
import type { DOMParserConstructor } from '../shared/exchange';
import { assignSeededPositions, hasAllPositions } from '../core/graph';
import { prepareGraphJson } from '../core/graph/prepareGraphJson';
import { readGraphText } from '../core/graph/readGraphText';
import { parseMessages } from '../core/graph/parseChunks';
import type { ParseJob, ParseResult } from '../core/graph/types';

/** Workers have no DOMParser; xmldom stands in, loaded on first XML file so JSON loads stay as small as before. */
async function loadDomParser(): Promise<DOMParserConstructor> {
  const { DOMParser } = await import('@xmldom/xmldom');
  return DOMParser as unknown as DOMParserConstructor;
}

self.onmessage = async (event: MessageEvent<ParseJob>) => {
  const { blob, name, source, servedGraph } = event.data;
  let result: ParseResult;
  try {
    const text = await readGraphText(blob, name);
    // Opened files may be GEXF/GraphML from other tools; the served default graph is always our JSON.
    if (servedGraph || routeGraphFile(text, name) === 'json') {
      result = prepareGraphJson(text, source);
    } else {
      const serialized = (await importGraphText(text, name, loadDomParser)).export();
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
