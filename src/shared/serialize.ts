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

export function isKnownNodeKind(kind: unknown): kind is NodeAttributes['kind'] {
  return typeof kind === 'string' && nodeKinds.has(kind);
}

export function isKnownEdgeKind(kind: unknown): kind is EdgeAttributes['kind'] {
  return typeof kind === 'string' && edgeKinds.has(kind);
}
