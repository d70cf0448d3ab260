// Weighted PageRank over a compact adjacency built in one edge pass: graphology-metrics' algorithm, faster index.
import type Graph from 'graphology-types';
import { readEdgeList, toRecord, type EdgeList } from './edgeList';
import { plainDoubles, plainIntegers } from './plainArrays';

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
  if (graph.order === 0) return {};
  const edges = readEdgeList(graph, { ...DEFAULT_PAGERANK_OPTIONS, ...options }.weightAttribute);
  return toRecord(edges.nodes, pagerankOfEdges(edges, options));
}

/** What PageRank reads of an edge list: the edges, and how many nodes there are (an EdgeList is one; a worker thread,
 * sent the typed arrays alone, gives the node count as `nodes: { length }`). */
export type PagerankEdges = { [K in 'source' | 'target' | 'weight' | 'undirected']: ArrayLike<number> } & { nodes: { length: number } };

/** PageRank on an edge list read once (`readEdgeList`, with the weight attribute), indexed like its nodes. */
export function pagerankOfEdges(
  { nodes, source, target, weight, undirected }: PagerankEdges,
  options: Partial<PagerankOptions> = {},
): Float64Array {
  const { alpha, maxIterations, tolerance } = { ...DEFAULT_PAGERANK_OPTIONS, ...options };
  const order = nodes.length;
  const size = source.length;

  // Compressed sparse rows of outbound (source → target) links: count, then fill.
  const starts = new Uint32Array(order + 1);
  for (let k = 0; k < size; k++) {
    starts[source[k] + 1] += 1;
    if (undirected[k] === 1 && source[k] !== target[k]) starts[target[k] + 1] += 1;
  }
  for (let i = 0; i < order; i++) starts[i + 1] += starts[i];
  // The two edge-sized arrays are plain (heap) arrays, as the clustering's (see plainArrays.ts): as typed arrays
  // they were 24 MB of ArrayBuffers per run at 1M edges, which with the edge list's brought on V8's full collection
  // of the whole heap (about a second on the bench graph) every run or two.
  const neighbours = plainIntegers(starts[order]);
  const weights = plainDoubles(starts[order]);
  const outWeight = new Float64Array(order);
  const fill = starts.slice(0, order);
  for (let k = 0; k < size; k++) {
    const s = source[k];
    const t = target[k];
    const w = weight[k];
    neighbours[fill[s]] = t;
    weights[fill[s]++] = w;
    outWeight[s] += w;
    if (undirected[k] === 1 && s !== t) {
      neighbours[fill[t]] = s;
      weights[fill[t]++] = w;
      outWeight[t] += w;
    }
  }

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
  return current;
}
