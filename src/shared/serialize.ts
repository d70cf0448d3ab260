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
import { readableLabel } from './workLabel';
import { addImportNotes } from './importNotes';

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
  const steps = parseGraphInSteps(input, Infinity);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Where parseGraphInSteps has got to: checking or building, nodes or edges, how many of how many. */
export interface ParseGraphStep {
  stage: 'checking' | 'building';
  records: 'nodes' | 'edges';
  done: number;
  total: number;
}

/**
 * parseGraph, pausing after every `sliceSize` nodes or edges of each pass (checking, building, defaults) with how far
 * it is: a caller that resumes it task by task builds a million-edge file without holding its thread for seconds.
 * parseGraph is this run to the end in one go, so both give the same graph, notes and errors. Only the rare rebuild
 * without the records graphology refused (keepImportableRecords) runs in one step.
 */
export function* parseGraphInSteps(input: string | unknown, sliceSize: number): Generator<ParseGraphStep, PaperGraph, void> {
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
  const options = isObject(data.options) ? data.options : {};
  const graphOptions = {
    type: GRAPH_TYPES.has(options.type as string) ? (options.type as 'undirected' | 'directed' | 'mixed') : 'mixed',
    multi: Boolean(options.multi),
    allowSelfLoops: options.allowSelfLoops !== false,
  } as const;
  const notes = yield* sanitiseGraphData(data as { nodes: unknown[]; edges?: unknown[] }, attributes, sliceSize);
  data.attributes = attributes;
  let graph: PaperGraph;
  try {
    graph = new Graph(graphOptions);
    yield* importInSlices(graph, data as unknown as SerializedGraph, sliceSize);
  } catch {
    // Some record graphology refuses: import again without the refused ones (only then, so good files pay nothing).
    const records = keepImportableRecords(data.nodes, (data.edges ?? []) as unknown[], graphOptions);
    notes.unshift(...records.notes);
    try {
      graph = new Graph(graphOptions);
      yield* importInSlices(graph, { ...data, nodes: records.nodes, edges: records.edges } as unknown as SerializedGraph, sliceSize);
    } catch (error) {
      throw new GraphFileError(`The graph could not be read: ${(error as Error).message}`);
    }
  }
  addImportNotes(graph, notes);
  // A paper or outside work named only by an identifier ("doi:10.1/x", the ingest's "Untitled work (…)") is labelled
  // as the panels name it (first author, year, venue): the map, search and cluster lists read `label`.
  const labelled = (key: string, attrs: NodeAttributes): NodeAttributes => {
    const kind = (attrs as { kind?: unknown }).kind;
    const label = kind === 'paper' || kind === 'reference'
      ? readableLabel(attrs as unknown as Record<string, unknown>, key) // a missing label reads as bare, like the key
      : typeof attrs.label === 'string' && attrs.label !== '' ? attrs.label : String(key);
    return { ...attrs, label };
  };
  const weighted = (attrs: EdgeAttributes): EdgeAttributes => ({
    ...attrs,
    weight: typeof attrs.weight === 'number' && Number.isFinite(attrs.weight) ? attrs.weight : 1,
  });
  if (graph.order <= sliceSize && graph.size <= sliceSize) {
    graph.updateEachNodeAttributes(labelled);
    graph.updateEachEdgeAttributes((_key, attrs) => weighted(attrs));
  } else {
    // The same replacement, node by node and edge by edge, so it can pause between slices.
    let done = 0;
    for (const { node, attributes: attrs } of graph.nodeEntries()) {
      graph.replaceNodeAttributes(node, labelled(node, attrs));
      if (++done % sliceSize === 0) yield { stage: 'building', records: 'nodes', done, total: graph.order };
    }
    done = 0;
    for (const { edge, attributes: attrs } of graph.edgeEntries()) {
      graph.replaceEdgeAttributes(edge, weighted(attrs));
      if (++done % sliceSize === 0) yield { stage: 'building', records: 'edges', done, total: graph.size };
    }
  }
  if (graph.getAttribute('schemaVersion') === undefined) graph.setAttribute('schemaVersion', GRAPH_SCHEMA_VERSION);
  if (!Array.isArray(graph.getAttribute('sources'))) graph.setAttribute('sources', []);
  return graph;
}

const GRAPH_TYPES = new Set(['mixed', 'directed', 'undirected']);

