// Community detection: seeded Leiden (CWTS networkanalysis-ts) or Louvain (graphology) on the weighted graph, ids
// renumbered by size for stable colours; reports standard modularity Q apart from the quality at the chosen resolution.
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type Graph from 'graphology-types';
import { createRng } from '../random';
import { edgeListFor, toRecord, type EdgeList } from './edgeList';
import { leidenClusters, PooledNetwork } from './leiden';
import { edgeWeight } from './membership';
import { modularityAt, modularityPartsOfEdges } from './modularity';
import { plainDoubles, plainIntegers } from './plainArrays';

export const COMMUNITY_ALGORITHMS = ['leiden', 'louvain'] as const;
export type CommunityAlgorithm = (typeof COMMUNITY_ALGORITHMS)[number];

export interface CommunitiesOptions {
  /** `leiden` (Traag, Waltman & van Eck 2019: communities are guaranteed connected) or `louvain`. */
  algorithm: CommunityAlgorithm;
  /** Resolution: above 1 gives more, smaller communities; below 1 fewer, larger ones. */
  resolution: number;
  /** Seed of the PRNG the algorithm shuffles with: same graph + same seed → same partition. */
  seed: number;
  /**
   * Leiden iterations (Louvain ignores it). Each one moves nodes, refines and aggregates again, starting from the last
   * partition; the first costs the most (every node starts alone). See LEIDEN_ITERATIONS for the default's reasons.
   */
  iterations: number;
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
  /** The graph's edges already read with `readEdgeList` (same weight attribute), to share that pass with other analyses. */
  edges?: EdgeList;
  /**
   * Leiden's clusters of `edges` before the left-out nodes join theirs, computed elsewhere (the ingest's pipeline thread,
   * while the main thread built the graph) by `leidenClustersOfEdges` on the same list with the same options: the
   * partition is then the one computed here, without computing it again. Ignored unless `edges` is this graph's list.
   */
  clusters?: ArrayLike<number>;
}

/**
 * What the clustering reads of an edge list: an EdgeList is one; a worker thread, sent the typed arrays alone, gives the
 * node count as `nodes: { length }`.
 */
export type ClusterableEdges = { [K in 'source' | 'target' | 'weight' | 'kind']: ArrayLike<number> } & {
  nodes: { length: number };
  kinds: readonly unknown[];
  weightIssue: boolean;
};

/**
 * What the paper graph is clustered on, measured on 1,167 labelled arXiv abstracts (`npm run eval:communities`):
 * paper–paper links (text similarity, citations, mentions) and shared concepts. Domain and method nodes are left out:
 * a domain is a hub of hundreds of papers that merges clusters (NMI 0.36 with them vs 0.38–0.39 without at resolution
 * 1), and methods added nothing measurable; they take their papers' community afterwards.
 */
export const CLUSTERING_EDGE_KINDS: readonly string[] = ['similar', 'has-concept', 'cites', 'co-cited', 'coupled', 'mentions'];

/**
 * Leiden iterations. Two, as the Leiden paper's own runs: on the labelled arXiv set the partition scores the same as
 * with CWTS's command-line default of 10 (NMI 0.407 vs 0.404, Q 0.527 vs 0.529) at a fraction of the time.
 */
export const LEIDEN_ITERATIONS = 2;

export const DEFAULT_COMMUNITIES_OPTIONS: CommunitiesOptions = {
  algorithm: 'leiden',
  resolution: 1,
  seed: 42,
  iterations: LEIDEN_ITERATIONS,
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
  if (!Number.isInteger(resolved.iterations) || resolved.iterations < 1) {
    throw new Error(`${NAME}: iterations must be a positive integer, got ${resolved.iterations}.`);
  }
  return resolved;
}

/**
 * Renumber raw community ids so 0 is the largest community. Louvain's own ids depend on visit order; sorting by size
 * (then by smallest member key) keeps colours stable when a re-run finds the same clusters. Also used for partitions
 * found elsewhere (a file's own, the concept map's), so every partition in the app is numbered the same way.
 */
