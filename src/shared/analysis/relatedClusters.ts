// For each cluster, the clusters it is most linked to, with the concepts and papers that bridge them, in words.
import type Graph from 'graphology-types';
import type { CommunityInfo } from '../schema';
import { normalisedLink, tallyClusterWeights } from './clusterWeights';
import { edgeWeight, nodeKind, nodeLabel, readCommunities } from './membership';

export interface RelatedClustersOptions {
  communities?: Record<string, number>;
  communityAttribute: string;
  /** How many related clusters to keep per cluster, strongest first. */
  maxRelated: number;
  /** How many bridging concepts and papers to list per pair. */
  maxBridges: number;
  documentKind: string;
  termKinds: string[];
  weightAttribute: string;
}

export const DEFAULT_RELATED_CLUSTERS_OPTIONS: RelatedClustersOptions = {
  communityAttribute: 'community',
  maxRelated: 3,
  maxBridges: 5,
  documentKind: 'paper',
  termKinds: ['concept', 'method', 'domain'],
  weightAttribute: 'weight',
};

export interface BridgeNode {
  key: string;
  label: string;
  /** Weight of this node's edges that cross between the two clusters. */
  weight: number;
}

export interface RelatedCluster {
  /** The other cluster's id. */
  id: number;
  /** Its label, when the graph carries CommunityInfo in its `communities` attribute. */
  label: string | null;
  /** Normalised link strength w_ab / sqrt(w_a · w_b), in 0..1. */
  score: number;
  /** Raw sum of the weights of the edges between the two clusters. */
  weight: number;
  edges: number;
  /** Concepts, methods or domains at either end of a crossing edge, strongest first. */
  concepts: BridgeNode[];
  /** Papers at either end of a crossing edge, strongest first. */
  papers: BridgeNode[];
  /** Number of distinct papers at an end of a crossing edge (`papers` is cut at maxBridges). */
  paperCount: number;
  /** One sentence: "linked through mixture of experts, load balancing; 5 papers bridge them". */
  explanation: string;
}

const NAME = 'findRelatedClusters';

function topBridges(
  graph: Graph,
  weights: Map<string, number>,
  limit: number,
  rank: (key: string, weight: number) => number = (_key, weight) => weight,
): BridgeNode[] {
  return [...weights.entries()]
    .map(([key, weight]) => ({ key, weight, rank: rank(key, weight) }))
    .sort((a, b) => b.rank - a.rank || b.weight - a.weight || (a.key < b.key ? -1 : 1))
    .slice(0, limit)
    .map(({ key, weight }) => ({ key, label: nodeLabel(graph, key), weight }));
}

function explain(concepts: BridgeNode[], paperCount: number, edges: number, generic: BridgeNode[]): string {
  const papers = paperCount === 1 ? '1 paper bridges them' : `${paperCount} papers bridge them`;
  if (concepts.length > 0) {
    const through = concepts.slice(0, 3).map((node) => node.label).join(', ');
    return paperCount > 0 ? `linked through ${through}; ${papers}` : `linked through ${through}`;
  }
  if (paperCount > 0) return `${papers} through ${edges === 1 ? 'a direct link' : `${edges} direct links`}`;
  const through = generic.slice(0, 3).map((node) => node.label).join(', ');
  return `linked through ${through} (${edges === 1 ? '1 edge' : `${edges} edges`})`;
}

/** Mapping community id → its most related clusters, strongest first. */
export function findRelatedClusters(
  graph: Graph,
  options: Partial<RelatedClustersOptions> = {},
): Record<number, RelatedCluster[]> {
  return relatedClustersFor(graph, options, null);
}

/**
 * One cluster's most related clusters: the same list as `findRelatedClusters(graph, options)[id]`, working out only
 * the pairs that include it (at 100k papers, explaining every pair took seconds for a panel that shows one).
 */
export function findRelatedClustersOf(
  graph: Graph,
  id: number,
  options: Partial<RelatedClustersOptions> = {},
): RelatedCluster[] {
  return relatedClustersFor(graph, options, id)[id] ?? [];
}

/** Every cluster's list when `only` is null, else only `only`'s list is complete (the others hold its pairs alone). */
function relatedClustersFor(
  graph: Graph,
  options: Partial<RelatedClustersOptions>,
  only: number | null,
): Record<number, RelatedCluster[]> {
  const resolved: RelatedClustersOptions = { ...DEFAULT_RELATED_CLUSTERS_OPTIONS, ...options };
  if (resolved.maxRelated < 1) throw new Error(`${NAME}: maxRelated must be at least 1.`);
  const membership = readCommunities(graph, resolved.communities, resolved.communityAttribute, NAME);
  const { strength, between } = tallyClusterWeights(graph, membership, resolved.weightAttribute);
  const stored = graph.getAttribute('communities');
  const labels = new Map<number, string>(
    Array.isArray(stored) ? (stored as CommunityInfo[]).map((info) => [info.id, info.label]) : [],
  );
  const termKinds = new Set(resolved.termKinds);
  let paperTotal = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind === resolved.documentKind) paperTotal += 1;
  });
  // A concept every paper has ("large language model") links every pair of clusters and explains none: rank bridging
  // concepts by crossing weight × log(papers / papers with the concept), as IDF does, so specific ones come first.
  // Papers per concept, counted once: a concept bridging many pairs was counted again for each (a hub's whole
  // neighbourhood every time).
  const papersOf = new Map<string, number>();
  const specificity = (key: string, weight: number) => {
    let papers = papersOf.get(key);
    if (papers === undefined) {
      let count = 0;
      graph.forEachNeighbor(key, (_neighbor, attributes) => {
        if (attributes.kind === resolved.documentKind) count += 1;
      });
      papers = count;
      papersOf.set(key, papers);
    }
    return papers > 0 && paperTotal > 0 ? weight * Math.log(paperTotal / papers) : 0;
  };

  const result: Record<number, RelatedCluster[]> = {};
  for (const id of strength.keys()) result[id] = [];

  for (const link of between.values()) {
    if (only !== null && link.a !== only && link.b !== only) continue;
    const conceptWeights = new Map<string, number>();
    const paperWeights = new Map<string, number>();
    const endpointWeights = new Map<string, number>();
    for (const edge of link.edges) {
      const weight = edgeWeight(graph.getEdgeAttributes(edge), resolved.weightAttribute);
      for (const node of graph.extremities(edge)) {
        const kind = nodeKind(graph, node);
        const bucket =
          kind === resolved.documentKind ? paperWeights : kind && termKinds.has(kind) ? conceptWeights : endpointWeights;
        bucket.set(node, (bucket.get(node) ?? 0) + weight);
      }
    }
    const concepts = topBridges(graph, conceptWeights, resolved.maxBridges, specificity);
    const papers = topBridges(graph, paperWeights, resolved.maxBridges);
    const explanation = explain(
      concepts,
      paperWeights.size,
      link.edges.length,
      topBridges(graph, endpointWeights, resolved.maxBridges),
    );
    const shared = {
      score: normalisedLink(link, strength),
      weight: link.weight,
      edges: link.edges.length,
      concepts,
      papers,
      paperCount: paperWeights.size,
      explanation,
    };
    result[link.a].push({ id: link.b, label: labels.get(link.b) ?? null, ...shared });
    result[link.b].push({ id: link.a, label: labels.get(link.a) ?? null, ...shared });
  }

  for (const id in result) {
    result[id] = result[id].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, resolved.maxRelated);
  }
  return result;
}
