// Analysis stage of the ingest: communities, centralities and cluster labels written onto the built paper graph.
import {
  computeCentrality,
  detectCommunities,
  labelCommunities,
  type CentralityMeasure,
} from '../../src/shared/analysis';
import type { CommunityInfo, PaperGraph } from '../../src/shared/schema';

export interface AnalyseOptions {
  /** Louvain resolution (1 = standard modularity). */
  resolution: number;
  /** Louvain seed; the same graph and seed give the same communities. Defaults to the communities module's seed. */
  seed?: number;
}

export interface AnalysisSummary {
  communities: number;
  modularity: number;
  resolution: number;
  /** The largest communities' labels and paper counts, for the CLI summary. */
  largest: Pick<CommunityInfo, 'id' | 'label' | 'papers'>[];
  /** Centralities that were not computed, with the reason (betweenness on very large graphs). */
  skipped: Partial<Record<CentralityMeasure, string>>;
}

/**
 * Run communities (assigns `community`), centralities (assigns `degree`, `weightedDegree`, `pagerank`,
 * `betweenness`) and labels; store `modularity`, `resolution` and `communities` in the graph attributes.
 */
export function analysePaperGraph(graph: PaperGraph, options: AnalyseOptions): AnalysisSummary {
  const seed = options.seed === undefined ? {} : { seed: options.seed };
  const { modularity, count } = detectCommunities.assign(graph, { resolution: options.resolution, ...seed });
  const { skipped } = computeCentrality.assign(graph);
  const infos = labelCommunities.assign(graph);
  graph.mergeAttributes({ modularity, resolution: options.resolution });
  return {
    communities: count,
    modularity,
    resolution: options.resolution,
    largest: infos.slice(0, 5).map(({ id, label, papers }) => ({ id, label, papers })),
    skipped,
  };
}
