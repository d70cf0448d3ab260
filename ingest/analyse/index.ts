// Analysis stage of the ingest: communities, centralities and cluster labels written onto the built paper graph.
import {
  computeCentrality,
  detectCommunities,
  labelCommunities,
  readEdgeList,
  type CentralityMeasure,
  type CentralityOptions,
  type CommunityAlgorithm,
  type EdgeList,
} from '../../src/shared/analysis';
import type { CommunityInfo, PaperGraph } from '../../src/shared/schema';

export interface AnalyseOptions {
  /** Clustering resolution (1 = standard modularity). */
  resolution: number;
  /** `leiden` or `louvain`; defaults to the communities module's default. */
  algorithm?: CommunityAlgorithm;
  /** Clustering seed; the same graph and seed give the same communities. Defaults to the communities module's seed. */
  seed?: number;
}

export interface AnalysisSummary {
  communities: number;
  /** Standard modularity Q (resolution 1, undirected, clustering weights). */
  modularity: number;
  /** Modularity at `resolution`: what the algorithm maximised. */
  quality: number;
  resolution: number;
  /** The largest communities' labels and paper counts, for the CLI summary. */
  largest: Pick<CommunityInfo, 'id' | 'label' | 'papers'>[];
  /** Centralities that were not computed, with the reason (betweenness on very large graphs). */
  skipped: Partial<Record<CentralityMeasure, string>>;
}

/**
 * Run communities (assigns `community`), centralities (assigns `degree`, `weightedDegree`, `pagerank`,
 * `betweenness`) and labels; store `modularity` (Q), `quality`, `resolution` and `communities` in the graph attributes.
 */
export function analysePaperGraph(graph: PaperGraph, options: AnalyseOptions): AnalysisSummary {
  // Communities and centralities read the edges once between them (node attributes they write do not change it).
  const edges = readEdgeList(graph);
  return finishAnalysis(graph, options, edges, assignCommunities(graph, options, edges), {});
}

/**
 * PageRank of an edge list computed beside this thread (the ingest's worker thread): its scores, the error it threw
 * (PageRank that did not converge), or null when that thread failed and it is to be computed here.
 */
export type PagerankBeside = (edges: EdgeList) => Promise<Float64Array | Error | null>;

/**
 * analysePaperGraph with PageRank computed on another thread while this one clusters: the two read the same edges
 * and neither needs the other, so PageRank's time (about a second at 20k papers with references) comes off the
 * stage. The same graph as analysePaperGraph's, bit for bit: the same function on the same edge list, and the
 * attributes are written in the same order.
 */
export async function analysePaperGraphBeside(graph: PaperGraph, options: AnalyseOptions, pagerankBeside: PagerankBeside): Promise<AnalysisSummary> {
  const edges = readEdgeList(graph);
  // Sent before clustering starts, so the other thread computes it meanwhile; read once clustering is done.
  const pagerank = pagerankBeside(edges);
  const communities = assignCommunities(graph, options, edges);
  const scores = await pagerank;
  return finishAnalysis(graph, options, edges, communities, scores === null ? {} : pagerankScoresOf(scores));
}

/**
 * Leiden's clusters and PageRank of the graph's edge list, computed on another thread from the list planned before the
 * graph was built (the ingest's pipeline thread, while this one inserted the edges): null when that thread failed and
 * both are to be computed here; `clusters` null when they could not be computed without the graph.
 */
export type ComputedBeside = Promise<{ clusters: Int32Array | null; pagerank: Float64Array | Error } | null>;

/**
 * analysePaperGraph on a graph whose edge list was planned before it was built (`edges`: that list, for this graph),
 * with the clustering and PageRank done beside this thread meanwhile: this thread only lets the nodes left out of the
 * clustering join their neighbours' communities and writes the attributes. The same graph as analysePaperGraph's, bit
 * for bit: the same functions on the same list (tests compare the planned list with the built graph's), written in the
 * same order; and the list is not read again from the graph.
 */
export async function analysePlannedGraph(graph: PaperGraph, options: AnalyseOptions, edges: EdgeList, beside: ComputedBeside): Promise<AnalysisSummary> {
  const computed = await beside;
  const communities = assignCommunities(graph, options, edges, computed?.clusters ?? undefined);
  const pagerank = computed?.pagerank;
  return finishAnalysis(graph, options, edges, communities, pagerank === undefined ? {} : pagerankScoresOf(pagerank));
}

function pagerankScoresOf(scores: Float64Array | Error): Pick<CentralityOptions, 'pagerankScores'> {
  return {
    pagerankScores: () => {
      if (scores instanceof Error) throw scores;
      return scores;
    },
  };
}

function assignCommunities(graph: PaperGraph, options: AnalyseOptions, edges: EdgeList, clusters?: Int32Array) {
  const seed = options.seed === undefined ? {} : { seed: options.seed };
  const algorithm = options.algorithm === undefined ? {} : { algorithm: options.algorithm };
  const computed = clusters === undefined ? {} : { clusters };
  return detectCommunities.assign(graph, { resolution: options.resolution, ...seed, ...algorithm, edges, ...computed });
}

/** Centralities (after the communities, so every node's attributes keep their order), labels and the summary. */
function finishAnalysis(
  graph: PaperGraph,
  options: AnalyseOptions,
  edges: EdgeList,
  { modularity, quality, count }: ReturnType<typeof assignCommunities>,
  pagerank: Pick<CentralityOptions, 'pagerankScores'>,
): AnalysisSummary {
  const { skipped } = computeCentrality.assign(graph, { edges, ...pagerank });
  const infos = labelCommunities.assign(graph, { edges });
  graph.mergeAttributes({ modularity, quality, resolution: options.resolution });
  return {
    communities: count,
    modularity,
    quality,
    resolution: options.resolution,
    largest: infos.slice(0, 5).map(({ id, label, papers }) => ({ id, label, papers })),
    skipped,
  };
}
