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
  for (const id of new Set(membership.values())) {
    strength.set(id, 0);
    internal.set(id, 0);
  }
  // Pairs found by a number while tallying (ids are small non-negative integers in practice), so an edge between two
  // clusters costs no key string: at 1M edges the strings were most of this pass. Keyed by `pairKey` afterwards, in the
  // order the pairs were first met. Ids that are not small integers take the string key directly.
  let span = 1;
  for (const id of strength.keys()) if (Number.isInteger(id) && id >= 0 && id + 1 > span) span = id + 1;
  const byNumber = new Map<number, ClusterPairLink>();
  const byString = new Map<string, ClusterPairLink>();
  const order: ClusterPairLink[] = [];
  const numbered = (id: number) => Number.isInteger(id) && id >= 0 && id < span;
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
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    const numberKey = numbered(low) && numbered(high) ? low * span + high : -1;
    const link = numberKey >= 0 ? byNumber.get(numberKey) : byString.get(pairKey(a, b));
    if (link) {
      link.weight += weight;
      link.edges.push(edge);
      return;
    }
    const created: ClusterPairLink = { a: low, b: high, weight, edges: [edge] };
    if (numberKey >= 0) byNumber.set(numberKey, created);
    else byString.set(pairKey(a, b), created);
    order.push(created);
  });
  const between = new Map<string, ClusterPairLink>();
  for (const link of order) between.set(pairKey(link.a, link.b), link);
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
