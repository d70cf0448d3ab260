// A graph's edges read once into typed arrays (node indices, weights), for the analyses that walk every edge.
import type Graph from 'graphology-types';

/**
 * Every edge of the graph in `forEachEdge` order, as parallel arrays indexed by edge number. Nodes are numbered in
 * `graph.nodes()` order, which is also the order of `forEachNode` and `updateEachNodeAttributes`.
 */
export interface EdgeList {
  nodes: string[];
  index: Map<string, number>;
  source: Int32Array;
  target: Int32Array;
  /** The weight attribute when it is a finite number, else 1 (always 1 when the attribute is `null`). */
  weight: Float64Array;
  /** 1 for an undirected edge. */
  undirected: Uint8Array;
}

/** Called for each edge with its number, so a caller can read more attributes in the same pass. */
export type EdgeVisitor = (attributes: Record<string, unknown>, edge: number) => void;

/**
 * One `forEachEdge` pass. The analyses each used to walk the graph's edges through graphology once per measure
 * (weights, kinds, modularity, weighted degree, PageRank twice), with string-keyed lookups in every step: at 100k
 * nodes / 1M edges those walks cost more than the algorithms (bench/analysis.ts).
 */
export function readEdgeList(graph: Graph, weightAttribute: string | null, visit?: EdgeVisitor): EdgeList {
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i], i);
  const size = graph.size;
  const source = new Int32Array(size);
  const target = new Int32Array(size);
  const weight = new Float64Array(size);
  const undirected = new Uint8Array(size);
  let k = 0;
  graph.forEachEdge((_edge, attributes, s, t, _sa, _ta, isUndirected) => {
    source[k] = index.get(s)!;
    target[k] = index.get(t)!;
    if (weightAttribute === null) weight[k] = 1;
    else {
      const raw = attributes[weightAttribute];
      weight[k] = typeof raw === 'number' && Number.isFinite(raw) ? raw : 1;
    }
    if (isUndirected) undirected[k] = 1;
    if (visit) visit(attributes, k);
    k++;
  });
  return { nodes, index, source, target, weight, undirected };
}

/** A mapping node → value from an array indexed like `nodes`. */
export function toRecord(nodes: string[], values: ArrayLike<number>): Record<string, number> {
  const record: Record<string, number> = {};
  for (let i = 0; i < nodes.length; i++) record[nodes[i]] = values[i];
  return record;
}
