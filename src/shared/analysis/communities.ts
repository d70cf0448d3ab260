// Community detection: seeded Louvain on the weighted graph, community ids renumbered by size for stable colours.
import louvain from 'graphology-communities-louvain';
import type Graph from 'graphology-types';
import { createRng } from '../random';

export interface CommunitiesOptions {
  /** Louvain resolution: above 1 gives more, smaller communities; below 1 fewer, larger ones. */
  resolution: number;
  /** Seed of the PRNG Louvain shuffles with: same graph + same seed → same partition. */
  seed: number;
  /** Edge attribute holding the weight; edges without it count 1. `null` ignores weights. */
  weightAttribute: string | null;
  /** Node attribute `communities.assign` writes. */
  communityAttribute: string;
}

export const DEFAULT_COMMUNITIES_OPTIONS: CommunitiesOptions = {
  resolution: 1,
  seed: 42,
  weightAttribute: 'weight',
  communityAttribute: 'community',
};

export interface CommunitiesResult {
  /** Node key → community id; 0 is the largest community, ties broken by the smallest member key. */
  communities: Record<string, number>;
  modularity: number;
  count: number;
}

const NAME = 'communities';

function resolveOptions(options: Partial<CommunitiesOptions>): CommunitiesOptions {
  const resolved = { ...DEFAULT_COMMUNITIES_OPTIONS, ...options };
  if (!Number.isFinite(resolved.resolution) || resolved.resolution <= 0) {
    throw new Error(`${NAME}: resolution must be a positive number, got ${resolved.resolution}.`);
  }
  if (!Number.isInteger(resolved.seed)) throw new Error(`${NAME}: seed must be an integer, got ${resolved.seed}.`);
  return resolved;
}

/**
 * Renumber raw Louvain ids so 0 is the largest community. Louvain's own ids depend on visit order; sorting by size
 * (then by smallest member key) keeps colours stable when a re-run finds the same clusters.
 */
function renumberBySize(raw: Record<string, number>): { communities: Record<string, number>; count: number } {
  const sizes = new Map<number, number>();
  const firstKey = new Map<number, string>();
  for (const node in raw) {
    const id = raw[node];
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
    const first = firstKey.get(id);
    if (first === undefined || node < first) firstKey.set(id, node);
  }
  const order = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || (firstKey.get(a)! < firstKey.get(b)! ? -1 : 1),
  );
  const newId = new Map<number, number>();
  order.forEach((id, index) => newId.set(id, index));
  const communities: Record<string, number> = {};
  for (const node in raw) communities[node] = newId.get(raw[node])!;
  return { communities, count: order.length };
}

/** A weight Louvain can use: a finite number of at least 0 (what parseGraph reads negative or non-numeric ones as). */
function readWeight(attributes: Record<string, unknown>, name: string): number {
  const value = attributes[name];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 1;
}

/**
 * The weight getter for Louvain. Louvain divides by the total weight, so weights summing to 0 (all zero) or past the
 * largest double (1e308 each) give a NaN modularity: then the weights are scaled by the largest one (modularity is
 * the same for weights scaled by a constant), or ignored when all are 0. Usual weights are read as they are.
 */
function usableWeights(graph: Graph, name: string | null): string | null | ((edge: string, attributes: Record<string, unknown>) => number) {
  if (name === null) return null;
  let total = 0;
  let largest = 0;
  let invalid = false;
  graph.forEachEdge((_edge, attributes) => {
    const value = attributes[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) invalid = true;
    const weight = readWeight(attributes, name);
    total += weight;
    if (weight > largest) largest = weight;
  });
  if (!invalid && total > 0 && Number.isFinite(total)) return name;
  if (largest === 0) return null;
  return (_edge, attributes) => readWeight(attributes, name) / largest;
}

/** Detect communities; returns the mapping, the partition's modularity and the number of communities. */
export function detectCommunities(graph: Graph, options: Partial<CommunitiesOptions> = {}): CommunitiesResult {
  const { resolution, seed, weightAttribute } = resolveOptions(options);
  if (graph.type === 'mixed' && graph.directedSize > 0 && graph.undirectedSize > 0) {
    throw new Error(`${NAME}: the graph mixes directed and undirected edges; Louvain needs one or the other.`);
  }
  if (graph.order === 0) return { communities: {}, modularity: 0, count: 0 };
  if (graph.size === 0) {
    // Louvain divides by the total weight; with no edges every node is its own community and modularity is 0.
    const raw: Record<string, number> = {};
    let next = 0;
    graph.forEachNode((node) => {
      raw[node] = next++;
    });
    return { ...renumberBySize(raw), modularity: 0 };
  }
  const detailed = louvain.detailed(graph, {
    resolution,
    rng: createRng(seed),
    getEdgeWeight: usableWeights(graph, weightAttribute),
  });
  return { ...renumberBySize(detailed.communities), modularity: detailed.modularity };
}

/** Detect communities and write each node's id to `communityAttribute`; returns the same result as the detector. */
detectCommunities.assign = function assignCommunities(
  graph: Graph,
  options: Partial<CommunitiesOptions> = {},
): CommunitiesResult {
  const { communityAttribute } = resolveOptions(options);
  const result = detectCommunities(graph, options);
  graph.updateEachNodeAttributes(
    (node, attributes) => ({ ...attributes, [communityAttribute]: result.communities[node] }),
    { attributes: [communityAttribute] },
  );
  return result;
};
