// Edge weight inside and between communities: the one tally relatedClusters and clusterOverview both read.
import type Graph from 'graphology-types';
import { edgeWeight } from './membership';

export interface ClusterPairLink {
  a: number;
  b: number;
  /** Sum of weights of the edges joining a node of `a` to a node of `b`. */
  weight: number;
  /** Those edges' keys. */
  edges: string[];
}

export interface ClusterWeights {
  /** Sum of weighted degrees of each community's nodes (an inside edge counts twice, as in modularity). */
  strength: Map<number, number>;
  internal: Map<number, number>;
  /** Keyed by `${min}|${max}` of the two community ids. */
  between: Map<string, ClusterPairLink>;
}

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function tallyClusterWeights(
  graph: Graph,
  membership: Map<string, number>,
  weightAttribute: string,
): ClusterWeights {
  const strength = new Map<number, number>();
  const internal = new Map<number, number>();
  const between = new Map<string, ClusterPairLink>();
  for (const id of new Set(membership.values())) {
    strength.set(id, 0);
    internal.set(id, 0);
  }
  graph.forEachEdge((edge, attributes, source, target) => {
    const a = membership.get(source);
    const b = membership.get(target);
    if (a === undefined || b === undefined) return;
    const weight = edgeWeight(attributes, weightAttribute);
    strength.set(a, strength.get(a)! + weight);
    strength.set(b, strength.get(b)! + weight);
    if (a === b) {
      internal.set(a, internal.get(a)! + weight);
      return;
    }
    const key = pairKey(a, b);
    const link = between.get(key);
    if (link) {
      link.weight += weight;
      link.edges.push(edge);
    } else between.set(key, { a: Math.min(a, b), b: Math.max(a, b), weight, edges: [edge] });
  });
  return { strength, internal, between };
}

/**
 * Inter-cluster weight normalised by both clusters' total strength (Salton's cosine): w_ab / sqrt(w_a · w_b). Raw
 * weight would make the two largest clusters each other's nearest neighbour regardless of content.
 */
export function normalisedLink(link: ClusterPairLink, strength: Map<number, number>): number {
  const denominator = Math.sqrt(strength.get(link.a)! * strength.get(link.b)!);
  return denominator > 0 ? link.weight / denominator : 0;
}