export function renumberBySize(raw: Record<string, number>): { communities: Record<string, number>; count: number } {
  const keys = Object.keys(raw);
  const { ids, count } = renumberIdsBySize(keys, keys.map((key) => raw[key]));
  return { communities: toRecord(keys, ids), count };
}

/** `renumberBySize` on parallel arrays: node keys and their raw ids (any integers). */
function renumberIdsBySize(keys: readonly string[], raw: ArrayLike<number>): { ids: Int32Array; count: number } {
  const sizes = new Map<number, number>();
  const firstKey = new Map<number, string>();
  for (let i = 0; i < keys.length; i++) {
    const id = raw[i];
    sizes.set(id, (sizes.get(id) ?? 0) + 1);
    const first = firstKey.get(id);
    if (first === undefined || keys[i] < first) firstKey.set(id, keys[i]);
  }
  const order = [...sizes.keys()].sort(
    (a, b) => sizes.get(b)! - sizes.get(a)! || (firstKey.get(a)! < firstKey.get(b)! ? -1 : 1),
  );
  const newId = new Map<number, number>();
  order.forEach((id, index) => newId.set(id, index));
  const ids = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) ids[i] = newId.get(raw[i])!;
  return { ids, count: order.length };
}

/** Leiden's randomness in the refinement phase (CWTS's default). */
const LEIDEN_RANDOMNESS = 0.01;


/**
 * The kind filter over an edge list: 1 for an edge of one of the kinds, or null when it does not apply (no edge has one
 * of the kinds, so graphs from other tools cluster on all their edges, or `edgeKinds` is null).
 */
function keptEdges({ kind, kinds }: Pick<ClusterableEdges, 'kind' | 'kinds'>, edgeKinds: readonly string[] | null): Uint8Array | null {
  if (edgeKinds === null) return null;
  const wanted = kinds.map((value) => edgeKinds.includes(value as string));
  if (!wanted.includes(true)) return null;
  const kept = new Uint8Array(kind.length);
  for (let k = 0; k < kind.length; k++) if (wanted[kind[k]]) kept[k] = 1;
  return kept;
}

/**
 * The layer the clustering sees, in the form networkanalysis-ts stores a network: the undirected reading of the kept
 * edges, self-loops left out, parallel and reverse edges summed (in edge order), each pair in both directions and
 * every node's neighbours in increasing order.
 */
interface ClusteringLayer {
  /** Node i's entries are offsets[i] .. offsets[i + 1] - 1. */
  offsets: number[];
  neighbours: number[];
  weights: number[];
  /** Per entry, the first edge (in graph order) of its pair: Louvain gets the pairs in that order. Only when asked. */
  firstEdge: number[] | null;
}

/**
 * Built in O(nodes + edges) plus a sort of each row: every kept edge is dealt, in edge order, into both its endpoints'
 * rows as (neighbour, weight), then each row is sorted by neighbour with a stable sort, which keeps a pair's parallel
 * edges next to each other in edge order. Handing networkanalysis-ts edge lists instead makes it sort 2·edges index
 * pairs with a comparator, which was a third of Leiden's time at 100k nodes / 1M edges; the arrays are the same, so the
 * partition is too.
 *
 * Why deal-then-sort and not a second counting sort (dealing each row's entries into the neighbour's row, as this did
 * before): the rows of a random graph are scattered over the edge list, so the second deal read each edge's source,
 * target and weight at random and wrote at random again, about six cache misses per entry; sorting a row touches only
 * that row. At 100k nodes / 1M edges this took the layer from ~0.45 s to ~0.2 s CPU with the same arrays.
 *
 * The layer is plain arrays: V8 starts a full garbage collection once ArrayBuffers grow 64 MB past their total at the
 * previous one, whatever the heap's size, and at 100k nodes / 1M edges the edge list (~18 MB) and typed layers (~49 MB
 * with their sort buffers) went past that, which on the graph's 330 MB heap cost about a second of marking. Plain arrays
 * count against the old generation, whose limit grows with the heap. leiden.ts keeps to plain arrays for the same reason.
 */
