// GraphML export (hand-written: graphology-graphml 0.5 ships only a parser) and import via graphology-graphml.
import Graph from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type AbstractGraph from 'graphology-types';
import { defaultNodeSize, nodeColor } from '../analysis/palette';
import type { PaperGraph } from '../schema';
import {
  MANIFEST_NAME,
  encodeValue,
  inferColumns,
  isWritten,
  jsonColumns,
  nullableColumns,
  readManifest,
  type ColumnRules,
  type ColumnType,
  type ExchangeManifest,
} from './attributeCodec';
import { finishImport } from './importNormalise';
import { applyGraphmlExtras, prepareGraphmlDocument } from './graphmlForeign';
import { undecodedNote } from './textEncoding';
import { parseXmlDocument, renamePrototypeNodeIds, type DOMParserConstructor, type XmlSafetyOptions } from './xmlSafety';
import { hexChannels } from './hexColor';
import { TextChunks, type ElementProgress } from './textChunks';

export interface GraphmlExportOptions {
  /** Colour of a node that stores none, written as Gephi's r/g/b keys. */
  nodeColor: (attributes: Record<string, unknown>, node: string) => string;
  nodeSize: (attributes: Record<string, unknown>, degree: number) => number;
}

export const DEFAULT_GRAPHML_EXPORT_OPTIONS: GraphmlExportOptions = {
  nodeColor: (attributes) => nodeColor(attributes),
  nodeSize: (_attributes, degree) => defaultNodeSize(degree),
};

// Our writer keeps '' (an empty <data>), so only characters XML cannot carry force a JSON column.
const GRAPHML_RULES: ColumnRules = { xmlSafe: true, emptyStringIsMissing: false };

const GRAPHML_TYPES: Record<ColumnType, string> = {
  boolean: 'boolean',
  integer: 'long',
  double: 'double',
  string: 'string',
  json: 'string',
};

