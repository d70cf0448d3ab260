// networkanalysis-ts's Leiden with its costly steps done on buffers reused by every level: subclasses of the library's
// Network, FastLocalMovingAlgorithm and LeidenAlgorithm that do the library's steps in the same order.
import { Clustering, FastLocalMovingAlgorithm, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import { Random, fastExp } from 'networkanalysis-ts/utils';
import { plainDoubles, plainIntegers } from './plainArrays';

/*
 * Why subclasses. At 100k nodes / 1M edges the library's Leiden alone took longer than bare graphology Louvain: every
 * level allocated its subnetworks and its reduced network as fresh arrays the size of the edge list
 * (`new Array(nEdges).fill(0)`, then a `slice` per subnetwork), about 200 MB a run, and the local moving, where most of
 * the time goes, read the network's fields through `this` inside its loops. The library lets a caller choose the
 * local-moving algorithm (LeidenAlgorithm's `...LocalMovingAlgorithmAndRandom` initialiser) and calls
 * `createSubnetworks` and `createReducedNetwork` on the network it is given, so both are replaced here by versions that
 * do the same arithmetic in the same order (same floating-point sums, same random draws, hence the same partition),
 * writing into two slots allocated once per run. The refinement (LocalMergingAlgorithm) is built by LeidenAlgorithm's
 * own step, so `PooledLeidenAlgorithm` repeats that step to call a copy of the refinement that works on the run's
 * scratch; the rest of the loop (iterations, recursion order) stays the library's.
 * test/src/shared/analysis/leiden.test.ts compares the results with the library's own classes on random weighted graphs.
 *
 * Why plain arrays and not typed ones: V8 starts a full garbage collection once ArrayBuffers grow 64 MB past their
 * total at the previous one, whatever the heap's size, and on the 100k/1M graph's 330 MB heap that collection costs
 * about a second of marking. The edge list and bare Louvain's own buffers already take most of those 64 MB. Plain arrays
 * count against the old generation instead, whose limit grows with the heap. Measured: typed slots made every run in a
 * 330 MB heap pay a full collection the library's runs did not; plain ones do not.
 *
 * Subnetworks share their slot's neighbour and weight arrays: their offsets point into them (LocalMergingAlgorithm reads
 * rows only through the offsets), and only their node weights are arrays of their own (it sums and copies those whole).
 *
 * Fragile: this relies on networkanalysis-ts 1.0.0's field names (`nNodes`, `nEdges`, `nodeWeights`,
 * `firstNeighborIndices`, `neighbors`, `edgeWeights`, `totalEdgeWeightSelfLinks`, `Clustering.clusters`/`nClusters`,
 * the algorithms' `resolution`, `nIterations`, `randomness`, `random`, `localMovingAlgorithm`), on the steps of
 * LeidenAlgorithm.improveClusteringOneIteration and LocalMergingAlgorithm.findClustering as 1.0.0 has them (repeated
 * here), and on LeidenAlgorithm being done with one level's subnetworks before it asks for the reduced
 * network, and with a network once it has reduced it (see `NetworkBuffers`); and the garbage-collection figures above
 * are V8's (Node 20) heuristics.
 */

/** A network's arrays in the library's layout: node i's neighbours are at offsets[i] .. offsets[i + 1] - 1. */
interface NetworkArrays {
  nodeWeights: number[];
  offsets: number[];
  neighbours: number[];
  weights: number[];
}

/**
 * Buffers shared by every network of one run. The networks the run derives live in two slots: a network in one slot
 * writes its subnetworks, then its reduced network, into the other (LeidenAlgorithm refines all of a level's
 * subnetworks before it reduces, and recurses on the reduced network without going back to the one it came from), so
 * two slots hold every level. Scratch arrays serve one call at a time.
 */
class NetworkBuffers {
  /**
   * Filled on first use, as large as the network that writes into it; a network derived from it is smaller, but the
   * second Leiden iteration's second level may not be, so a slot grows when it has to.
   */
  private readonly slots: [NetworkArrays | null, NetworkArrays | null] = [null, null];
  // Node-sized scratch (a few MB in all, allocated once a run) is typed: it is read in the innermost loops.
  // Scratch for building networks: members grouped by cluster, each node's position among them, sums per cluster.
  readonly clusterStart: Int32Array;
  readonly members: Int32Array;
  readonly position: Int32Array;
  readonly weightToCluster: Float64Array;
  readonly touchedClusters: Int32Array;
  // Scratch for local moving (FastLocalMovingAlgorithm's arrays under their Java names; clusterWeights and
  // edgeWeightPerCluster interleaved in perCluster, the node order typed).
  readonly perCluster: Float64Array;
  readonly nNodesPerCluster: Int32Array;
  readonly unusedClusters: Int32Array;
  readonly nodeOrder: Int32Array;
  // Scratch for refinement (LocalMergingAlgorithm.findClustering's arrays under their Java names), one subnetwork at a
  // time; the node order above is reused too.
  readonly refinedClusters: Int32Array;
  readonly refinedClusterWeights: Float64Array;
  readonly externalEdgeWeightPerCluster: Float64Array;
  readonly nonSingletonClusters: Uint8Array;
  readonly cumTransformedQualityValueIncrementPerCluster: Float64Array;
  readonly neighboringClusters: Int32Array;
  readonly stableNodes: Uint8Array;
  /**
   * The clustering being worked on, copied from the library's Clustering (a plain array of small integers, 8 bytes an
   * entry) into 4 bytes an entry: the loops over every network entry read it at random, and at 100k nodes the half-size
   * copy stays in a core's L2 cache with the other per-node arrays. Copied in and, where changed, back out once a call.
   */
  readonly clusterOf: Int32Array;

  constructor(nNodes: number) {
    this.clusterStart = new Int32Array(nNodes + 1);
    this.members = new Int32Array(nNodes);
    this.position = new Int32Array(nNodes);
    this.weightToCluster = new Float64Array(nNodes);
    this.touchedClusters = new Int32Array(nNodes);
    this.perCluster = new Float64Array(2 * nNodes);
    this.nNodesPerCluster = new Int32Array(nNodes);
    this.unusedClusters = new Int32Array(nNodes);
    this.nodeOrder = new Int32Array(nNodes);
    this.refinedClusters = new Int32Array(nNodes);
    this.refinedClusterWeights = new Float64Array(nNodes);
    this.externalEdgeWeightPerCluster = new Float64Array(nNodes);
    this.nonSingletonClusters = new Uint8Array(nNodes);
    this.cumTransformedQualityValueIncrementPerCluster = new Float64Array(nNodes);
    this.neighboringClusters = new Int32Array(nNodes);
    this.stableNodes = new Uint8Array(nNodes);
    this.clusterOf = new Int32Array(nNodes);
  }

  /** The arrays of a slot, for a network of at most `nNodes` nodes and `nEntries` entries writing its derived networks. */
  slot(index: 0 | 1, nNodes: number, nEntries: number): NetworkArrays {
    const existing = this.slots[index];
    if (existing !== null && existing.nodeWeights.length >= nNodes && existing.neighbours.length >= nEntries) return existing;
    const arrays: NetworkArrays = {
      nodeWeights: plainDoubles(nNodes),
      // A level's subnetworks need one offsets row per node plus one per cluster (at most 2 × nodes).
      offsets: plainIntegers(2 * nNodes + 1),
      neighbours: plainIntegers(nEntries),
      weights: plainDoubles(nEntries),
    };
    this.slots[index] = arrays;
    return arrays;
  }

  /**
   * A clustering's clusters copied into `clusterOf` (see there for why), valid until the next call.
   */
  clustersOf(clustering: Clustering, nNodes: number): Int32Array {
    const clusters = clustering.clusters;
    const copy = this.clusterOf;
    for (let i = 0; i < nNodes; i++) copy[i] = clusters[i];
    return copy;
  }

  /**
   * Group nodes by cluster, in increasing node order within a cluster (Clustering.getNodesPerCluster's order): cluster
   * c's members are members[clusterStart[c] .. clusterStart[c + 1] - 1].
   */
  groupByCluster(clusters: Int32Array, nNodes: number, nClusters: number): void {
    const start = this.clusterStart.fill(0, 0, nClusters + 1);
    for (let i = 0; i < nNodes; i++) start[clusters[i] + 1]++;
    for (let c = 0; c < nClusters; c++) start[c + 1] += start[c];
    const fill = this.position; // borrowed as the write cursor per cluster, rewritten by the caller if it needs it
    for (let c = 0; c < nClusters; c++) fill[c] = start[c];
    for (let i = 0; i < nNodes; i++) this.members[fill[clusters[i]]++] = i;
  }
}

/** A Network whose subnetworks and reduced networks are built into the run's two slots. */
export class PooledNetwork extends Network {
  private buffers!: NetworkBuffers;
  /** Slot this network's arrays live in; -1 for the caller's network, which the run never writes. */
  private slot!: -1 | 0 | 1;

  /**
   * The network of a symmetric adjacency (rows sorted, no self-loops, positive weights), using the arrays as given (no
   * copy). Node weights are the weighted degrees, summed in row order as the library's
   * `setNodeWeightsToTotalEdgeWeights` does.
   */
  static fromAdjacency(nNodes: number, offsets: number[], neighbours: number[], weights: number[]): PooledNetwork {
    const nodeWeights = plainDoubles(nNodes);
    for (let i = 0; i < nNodes; i++) {
      let total = 0;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) total += weights[k];
      nodeWeights[i] = total;
    }
    const arrays = { nodeWeights, offsets, neighbours, weights };
    return PooledNetwork.of(new NetworkBuffers(nNodes), -1, nNodes, neighbours.length, arrays, 0);
  }

  private static of(
    buffers: NetworkBuffers,
    slot: -1 | 0 | 1,
    nNodes: number,
    nEntries: number,
    arrays: NetworkArrays,
    totalEdgeWeightSelfLinks: number,
  ): PooledNetwork {
    const network = new PooledNetwork();
    network.buffers = buffers;
    network.slot = slot;
    network.nNodes = nNodes;
    network.nEdges = nEntries;
    // The library types these as number[]; it only indexes them, takes their length and slices them.
    network.nodeWeights = arrays.nodeWeights;
    network.firstNeighborIndices = arrays.offsets;
    network.neighbors = arrays.neighbours;
    network.edgeWeights = arrays.weights;
    network.totalEdgeWeightSelfLinks = totalEdgeWeightSelfLinks;
    return network;
  }

  /**
   * What both network builders start from: the clustering read into the run's Int32Array, the nodes grouped by cluster
   * in the buffers (clusterStart, members), and this network's arrays.
   */
  private groupByCluster(clustering: Clustering) {
    const n = this.nNodes;
    const nClusters = clustering.nClusters;
    const clusters = this.buffers.clustersOf(clustering, n);
    this.buffers.groupByCluster(clusters, n, nClusters);
    return {
      n,
      nClusters,
      clusters,
      offsetsIn: this.firstNeighborIndices,
      neighboursIn: this.neighbors,
      weightsIn: this.edgeWeights,
      nodeWeightsIn: this.nodeWeights,
    };
  }

  private targetSlot(): 0 | 1 {
    return this.slot === 0 ? 1 : 0;
  }

  /** Network.createSubnetworks: one network per cluster, its members' edges inside the cluster, in row order. */
  override createSubnetworks(clustering: Clustering): Network[] {
    const { buffers } = this;
    const { n, nClusters, offsetsIn, neighboursIn, weightsIn, nodeWeightsIn } = this.groupByCluster(clustering);
    // Each node's position in `members`: a neighbour is in cluster c exactly when its position lies in c's range, and
    // its index inside the subnetwork is its position minus the range's start, so one random read answers both.
    const { clusterStart: start, members, position } = buffers;
    for (let h = 0; h < n; h++) position[members[h]] = h;
    const slot = this.targetSlot();
    const out = buffers.slot(slot, n, this.nEdges);
    const subnetworks = new Array<Network>(nClusters);
    let entry = 0;
    for (let c = 0; c < nClusters; c++) {
      const first = start[c];
      const end = start[c + 1];
      const entryStart = entry;
      // Offsets point into the slot's shared arrays (the library reads a subnetwork's rows only through them); node
      // weights are the subnetwork's own, as LocalMergingAlgorithm sums and copies the whole array.
      const offsets = plainIntegers(end - first + 1);
      const nodeWeights = plainDoubles(end - first);
      offsets[0] = entryStart;
      for (let h = first; h < end; h++) {
        const node = members[h];
        nodeWeights[h - first] = nodeWeightsIn[node];
        // A single node's subnetwork has no edges (the library does not look at its row).
        if (end - first > 1) {
          for (let k = offsetsIn[node]; k < offsetsIn[node + 1]; k++) {
            const at = position[neighboursIn[k]];
            if (at >= first && at < end) {
              out.neighbours[entry] = at - first;
              out.weights[entry] = weightsIn[k];
              entry++;
            }
          }
        }
        offsets[h - first + 1] = entry;
      }
      subnetworks[c] = PooledNetwork.of(buffers, slot, end - first, entry - entryStart, {
        nodeWeights,
        offsets,
        neighbours: out.neighbours,
        weights: out.weights,
      }, 0);
    }
    return subnetworks;
  }

  /**
   * Network.createReducedNetwork: one node per cluster; a cluster's neighbours in the order its members' rows first
   * reach them, weights summed in row order, edges inside a cluster added to the self-link total.
   */
  override createReducedNetwork(clustering: Clustering): Network {
    const { buffers } = this;
    const { n, nClusters, clusters, offsetsIn, neighboursIn, weightsIn, nodeWeightsIn } = this.groupByCluster(clustering);
    const { clusterStart: start, members, weightToCluster, touchedClusters } = buffers;
    const slot = this.targetSlot();
    const out = buffers.slot(slot, n, this.nEdges);
    const nodeWeights = out.nodeWeights.fill(0, 0, nClusters);
    const offsets = out.offsets;
    offsets[0] = 0;
    let selfLinks = this.totalEdgeWeightSelfLinks;
    let entry = 0;
    for (let c = 0; c < nClusters; c++) {
      let touched = 0;
      for (let h = start[c]; h < start[c + 1]; h++) {
        const node = members[h];
        nodeWeights[c] += nodeWeightsIn[node];
        for (let k = offsetsIn[node]; k < offsetsIn[node + 1]; k++) {
          const other = clusters[neighboursIn[k]];
          if (other !== c) {
            if (weightToCluster[other] === 0) touchedClusters[touched++] = other;
            weightToCluster[other] += weightsIn[k];
          } else {
            selfLinks += weightsIn[k];
          }
        }
      }
      for (let t = 0; t < touched; t++) {
        const other = touchedClusters[t];
        out.neighbours[entry + t] = other;
        out.weights[entry + t] = weightToCluster[other];
        weightToCluster[other] = 0;
      }
      entry += touched;
      offsets[c + 1] = entry;
    }
    return PooledNetwork.of(
      buffers,
      slot,
      nClusters,
      entry,
      { nodeWeights, offsets, neighbours: out.neighbours, weights: out.weights },
      selfLinks,
    );
  }

  /** The scratch arrays of this run (for the local moving). */
  scratch(): NetworkBuffers {
    return this.buffers;
  }
}

