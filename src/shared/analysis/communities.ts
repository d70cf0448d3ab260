// Community detection: seeded Leiden (CWTS networkanalysis-ts) or Louvain (graphology) on the weighted graph, ids
// renumbered by size for stable colours; reports standard modularity Q apart from the quality at the chosen resolution.
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type Graph from 'graphology-types';
import { Clustering, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import { Random } from 'networkanalysis-ts/utils';
import { createRng } from '../random';
import { modularityAt, modularityParts } from './modularity';

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
  /**
   * Edge kinds the clustering runs on (paper graphs); nodes with none of these edges then join the community most of
   * their neighbours are in. Ignored (every edge counts) when no edge of the graph has one of these kinds, so graphs
   * from other tools cluster on all their edges. `null`: always every edge.
   */
  edgeKinds: readonly string[] | null;
}

/**
 * What the paper graph is clustered on, measured on 1,167 labelled arXiv abstracts (`npm run eval:communities`):
 * paper–paper links (text similarity, citations, mentions) and shared concepts. Domain and method nodes are left out:
 * a domain is a hub of hundreds of papers that merges clusters (NMI 0.36 with them vs 0.38–0.39 without at resolution
 * 1), and methods added nothing measurable; they take their papers' community afterwards.
 */
export const CLUSTERING_EDGE_KINDS: readonly string[] = ['similar', 'has-concept', 'cites', 'co-cited', 'coupled', 'mentions'];

export const DEFAULT_COMMUNITIES_OPTIONS: CommunitiesOptions = {
  algorithm: 'leiden',
  resolution: 1,
  seed: 42,
  weightAttribute: 'weight',
  communityAttribute: 'community',
  edgeKinds: CLUSTERING_EDGE_KINDS,
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
 * Renumber raw community ids so 0 is the largest community. Louvain's own ids depend on visit order; sorting by size
 * (then by smallest member key) keeps colours stable when a re-run finds the same clusters. Also used for partitions
 * found elsewhere (a file's own, the concept map's), so every partition in the app is numbered the same way.
 */
export function renumberBySize(raw: Record<string, number>): { communities: Record<string, number>; count: number } {
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

/**
 * Leiden iterations. Two, as the Leiden paper's own runs: on the labelled arXiv set the partition scores the same as
 * with CWTS's command-line default of 10 (NMI 0.407 vs 0.404, Q 0.527 vs 0.529) at a fraction of the time.
 */
const LEIDEN_ITERATIONS = 2;
/** Leiden's randomness in the refinement phase (CWTS's default). */
const LEIDEN_RANDOMNESS = 0.01;

function edgeWeight(attributes: Record<string, unknown>, weightAttribute: string | null): number {
  if (weightAttribute === null) return 1;
  const raw = attributes[weightAttribute];
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : 1;
}

/** The layer the clustering sees: the undirected reading of the kept edges, parallel and reverse edges summed. */
interface ClusteringLayer {
  nodes: string[];
  /** Kept pairs of node indices (a < b) with their summed weight, in first-seen order. */
  from: number[];
  to: number[];
  weights: number[];
}

type EdgeFilter = (attributes: Record<string, unknown>) => boolean;

/** The kind filter when it applies (some edge has one of the kinds), else null: every edge counts. */
function edgeFilter(graph: Graph, edgeKinds: readonly string[] | null): EdgeFilter | null {
  if (edgeKinds === null) return null;
  const kinds = new Set(edgeKinds);
  const filtered: EdgeFilter = (attributes) => kinds.has(attributes.kind as string);
  return graph.someEdge((_edge, attributes) => filtered(attributes)) ? filtered : null;
}

function clusteringLayer(graph: Graph, filter: EdgeFilter | null, weightAttribute: string | null): ClusteringLayer {
  const keep = filter ?? (() => true);
  const nodes = graph.nodes();
  const index = new Map(nodes.map((node, i) => [node, i]));
  const n = nodes.length;
  const pairIndex = new Map<number, number>();
  const from: number[] = [];
  const to: number[] = [];
  const weights: number[] = [];
  // A simple undirected graph has one edge per pair, so the pair lookup that sums parallel edges is not needed.
  const simple = graph.type === 'undirected' && !graph.multi;
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!keep(attributes)) return;
    const a = index.get(source)!;
    const b = index.get(target)!;
    // Self-loops are left out: networkanalysis-ts's Network stores none, and they never decide a node's community.
    if (a === b) return;
    if (simple) {
      from.push(Math.min(a, b));
      to.push(Math.max(a, b));
      weights.push(edgeWeight(attributes, weightAttribute));
      return;
    }
    const pair = a < b ? a * n + b : b * n + a;
    const at = pairIndex.get(pair);
    const weight = edgeWeight(attributes, weightAttribute);
    if (at !== undefined) weights[at] += weight;
    else {
      pairIndex.set(pair, weights.length);
      from.push(Math.min(a, b));
      to.push(Math.max(a, b));
      weights.push(weight);
    }
  });
  return { nodes, from, to, weights };
}

