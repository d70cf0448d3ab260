// Shortest path between two nodes, with every step named in words ("Glider —has concept→ mixture of experts").
import { bidirectional as dijkstraPath } from 'graphology-shortest-path/dijkstra';
import { bidirectional as hopPath } from 'graphology-shortest-path/unweighted';
import { edgePathFromNodePath } from 'graphology-shortest-path/utils';
import type Graph from 'graphology-types';
import { edgeWeight, nodeKind, nodeLabel } from './membership';

export interface PathOptions {
  /**
   * false (default): fewest hops. Edge weights in this graph are association strengths on different scales per edge
   * kind (keyphrase scores, domain scores, mention counts), so 1/weight would add numbers in unrelated units; a hop
   * count is also what a user can check by eye. true: Dijkstra on 1/weight, preferring strong links.
   */
  weighted: boolean;
  weightAttribute: string;
}

export const DEFAULT_PATH_OPTIONS: PathOptions = { weighted: false, weightAttribute: 'weight' };

export interface PathNode {
  key: string;
  label: string;
  kind: string | null;
}

export interface PathStep {
  from: string;
  to: string;
  edge: string;
  kind: string | null;
  /** True when the relation reads from `from` to `to` (e.g. paper → concept); false when walked backwards. */
  forward: boolean;
  text: string;
}

export interface PathResult {
  nodes: PathNode[];
  edges: string[];
  steps: PathStep[];
  /** Number of hops. */
  length: number;
  /** Sum of 1/weight along the path (what the weighted search minimises). */
  cost: number;
}

const NAME = 'findPath';

/** The verb of each edge kind, read from its subject (the paper, or the citing paper for `mentions`). */
const RELATION_VERBS: Record<string, string> = {
  'has-concept': 'has concept',
  introduces: 'introduces',
  'uses-method': 'uses method',
  'in-domain': 'is in domain',
  mentions: 'mentions',
};

/** Whether the edge reads from `from`: the paper is the subject of every relation; `citing` orients mentions. */
function readsForward(graph: Graph, edge: string, from: string): boolean {
  const attributes = graph.getEdgeAttributes(edge);
  if (attributes.kind === 'mentions') {
    return typeof attributes.citing === 'string' ? attributes.citing === from : graph.source(edge) === from;
  }
  if (graph.isDirected(edge)) return graph.source(edge) === from;
  const fromIsPaper = nodeKind(graph, from) === 'paper';
  const toIsPaper = nodeKind(graph, graph.opposite(from, edge)) === 'paper';
  if (fromIsPaper !== toIsPaper) return fromIsPaper;
  return graph.source(edge) === from;
}

function describeStep(graph: Graph, edge: string, from: string, to: string): PathStep {
  const kind = graph.getEdgeAttribute(edge, 'kind');
  const verb = typeof kind === 'string' ? RELATION_VERBS[kind] ?? kind.replace(/-/g, ' ') : null;
  const forward = readsForward(graph, edge, from);
  const a = nodeLabel(graph, from);
  const b = nodeLabel(graph, to);
  let text: string;
  if (verb === null) text = graph.isDirected(edge) ? (forward ? `${a} → ${b}` : `${a} ← ${b}`) : `${a} — ${b}`;
  else text = forward ? `${a} —${verb}→ ${b}` : `${a} ←${verb}— ${b}`;
  return { from, to, edge, kind: typeof kind === 'string' ? kind : null, forward, text };
}

/** Shortest path from `source` to `target`, or null when they are not connected. */
export function findPath(
  graph: Graph,
  source: string,
  target: string,
  options: Partial<PathOptions> = {},
): PathResult | null {
  const { weighted, weightAttribute } = { ...DEFAULT_PATH_OPTIONS, ...options };
  for (const node of [source, target]) {
    if (!graph.hasNode(node)) throw new Error(`${NAME}: no node "${node}" in the graph.`);
  }
  const inverseWeight = (_edge: string, attributes: Record<string, unknown>) => {
    const weight = edgeWeight(attributes, weightAttribute);
    return weight > 0 ? 1 / weight : Infinity;
  };
  let nodePath: string[] | null;
  if (source === target) nodePath = [source];
  else if (weighted) {
    const found = dijkstraPath(graph, source, target, inverseWeight);
    nodePath = found && found.length > 0 ? found : null;
  } else nodePath = hopPath(graph, source, target);
  if (!nodePath) return null;
  // With a simple graph each consecutive pair has one edge; in a multigraph the library picks the first one.
  const edges = nodePath.length > 1 ? edgePathFromNodePath(graph, nodePath) : [];
  const steps = edges.map((edge, index) => describeStep(graph, edge, nodePath[index], nodePath[index + 1]));
  return {
    nodes: nodePath.map((key) => ({ key, label: nodeLabel(graph, key), kind: nodeKind(graph, key) ?? null })),
    edges,
    steps,
    length: edges.length,
    cost: edges.reduce((sum, edge) => sum + inverseWeight(edge, graph.getEdgeAttributes(edge)), 0),
  };
}
