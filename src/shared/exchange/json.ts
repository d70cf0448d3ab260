// graphology JSON export: the project's own graph file (graph.export() plus schema version), via serializeGraph, as
// one string or as a sequence of chunks that concatenate to exactly that string.
import type AbstractGraph from 'graphology-types';
import { serializeGraph } from '../serialize';
import type { PaperGraph } from '../schema';

export interface JsonExportOptions {
  /** Indentation passed to JSON.stringify; none by default (files are served to browsers). */
  space?: number;
}

export function toGraphologyJson(graph: AbstractGraph, options: JsonExportOptions = {}): string {
  return serializeGraph(graph as unknown as PaperGraph, options.space);
}

/** Characters per chunk handed to the consumer: big enough that writes are cheap, small enough to never matter. */
const CHUNK_CHARS = 1 << 16;

function hasOwnEnumerable(attributes: object): boolean {
  for (const _name in attributes) return true;
  return false;
}

/**
 * `serializeGraph(graph)` (no indentation) in chunks, byte for byte: `JSON.stringify(graph.export())` needs the whole
 * exported copy of the graph and the whole text at once, this needs one element at a time. It follows graphology's
 * serialisation: `{options, attributes, nodes, edges}`, a node as `{key, attributes?}`, an edge as
 * `{key, source, target, attributes?, undirected?}` (attributes left out when empty, `undirected` only in mixed graphs).
 */
export function* graphologyJsonChunks(graph: AbstractGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let chunk = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    const serialised = hasOwnEnumerable(attributes) ? { key: node, attributes } : { key: node };
    chunk += (first ? '' : ',') + JSON.stringify(serialised);
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  chunk += '],"edges":[';
  first = true;
  const mixed = graph.type === 'mixed';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialised: Record<string, unknown> = { key: edge, source, target };
    if (hasOwnEnumerable(attributes)) serialised.attributes = attributes;
    if (mixed && undirected) serialised.undirected = true;
    chunk += (first ? '' : ',') + JSON.stringify(serialised);
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]}`;
}