/**
 * The network's adjacency in the form networkanalysis-ts stores it (each edge in both directions, neighbours of a node
 * in increasing order), built with two counting sorts in O(nodes + edges). Handing it edge lists instead makes the
 * library sort 2·edges index pairs with a comparator, which was a third of Leiden's time at 100k nodes / 1M edges; the
 * arrays are the same, so the partition is too.
 */
function neighbourLists(
  n: number,
  layer: ClusteringLayer,
  positive: number[],
): { firstNeighborIndices: number[]; neighbors: number[]; edgeWeights: number[] } {
  const m = positive.length * 2;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  positive.forEach((edge, k) => {
    const a = layer.from[edge];
    const b = layer.to[edge];
    source[2 * k] = a;
    target[2 * k] = b;
    source[2 * k + 1] = b;
    target[2 * k + 1] = a;
    weight[2 * k] = weight[2 * k + 1] = layer.weights[edge];
  });
  // Stable counting sort by target, then by source: entries end up ordered by (source, target).
  const byTarget = countingOrder(target, n, null);
  const order = countingOrder(source, n, byTarget);
  const firstNeighborIndices = new Array<number>(n + 1).fill(0);
  for (let k = 0; k < m; k++) firstNeighborIndices[source[k] + 1]++;
  for (let i = 0; i < n; i++) firstNeighborIndices[i + 1] += firstNeighborIndices[i];
  const neighbors = new Array<number>(m);
  const edgeWeights = new Array<number>(m);
  for (let k = 0; k < m; k++) {
    neighbors[k] = target[order[k]];
    edgeWeights[k] = weight[order[k]];
  }
  return { firstNeighborIndices, neighbors, edgeWeights };
}

/** Positions in `keys` visited in increasing key order, ties in the order of `within` (or index order). */
function countingOrder(keys: Int32Array, n: number, within: Int32Array | null): Int32Array {
  const m = keys.length;
  const start = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) start[keys[k] + 1]++;
  for (let i = 0; i < n; i++) start[i + 1] += start[i];
  const out = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const k = within ? within[j] : j;
    out[start[keys[k]]++] = k;
  }
  return out;
}

/**
 * Leiden through networkanalysis-ts, with its CPM quality made into modularity the way CWTS's own runner does it: node
 * weights are weighted degrees and the resolution is divided by twice the total edge weight.
 */
function runLeiden(layer: ClusteringLayer, resolution: number, seed: number): Record<string, number> {
  const { nodes } = layer;
  const raw: Record<string, number> = {};
  const positive = layer.weights.map((weight, i) => (weight > 0 ? i : -1)).filter((i) => i >= 0);
  if (positive.length === 0) {
    nodes.forEach((node, i) => (raw[node] = i));
    return raw;
  }
  const network = new Network({
    nNodes: nodes.length,
    setNodeWeightsToTotalEdgeWeights: true,
    ...neighbourLists(nodes.length, layer, positive),
    checkIntegrity: false,
  });
  const algorithm = new LeidenAlgorithm();
  algorithm.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(
    resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks()),
    LEIDEN_ITERATIONS,
    LEIDEN_RANDOMNESS,
    new Random(seed),
  );
  const clustering = new Clustering({ nNodes: nodes.length });
  algorithm.improveClustering(network, clustering);
  const clusters = clustering.getClusters();
  nodes.forEach((node, i) => (raw[node] = clusters[i]));
  return raw;
}

/** graphology's Louvain on an undirected copy of the layer (kept edges only, parallel and reverse edges summed). */
function runLouvain(layer: ClusteringLayer, resolution: number, seed: number): Record<string, number> {
  const copy = new UndirectedGraph();
  for (const node of layer.nodes) copy.addNode(node);
  layer.weights.forEach((weight, i) => copy.addEdge(layer.nodes[layer.from[i]], layer.nodes[layer.to[i]], { weight }));
  return louvain(copy, { resolution, rng: createRng(seed), getEdgeWeight: 'weight' });
}

/**
 * Nodes the layer left without an edge (a domain, a method) take the community with the most edge weight among their
 * neighbours that have one; ties go to the smaller raw id so the result does not depend on visit order.
 */
