// Newman's modularity of a partition, always on the undirected reading of the graph, at resolution 1 (Q) or any γ.
import type { EdgeList } from './edgeList';

export interface ModularityOptions {
  /** γ: 1 gives the standard modularity Q; other values the quality Louvain/Leiden optimise at that resolution. */
  resolution: number;
  /** Edge attribute holding the weight; edges without it count 1. `null` ignores weights. */
  weightAttribute: string | null;
}

/** Just what the computation reads, so it runs on any graphology graph (mixed, directed, multi). */
interface EdgeSource {
  forEachEdge(
    callback: (edge: string, attributes: Record<string, unknown>, source: string, target: string) => void,
  ): void;
}

/**
 * Q_γ = Σ_c [ W_c / W − γ (D_c / 2W)² ], with W the total edge weight, W_c the weight inside community c and D_c the
 * summed weighted degree of c's nodes. Directed and parallel edges are read as undirected weights added up (the
 * convention of the "standard modularity": resolution 1, undirected), self-loops count once in W_c and twice in
 * D_c. Hand-written because graphology-metrics scores a directed graph with directed modularity and only at γ = 1 on
 * the partition stored as a node attribute; the clustering needs both numbers for a mapping it has not assigned yet.
 * Nodes missing from `communities` are treated as singletons. Returns 0 for a graph without edge weight.
 */
export function computeModularity(
  graph: EdgeSource,
  communities: Record<string, number>,
  options: Partial<ModularityOptions> = {},
): number {
  const weightAttribute = options.weightAttribute === undefined ? 'weight' : options.weightAttribute;
  return modularityAt(modularityParts(graph, communities, weightAttribute), options.resolution ?? 1);
}

/** Per-community inside weight and summed degree: one pass over the edges serves Q at any resolution. */
export interface ModularityParts {
  inside: Map<number, number>;
  degree: Map<number, number>;
  total: number;
}

export function modularityParts(
  graph: EdgeSource,
  communities: Record<string, number>,
  weightAttribute: string | null,
): ModularityParts {
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  let total = 0;
  // Nodes without a community are singletons: ids below every real one, one per node.
  const singletons = new Map<string, number>();
  const communityOf = (node: string) => {
    const id = communities[node];
    if (id !== undefined) return id;
    let own = singletons.get(node);
    if (own === undefined) singletons.set(node, (own = -1 - singletons.size - 2 ** 31));
    return own;
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    const raw = weightAttribute === null ? 1 : attributes[weightAttribute];
    const weight = typeof raw === 'number' && Number.isFinite(raw) ? raw : 1;
    total += weight;
    const a = communityOf(source);
    const b = communityOf(target);
    degree.set(a, (degree.get(a) ?? 0) + weight);
    degree.set(b, (degree.get(b) ?? 0) + weight);
    if (a === b) inside.set(a, (inside.get(a) ?? 0) + weight);
  });
  return { inside, degree, total };
}

/** Q_γ from the parts (0 without edge weight). */
export function modularityAt({ inside, degree, total }: ModularityParts, resolution: number): number {
  if (total <= 0) return 0;
  let q = 0;
  for (const [community, d] of degree) q += (inside.get(community) ?? 0) / total - resolution * (d / (2 * total)) ** 2;
  return q;
}

/**
 * `modularityParts` on an edge list read once (`readEdgeList`), with every node's community given by index: the same
 * sums in the same order (edge order, communities in order of first appearance), without a string lookup per edge.
 * Only edges marked in `kept` count when it is given.
 */
export function modularityPartsOfEdges(
  { source, target, weight }: EdgeList,
  kept: Uint8Array | null,
  community: ArrayLike<number>,
): ModularityParts {
  let count = 0;
  for (let i = 0; i < community.length; i++) count = Math.max(count, community[i] + 1);
  const insideSum = new Float64Array(count);
  const degreeSum = new Float64Array(count);
  const hasInside = new Uint8Array(count);
  const seen = new Uint8Array(count);
  const order: number[] = [];
  let total = 0;
  for (let k = 0; k < source.length; k++) {
    if (kept !== null && kept[k] === 0) continue;
    const w = weight[k];
    total += w;
    const a = community[source[k]];
    const b = community[target[k]];
    if (seen[a] === 0) order.push(a), (seen[a] = 1);
    degreeSum[a] += w;
    if (seen[b] === 0) order.push(b), (seen[b] = 1);
    degreeSum[b] += w;
    if (a === b) {
      insideSum[a] += w;
      hasInside[a] = 1;
    }
  }
  const inside = new Map<number, number>();
  const degree = new Map<number, number>();
  for (const id of order) {
    degree.set(id, degreeSum[id]);
    if (hasInside[id] === 1) inside.set(id, insideSum[id]);
  }
  return { inside, degree, total };
}
