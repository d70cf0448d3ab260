// GEXF export (graphology-gexf's writer, with viz colour/size/position so Gephi shows our picture) and import.
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import writeGexf from 'graphology-gexf/common/writer.js';
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
import { parseXmlDocument, renamePrototypeNodeIds, type DOMParserConstructor, type XmlSafetyOptions } from './xmlSafety';

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

/**
 * Gephi reads `hex`, networkx only r/g/b: give each viz colour both (GEXF 1.3 allows both on one element). The writer
 * emits exactly `<viz:color r="…" g="…" b="…"` for an rgb() colour, so this stays a linear pass over the text.
 */
function withHexColours(xml: string): string {
  return xml.replace(/<viz:color r="(\d+)" g="(\d+)" b="(\d+)"/g, (whole, r: string, g: string, b: string) => {
    const hex = [r, g, b].map((channel) => Math.min(255, Number(channel)).toString(16).padStart(2, '0')).join('');
    return `${whole} hex="#${hex}"`;
  });
}

/** `#rrggbb` / `#rgb` → `rgb(r,g,b)`; anything else unchanged. */
function hexToRgbFunction(color: string): string {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  const parts = long ? long.slice(1, 4) : short ? short.slice(1, 4).map((c) => c + c) : null;
  return parts ? `rgb(${parts.map((part) => parseInt(part, 16)).join(',')})` : color;
}

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

/**
 * Write GEXF 1.3 with viz colours as r/g/b (Gephi and networkx both read them; our import turns them back into hex). Arrays, nulls and mixed-type columns are
 * written as JSON strings, and a `paper-graph` meta element records which, so `fromGexf` restores them exactly.
 */
export function toGexf(graph: AbstractGraph, options: Partial<GexfExportOptions> = {}): string {
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
  // The writer reads meta from graph attributes (scalars only); a copy carries the manifest without touching the input.
  const carrier = graph.copy();
  const generator = graph.getAttribute('generator');
  carrier.replaceAttributes({
    ...(typeof generator === 'string' ? { creator: generator } : {}),
    [MANIFEST_NAME]: JSON.stringify(manifest),
  });
  const xml = writeGexf(carrier, {
    version: '1.3',
    pretty: resolved.pretty,
    formatNode: (node, attributes) => {
      const viz: Record<string, unknown> = {};
      const data: Record<string, unknown> = {};
      for (const name in attributes) {
        const value = attributes[name];
        if (name === 'label' && nodeSkip(name, value)) continue;
        if (nodeSkip(name, value)) viz[name] = value;
        else if (nodeColumns.has(name) && isWritten(nodeColumns.get(name)!, value)) {
          data[name] = encodeValue(nodeColumns.get(name)!, value);
        }
      }
      if (manifest.derived.color) viz.color = resolved.nodeColor(attributes, node);
      // networkx reads only r/g/b(/a) and the writer puts a hex colour in `hex` alone: hand it rgb() instead.
      if (typeof viz.color === 'string') viz.color = hexToRgbFunction(viz.color);
      if (manifest.derived.size) viz.size = resolved.nodeSize(attributes, graph.degree(node));
      return {
        ...(nodeSkip('label', attributes.label) ? { label: attributes.label as string } : {}),
        viz,
        attributes: data,
      };
    },
    formatEdge: (_edge, attributes) => {
      const data: Record<string, unknown> = {};
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
        attributes: data,
      };
    },
  });
  return withHexColours(xml);
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
  const parse = createGexfParser(DOMParserCtor, Document);
  let graph: AbstractGraph;
  try {
    graph = parse(Graph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new Error(`fromGexf: ${(error as Error).message.replace(/^graphology-gexf\/parser: /, '')}`);
  }
  return finishImport(graph, readManifest(graph.getAttribute(MANIFEST_NAME)), MANIFEST_NAME, recovered);
}