function attachLeftOutNodes(graph: Graph, layer: ClusteringLayer, raw: Record<string, number>, weightAttribute: string | null) {
  const inLayer = new Uint8Array(layer.nodes.length);
  layer.from.forEach((a, i) => {
    inLayer[a] = 1;
    inLayer[layer.to[i]] = 1;
  });
  const clustered = new Set(layer.nodes.filter((_node, i) => inLayer[i] === 1));
  if (clustered.size === layer.nodes.length) return raw;
  const result = { ...raw };
  for (const node of layer.nodes) {
    if (clustered.has(node)) continue;
    const votes = new Map<number, number>();
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      const other = source === node ? target : source;
      if (clustered.has(other)) votes.set(raw[other], (votes.get(raw[other]) ?? 0) + edgeWeight(attributes, weightAttribute));
    });
    let best: number | null = null;
    for (const [community, weight] of votes) {
      if (best === null || weight > votes.get(best)! || (weight === votes.get(best)! && community < best)) best = community;
    }
    if (best !== null) result[node] = best;
  }
  return result;
}

/** A weight the clustering can use: a finite number of at least 0; anything else counts 1 (as parseGraph reads it). */
function usableWeight(attributes: Record<string, unknown>, name: string): number {
  const value = attributes[name];
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 1;
}

/**
 * Null when the weights can be used as they are. Otherwise what to cluster instead: every modularity divides by the
 * total weight, so weights that are all 0 (ignored then) or sum past the largest double (1e308 each: a copy scaled by
 * the largest weight, which leaves modularity unchanged) gave NaN or nothing; negative or non-numeric ones count 1.
 */
function withUsableWeights(graph: Graph, name: string | null): { graph: Graph; weightAttribute: string | null } | null {
  if (name === null || graph.size === 0) return null;
  let total = 0;
  let largest = 0;
  let unusable = false;
  graph.forEachEdge((_edge, attributes) => {
    const value = attributes[name];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) unusable = true;
    const weight = usableWeight(attributes, name);
    total += weight;
    if (weight > largest) largest = weight;
  });
  if (!unusable && total > 0 && Number.isFinite(total)) return null;
  if (largest === 0) return { graph, weightAttribute: null };
  const scaled = graph.copy();
  scaled.updateEachEdgeAttributes((_edge, attributes) => ({ ...attributes, [name]: usableWeight(attributes, name) / largest }));
  return { graph: scaled, weightAttribute: name };
}

/**
 * Detect communities; returns the mapping, modularity Q and the quality at the resolution (both on the edges the
 * clustering used, undirected) and the number of communities.
 */
export function detectCommunities(graph: Graph, options: Partial<CommunitiesOptions> = {}): CommunitiesResult {
  const { algorithm, resolution, seed, weightAttribute, edgeKinds } = resolveOptions(options);
  if (graph.order === 0) return { communities: {}, modularity: 0, quality: 0, resolution, algorithm, count: 0 };
  const usable = withUsableWeights(graph, weightAttribute);
  if (usable !== null) return detectCommunities(usable.graph, { ...options, weightAttribute: usable.weightAttribute });
  const keep = edgeFilter(graph, edgeKinds);
  let raw: Record<string, number>;
  if (algorithm === 'louvain' && keep === null && graph.type === 'undirected' && !graph.multi && graph.size > 0) {
    // The graph is its own layer: Louvain runs on it directly, and nodes without edges stay alone.
    raw = louvain(graph, { resolution, rng: createRng(seed), getEdgeWeight: weightAttribute });
  } else {
    const layer = clusteringLayer(graph, keep, weightAttribute);
    if (layer.weights.length === 0) {
      // Louvain divides by the total weight; with no edges every node is its own community and modularity is 0.
      raw = {};
      layer.nodes.forEach((node, i) => (raw[node] = i));
    } else {
      raw = algorithm === 'leiden' ? runLeiden(layer, resolution, seed) : runLouvain(layer, resolution, seed);
      raw = attachLeftOutNodes(graph, layer, raw, weightAttribute);
    }
  }
  const renumbered = renumberBySize(raw);
  const clustered =
    keep === null
      ? graph
      : {
          forEachEdge: (callback: (edge: string, attributes: Record<string, unknown>, source: string, target: string) => void) =>
            graph.forEachEdge((edge, attributes, source, target) => {
              if (keep(attributes)) callback(edge, attributes, source, target);
            }),
        };
  const parts = modularityParts(clustered, renumbered.communities, weightAttribute);
  const modularity = modularityAt(parts, 1);
  const quality = modularityAt(parts, resolution);
  return { ...renumbered, modularity, quality, resolution, algorithm };
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
