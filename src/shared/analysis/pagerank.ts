// Weighted PageRank over a compact adjacency built in one edge pass: graphology-metrics' algorithm, faster index.
import type Graph from 'graphology-types';
import { edgeWeight } from './membership';

export interface PagerankOptions {
  alpha: number;
  maxIterations: number;
  /** Convergence when the summed absolute change is below order × tolerance (graphology-metrics' rule). */
  tolerance: number;
  weightAttribute: string;
}

export const DEFAULT_PAGERANK_OPTIONS: PagerankOptions = {
  alpha: 0.85,
  maxIterations: 200,
  tolerance: 1e-6,
  weightAttribute: 'weight',
};

/**
 * Same power iteration as graphology-metrics/centrality/pagerank (dangling mass spread uniformly). Written here
 * because its WeightedNeighborhoodIndex looks up every edge by key three times (outboundEdges, opposite,
 * getEdgeAttributes): at 1M edges that index took most of PageRank's time (bench/analysis.ts), while one
 * forEachEdge pass into typed arrays costs a fraction of it. Undirected edges count in both directions.
 */
export function computePagerank(graph: Graph, options: Partial<PagerankOptions> = {}): Record<string, number> {
  const { alpha, maxIterations, tolerance, weightAttribute } = { ...DEFAULT_PAGERANK_OPTIONS, ...options };
  const order = graph.order;
  const result: Record<string, number> = {};
  if (order === 0) return result;

  const nodes = graph.nodes();
  const index = new Map<string, number>();
  nodes.forEach((node, i) => index.set(node, i));

  // Compressed sparse rows of outbound (source → target) links: count, then fill.
  const starts = new Uint32Array(order + 1);
  const countLink = (from: number) => {
    starts[from + 1] += 1;
  };
  graph.forEachEdge((_edge, _attributes, source, target, _s, _t, undirected) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    countLink(s);
    if (undirected && s !== t) countLink(t);
  });
  for (let i = 0; i < order; i++) starts[i + 1] += starts[i];
  const neighbours = new Uint32Array(starts[order]);
  const weights = new Float64Array(starts[order]);
  const outWeight = new Float64Array(order);
  const fill = starts.slice(0, order);
  const addLink = (from: number, to: number, weight: number) => {
    neighbours[fill[from]] = to;
    weights[fill[from]++] = weight;
    outWeight[from] += weight;
  };
  graph.forEachEdge((_edge, attributes, source, target, _s, _t, undirected) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const weight = edgeWeight(attributes, weightAttribute);
    addLink(s, t, weight);
    if (undirected && s !== t) addLink(t, s, weight);
  });

  const dangling: number[] = [];
  for (let i = 0; i < order; i++) {
    if (outWeight[i] === 0) dangling.push(i);
    for (let j = starts[i]; j < starts[i + 1]; j++) weights[j] /= outWeight[i];
  }

  const uniform = 1 / order;
  let current = new Float64Array(order).fill(uniform);
  let next = new Float64Array(order);
  let converged = false;
  for (let iteration = 0; iteration < maxIterations && !converged; iteration++) {
    let dangleSum = 0;
    for (const i of dangling) dangleSum += current[i];
    const base = alpha * dangleSum * uniform + (1 - alpha) * uniform;
    next.fill(base);
    for (let i = 0; i < order; i++) {
      const share = alpha * current[i];
      for (let j = starts[i]; j < starts[i + 1]; j++) next[neighbours[j]] += share * weights[j];
    }
    let error = 0;
    for (let i = 0; i < order; i++) error += Math.abs(next[i] - current[i]);
    [current, next] = [next, current];
    converged = error < order * tolerance;
  }
  if (!converged) throw new Error(`pagerank: did not converge in ${maxIterations} iterations.`);
  nodes.forEach((node, i) => {
    result[node] = current[i];
  });
  return result;
}