/**
 * FastLocalMovingAlgorithm.improveClusteringOneIteration, step for step (the same random permutation, visiting order,
 * queue and tie-breaking), on scratch arrays reused by every level and with the network's arrays read into locals once.
 */
export class PooledFastLocalMovingAlgorithm extends FastLocalMovingAlgorithm {
  override clone(): PooledFastLocalMovingAlgorithm {
    // As the library's clone: the copy shares the random generator, so the whole run draws one sequence.
    const copy = new PooledFastLocalMovingAlgorithm();
    copy.resolution = this.resolution;
    copy.nIterations = this.nIterations;
    copy.random = this.random;
    return copy;
  }

  protected override improveClusteringOneIteration(network: Network, clustering: Clustering): boolean {
    if (!(network instanceof PooledNetwork)) return super.improveClusteringOneIteration(network, clustering);
    const nNodes = network.nNodes;
    if (nNodes === 1) return false;
    const offsets = network.firstNeighborIndices;
    const neighbours = network.neighbors;
    const weights = network.edgeWeights;
    const nodeWeights = network.nodeWeights;
    const resolution = this.resolution;
    const scratch = network.scratch();
    const clusters = scratch.clustersOf(clustering, nNodes);
    // Per cluster, its edge weight from the node being moved (even slots) and its total node weight (odd slots), side
    // by side: each neighbouring cluster's two numbers are read together, from one cache line instead of two.
    const perCluster = scratch.perCluster.fill(0, 0, 2 * nNodes);
    const nNodesPerCluster = scratch.nNodesPerCluster.fill(0, 0, nNodes);
    for (let i = 0; i < nNodes; i++) {
      perCluster[2 * clusters[i] + 1] += nodeWeights[i];
      nNodesPerCluster[clusters[i]]++;
    }
    const unusedClusters = scratch.unusedClusters;
    let nUnusedClusters = 0;
    for (let i = nNodes - 1; i >= 0; i--) if (nNodesPerCluster[i] === 0) unusedClusters[nUnusedClusters++] = i;
    const nodeOrder = randomPermutation(scratch.nodeOrder, nNodes, this.random);
    const neighboringClusters = scratch.neighboringClusters;
    const stableNodes = scratch.stableNodes.fill(0, 0, nNodes);
    let nClusters = clustering.nClusters;
    let nUnstableNodes = nNodes;
    let i = 0;
    let update = false;
    do {
      const j = nodeOrder[i];
      const currentCluster = clusters[j];
      const nodeWeight = nodeWeights[j];
      perCluster[2 * currentCluster + 1] -= nodeWeight;
      nNodesPerCluster[currentCluster]--;
      if (nNodesPerCluster[currentCluster] === 0) unusedClusters[nUnusedClusters++] = currentCluster;
      neighboringClusters[0] = unusedClusters[nUnusedClusters - 1];
      let nNeighboringClusters = 1;
      const rowStart = offsets[j];
      const rowEnd = offsets[j + 1];
      for (let k = rowStart; k < rowEnd; k++) {
        const l = clusters[neighbours[k]];
        if (perCluster[2 * l] === 0) neighboringClusters[nNeighboringClusters++] = l;
        perCluster[2 * l] += weights[k];
      }
      let bestCluster = currentCluster;
      let maxQualityIncrement = perCluster[2 * currentCluster] - nodeWeight * perCluster[2 * currentCluster + 1] * resolution;
      for (let k = 0; k < nNeighboringClusters; k++) {
        const l = neighboringClusters[k];
        const qualityIncrement = perCluster[2 * l] - nodeWeight * perCluster[2 * l + 1] * resolution;
        if (qualityIncrement > maxQualityIncrement) {
          bestCluster = l;
          maxQualityIncrement = qualityIncrement;
        }
        perCluster[2 * l] = 0;
      }
      perCluster[2 * bestCluster + 1] += nodeWeight;
      nNodesPerCluster[bestCluster]++;
      if (bestCluster === unusedClusters[nUnusedClusters - 1]) nUnusedClusters--;
      stableNodes[j] = 1;
      nUnstableNodes--;
      if (bestCluster !== currentCluster) {
        clusters[j] = bestCluster;
        if (bestCluster >= nClusters) nClusters = bestCluster + 1;
        for (let k = rowStart; k < rowEnd; k++) {
          const l = neighbours[k];
          if (stableNodes[l] === 1 && clusters[l] !== bestCluster) {
            stableNodes[l] = 0;
            nUnstableNodes++;
            nodeOrder[i + nUnstableNodes < nNodes ? i + nUnstableNodes : i + nUnstableNodes - nNodes] = l;
          }
        }
        update = true;
      }
      i = i < nNodes - 1 ? i + 1 : 0;
    } while (nUnstableNodes > 0);
    const given = clustering.clusters;
    for (let i = 0; i < nNodes; i++) given[i] = clusters[i];
    clustering.nClusters = nClusters;
    if (update) clustering.removeEmptyClusters();
    return update;
  }
}