/**
 * graph.import(data), `sliceSize` records at a time: graphology's import adds the attributes, then each node, then
 * each edge, so importing the nodes and edges slice by slice adds the same records in the same order, and throws at
 * the same record. Used by parseGraphInSteps, and by the app for graphs another parse already checked.
 */
export function* importInSlices(graph: PaperGraph, data: SerializedGraph, sliceSize: number): Generator<ParseGraphStep, void, void> {
  const nodes = data.nodes ?? [];
  const edges = data.edges ?? [];
  if (nodes.length <= sliceSize && edges.length <= sliceSize) {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
    return;
  }
  graph.import({ ...data, nodes: [], edges: [] } as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  for (const [records, list] of [['nodes', nodes], ['edges', edges]] as const) {
    for (let start = 0; start < list.length; start += sliceSize) {
      const slice = list.slice(start, start + sliceSize);
      graph.import((records === 'nodes' ? { nodes: slice } : { edges: slice }) as unknown as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
      yield { stage: 'building', records, done: start + slice.length, total: list.length };
    }
  }
}

/**
 * The nodes and edges graphology can import, so one bad record never costs the whole file (graphology's import throws
 * at the first one): nodes without a key or repeating one, edges to nodes the file does not have, repeated edges in a
 * simple graph, loops the file forbids, repeated edge keys. Attributes that are not objects become empty; an edge's
 * direction follows the graph's type. Keys are compared as graphology stores them (strings, prototype names renamed).
 */
function keepImportableRecords(
  nodes: unknown[],
  edges: unknown[],
  options: { type: 'mixed' | 'directed' | 'undirected'; multi: boolean; allowSelfLoops: boolean },
): { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[]; notes: string[] } {
  const keptNodes: Record<string, unknown>[] = [];
  const nodeKeys = new Set<string>();
  let keyless = 0;
  let repeatedNodes = 0;
  for (const node of nodes) {
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) {
      keyless++;
      continue;
    }
    const key = safeNodeKey(String(node.key));
    if (nodeKeys.has(key)) {
      repeatedNodes++;
      continue;
    }
    nodeKeys.add(key);
    if (node.attributes !== undefined && !isObject(node.attributes)) node.attributes = {};
    keptNodes.push(node);
  }
  const keptEdges: Record<string, unknown>[] = [];
  const edgeKeys = new Set<string>();
  const pairs = new Set<string>();
  let dangling = 0;
  let repeatedEdges = 0;
  let loops = 0;
  for (const edge of edges) {
    const source = isObject(edge) && (typeof edge.source === 'string' || typeof edge.source === 'number') ? safeNodeKey(String(edge.source)) : null;
    const target = isObject(edge) && (typeof edge.target === 'string' || typeof edge.target === 'number') ? safeNodeKey(String(edge.target)) : null;
    if (!isObject(edge) || source === null || target === null || !nodeKeys.has(source) || !nodeKeys.has(target)) {
      dangling++;
      continue;
    }
    if (source === target && !options.allowSelfLoops) {
      loops++;
      continue;
    }
    const undirected = options.type === 'mixed' ? edge.undirected === true : options.type === 'undirected';
    const key = edge.key === undefined || edge.key === null ? null : String(edge.key);
    // graphology's simple graphs hold one edge per pair (and direction); JSON-safe separator, keys cannot hold it.
    const pair = !undirected ? `${source}\u0000${target}\u0000>` : source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    if ((key !== null && edgeKeys.has(key)) || (!options.multi && pairs.has(pair))) {
      repeatedEdges++;
      continue;
    }
    if (key !== null) edgeKeys.add(key);
    else delete edge.key;
    pairs.add(pair);
    if (edge.attributes !== undefined && !isObject(edge.attributes)) edge.attributes = {};
    if (options.type === 'mixed' && undirected) edge.undirected = true;
    else delete edge.undirected;
    keptEdges.push(edge);
  }
  const notes: string[] = [];
  if (keyless > 0) notes.push(`${keyless} nodes without a key were skipped.`);
  if (repeatedNodes > 0) notes.push(`${repeatedNodes} nodes repeat the key of an earlier node; the first of each was kept.`);
  if (dangling > 0) notes.push(`${dangling} edges without a source or target among the file's nodes were skipped.`);
  if (repeatedEdges > 0) notes.push(`${repeatedEdges} edges repeat an earlier edge (same key, or same two nodes); the first was kept.`);
  if (loops > 0) notes.push(`${loops} edges from a node to itself were skipped (the file does not allow loops).`);
  return { nodes: keptNodes, edges: keptEdges, notes };
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

/** A coordinate sigma can frame: a finite number within ±MAX_COORDINATE. */
export function isUsableCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
}

/**
 * Attribute values nested deeper than this are dropped: no attribute the app reads nests more than three levels, and
 * exporting (JSON.stringify, the XML writers) or passing the graph to a worker recurses once per level, so a value
 * nested 100,000 deep would open and then crash every export.
 */
const MAX_ATTRIBUTE_DEPTH = 32;

/**
 * Whether `value` nests objects or arrays deeper than `limit`. Recursive, but never more than `limit` + 1 calls deep
 * (a deeper value answers true there): a walk with a stack of [object, depth] pairs allocated a pair per nested
 * value, and ran on every attribute of every record before the first frame (twice for a graph parsed on the page).
 */
function nestsDeeperThan(value: unknown, limit: number, depth = 1): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth > limit) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (typeof child === 'object' && child !== null && nestsDeeperThan(child, limit, depth + 1)) return true;
    }
  } else {
    for (const key in value) {
      const child: unknown = (value as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null && nestsDeeperThan(child, limit, depth + 1)) return true;
    }
  }
  return false;
}