function clusteringLayer(n: number, { source, target, weight }: ClusterableEdges, kept: Uint8Array | null, simple: boolean, trackFirstEdge: boolean): ClusteringLayer {
  const m = source.length;
  const offsets = plainIntegers(n + 1);
  for (let k = 0; k < m; k++) {
    // Self-loops are left out: networkanalysis-ts's Network stores none, and they never decide a node's community.
    if ((kept !== null && kept[k] === 0) || source[k] === target[k]) continue;
    offsets[source[k] + 1]++;
    offsets[target[k] + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const entries = offsets[n];
  const fill = offsets.slice(0, n);
  const neighbours = plainIntegers(entries);
  const weights = plainDoubles(entries);
  const firstEdge = trackFirstEdge ? plainIntegers(entries) : null;
  // Each kept edge in both its endpoints' rows, in edge order.
  for (let k = 0; k < m; k++) {
    const a = source[k];
    const b = target[k];
    if ((kept !== null && kept[k] === 0) || a === b) continue;
    const w = weight[k];
    const atA = fill[a]++;
    neighbours[atA] = b;
    weights[atA] = w;
    const atB = fill[b]++;
    neighbours[atB] = a;
    weights[atB] = w;
    if (firstEdge) firstEdge[atA] = firstEdge[atB] = k;
  }
  const layer = { offsets, neighbours, weights, firstEdge };
  sortRowsByNeighbour(layer, n);
  // A simple undirected graph has one edge per pair: nothing to sum.
  return simple ? layer : sumParallelEntries(layer, n);
}

/** Rows up to this long are sorted by insertion (quadratic, but in place on a few cache lines); longer ones by merging. */
const INSERTION_SORT_ROW = 32;

/**
 * Sort every row by neighbour, stably (entries of the same neighbour keep their order), in place. Hand-written: the
 * three parallel arrays move together, which Array.prototype.sort (stable too) would only do through an index array and
 * a comparator call per comparison, several times slower on ~2M short rows.
 */
function sortRowsByNeighbour({ offsets, neighbours, weights, firstEdge }: ClusteringLayer, n: number): void {
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, offsets[i + 1] - offsets[i]);
  // Scratch for the merges of long rows, allocated only when some row needs it.
  const merge = longest > INSERTION_SORT_ROW ? { neighbours: plainIntegers(longest), weights: plainDoubles(longest), firstEdge: firstEdge ? plainIntegers(longest) : null } : null;
  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    if (end - start <= INSERTION_SORT_ROW) insertionSortRun(neighbours, weights, firstEdge, start, end);
    else mergeSortRow(neighbours, weights, firstEdge, start, end, merge!);
  }
}

/** Stable insertion sort of entries start .. end - 1 by neighbour. */
function insertionSortRun(neighbours: number[], weights: number[], firstEdge: number[] | null, start: number, end: number): void {
  for (let j = start + 1; j < end; j++) {
    const v = neighbours[j];
    if (neighbours[j - 1] <= v) continue;
    const w = weights[j];
    const f = firstEdge ? firstEdge[j] : 0;
    let h = j - 1;
    while (h >= start && neighbours[h] > v) {
      neighbours[h + 1] = neighbours[h];
      weights[h + 1] = weights[h];
      if (firstEdge) firstEdge[h + 1] = firstEdge[h];
      h--;
    }
    neighbours[h + 1] = v;
    weights[h + 1] = w;
    if (firstEdge) firstEdge[h + 1] = f;
  }
}

/**
 * Stable bottom-up merge sort of entries start .. end - 1 by neighbour: runs of INSERTION_SORT_ROW sorted by insertion,
 * then merged pairwise through the scratch arrays (taking from the left run on ties keeps it stable).
 */
