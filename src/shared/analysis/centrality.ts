// Node centralities (degree, weighted degree, PageRank, betweenness) computed with graphology-metrics.
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type Graph from 'graphology-types';
import { edgeListFor, toRecord, type EdgeList } from './edgeList';
import { pagerankOfEdges } from './pagerank';

export type CentralityMeasure = 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness';

export interface CentralityOptions {
  measures: CentralityMeasure[];
  /** Edge attribute holding the weight; edges without a numeric one count 1. */
  weightAttribute: string;
  /**
   * Betweenness (Brandes) costs about nodes × edges steps; above this product it is skipped, because on a large
   * graph it would block the tab (or the ingest) for minutes while the other measures take milliseconds.
   */
  betweennessMaxWork: number;
  /** Node attribute names `computeCentrality.assign` writes, per measure. */
  attributes: Record<CentralityMeasure, string>;
  /** The graph's edges already read with `readEdgeList` (same weight attribute), to share that pass with other analyses. */
  edges?: EdgeList;
  /**
   * PageRank of those edges computed elsewhere (the ingest's worker thread, while this thread clusters), in place of
   * `pagerankOfEdges` here: returns its scores, indexed like the list's nodes, or throws what it threw.
   */
  pagerankScores?: (edges: EdgeList) => Float64Array;
}

export const DEFAULT_CENTRALITY_OPTIONS: CentralityOptions = {
  measures: ['degree', 'weightedDegree', 'pagerank', 'betweenness'],
  weightAttribute: 'weight',
  betweennessMaxWork: 5e7,
  attributes: { degree: 'degree', weightedDegree: 'weightedDegree', pagerank: 'pagerank', betweenness: 'betweenness' },
};

export interface CentralityResult {
  /** Number of neighbours (edges, since the graph is simple). */
  degree?: Record<string, number>;
  /** Sum of edge weights. */
  weightedDegree?: Record<string, number>;
  /** Weighted PageRank, summing to 1. */
  pagerank?: Record<string, number>;
  /** Normalised betweenness on hop counts (weights here are association strengths, not distances). */
  betweenness?: Record<string, number>;
  /** Measures that were asked for but not computed, with the reason a user can read. */
  skipped: Partial<Record<CentralityMeasure, string>>;
}

const NAME = 'centrality';

function resolveOptions(options: Partial<CentralityOptions>): CentralityOptions {
  const resolved = {
    ...DEFAULT_CENTRALITY_OPTIONS,
    ...options,
    attributes: { ...DEFAULT_CENTRALITY_OPTIONS.attributes, ...options.attributes },
  };
  for (const measure of resolved.measures) {
    if (!(measure in DEFAULT_CENTRALITY_OPTIONS.attributes)) throw new Error(`${NAME}: unknown measure "${measure}".`);
  }
  return resolved;
}

/** Compute the requested centralities; each is a mapping node → value, or listed in `skipped` with the reason. */
export function computeCentrality(graph: Graph, options: Partial<CentralityOptions> = {}): CentralityResult {
  return computeIndexed(graph, options).result;
}

/** The measures read off the edge list, also by node number (`nodes`: the graph's nodes in `graph.nodes()` order). */
interface IndexedCentrality {
  result: CentralityResult;
  nodes: readonly string[];
  byIndex: Partial<Record<CentralityMeasure, ArrayLike<number>>>;
}

function computeIndexed(graph: Graph, options: Partial<CentralityOptions>): IndexedCentrality {
  const { measures, weightAttribute, betweennessMaxWork } = resolveOptions(options);
  const wanted = new Set(measures);
  const result: CentralityResult = { skipped: {} };
  const byIndex: IndexedCentrality['byIndex'] = {};

  // Degree, weighted degree and PageRank all read the edges: one pass into flat arrays serves the three.
  const edges =
    wanted.has('degree') || wanted.has('weightedDegree') || wanted.has('pagerank')
      ? edgeListFor(graph, weightAttribute, options.edges)
      : null;

  if (edges !== null && wanted.has('degree')) {
    // graphology's degree: every edge end at the node, so a self-loop counts twice.
    const degree = new Float64Array(edges.nodes.length);
    for (let k = 0; k < edges.source.length; k++) {
      degree[edges.source[k]] += 1;
      degree[edges.target[k]] += 1;
    }
    result.degree = toRecord(edges.nodes, degree);
    byIndex.degree = degree;
  }

  if (edges !== null && wanted.has('weightedDegree')) {
    // Summed in edge order, as graphology-metrics' weightedDegree would, but in one pass over the list instead of a
    // walk of every node's edges through a fresh call each time (about 9× slower at 1M edges). Same rule: weight 1
    // when the attribute is missing or not a number; a self-loop counts once.
    const weighted = new Float64Array(edges.nodes.length);
    for (let k = 0; k < edges.source.length; k++) {
      weighted[edges.source[k]] += edges.weight[k];
      if (edges.target[k] !== edges.source[k]) weighted[edges.target[k]] += edges.weight[k];
    }
    result.weightedDegree = toRecord(edges.nodes, weighted);
    byIndex.weightedDegree = weighted;
  }

  if (edges !== null && wanted.has('pagerank')) {
    if (graph.order === 0) result.pagerank = {};
    else {
      try {
        const scores = options.pagerankScores ? options.pagerankScores(edges) : pagerankOfEdges(edges, { weightAttribute });
        result.pagerank = toRecord(edges.nodes, scores);
        byIndex.pagerank = scores;
      } catch (error) {
        result.skipped.pagerank = `PageRank did not converge (${(error as Error).message}).`;
      }
    }
  }

  if (wanted.has('betweenness')) {
    const work = graph.order * graph.size;
    if (work > betweennessMaxWork) {
      result.skipped.betweenness =
        `Betweenness skipped: ${graph.order} nodes × ${graph.size} edges is above the cap of ` +
        `${betweennessMaxWork.toExponential(0)} steps (Brandes' algorithm grows with nodes × edges).`;
    } else {
      // Hop counts, not 1/weight: a path through strong associations is not "shorter" in any unit users would read.
      result.betweenness = betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
    }
  }

  return { result, nodes: edges?.nodes ?? [], byIndex };
}

/** Compute the requested centralities and write each one to its node attribute; returns the same result. */
computeCentrality.assign = function assignCentrality(
  graph: Graph,
  options: Partial<CentralityOptions> = {},
): CentralityResult {
  const { attributes } = resolveOptions(options);
  const { result, nodes, byIndex } = computeIndexed(graph, options);
  const computed = (Object.keys(attributes) as CentralityMeasure[]).filter((measure) => result[measure] !== undefined);
  if (computed.length === 0) return result;
  // In place, as graphology-metrics' own assign does (see detectCommunities.assign); read by node number where the
  // measure has one and the node is where the edge list numbered it, else looked up by key.
  let i = 0;
  graph.updateEachNodeAttributes(
    (node, nodeAttributes) => {
      const numbered = nodes[i] === node;
      for (const measure of computed) {
        const values = byIndex[measure];
        nodeAttributes[attributes[measure]] = numbered && values !== undefined ? values[i] : result[measure]![node];
      }
      i++;
      return nodeAttributes;
    },
    { attributes: computed.map((measure) => attributes[measure]) },
  );
  return result;
};
