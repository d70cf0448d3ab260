// Analysis stage of the ingest: communities, centralities and cluster labels written onto the built paper graph.
import {
  computeCentrality,
  detectCommunities,
  labelCommunities,
  readEdgeList,
  type CentralityMeasure,
  type CommunityAlgorithm,
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
  const seed = options.seed === undefined ? {} : { seed: options.seed };
  const algorithm = options.algorithm === undefined ? {} : { algorithm: options.algorithm };
  // Communities and centralities read the edges once between them (node attributes they write do not change it).
  const edges = readEdgeList(graph);
  const { modularity, quality, count } = detectCommunities.assign(graph, {
    resolution: options.resolution,
    ...seed,
    ...algorithm,
    edges,
  });
  const { skipped } = computeCentrality.assign(graph, { edges });
  const infos = labelCommunities.assign(graph);
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
