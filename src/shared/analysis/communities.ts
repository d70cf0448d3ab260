// Community detection: seeded Leiden (CWTS networkanalysis-ts) or Louvain (graphology) on the weighted graph, ids
// renumbered by size for stable colours; reports standard modularity Q apart from the quality at the chosen resolution.
import louvain from 'graphology-communities-louvain';
import type Graph from 'graphology-types';
import { Clustering, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import { Random } from 'networkanalysis-ts/utils';
import { createRng } from '../random';
import { computeModularity } from './modularity';

export const COMMUNITY_ALGORITHMS = ['leiden', 'louvain'] as const;
export type CommunityAlgorithm = (typeof COMMUNITY_ALGORITHMS)[number];

export interface CommunitiesOptions {
  /** `leiden` (Traag, Waltman & van Eck 2019: communities are guaranteed connected) or `louvain`. */
  algorithm: CommunityAlgorithm;
  /** Resolution: above 1 gives more, smaller communities; below 1 fewer, larger ones. */
  resolution: number;
  /** Seed of the PRNG the algorithm shuffles with: same graph + same seed → same partition. */
  seed: number;
  /** Edge attribute holding the weight; edges without it count 1. `null` ignores weights. */
  weightAttribute: string | null;
  /** Node attribute `communities.assign` writes. */
  communityAttribute: string;
}

export const DEFAULT_COMMUNITIES_OPTIONS: CommunitiesOptions = {
  algorithm: 'leiden',
  resolution: 1,
  seed: 42,
  weightAttribute: 'weight',
  communityAttribute: 'community',
};

export interface CommunitiesResult {
  /** Node key → community id; 0 is the largest community, ties broken by the smallest member key. */
  communities: Record<string, number>;
  /** Standard modularity Q of the partition: resolution 1, undirected, with the weights the clustering used. */
  modularity: number;
  /** The quality the algorithm maximised: modularity at the chosen resolution (equals `modularity` at 1). */
  quality: number;
  resolution: number;
  algorithm: CommunityAlgorithm;
  count: number;
}

const NAME = 'communities';

function resolveOptions(options: Partial<CommunitiesOptions>): CommunitiesOptions {
  const resolved = { ...DEFAULT_COMMUNITIES_OPTIONS, ...options };
  if (!Number.isFinite(resolved.resolution) || resolved.resolution <= 0) {
    throw new Error(`${NAME}: resolution must be a positive number, got ${resolved.resolution}.`);
  }
  if (!COMMUNITY_ALGORITHMS.includes(resolved.algorithm)) {
    throw new Error(`${NAME}: algorithm must be one of ${COMMUNITY_ALGORITHMS.join(', ')}, got ${resolved.algorithm}.`);
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

/** Leiden iterations: CWTS's own command-line default; each further iteration only refines an already stable partition. */
const LEIDEN_ITERATIONS = 10;
/** Leiden's randomness in the refinement phase (CWTS's default). */
const LEIDEN_RANDOMNESS = 0.01;

function edgeWeight(attributes: Record<string, unknown>, weightAttribute: string | null): number {
  if (weightAttribute === null) return 1;
  const raw = attributes[weightAttribute];
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : 1;
}

/**
 * Leiden through networkanalysis-ts, with its CPM quality made into modularity the way CWTS's own runner does it: node
 * weights are weighted degrees and the resolution is divided by twice the total edge weight. The network is the
 * undirected reading of the graph (parallel and reverse edges add up; self-loops are left out, as Network stores none).
 */
function runLeiden(graph: Graph, resolution: number, seed: number, weightAttribute: string | null): Record<string, number> {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const pairWeights = new Map<number, number>();
  const n = nodes.length;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = index.get(source)!;
    const b = index.get(target)!;
    if (a === b) return;
    const pair = a < b ? a * n + b : b * n + a;
    pairWeights.set(pair, (pairWeights.get(pair) ?? 0) + edgeWeight(attributes, weightAttribute));
  });
  const from: number[] = [];
  const to: number[] = [];
  const weights: number[] = [];
  for (const [pair, weight] of pairWeights) {
    if (weight <= 0) continue;
    from.push(Math.floor(pair / n));
    to.push(pair % n);
    weights.push(weight);
  }
  const raw: Record<string, number> = {};
  if (weights.length === 0) {
    nodes.forEach((node, i) => (raw[node] = i));
    return raw;
  }
  const network = new Network({
    nNodes: n,
    setNodeWeightsToTotalEdgeWeights: true,
    edges: [from, to],
    edgeWeights: weights,
    sortedEdges: false,
    checkIntegrity: false,
  });
  const algorithm = new LeidenAlgorithm();
  algorithm.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(
    resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks()),
    LEIDEN_ITERATIONS,
    LEIDEN_RANDOMNESS,
    new Random(seed),
  );
  const clustering = new Clustering({ nNodes: n });
  algorithm.improveClustering(network, clustering);
  const clusters = clustering.getClusters();
  nodes.forEach((node, i) => (raw[node] = clusters[i]));
  return raw;
}

/** Detect communities; returns the mapping, modularity Q, the quality at the resolution and the number of communities. */
export function detectCommunities(graph: Graph, options: Partial<CommunitiesOptions> = {}): CommunitiesResult {
  const { algorithm, resolution, seed, weightAttribute } = resolveOptions(options);
  if (graph.type === 'mixed' && graph.directedSize > 0 && graph.undirectedSize > 0 && algorithm === 'louvain') {
    throw new Error(`${NAME}: the graph mixes directed and undirected edges; Louvain needs one or the other.`);
  }
  const done = (raw: Record<string, number>): CommunitiesResult => {
    const renumbered = renumberBySize(raw);
    const measure = { weightAttribute };
    const modularity = computeModularity(graph, renumbered.communities, { ...measure, resolution: 1 });
    const quality = resolution === 1 ? modularity : computeModularity(graph, renumbered.communities, { ...measure, resolution });
    return { ...renumbered, modularity, quality, resolution, algorithm };
  };
  if (graph.order === 0) return { communities: {}, modularity: 0, quality: 0, resolution, algorithm, count: 0 };
  if (graph.size === 0) {
    // Louvain divides by the total weight; with no edges every node is its own community and modularity is 0.
    const raw: Record<string, number> = {};
    let next = 0;
    graph.forEachNode((node) => {
      raw[node] = next++;
    });
    return done(raw);
  }
  if (algorithm === 'leiden') return done(runLeiden(graph, resolution, seed, weightAttribute));
  const detailed = louvain.detailed(graph, {
    resolution,
    rng: createRng(seed),
    getEdgeWeight: weightAttribute,
  });
  return done(detailed.communities);
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