function mergeSortRow(
  neighbours: number[],
  weights: number[],
  firstEdge: number[] | null,
  start: number,
  end: number,
  scratch: { neighbours: number[]; weights: number[]; firstEdge: number[] | null },
): void {
  for (let run = start; run < end; run += INSERTION_SORT_ROW) {
    insertionSortRun(neighbours, weights, firstEdge, run, Math.min(run + INSERTION_SORT_ROW, end));
  }
  for (let width = INSERTION_SORT_ROW; start + width < end; width *= 2) {
    for (let left = start; left + width < end; left += 2 * width) {
      const middle = left + width;
      const right = Math.min(left + 2 * width, end);
      if (neighbours[middle - 1] <= neighbours[middle]) continue; // already in order
      // Copy the left run out, then merge it with the right run back into place.
      const length = middle - left;
      for (let t = 0; t < length; t++) {
        scratch.neighbours[t] = neighbours[left + t];
        scratch.weights[t] = weights[left + t];
        if (firstEdge) scratch.firstEdge![t] = firstEdge[left + t];
      }
      let a = 0;
      let b = middle;
      let out = left;
      while (a < length && b < right) {
        if (neighbours[b] < scratch.neighbours[a]) {
          neighbours[out] = neighbours[b];
          weights[out] = weights[b];
          if (firstEdge) firstEdge[out] = firstEdge[b];
          b++;
        } else {
          neighbours[out] = scratch.neighbours[a];
          weights[out] = scratch.weights[a];
          if (firstEdge) firstEdge[out] = scratch.firstEdge![a];
          a++;
        }
        out++;
      }
      while (a < length) {
        neighbours[out] = scratch.neighbours[a];
        weights[out] = scratch.weights[a];
        if (firstEdge) firstEdge[out] = scratch.firstEdge![a];
        a++;
        out++;
      }
    }
  }
}

/** Fold each run of entries for the same pair into its first (rows are sorted, runs are in edge order), in place. */
function sumParallelEntries({ offsets, neighbours, weights, firstEdge }: ClusteringLayer, n: number): ClusteringLayer {
  let out = 0;
  let rowStart = 0;
  for (let i = 0; i < n; i++) {
    const rowEnd = offsets[i + 1];
    const first = out;
    for (let j = rowStart; j < rowEnd; j++) {
      if (out > first && neighbours[out - 1] === neighbours[j]) {
        weights[out - 1] += weights[j];
        continue;
      }
      neighbours[out] = neighbours[j];
      weights[out] = weights[j];
      if (firstEdge) firstEdge[out] = firstEdge[j];
      out++;
    }
    rowStart = rowEnd;
    offsets[i + 1] = out;
  }
  neighbours.length = out;
  weights.length = out;
  if (firstEdge) firstEdge.length = out;
  return { offsets, neighbours, weights, firstEdge };
}

/** The layer without its pairs of weight 0 (networkanalysis-ts expects positive weights); itself when it has none. */
function positiveEntries(layer: ClusteringLayer, n: number): ClusteringLayer {
  let allPositive = true;
  for (let j = 0; j < layer.weights.length && allPositive; j++) allPositive = layer.weights[j] > 0;
  if (allPositive) return layer;
  const offsets = plainIntegers(n + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = layer.offsets[i]; j < layer.offsets[i + 1]; j++) {
      if (!(layer.weights[j] > 0)) continue;
      neighbours.push(layer.neighbours[j]);
      weights.push(layer.weights[j]);
    }
    offsets[i + 1] = neighbours.length;
  }
  return { offsets, neighbours, weights, firstEdge: null };
}

/**
 * Leiden through networkanalysis-ts, with its CPM quality made into modularity the way CWTS's own runner does it: node
 * weights are weighted degrees and the resolution is divided by twice the total edge weight. The library runs on the
 * layer's arrays as they are (see leiden.ts for how and why). Returns each node's raw cluster.
 */
function runLeiden(n: number, layer: ClusteringLayer, resolution: number, seed: number, iterations: number): Int32Array {
  const positive = positiveEntries(layer, n);
  if (positive.neighbours.length === 0) return Int32Array.from({ length: n }, (_, i) => i);
  const network = PooledNetwork.fromAdjacency(n, positive.offsets, positive.neighbours, positive.weights);
  return leidenClusters(network, {
    resolution: resolution / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks()),
    iterations,
    randomness: LEIDEN_RANDOMNESS,
    seed,
  });
}

