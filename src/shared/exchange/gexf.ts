// GEXF export (streamed in chunks, with viz colour/size/position so Gephi shows our picture) and import.
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
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
  type ExchangeManifest,
} from './attributeCodec';
import { finishImport } from './importNormalise';
import { undecodedNote } from './textEncoding';
import { applyGexfTitles, dynamicGexfNote, flattenGexfHierarchy, gexfTitleRenames, scanGexf } from './gexfForeign';
import { parseXmlDocument, renamePrototypeNodeIds, type DOMParserConstructor, type XmlSafetyOptions } from './xmlSafety';
import { hexChannels } from './hexColor';
import { TextChunks, type ElementProgress } from './textChunks';

export interface GexfExportOptions {
  /** Colour of a node that stores none (Gephi needs one to draw our picture); by community, else kind. */
  nodeColor: (attributes: Record<string, unknown>, node: string) => string;
  /** Size of a node that stores none. */
  nodeSize: (attributes: Record<string, unknown>, degree: number) => number;
  pretty: boolean;
}

export const DEFAULT_GEXF_EXPORT_OPTIONS: GexfExportOptions = {
  nodeColor: (attributes) => nodeColor(attributes),
  nodeSize: (_attributes, degree) => defaultNodeSize(degree),
  pretty: true,
};

// graphology-gexf drops '' values and XML cannot carry some characters: those columns travel as JSON.
const GEXF_RULES: ColumnRules = { xmlSafe: true, emptyStringIsMissing: true };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Values the GEXF writer puts outside <attvalues>: node label and viz fields, edge label, weight and kind. */
function nodeSkip(name: string, value: unknown): boolean {
  if (name === 'label' || name === 'color') return typeof value === 'string' && value !== '';
  if (name === 'x' || name === 'y' || name === 'z' || name === 'size') return isNumber(value);
  return false;
}

function edgeSkip(name: string, value: unknown): boolean {
  if (name === 'label' || name === 'kind') return typeof value === 'string' && value !== '';
  if (name === 'weight') return isNumber(value);
  return false;
}

/** A formatted element, as graphology-gexf's writer models one: label, viz fields and typed attribute values. */
interface GexfElement {
  label?: string;
  kind?: string;
  weight?: number;
  viz: Record<string, unknown>;
  attributes: Record<string, string | number | boolean>;
}

type GexfType = 'string' | 'double' | 'integer' | 'boolean';
/** graphology-gexf's type priorities: when values of one column disagree, the lower number wins. */
const TYPE_PRIORITY: Record<GexfType, number> = { string: 5, double: 6, integer: 8, boolean: 9 };

/** graphology-gexf's rule, kept so files read the same: '', null, NaN are "no value"; 32-bit integers are integers. */
function gexfTypeOf(value: unknown): GexfType | null {
  if (value === undefined || value === null || value === '' || (typeof value === 'number' && Number.isNaN(value))) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return value === (value | 0) ? 'integer' : 'double';
  return 'string';
}

function inferGexfModel(model: Map<string, GexfType>, attributes: Record<string, unknown>): void {
  for (const name in attributes) {
    const type = gexfTypeOf(attributes[name]);
    if (type === null) continue;
    const current = model.get(name);
    if (current === undefined || TYPE_PRIORITY[type] < TYPE_PRIORITY[current]) model.set(name, type);
  }
}