/** Drop the too-deeply nested values of one attributes object, in place; returns how many were dropped. */
function dropDeepValues(attributes: unknown): number {
  if (!isObject(attributes)) return 0;
  let dropped = 0;
  for (const name in attributes) {
    const value = attributes[name];
    if (typeof value === 'object' && value !== null && nestsDeeperThan(value, MAX_ATTRIBUTE_DEPTH)) {
      delete attributes[name];
      dropped++;
    }
  }
  return dropped;
}

/** The note shown when a file's coordinates were dropped (here, or where a reader replaced them before parseGraph). */
export function unusableCoordinatesNote(count: number): string {
  return `${count} coordinates were not usable positions (not numbers, or beyond ±${MAX_COORDINATE}); the layout places those nodes.`;
}

/**
 * Drop the attribute values (graph, node and edge attributes) nested deeper than MAX_ATTRIBUTE_DEPTH from a
 * graphology-shaped object, in place; the note saying so, or null. The app's file worker runs it before handing the
 * data over (the browser's structured clone recurses too), parseGraph again for any other caller.
 */
export function dropDeepAttributeValues(data: unknown): string | null {
  if (!isObject(data)) return null;
  let dropped = dropDeepValues(data.attributes);
  for (const list of [data.nodes, data.edges]) {
    if (!Array.isArray(list)) continue;
    for (const record of list) if (isObject(record)) dropped += dropDeepValues(record.attributes);
  }
  return dropped > 0 ? `${dropped} attribute values nested more than ${MAX_ATTRIBUTE_DEPTH} levels deep were dropped.` : null;
}

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
function* sanitiseGraphData(
  data: { nodes: unknown[]; edges?: unknown[] },
  attributes: Record<string, unknown>,
  sliceSize: number,
): Generator<ParseGraphStep, string[], void> {
  const notes: string[] = [];
  let renamed = 0;
  let badCoordinates = 0;
  let done = 0;
  for (const node of data.nodes) {
    if (++done % sliceSize === 0) yield { stage: 'checking', records: 'nodes', done, total: data.nodes.length };
    // Records graphology refuses are left as they are, for keepImportableRecords to count.
    if (!isObject(node) || (typeof node.key !== 'string' && typeof node.key !== 'number')) continue;
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
      if (value !== undefined && !isUsableCoordinate(value)) {
        delete nodeAttributes[axis];
        badCoordinates++;
      }
    }
  }
  let badWeights = 0;
  done = 0;
  for (const edge of data.edges ?? []) {
    if (++done % sliceSize === 0) yield { stage: 'checking', records: 'edges', done, total: data.edges!.length };
    if (!isObject(edge)) continue;
    if (typeof edge.source === 'string' || typeof edge.source === 'number') edge.source = safeNodeKey(String(edge.source));
    if (typeof edge.target === 'string' || typeof edge.target === 'number') edge.target = safeNodeKey(String(edge.target));
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
  if (badCoordinates > 0) notes.push(unusableCoordinatesNote(badCoordinates));
  const deepNote = dropDeepAttributeValues({ ...data, attributes });
  if (deepNote !== null) notes.push(deepNote);
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