/**
 * LeidenAlgorithm.improveClusteringOneIteration, step for step, with LocalMergingAlgorithm.findClustering (the
 * refinement) done by `refineSubnetwork` on the run's scratch arrays. The library's step builds a new
 * LocalMergingAlgorithm itself, so the refinement can only be replaced by replacing this step; at 100k nodes / 1M edges
 * the library's refinement allocated seven arrays per subnetwork and read every network field through `this` in its
 * loops, about a tenth of Leiden's time.
 */
export class PooledLeidenAlgorithm extends LeidenAlgorithm {
  protected override improveClusteringOneIteration(network: Network, clustering: Clustering): boolean {
    if (!(network instanceof PooledNetwork)) return super.improveClusteringOneIteration(network, clustering);
    let update = this.localMovingAlgorithm.improveClustering(network, clustering);
    if (clustering.nClusters < network.nNodes) {
      const subnetworks = network.createSubnetworks(clustering);
      const nodesPerCluster = clustering.getNodesPerCluster();
      const refinement = new Clustering({ nNodes: network.nNodes });
      refinement.nClusters = 0;
      for (let c = 0; c < subnetworks.length; c++) {
        const subnetwork = subnetworks[c] as PooledNetwork;
        const members = nodesPerCluster[c];
        const nRefined = refineSubnetwork(subnetwork, this.resolution, this.randomness, this.random);
        const refined = subnetwork.scratch().refinedClusters;
        for (let m = 0; m < subnetwork.nNodes; m++) refinement.clusters[members[m]] = refinement.nClusters + refined[m];
        refinement.nClusters += nRefined;
      }
      let reducedNetwork: Network;
      let reducedClustering: Clustering;
      if (refinement.nClusters < network.nNodes) {
        reducedNetwork = network.createReducedNetwork(refinement);
        reducedClustering = new Clustering({ nNodes: refinement.nClusters });
        reducedClustering.nClusters = clustering.nClusters;
        for (let i = 0; i < network.nNodes; i++) reducedClustering.clusters[refinement.clusters[i]] = clustering.clusters[i];
        clustering.clusters = refinement.clusters;
        clustering.nClusters = refinement.nClusters;
      } else {
        reducedNetwork = network.createReducedNetwork(clustering);
        reducedClustering = new Clustering({ nNodes: reducedNetwork.nNodes });
      }
      const reducedUpdate = this.improveClusteringOneIteration(reducedNetwork, reducedClustering);
      update ||= reducedUpdate;
      clustering.mergeClusters(reducedClustering);
    }
    return update;
  }
}