// The escaping of xml-writer (what graphology-gexf used), so files stay byte-identical to the earlier exports. Most
// values need none: one test first spares the chain of replacements (a third of writing a 20k-paper file's elements).
const TEXT_TO_ESCAPE = /[&<>]/;
const ATTRIBUTE_TO_ESCAPE = /[&<"\t\n\r]/;
const escapeXmlText = (text: string) =>
  TEXT_TO_ESCAPE.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
const escapeXmlAttribute = (text: string) =>
  ATTRIBUTE_TO_ESCAPE.test(text)
    ? text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#x9;')
        .replace(/\n/g, '&#xA;')
        .replace(/\r/g, '&#xD;')
    : text;

/** ` name="value"`; '' is left out, as xml-writer does. */
function xmlAttribute(name: string, value: string | number): string {
  if (typeof value === 'string' && value === '') return '';
  return ` ${name}="${escapeXmlAttribute(String(value))}"`;
}

const RGB_FUNCTION = /^\s*rgba?\s*\(\s*([0-9]*)\s*,\s*([0-9]*)\s*,\s*([0-9]*)\s*(?:,\s*([.0-9]*))?\)\s*$/;

/**
 * A viz colour's XML attributes: r/g/b for networkx (it reads nothing else) and hex for Gephi (GEXF 1.3 allows both
 * on one element). An rgb()/rgba() colour keeps its alpha; a colour that is neither hex nor rgb() writes nothing.
 */
function vizColorAttributes(color: string): string {
  // Hex colours (ours) are read directly; only other tools' rgb()/rgba() strings go through the pattern.
  const fromHex = hexChannels(color);
  const match = fromHex ? null : RGB_FUNCTION.exec(color);
  if (!fromHex && !match) return color.startsWith('#') ? xmlAttribute('hex', color) : '';
  const [r, g, b] = fromHex ?? [+match![1], +match![2], +match![3]];
  const hex = [r, g, b].map((channel) => Math.min(255, channel).toString(16).padStart(2, '0')).join('');
  return `${xmlAttribute('r', r)}${xmlAttribute('g', g)}${xmlAttribute('b', b)}${xmlAttribute('hex', `#${hex}`)}` +
    (match?.[4] ? xmlAttribute('a', +match[4]) : '');
}

/** Elements between two reports of the first pass (it yields no chunk to report at). */
const MODEL_PASS_REPORT = 1 << 14;
/** An element's weight in the progress figures: one for the first pass, the rest for writing it (see gexfChunks). */
const WHOLE_ELEMENT = 5;

/**
 * Write GEXF 1.3 as a sequence of text chunks (join them for one string; a file writer consumes them one by one).
 * Hand-written rather than graphology-gexf's writer because that one keeps a formatted copy of every node and edge
 * and builds the whole document as one string (and our manifest needed a copy of the graph on top): at 1M edges that
 * is several times the graph's own memory. The output is what graphology-gexf wrote, byte for byte (same model
 * inference, escaping and indentation), with viz colours as r/g/b plus hex (Gephi reads hex, networkx only r/g/b).
 * Arrays, nulls and mixed-type columns are written as JSON strings, and a `paper-graph` meta element records which,
 * so `fromGexf` restores them exactly.
 *
 * `onProgress` counts in fifths of an element, of 5 × (nodes + edges): one fifth when the first pass (the attribute
 * model, about a fifth of the time at 20k papers) reads it, four when it is written; at 100k papers the export takes
 * seconds, and a CLI shows it moving.
 */
export function* gexfChunks(graph: AbstractGraph, options: Partial<GexfExportOptions> = {}, onProgress?: ElementProgress): Generator<string> {
  const resolved = { ...DEFAULT_GEXF_EXPORT_OPTIONS, ...options };
  const nodeColumns = inferColumns((visit) => graph.forEachNode((_n, a) => visit(a)), GEXF_RULES, nodeSkip);
  const edgeColumns = inferColumns((visit) => graph.forEachEdge((_e, a) => visit(a)), GEXF_RULES, edgeSkip);
  // Derive only when no node stores the field, so the import can drop it without losing anything.
  let storesColor = false;
  let storesSize = false;
  graph.forEachNode((_node, attributes) => {
    if (nodeSkip('color', attributes.color)) storesColor = true;
    if (isNumber(attributes.size)) storesSize = true;
  });
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
    derived: { color: !storesColor, size: !storesSize },
  };

  /** A node's attribute values; `viz` also gets its viz fields when given (the model pass needs only the values). */
  const nodeData = (attributes: Record<string, unknown>, viz: Record<string, unknown> | null): Record<string, string | number | boolean> => {
    const data: Record<string, string | number | boolean> = {};
    for (const name in attributes) {
      const value = attributes[name];
      if (name === 'label' && nodeSkip(name, value)) continue;
      if (nodeSkip(name, value)) {
        if (viz !== null) viz[name] = value;
      } else if (nodeColumns.has(name) && isWritten(nodeColumns.get(name)!, value)) {
        data[name] = encodeValue(nodeColumns.get(name)!, value);
      }
    }
    return data;
  };
  const formatNode = (node: string, attributes: Record<string, unknown>): GexfElement => {
    const viz: Record<string, unknown> = {};
    const data = nodeData(attributes, viz);
    if (manifest.derived.color) viz.color = resolved.nodeColor(attributes, node);
    if (manifest.derived.size) viz.size = resolved.nodeSize(attributes, graph.degree(node));
    return { ...(nodeSkip('label', attributes.label) ? { label: attributes.label as string } : {}), viz, attributes: data };
  };
  const formatEdge = (attributes: Record<string, unknown>): GexfElement => {
    const data: Record<string, string | number | boolean> = {};
    for (const name in attributes) {
      const value = attributes[name];
      if (!edgeSkip(name, value) && edgeColumns.has(name) && isWritten(edgeColumns.get(name)!, value)) {
        data[name] = encodeValue(edgeColumns.get(name)!, value);
      }
    }
    return {
      ...(edgeSkip('label', attributes.label) ? { label: attributes.label as string } : {}),
      ...(edgeSkip('kind', attributes.kind) ? { kind: attributes.kind as string } : {}),
      ...(isNumber(attributes.weight) ? { weight: attributes.weight } : {}),
      viz: {},
      attributes: data,
    };
  };

  const total = WHOLE_ELEMENT * (graph.order + graph.size);
  let done = 0;
  /** One more element through the first pass, reported every MODEL_PASS_REPORT elements. */
  const modelled = () => {
    if (++done % MODEL_PASS_REPORT === 0) onProgress?.(done, total);
  };
  // First pass: the attribute model (types per column) must precede the elements in the file.
  const nodeModel = new Map<string, GexfType>();
  graph.forEachNode((_node, attributes) => {
    inferGexfModel(nodeModel, nodeData(attributes, null));
    modelled();
  });
  const edgeModel = new Map<string, GexfType>();
  graph.forEachEdge((_edge, attributes) => {
    inferGexfModel(edgeModel, formatEdge(attributes).attributes);
    modelled();
  });
  done = graph.order + graph.size;
  onProgress?.(done, total);
  const written = WHOLE_ELEMENT - 1;

  // Indentation as xml-writer does it: each element on its own line, two spaces per level below the root.
  const line = (depth: number) => (resolved.pretty ? `\n${'  '.repeat(depth - 1)}` : '');
  const chunks = new TextChunks();
  const push = (text: string) => chunks.push(text);
  /** The buffered text, after reporting the elements written so far. */
  const flush = () => {
    onProgress?.(done, total);
    return chunks.flush();
  };

  push('<?xml version="1.0" encoding="UTF-8"?>');
  if (!resolved.pretty) push('\n');
  push(
    `${line(1)}<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ` +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
  );
  push(`${line(2)}<meta>`);
  const generator = graph.getAttribute('generator');
  if (typeof generator === 'string') push(`${line(3)}<creator>${escapeXmlText(generator)}</creator>`);
  push(`${line(3)}<${MANIFEST_NAME}>${escapeXmlText(JSON.stringify(manifest))}</${MANIFEST_NAME}>`);
  push(`${line(2)}</meta>`);
  const type = inferEdgeType(graph);
  const defaultEdgeType = type === 'mixed' ? 'directed' : type;
  push(`${line(2)}<graph defaultedgetype="${defaultEdgeType}">`);
  for (const [modelClass, model] of [['node', nodeModel], ['edge', edgeModel]] as const) {
    if (model.size === 0) continue;
    push(`${line(3)}<attributes class="${modelClass}">`);
    for (const [name, columnType] of model) {
      push(`${line(4)}<attribute${xmlAttribute('id', name)}${xmlAttribute('title', name)} type="${columnType}"/>`);
    }
    push(`${line(3)}</attributes>`);
  }

  /** One element: its opening tag attributes are given; attvalues and viz children follow as graphology-gexf wrote them. */
  const writeElement = (tag: string, opening: string, element: GexfElement, model: Map<string, GexfType>) => {
    const children: string[] = [];
    if (model.size > 0) {
      const values: string[] = [];
      for (const name of model.keys()) {
        if (!(name in element.attributes)) continue;
        const value = element.attributes[name];
        if (gexfTypeOf(value) === null) continue;
        values.push(`${line(6)}<attvalue${xmlAttribute('for', name)}${xmlAttribute('value', String(value))}/>`);
      }
      children.push(values.length ? `${line(5)}<attvalues>${values.join('')}${line(5)}</attvalues>` : `${line(5)}<attvalues/>`);
    }
    const viz = element.viz;
    if (typeof viz.color === 'string' && viz.color !== '') children.push(`${line(5)}<viz:color${vizColorAttributes(viz.color)}/>`);
    if (viz.size !== undefined) children.push(`${line(5)}<viz:size${xmlAttribute('value', viz.size as number)}/>`);
    if (viz.x !== undefined || viz.y !== undefined || viz.z !== undefined) {
      const axes = (['x', 'y', 'z'] as const).map((axis) => (viz[axis] === undefined ? '' : xmlAttribute(axis, viz[axis] as number)));
      children.push(`${line(5)}<viz:position${axes.join('')}/>`);
    }
    push(children.length ? `${line(4)}<${tag}${opening}>${children.join('')}${line(4)}</${tag}>` : `${line(4)}<${tag}${opening}/>`);
  };

  push(`${line(3)}<nodes>`);
  for (const { node, attributes } of graph.nodeEntries()) {
    const element = formatNode(node, attributes);
    writeElement('node', `${xmlAttribute('id', node)}${element.label ? xmlAttribute('label', element.label) : ''}`, element, nodeModel);
    done += written;
    if (chunks.full) yield flush();
  }
  push(`${line(3)}</nodes>`);
  push(`${line(3)}<edges>`);
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const element = formatEdge(attributes);
    const edgeType = undirected ? 'undirected' : 'directed';
    const opening =
      xmlAttribute('id', edge) +
      (edgeType !== defaultEdgeType ? xmlAttribute('type', edgeType) : '') +
      xmlAttribute('source', source) +
      xmlAttribute('target', target) +
      (element.weight !== undefined ? xmlAttribute('weight', element.weight) : '') +
      (element.kind ? xmlAttribute('kind', element.kind) : '') +
      (element.label ? xmlAttribute('label', element.label) : '');
    writeElement('edge', opening, element, edgeModel);
    done += written;
    if (chunks.full) yield flush();
  }
  push(`${line(3)}</edges>`);
  push(`${line(2)}</graph>`);
  push(`${line(1)}</gexf>`);
  yield flush();
}

