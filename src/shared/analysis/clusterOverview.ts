// A graph with one node per cluster (size = papers) and edges weighted by inter-cluster weight: the zoomed-out map.
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { CommunityInfo } from '../schema';
import { normalisedLink, tallyClusterWeights } from './clusterWeights';
import { groupByCommunity, nodeKind, readCommunities } from './membership';
import { communityColor } from './palette';

export interface ClusterOverviewOptions {
  communities?: Record<string, number>;
  communityAttribute: string;
  documentKind: string;
  weightAttribute: string;
  /** Drop links whose normalised score is below this, to keep the overview readable. */
  minScore: number;
}

export const DEFAULT_CLUSTER_OVERVIEW_OPTIONS: ClusterOverviewOptions = {
  communityAttribute: 'community',
  documentKind: 'paper',
  weightAttribute: 'weight',
  minScore: 0,
};

export interface ClusterNodeAttributes {
  label: string;
  community: number;
  /** Papers in the cluster (all members when the graph has no papers, e.g. an imported graph). */
  size: number;
  papers: number;
  nodes: number;
  color: string;
  /** Centroid of the members' positions, when they have positions. */
  x?: number;
  y?: number;
}

export interface ClusterEdgeAttributes {
  /** Sum of the weights of the edges between the two clusters. */
  weight: number;
  /** w_ab / sqrt(w_a · w_b). */
  score: number;
  edges: number;
}

export type ClusterOverviewGraph = AbstractGraph<ClusterNodeAttributes, ClusterEdgeAttributes>;

const NAME = 'buildClusterOverview';

/** Node keys are the community ids as strings. Labels come from the graph's `communities` attribute when present. */
export function buildClusterOverview(
  graph: AbstractGraph,
  options: Partial<ClusterOverviewOptions> = {},
): ClusterOverviewGraph {
  const resolved: ClusterOverviewOptions = { ...DEFAULT_CLUSTER_OVERVIEW_OPTIONS, ...options };
  const membership = readCommunities(graph, resolved.communities, resolved.communityAttribute, NAME);
  const stored = graph.getAttribute('communities');
  const labels = new Map<number, string>(
    Array.isArray(stored) ? (stored as CommunityInfo[]).map((info) => [info.id, info.label]) : [],
  );
  const overview: ClusterOverviewGraph = new Graph<ClusterNodeAttributes, ClusterEdgeAttributes>({
    type: 'undirected',
  });
  for (const [id, members] of groupByCommunity(membership)) {
    let papers = 0;
    let sumX = 0;
    let sumY = 0;
    let positioned = 0;
    for (const node of members) {
      if (nodeKind(graph, node) === resolved.documentKind) papers += 1;
      const { x, y } = graph.getNodeAttributes(node);
      if (typeof x === 'number' && typeof y === 'number') {
        sumX += x;
        sumY += y;
        positioned += 1;
      }
    }
    const attributes: ClusterNodeAttributes = {
      label: labels.get(id) ?? `Cluster ${id + 1}`,
      community: id,
      size: papers > 0 ? papers : members.length,
      papers,
      nodes: members.length,
      color: communityColor(id),
    };
    if (positioned > 0) {
      attributes.x = sumX / positioned;
      attributes.y = sumY / positioned;
    }
    overview.addNode(String(id), attributes);
  }
  const { strength, between } = tallyClusterWeights(graph, membership, resolved.weightAttribute);
  for (const link of between.values()) {
    const score = normalisedLink(link, strength);
    if (score < resolved.minScore) continue;
    overview.addEdgeWithKey(`${link.a}|${link.b}`, String(link.a), String(link.b), {
      weight: link.weight,
      score,
      edges: link.edges.length,
    });
  }
  return overview;
}