// Most values need no escaping: one test first spares the chain of replacements.
const TEXT_TO_ESCAPE = /[&<>\r]/;
const ATTRIBUTE_TO_ESCAPE = /[&<>\r"\n\t]/;

function escapeText(text: string): string {
  // \r would be folded into \n by every XML parser's line-ending normalisation; a character reference survives it.
  if (!TEXT_TO_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function escapeAttribute(text: string): string {
  if (!ATTRIBUTE_TO_ESCAPE.test(text)) return text;
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function formatScalar(value: string | number | boolean): string {
  return typeof value === 'string' ? escapeText(value) : String(value);
}

/**
 * Write GraphML with typed keys. Arrays, nulls and mixed-type columns are written as JSON strings and listed in a
 * graph-level `paper-graph` data element so `fromGraphml` restores them exactly. Node colours (when the graph stores
 * none) and sizes go in Gephi's r/g/b and size keys, positions in x/y, so Gephi draws the same picture. The document
 * comes as a sequence of text chunks, so a 1M-edge graph is written to a file without ever being one string;
 * `onProgress` hears the elements written at each chunk.
 */
export function* graphmlChunks(graph: AbstractGraph, options: Partial<GraphmlExportOptions> = {}, onProgress?: ElementProgress): Generator<string> {
  const resolved = { ...DEFAULT_GRAPHML_EXPORT_OPTIONS, ...options };
  const nodeColumns = inferColumns((visit) => graph.forEachNode((_n, a) => visit(a)), GRAPHML_RULES);
  const edgeColumns = inferColumns((visit) => graph.forEachEdge((_e, a) => visit(a)), GRAPHML_RULES);
  const derived = { color: !nodeColumns.has('color'), size: !nodeColumns.has('size') };
  const manifest: ExchangeManifest = {
    format: 'paper-graph-exchange',
    version: 1,
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    graphAttributes: graph.getAttributes(),
    // Decided before `json`: a null that cannot be restored unambiguously turns its column into JSON.
    nulls: {
      node: nullableColumns((visit) => graph.forEachNode((_n, a) => visit(a)), nodeColumns),
      edge: nullableColumns((visit) => graph.forEachEdge((_e, a) => visit(a)), edgeColumns),
    },
    json: { node: jsonColumns(nodeColumns), edge: jsonColumns(edgeColumns) },
    derived,
  };

  // Key ids must be unique across node and edge keys; node keys keep the bare name Gephi matches (label, x, size, r).
  const used = new Set<string>([MANIFEST_NAME]);
  const keyId = (preferred: string) => {
    let id = preferred;
    for (let n = 2; used.has(id); n++) id = `${preferred}_${n}`;
    used.add(id);
    return id;
  };
  const nodeKeys = new Map<string, { id: string; type: ColumnType }>();
  for (const [name, type] of nodeColumns) nodeKeys.set(name, { id: keyId(name), type });
  const derivedKeys = {
    r: derived.color ? keyId('r') : '',
    g: derived.color ? keyId('g') : '',
    b: derived.color ? keyId('b') : '',
    size: derived.size ? keyId('size') : '',
  };
  const edgeKeys = new Map<string, { id: string; type: ColumnType }>();
  for (const [name, type] of edgeColumns) edgeKeys.set(name, { id: keyId(name === 'weight' ? name : `e_${name}`), type });

  // Lines are buffered and handed out in chunks of about CHUNK_CHARS, so no single string holds the whole file.
  const chunks = new TextChunks();
  const pushLine = (text: string) => {
    chunks.push(text);
    chunks.push('\n');
  };
  const total = graph.order + graph.size;
  let done = 0;
  /** The buffered text, after reporting the elements written so far. */
  const flush = () => {
    onProgress?.(done, total);
    return chunks.flush();
  };
  pushLine('<?xml version="1.0" encoding="UTF-8"?>');
  pushLine(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  pushLine(`  <key id="${MANIFEST_NAME}" for="graph" attr.name="${MANIFEST_NAME}" attr.type="string"/>`);
  const writeKey = (domain: string, name: string, id: string, type: string) =>
    pushLine(`  <key id="${escapeAttribute(id)}" for="${domain}" attr.name="${escapeAttribute(name)}" attr.type="${type}"/>`);
  for (const [name, { id, type }] of nodeKeys) writeKey('node', name, id, GRAPHML_TYPES[type]);
  if (derived.color) for (const channel of ['r', 'g', 'b'] as const) writeKey('node', channel, derivedKeys[channel], 'int');
  if (derived.size) writeKey('node', 'size', derivedKeys.size, 'double');
  for (const [name, { id, type }] of edgeKeys) writeKey('edge', name, id, GRAPHML_TYPES[type]);

  const edgeDefault = graph.type === 'directed' ? 'directed' : 'undirected';
  pushLine(`  <graph id="G" edgedefault="${edgeDefault}">`);
  pushLine(`    <data key="${MANIFEST_NAME}">${escapeText(JSON.stringify(manifest))}</data>`);

  const data = (id: string, text: string) => `<data key="${escapeAttribute(id)}">${text}</data>`;
  for (const { node, attributes } of graph.nodeEntries()) {
    const parts: string[] = [];
    for (const [name, { id, type }] of nodeKeys) {
      const value = attributes[name];
      if (isWritten(type, value)) parts.push(data(id, formatScalar(encodeValue(type, value))));
    }
    if (derived.color) {
      const rgb = hexChannels(resolved.nodeColor(attributes, node));
      if (rgb) rgb.forEach((channel, index) => parts.push(data(derivedKeys[(['r', 'g', 'b'] as const)[index]], String(channel))));
    }
    if (derived.size) parts.push(data(derivedKeys.size, String(resolved.nodeSize(attributes, graph.degree(node)))));
    pushLine(`    <node id="${escapeAttribute(node)}">${parts.join('')}</node>`);
    done++;
    if (chunks.full) yield flush();
  }
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const parts: string[] = [];
    for (const [name, { id, type }] of edgeKeys) {
      const value = attributes[name];
      if (isWritten(type, value)) parts.push(data(id, formatScalar(encodeValue(type, value))));
    }
    const directed = !undirected && edgeDefault === 'undirected' ? ' directed="true"' : '';
    pushLine(
      `    <edge id="${escapeAttribute(edge)}" source="${escapeAttribute(source)}" target="${escapeAttribute(target)}"` +
        `${directed}>${parts.join('')}</edge>`,
    );
    done++;
    if (chunks.full) yield flush();
  }
  pushLine('  </graph>');
  pushLine('</graphml>');
  yield flush();
}

/** The whole GraphML document as one string (the app's download, tests); files are written from `graphmlChunks`. */
export function toGraphml(graph: AbstractGraph, options: Partial<GraphmlExportOptions> = {}): string {
  return Array.from(graphmlChunks(graph, options)).join('');
}

/**
 * Read GraphML with the injected DOMParser. Hostile or oversized input is refused before parsing. Gephi's r/g/b keys
 * become a hex `color` (graphology-graphml does this), labels come from `label` (or yEd's NodeLabel, see
 * graphmlForeign.ts) or the node id, edges without a weight get 1.
 */
export function fromGraphml(
  text: string,
  DOMParserCtor: DOMParserConstructor,
  options: Partial<XmlSafetyOptions> = {},
): PaperGraph {
  const { document, Document, recovered } = parseXmlDocument(text, DOMParserCtor, 'fromGraphml', options, 2);
  renamePrototypeNodeIds(document);
  const extras = prepareGraphmlDocument(document);
  const undecoded = undecodedNote(text);
  if (undecoded) extras.notes.unshift(undecoded);
  const parse = createGraphmlParser(DOMParserCtor, Document);
  let graph: AbstractGraph;
  try {
    graph = parse(Graph, document, { addMissingNodes: true });
  } catch (error) {
    throw new Error(`fromGraphml: ${(error as Error).message.replace(/^graphology-graphml\/parser: /, '')}`);
  }
  applyGraphmlExtras(graph, extras);
  return finishImport(graph, readManifest(graph.getAttribute(MANIFEST_NAME)), MANIFEST_NAME, recovered);
}