/** graphology-utils' inferType: a mixed graph whose edges are all of one kind is written as that kind. */
function inferEdgeType(graph: AbstractGraph): 'directed' | 'undirected' | 'mixed' {
  if (graph.type !== 'mixed') return graph.type;
  if ((graph.directedSize === 0) === (graph.undirectedSize === 0)) return 'mixed';
  return graph.directedSize > 0 ? 'directed' : 'undirected';
}

/** The whole GEXF document as one string (the app's download, tests); files are written from `gexfChunks`. */
export function toGexf(graph: AbstractGraph, options: Partial<GexfExportOptions> = {}): string {
  return Array.from(gexfChunks(graph, options)).join('');
}

/**
 * Read GEXF with the injected DOMParser (browser `DOMParser`, or @xmldom/xmldom's in Node). Hostile or oversized input
 * is refused before parsing. Foreign files get labels from `label` or the node id, viz colour/size/position as
 * color/size/x/y, weight 1 for edges without one.
 */
export function fromGexf(
  text: string,
  DOMParserCtor: DOMParserConstructor,
  options: Partial<XmlSafetyOptions> = {},
): PaperGraph {
  const { document, Document, recovered } = parseXmlDocument(text, DOMParserCtor, 'fromGexf', options, 3);
  renamePrototypeNodeIds(document);
  const scan = scanGexf(document);
  const dynamic = dynamicGexfNote(scan);
  const titles = gexfTitleRenames(scan);
  const { groups, parents } = flattenGexfHierarchy(scan);
  const parse = createGexfParser(DOMParserCtor, Document);
  let graph: AbstractGraph;
  try {
    graph = parse(Graph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new Error(`fromGexf: ${(error as Error).message.replace(/^graphology-gexf\/parser: /, '')}`);
  }
  applyGexfTitles(graph, titles);
  for (const [node, parent] of parents) {
    if (graph.hasNode(node) && !graph.hasNodeAttribute(node, 'parent')) graph.setNodeAttribute(node, 'parent', parent);
  }
  const hierarchy =
    groups > 0
      ? `${groups === 1 ? 'A node contains nodes of its own' : `${groups.toLocaleString('en')} nodes contain nodes of their own`} (a hierarchy); ` +
        'members are shown beside their group, as ordinary nodes.'
      : null;
  const notes = [undecodedNote(text), dynamic, hierarchy].filter((note): note is string => note !== null);
  if (notes.length > 0) graph.setAttribute('importNotes', notes);
  return finishImport(graph, readManifest(graph.getAttribute(MANIFEST_NAME)), MANIFEST_NAME, recovered);
}
