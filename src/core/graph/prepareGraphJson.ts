// Graphology JSON text → the object parseGraph validates, with positions seeded: what the parse worker does with a
// large file and the main thread with a small one (see loadGraph.ts), so both give the same graph and notes.
import { dropDeepAttributeValues, parseGraph, unusableCoordinatesNote } from '../../shared';
import { assignSeededPositions, countUnusableCoordinates, hasAllPositions } from './index';
import type { ParseResult } from './types';

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

/** Parse graphology JSON text and seed its positions; throws with parseGraph's message when it is no JSON. */
export function prepareGraphJson(text: string, source: string): Extract<ParseResult, { ok: true }> {
  return prepareParsedGraphJson(parseJson(text), source);
}

/** prepareGraphJson on a document parsed already (parseJsonBytes, for a file too large to be read as one string). */
export function prepareParsedGraphJson(data: unknown, source: string): Extract<ParseResult, { ok: true }> {
  const hadPositions = prepareGraphData(data);
  return { ok: true, serialized: data, validated: false, hadPositions, source };
}