/** graphology's Louvain on an undirected copy of the layer (pairs in the order their first edge comes in the graph). */
function runLouvain(nodes: string[], layer: ClusteringLayer, m: number, resolution: number, seed: number): Int32Array {
  const { offsets, neighbours, weights, firstEdge } = layer;
  const pairAt = new Int32Array(m).fill(-1);
  const pairSource = new Int32Array(m);
  for (let i = 0; i < nodes.length; i++) {
    for (let j = offsets[i]; j < offsets[i + 1]; j++) {
      if (neighbours[j] < i) continue;
      pairAt[firstEdge![j]] = j;
      pairSource[firstEdge![j]] = i;
    }
  }
  const copy = new UndirectedGraph();
  for (const node of nodes) copy.addNode(node);
  for (let k = 0; k < m; k++) {
    const j = pairAt[k];
    if (j >= 0) copy.addEdge(nodes[pairSource[k]], nodes[neighbours[j]], { weight: weights[j] });
  }
  return communitiesByIndex(nodes, louvain(copy, { resolution, rng: createRng(seed), getEdgeWeight: 'weight' }));
}

/** A mapping node → community as an array indexed like `nodes`. */
function communitiesByIndex(nodes: string[], mapping: Record<string, number>): Int32Array {
  return Int32Array.from(nodes, (node) => mapping[node]);
}

/**
 * Nodes the layer left without an edge (a domain, a method) take the community with the most edge weight among their
 * neighbours that have one; ties go to the smaller raw id so the result does not depend on visit order. In place.
 */
function attachLeftOutNodes(
  graph: Graph,
  edges: EdgeList,
  clustered: (i: number) => boolean,
  raw: Int32Array,
  weightAttribute: string | null,
): void {
  if (adjacencyInEdgeOrder(graph, edges.nodes)) return attachLeftOutNodesByList(edges, clustered, raw);
  const { nodes, index } = edges;
  for (let i = 0; i < nodes.length; i++) {
    if (clustered(i)) continue;
    const node = nodes[i];
    const votes = new Map<number, number>();
    graph.forEachEdge(node, (_edge, attributes, source, target) => {
      const other = index[source === node ? target : source];
      if (clustered(other)) votes.set(raw[other], (votes.get(raw[other]) ?? 0) + edgeWeight(attributes, weightAttribute));
    });
    let best: number | null = null;
    for (const [community, weight] of votes) {
      if (best === null || weight > votes.get(best)! || (weight === votes.get(best)! && community < best)) best = community;
    }
    if (best !== null) raw[i] = best;
  }
}

/**
 * Whether `forEachEdge(node)` visits each node's edges in the order `forEachEdge` visits all edges: so in an undirected
 * simple graph, whose node keeps its neighbours in an object in the order their edges were added (a dropped edge's
 * key is deleted, a new one goes to the end, as in the graph's edge map), unless a key is an array index, which
 * objects list first.
 */
function adjacencyInEdgeOrder(graph: Graph, nodes: readonly string[]): boolean {
  if (graph.type !== 'undirected' || graph.multi) return false;
  for (const node of nodes) if (/^(?:0|[1-9]\d{0,9})$/.test(node) && Number(node) < 2 ** 32 - 1) return false;
  return true;
}

/**
 * attachLeftOutNodes in one pass over the edge list instead of one walk of graphology's adjacency per left-out node
 * (domain hubs hold a hundred thousand edges at 100k papers: ~0.2 s). Each node's votes are added up in the same order
 * (see adjacencyInEdgeOrder), so the sums are the same to the last bit; the clustered nodes' ids do not change meanwhile.
 */