/**
 * LocalMergingAlgorithm.findClustering on one subnetwork, step for step (same sums in the same order, same draws from
 * the same generator): each node, in random order, may join a well-connected cluster of its neighbours, chosen at
 * random with probability rising with the quality gain. Writes each node's refined cluster into the scratch's
 * `refinedClusters` (numbered as the library's removeEmptyClusters numbers them) and returns their number.
 */
function refineSubnetwork(network: PooledNetwork, resolution: number, randomness: number, random: Random): number {
  const nNodes = network.nNodes;
  const scratch = network.scratch();
  const clusters = scratch.refinedClusters;
  for (let i = 0; i < nNodes; i++) clusters[i] = i;
  if (nNodes === 1) return 1;
  const offsets = network.firstNeighborIndices;
  const neighbours = network.neighbors;
  const weights = network.edgeWeights;
  const nodeWeights = network.nodeWeights;
  let totalNodeWeight = 0;
  for (let i = 0; i < nNodes; i++) totalNodeWeight += nodeWeights[i];
  const clusterWeights = scratch.refinedClusterWeights;
  const nonSingletonClusters = scratch.nonSingletonClusters.fill(0, 0, nNodes);
  const externalEdgeWeightPerCluster = scratch.externalEdgeWeightPerCluster;
  for (let i = 0; i < nNodes; i++) {
    clusterWeights[i] = nodeWeights[i];
    let total = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) total += weights[k];
    externalEdgeWeightPerCluster[i] = total;
  }
  const nodeOrder = randomPermutation(scratch.nodeOrder, nNodes, random);
  // Local moving is done with this level, so its two per-cluster arrays are free: edge weights from the node go in
  // perCluster's even slots (zero between nodes, as the library's fresh array), neighbouring clusters in its list.
  const perCluster = scratch.perCluster.fill(0, 0, 2 * nNodes);
  const neighboringClusters = scratch.neighboringClusters;
  const cumulative = scratch.cumTransformedQualityValueIncrementPerCluster.fill(0, 0, nNodes);
  let update = false;
  for (let g = 0; g < nNodes; g++) {
    const j = nodeOrder[g];
    // Only nodes still alone in their cluster, and well connected within the subnetwork, move.
    if (nonSingletonClusters[j] === 1) continue;
    if (!(externalEdgeWeightPerCluster[j] >= clusterWeights[j] * (totalNodeWeight - clusterWeights[j]) * resolution)) continue;
    clusterWeights[j] = 0;
    externalEdgeWeightPerCluster[j] = 0;
    neighboringClusters[0] = j;
    let nNeighboringClusters = 1;
    const rowStart = offsets[j];
    const rowEnd = offsets[j + 1];
    for (let k = rowStart; k < rowEnd; k++) {
      const l = clusters[neighbours[k]];
      if (perCluster[2 * l] === 0) neighboringClusters[nNeighboringClusters++] = l;
      perCluster[2 * l] += weights[k];
    }
    let bestCluster = j;
    let maxQualityValueIncrement = 0;
    let totalTransformedQualityValueIncrement = 0;
    for (let k = 0; k < nNeighboringClusters; k++) {
      const l = neighboringClusters[k];
      if (externalEdgeWeightPerCluster[l] >= clusterWeights[l] * (totalNodeWeight - clusterWeights[l]) * resolution) {
        const qualityValueIncrement = perCluster[2 * l] - nodeWeights[j] * clusterWeights[l] * resolution;
        if (qualityValueIncrement > maxQualityValueIncrement) {
          bestCluster = l;
          maxQualityValueIncrement = qualityValueIncrement;
        }
        if (qualityValueIncrement >= 0) totalTransformedQualityValueIncrement += fastExp(qualityValueIncrement / randomness);
      }
      cumulative[k] = totalTransformedQualityValueIncrement;
      perCluster[2 * l] = 0;
    }
    let chosenCluster: number;
    if (totalTransformedQualityValueIncrement < Number.POSITIVE_INFINITY) {
      // The library's binary search; its upper bound starts one past the list, which it never reaches (the last
      // cumulative value is the total, at least the draw).
      const r = totalTransformedQualityValueIncrement * random.nextDouble();
      let minIndex = -1;
      let maxIndex = nNeighboringClusters + 1;
      while (minIndex < maxIndex - 1) {
        const midIndex = Math.trunc((minIndex + maxIndex) / 2);
        if (cumulative[midIndex] >= r) maxIndex = midIndex;
        else minIndex = midIndex;
      }
      chosenCluster = neighboringClusters[maxIndex];
    } else {
      chosenCluster = bestCluster;
    }
    clusterWeights[chosenCluster] += nodeWeights[j];
    for (let k = rowStart; k < rowEnd; k++) {
      if (clusters[neighbours[k]] === chosenCluster) externalEdgeWeightPerCluster[chosenCluster] -= weights[k];
      else externalEdgeWeightPerCluster[chosenCluster] += weights[k];
    }
    if (chosenCluster !== j) {
      clusters[j] = chosenCluster;
      nonSingletonClusters[chosenCluster] = 1;
      update = true;
    }
  }
  if (!update) return nNodes;
  // Clustering.removeEmptyClusters: clusters renumbered 0, 1, ... in increasing order of their old number.
  const newNumber = scratch.unusedClusters.fill(-1, 0, nNodes);
  for (let i = 0; i < nNodes; i++) newNumber[clusters[i]] = 0;
  let nClusters = 0;
  for (let c = 0; c < nNodes; c++) if (newNumber[c] === 0) newNumber[c] = nClusters++ + 1;
  for (let i = 0; i < nNodes; i++) clusters[i] = newNumber[clusters[i]] - 1;
  return nClusters;
}

