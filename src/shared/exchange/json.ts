// graphology JSON export: the project's own graph file (graph.export() plus schema version), via serializeGraph, as
// one string or as a sequence of chunks that concatenate to exactly that string.
import type AbstractGraph from 'graphology-types';
import { serializeGraph } from '../serialize';
import type { PaperGraph } from '../schema';
import { CHUNK_CHARS, type ElementProgress } from './textChunks';

export interface JsonExportOptions {
  /** Indentation passed to JSON.stringify; none by default (files are served to browsers). */
  space?: number;
}

export function toGraphologyJson(graph: AbstractGraph, options: JsonExportOptions = {}): string {
  return serializeGraph(graph as unknown as PaperGraph, options.space);
}

function hasOwnEnumerable(attributes: object): boolean {
  for (const _name in attributes) return true;
  return false;
}

/** Elements stringified together at first: a batch's text is then kept near CHUNK_CHARS (see batchSize). */
const FIRST_BATCH = 16;

/**
 * The next batch's size, from the last one's: as many elements as should make about CHUNK_CHARS of text, growing at
 * most fourfold at a time (after a node with a huge abstract, a batch of one, the next batches grow back gradually).
 */
function batchSize(elements: number, chars: number): number {
  return Math.max(1, Math.min(4 * elements, Math.round((elements * CHUNK_CHARS) / Math.max(1, chars))));
}

/**
 * `serializeGraph(graph)` (no indentation) in chunks, byte for byte: `JSON.stringify(graph.export())` needs the whole
 * exported copy of the graph and the whole text at once, this needs a batch of elements at a time. It follows
 * graphology's serialisation: `{options, attributes, nodes, edges}`, a node as `{key, attributes?}`, an edge as
 * `{key, source, target, attributes?, undirected?}` (attributes left out when empty, `undirected` only in mixed graphs).
 *
 * Elements are stringified in batches, as one array (`JSON.stringify([a, b])` is `[` + each one's text joined by
 * commas + `]`, so the batch's text without its brackets is the elements' text): one call and one flat string per
 * ~64K characters instead of one call per element and a rope of the results. At 100k papers (1.67M edges) that took
 * the encoding of the file from 4.2 to 3.1 s of CPU (docs/benchmarks.md, 2026-12-05).
 */
export function* graphologyJsonChunks(
  graph: AbstractGraph,
  /** Elements (nodes, then edges) written so far, of all of them: called once per batch (a CLI writing 647 MB shows it). */
  onProgress?: ElementProgress,
): Generator<string> {
  yield* graphologyJsonNodeChunks(graph, onProgress);
  const total = graph.order + graph.size;
  let done = graph.order;
  const mixed = graph.type === 'mixed';
  function* edges() {
    for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
      const serialised: Record<string, unknown> = { key: edge, source, target };
      if (hasOwnEnumerable(attributes)) serialised.attributes = attributes;
      if (mixed && undirected) serialised.undirected = true;
      yield serialised;
    }
  }
  yield* elementTexts(edges(), (count) => onProgress?.((done += count), total));
  yield ']}';
}

/**
 * The file's text up to its edges: options, attributes and the nodes, ending with `],"edges":[`. Then come the
 * edges (their elements joined by commas) and `]}`: graphologyJsonChunks writes them from the graph, the ingest
 * from the build's plan (typed columns, jsonEdges.ts). `onProgress` counts the nodes of all the graph's elements.
 */
export function* graphologyJsonNodeChunks(graph: AbstractGraph, onProgress?: ElementProgress): Generator<string> {
  const total = graph.order + graph.size;
  let done = 0;
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  function* nodes() {
    for (const { node, attributes } of graph.nodeEntries()) yield hasOwnEnumerable(attributes) ? { key: node, attributes } : { key: node };
  }
  yield* elementTexts(nodes(), (count) => onProgress?.((done += count), total));
  yield '],"edges":[';
}

/** The elements' JSON texts joined by commas, a batch at a time; `onBatch` is told each batch's size. */
function* elementTexts(elements: Iterable<object>, onBatch: (count: number) => void): Generator<string> {
  let batch: object[] = [];
  let size = FIRST_BATCH;
  let first = true;
  const text = () => {
    const json = JSON.stringify(batch);
    onBatch(batch.length);
    size = batchSize(batch.length, json.length);
    batch = [];
    const texts = json.slice(1, -1);
    if (first) {
      first = false;
      return texts;
    }
    return `,${texts}`;
  };
  for (const element of elements) {
    batch.push(element);
    if (batch.length >= size) yield text();
  }
  if (batch.length > 0) yield text();
}