function attachLeftOutNodesByList({ source, target, weight }: EdgeList, clustered: (i: number) => boolean, raw: Int32Array): void {
  const votes = new Map<number, Map<number, number>>();
  const vote = (node: number, other: number, w: number) => {
    let forNode = votes.get(node);
    if (forNode === undefined) votes.set(node, (forNode = new Map()));
    forNode.set(raw[other], (forNode.get(raw[other]) ?? 0) + w);
  };
  for (let k = 0; k < source.length; k++) {
    const s = source[k];
    const t = target[k];
    const sClustered = clustered(s);
    if (sClustered === clustered(t)) continue;
    if (sClustered) vote(t, s, weight[k]);
    else vote(s, t, weight[k]);
  }
  for (const [node, forNode] of votes) {
    let best: number | null = null;
    for (const [community, w] of forNode) {
      if (best === null || w > forNode.get(best)! || (w === forNode.get(best)! && community < best)) best = community;
    }
    if (best !== null) raw[node] = best;
  }
}

/**
 * Null when the weights can be used as they are. Otherwise what to cluster instead: every modularity divides by the
 * total weight, so weights that are all 0 (ignored then) or sum past the largest double (1e308 each: a copy scaled by
 * the largest weight, which leaves modularity unchanged) gave NaN or nothing; negative or non-numeric ones count 1
 * (as parseGraph reads them).
 */
function withUsableWeights(graph: Graph, edges: EdgeList): { graph: Graph; weightAttribute: string | null } | null {
  const name = edges.weightAttribute;
  if (name === null || graph.size === 0) return null;
  const { usable, largest } = weightsOf(edges);
  if (usable) return null;
  if (largest === 0) return { graph, weightAttribute: null };
  const scaled = graph.copy();
  scaled.updateEachEdgeAttributes((_edge, attributes) => {
    const value = attributes[name];
    const weight = typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 1;
    return { ...attributes, [name]: weight / largest };
  });
  return { graph: scaled, weightAttribute: name };
}

/** Whether the list's weights can be clustered as they are (see withUsableWeights), and the largest. */
function weightsOf(edges: Pick<ClusterableEdges, 'weight' | 'weightIssue'>): { usable: boolean; largest: number } {
  // The list holds 1 for a weight that is not a finite number; a negative one counts 1 too.
  const usable = (k: number) => (edges.weight[k] < 0 ? 1 : edges.weight[k]);
  let total = 0;
  let largest = 0;
  for (let k = 0; k < edges.weight.length; k++) {
    total += usable(k);
    if (usable(k) > largest) largest = usable(k);
  }
  return { usable: !edges.weightIssue && total > 0 && Number.isFinite(total), largest };
}

/**
 * The part of detectCommunities that needs no graph and takes its time: Leiden on an edge list (the clustering layer,
 * then the algorithm), before nodes left out of the layer join a community. detectCommunities given the result as
 * `clusters` with the same list and options finishes the same partition. Null when it cannot be computed without the
 * graph (weights that need a rescaled copy of it, see withUsableWeights), or for Louvain. `simple`: the list has one
 * edge per pair and no directed edge (`graph.type === 'undirected' && !graph.multi`, as detectCommunities reads it).
 */
export function leidenClustersOfEdges(edges: ClusterableEdges, options: Partial<CommunitiesOptions> = {}, simple = true): Int32Array | null {
  const { algorithm, resolution, seed, iterations, weightAttribute, edgeKinds } = resolveOptions(options);
  const n = edges.nodes.length;
  if (algorithm !== 'leiden' || (weightAttribute !== null && edges.source.length > 0 && !weightsOf(edges).usable)) return null;
  const layer = clusteringLayer(n, edges, keptEdges(edges, edgeKinds), simple, false);
  if (layer.neighbours.length === 0) return Int32Array.from({ length: n }, (_, i) => i);
  return runLeiden(n, layer, resolution, seed, iterations);
}

/** Which nodes the clustering layer gives a row: those with a kept edge that is not a self-loop. */
function clusteredNodes(n: number, { source, target }: EdgeList, kept: Uint8Array | null): (i: number) => boolean {
  const has = new Uint8Array(n);
  for (let k = 0; k < source.length; k++) {
    if ((kept !== null && kept[k] === 0) || source[k] === target[k]) continue;
    has[source[k]] = 1;
    has[target[k]] = 1;
  }
  return (i) => has[i] === 1;
}