/**
 * networkanalysis-ts's generateRandomPermutation (the same draws from the same generator, hence the same order) written
 * into a reused Int32Array instead of a fresh plain array: the local moving reads and rewrites it as its queue.
 */
function randomPermutation(into: Int32Array, n: number, random: Random): Int32Array {
  for (let i = 0; i < n; i++) into[i] = i;
  for (let i = 0; i < n; i++) {
    const j = random.nextInt(n);
    const swap = into[i];
    into[i] = into[j];
    into[j] = swap;
  }
  return into;
}

export interface LeidenParameters {
  /** CPM resolution (the caller turns a modularity resolution into this). */
  resolution: number;
  iterations: number;
  randomness: number;
  seed: number;
}

/** LeidenAlgorithm (the library's) on a pooled network; each node's cluster. */
export function leidenClusters(network: PooledNetwork, { resolution, iterations, randomness, seed }: LeidenParameters): Int32Array {
  const random = new Random(seed);
  const localMoving = new PooledFastLocalMovingAlgorithm();
  // LeidenAlgorithm's own initialiser builds a FastLocalMovingAlgorithm on the same random generator; so does this.
  localMoving.initializeBasedOnRandom(random);
  const algorithm = new PooledLeidenAlgorithm();
  algorithm.initializeBasedOnResolutionAndNIterationsAndRandomnessAndLocalMovingAlgorithmAndRandom(
    resolution,
    iterations,
    randomness,
    localMoving,
    random,
  );
  const clustering = new Clustering({ nNodes: network.nNodes });
  algorithm.improveClustering(network, clustering);
  return Int32Array.from(clustering.clusters);
}
