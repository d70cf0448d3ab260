// Graph file (de)serialisation: graphology's `graph.export()` plus a schema version, read back through one validator.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import {
  EDGE_KINDS,
  GRAPH_SCHEMA_VERSION,
  NODE_KINDS,
  type EdgeAttributes,
  type GraphAttributes,
  type NodeAttributes,
  type PaperGraph,
} from './schema';

export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
  }
}

export function createPaperGraph(attributes: Partial<GraphAttributes> = {}): PaperGraph {
  const graph: PaperGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.replaceAttributes({
    schemaVersion: GRAPH_SCHEMA_VERSION,
    generator: 'paper-graph-explorer',
    sources: [],
    ...attributes,
  });
  return graph;
}

/** Serialise to the graph file format; indentation off by default (the sample graph is served to browsers). */
export function serializeGraph(graph: PaperGraph, space?: number): string {
  return JSON.stringify(graph.export(), null, space);
}

const nodeKinds = new Set<string>(NODE_KINDS);
const edgeKinds = new Set<string>(EDGE_KINDS);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parse and validate a graph file (text or already-parsed JSON). Nodes without a known `kind` or `label` are
 * accepted (graphs made by other tools): the label falls back to the key. Throws GraphFileError naming the problem.
 */
export function parseGraph(input: string | unknown): PaperGraph {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.trim() === '') throw new GraphFileError('The file is empty.');
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new GraphFileError(`Not a JSON file: ${(error as Error).message}`);
    }
  }
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    throw new GraphFileError('Not a graphology graph file: expected an object with a "nodes" array.');
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) {
    throw new GraphFileError('Not a graphology graph file: "edges" must be an array.');
  }
  const attributes = isObject(data.attributes) ? data.attributes : {};
  const version = attributes.schemaVersion;
  if (typeof version === 'number' && version > GRAPH_SCHEMA_VERSION) {
    throw new GraphFileError(
      `This graph file uses schema version ${version}; this version of the tool reads up to ${GRAPH_SCHEMA_VERSION}.`,
    );
  }
  data.nodes.forEach((node, index) => {
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) {
      throw new GraphFileError(`Node #${index + 1} has no key.`);
    }
  });
  (data.edges ?? []).forEach((edge: unknown, index: number) => {
    if (!isObject(edge) || edge.source === undefined || edge.target === undefined) {
      throw new GraphFileError(`Edge #${index + 1} has no source or target.`);
    }
  });
  const notes = sanitiseGraphData(data as { nodes: Record<string, unknown>[]; edges?: Record<string, unknown>[] }, attributes);
  if (notes.length > 0) {
    const previous = Array.isArray(attributes.importNotes) ? attributes.importNotes : [];
    data.attributes = { ...attributes, importNotes: [...previous, ...notes] };
  }
  const options = isObject(data.options) ? data.options : {};
  let graph: PaperGraph;
  try {
    graph = new Graph({
      type: (options.type as 'undirected' | 'directed' | 'mixed') ?? 'mixed',
      multi: Boolean(options.multi),
      allowSelfLoops: options.allowSelfLoops !== false,
    });
    graph.import(data as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (error) {
    throw new GraphFileError(`The graph could not be read: ${(error as Error).message}`);
  }
  graph.updateEachNodeAttributes((key, attrs) => {
    const label = typeof attrs.label === 'string' && attrs.label !== '' ? attrs.label : String(key);
    return { ...attrs, label };
  });
  graph.updateEachEdgeAttributes((_key, attrs) => ({
    ...attrs,
    weight: typeof attrs.weight === 'number' && Number.isFinite(attrs.weight) ? attrs.weight : 1,
  }));
  if (graph.getAttribute('schemaVersion') === undefined) graph.setAttribute('schemaVersion', GRAPH_SCHEMA_VERSION);
  if (!Array.isArray(graph.getAttribute('sources'))) graph.setAttribute('sources', []);
  return graph;
}

/**
 * graphology keeps each node's neighbours in plain objects, so a node whose key names a property of Object.prototype
 * (constructor, toString, __proto__…) makes valid edges fail as "already exists". Such keys get a "#" suffix; the
 * original key stays in `originalKey` (and as the label when the node has none).
 */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

export function safeNodeKey(key: string): string {
  return PROTOTYPE_KEYS.has(key) ? `${key}#` : key;
}

/** Beyond this, a coordinate is not a position (sigma's extent computation overflows): the layout places the node. */
const MAX_COORDINATE = 1e9;

function isCommunityInfo(value: unknown): boolean {
  return (
    isObject(value) &&
    Number.isInteger(value.id) &&
    typeof value.label === 'string' &&
    (value.terms === undefined || (Array.isArray(value.terms) && value.terms.every((term) => typeof term === 'string')))
  );
}

/**
 * Make another tool's (or a hand-edited) file safe to show, in place, and say what changed: prototype-named keys
 * renamed, unusable coordinates dropped, negative or non-numeric weights read as 1, malformed cluster entries dropped.
 */
function sanitiseGraphData(
  data: { nodes: Record<string, unknown>[]; edges?: Record<string, unknown>[] },
  attributes: Record<string, unknown>,
): string[] {
  const notes: string[] = [];
  let renamed = 0;
  let badCoordinates = 0;
  for (const node of data.nodes) {
    const key = String(node.key);
    const nodeAttributes = isObject(node.attributes) ? node.attributes : {};
    if (safeNodeKey(key) !== key) {
      renamed++;
      node.key = safeNodeKey(key);
      node.attributes = nodeAttributes;
      nodeAttributes.originalKey = key;
      if (typeof nodeAttributes.label !== 'string' || nodeAttributes.label === '') nodeAttributes.label = key;
    }
    for (const axis of ['x', 'y'] as const) {
      const value = nodeAttributes[axis];
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > MAX_COORDINATE)) {
        delete nodeAttributes[axis];
        badCoordinates++;
      }
    }
  }
  let badWeights = 0;
  for (const edge of data.edges ?? []) {
    edge.source = safeNodeKey(String(edge.source));
    edge.target = safeNodeKey(String(edge.target));
    const edgeAttributes = isObject(edge.attributes) ? edge.attributes : null;
    const weight = edgeAttributes?.weight;
    if (edgeAttributes && weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0)) {
      edgeAttributes.weight = 1;
      badWeights++;
    }
  }
  if (renamed > 0) {
    notes.push(`${renamed} node keys that name JavaScript object properties (e.g. "constructor") were given a "#" suffix.`);
  }
  if (badCoordinates > 0) {
    notes.push(`${badCoordinates} coordinates were not usable positions (not numbers, or beyond ±${MAX_COORDINATE}); the layout places those nodes.`);
  }
  if (badWeights > 0) notes.push(`${badWeights} edges had a negative or non-numeric weight; they are read as weight 1.`);
  if (attributes.communities !== undefined) {
    const list = Array.isArray(attributes.communities) ? attributes.communities : [];
    const kept = list.filter(isCommunityInfo).map((info) => ({ terms: [], papers: 0, size: 0, ...(info as object) }));
    if (kept.length !== list.length || !Array.isArray(attributes.communities)) {
      notes.push(`${(Array.isArray(attributes.communities) ? list.length : 1) - kept.length} malformed cluster entries in the file were ignored.`);
    }
    attributes.communities = kept;
  }
  for (const name of ['modularity', 'resolution'] as const) {
    if (attributes[name] !== undefined && (typeof attributes[name] !== 'number' || !Number.isFinite(attributes[name]))) delete attributes[name];
  }
  return notes;
}

export function isKnownNodeKind(kind: unknown): kind is NodeAttributes['kind'] {
  return typeof kind === 'string' && nodeKinds.has(kind);
}

export function isKnownEdgeKind(kind: unknown): kind is EdgeAttributes['kind'] {
  return typeof kind === 'string' && edgeKinds.has(kind);
}