/**
 * Detect communities; returns the mapping, modularity Q and the quality at the resolution (both on the edges the
 * clustering used, undirected) and the number of communities.
 */
export function detectCommunities(graph: Graph, options: Partial<CommunitiesOptions> = {}): CommunitiesResult {
  return detectIndexed(graph, options).result;
}

/** The result, and the same ids by node number (`nodes`: the graph's nodes in `graph.nodes()` order). */
interface IndexedCommunities {
  result: CommunitiesResult;
  nodes: readonly string[];
  ids: ArrayLike<number>;
}

function detectIndexed(graph: Graph, options: Partial<CommunitiesOptions>): IndexedCommunities {
  const { algorithm, resolution, seed, iterations, weightAttribute, edgeKinds } = resolveOptions(options);
  if (graph.order === 0) return { result: { communities: {}, modularity: 0, quality: 0, resolution, algorithm, count: 0 }, nodes: [], ids: [] };
  const edges = edgeListFor(graph, weightAttribute, options.edges);
  const usable = withUsableWeights(graph, edges);
  // A copy keeps the nodes' order, so its numbering is this graph's too.
  if (usable !== null) return detectIndexed(usable.graph, { ...options, weightAttribute: usable.weightAttribute });
  const kept = keptEdges(edges, edgeKinds);
  const { nodes } = edges;
  const n = nodes.length;
  const simple = graph.type === 'undirected' && !graph.multi;
  let raw: Int32Array;
  const { clusters } = options;
  if (algorithm === 'leiden' && clusters !== undefined && edges === options.edges && clusters.length === n) {
    // Computed elsewhere on this list (see leidenClustersOfEdges); with no layer, every node is alone there and none
    // has a clustered neighbour to join.
    raw = Int32Array.from(clusters);
    attachLeftOutNodes(graph, edges, clusteredNodes(n, edges, kept), raw, weightAttribute);
  } else if (algorithm === 'louvain' && kept === null && simple && graph.size > 0) {
    // The graph is its own layer: Louvain runs on it directly, and nodes without edges stay alone.
    raw = communitiesByIndex(nodes, louvain(graph, { resolution, rng: createRng(seed), getEdgeWeight: weightAttribute }));
  } else {
    const layer = clusteringLayer(n, edges, kept, simple, algorithm === 'louvain');
    if (layer.neighbours.length === 0) {
      // Louvain divides by the total weight; with no edges every node is its own community and modularity is 0.
      raw = Int32Array.from({ length: n }, (_, i) => i);
    } else {
      raw = algorithm === 'leiden' ? runLeiden(n, layer, resolution, seed, iterations) : runLouvain(nodes, layer, graph.size, resolution, seed);
      attachLeftOutNodes(graph, edges, (i) => layer.offsets[i + 1] > layer.offsets[i], raw, weightAttribute);
    }
  }
  const { ids, count } = renumberIdsBySize(nodes, raw);
  const parts = modularityPartsOfEdges(edges, kept, ids);
  const modularity = modularityAt(parts, 1);
  const quality = modularityAt(parts, resolution);
  return { result: { communities: toRecord(nodes, ids), count, modularity, quality, resolution, algorithm }, nodes, ids };
}

/** Detect communities and write each node's id to `communityAttribute`; returns the same result as the detector. */
detectCommunities.assign = function assignCommunities(
  graph: Graph,
  options: Partial<CommunitiesOptions> = {},
): CommunitiesResult {
  const { communityAttribute } = resolveOptions(options);
  const { result, nodes, ids } = detectIndexed(graph, options);
  // Written into each node's attributes in place, as graphology's own setNodeAttribute and graphology-metrics' assign
  // do: a copy per node made 100k objects at 100k nodes, and the garbage collections that came with them. Nodes come
  // in `graph.nodes()` order, the ids' order, so each is read by position rather than looked up by key (the mapping
  // stays the answer should a node not be where expected).
  let i = 0;
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      attributes[communityAttribute] = nodes[i] === node ? ids[i] : result.communities[node];
      i++;
      return attributes;
    },
    { attributes: [communityAttribute] },
  );
  return result;
};
