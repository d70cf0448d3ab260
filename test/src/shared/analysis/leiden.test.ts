import { Clustering, LeidenAlgorithm, Network } from 'networkanalysis-ts';
import { Random } from 'networkanalysis-ts/utils';
import { describe, expect, it } from 'vitest';
import { leidenClusters, PooledNetwork } from '../../../../src/shared/analysis/leiden';
import { createRng } from '../../../../src/shared/random';

/** A random symmetric adjacency as networkanalysis-ts stores it: rows sorted, no self-loops, positive weights. */
function randomAdjacency(nNodes: number, nEdges: number, seed: number, integerWeights: boolean) {
  const rng = createRng(seed);
  const pairs = new Map<number, number>();
  // A few planted groups so the partition has structure, plus noise; some nodes end up without edges.
  const groups = Math.max(1, Math.floor(nNodes / 20));
  for (let e = 0; e < nEdges; e++) {
    const a = Math.floor(rng() * nNodes);
    const b = rng() < 0.8 ? (a + groups * Math.floor(rng() * (nNodes / groups))) % nNodes : Math.floor(rng() * nNodes);
    if (a === b) continue;
    const key = Math.min(a, b) * nNodes + Math.max(a, b);
    const weight = integerWeights ? 1 + Math.floor(rng() * 3) : rng() * 2 + 1e-3;
    pairs.set(key, (pairs.get(key) ?? 0) + weight);
  }
  const rows: [number, number][][] = Array.from({ length: nNodes }, () => []);
  for (const [key, weight] of pairs) {
    const a = Math.floor(key / nNodes);
    const b = key % nNodes;
    rows[a].push([b, weight]);
    rows[b].push([a, weight]);
  }
  const offsets = new Int32Array(nNodes + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  rows.forEach((row, i) => {
    row.sort((x, y) => x[0] - y[0]);
    for (const [b, weight] of row) {
      neighbours.push(b);
      weights.push(weight);
    }
    offsets[i + 1] = neighbours.length;
  });
  return { offsets, neighbours: Int32Array.from(neighbours), weights: Float64Array.from(weights) };
}

type Adjacency = ReturnType<typeof randomAdjacency>;

/** The library on its own classes, as communities.ts called it before leiden.ts. */
function libraryLeiden(n: number, { offsets, neighbours, weights }: Adjacency, iterations: number, seed: number): number[] {
  const network = new Network({
    nNodes: n,
    setNodeWeightsToTotalEdgeWeights: true,
    firstNeighborIndices: Array.from(offsets),
    neighbors: Array.from(neighbours),
    edgeWeights: Array.from(weights),
    checkIntegrity: true,
  });
  const algorithm = new LeidenAlgorithm();
  algorithm.initializeBasedOnResolutionAndNIterationsAndRandomnessAndRandom(
    1 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks()),
    iterations,
    0.01,
    new Random(seed),
  );
  const clustering = new Clustering({ nNodes: n });
  algorithm.improveClustering(network, clustering);
  return clustering.getClusters();
}

function pooledLeiden(n: number, { offsets, neighbours, weights }: Adjacency, iterations: number, seed: number): number[] {
  const network = PooledNetwork.fromAdjacency(n, Array.from(offsets), Array.from(neighbours), Array.from(weights));
  const resolution = 1 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
  return Array.from(leidenClusters(network, { resolution, iterations, randomness: 0.01, seed }));
}

/** A network as its rows of [neighbour, weight] (a pooled network's arrays may be longer, or shared by its siblings). */
function contents(network: Network) {
  const rows: [number, number][][] = [];
  for (let i = 0; i < network.nNodes; i++) {
    const row: [number, number][] = [];
    for (let k = network.firstNeighborIndices[i]; k < network.firstNeighborIndices[i + 1]; k++) {
      row.push([network.neighbors[k], network.edgeWeights[k]]);
    }
    rows.push(row);
  }
  return {
    nNodes: network.nNodes,
    nEdges: network.getNEdges(),
    nodeWeights: Array.from(network.nodeWeights).slice(0, network.nNodes),
    rows,
    selfLinks: network.getTotalEdgeWeightSelfLinks(),
  };
}

describe('leiden on pooled networks', () => {
  const cases = [
    { n: 2, m: 1 },
    { n: 12, m: 30 },
    { n: 150, m: 600 },
    { n: 1500, m: 9000 },
    // Large enough that many subnetworks are refined with several merges each (the refinement's random choices).
    { n: 6000, m: 60000 },
  ];
  for (const { n, m } of cases) {
    for (const integerWeights of [true, false]) {
      it(`gives the library's partition (${n} nodes, ${m} edges, ${integerWeights ? 'integer' : 'real'} weights)`, () => {
        for (const seed of [1, 42]) {
          const adjacency = randomAdjacency(n, m, seed, integerWeights);
          if (adjacency.neighbours.length === 0) continue;
          for (const iterations of [1, 2, 5]) {
            expect(pooledLeiden(n, adjacency, iterations, seed)).toEqual(libraryLeiden(n, adjacency, iterations, seed));
          }
        }
      });
    }
  }

  it("builds the library's subnetworks and reduced networks", () => {
    const n = 400;
    const adjacency = randomAdjacency(n, 2500, 7, false);
    const pooled = PooledNetwork.fromAdjacency(n, Array.from(adjacency.offsets), Array.from(adjacency.neighbours), Array.from(adjacency.weights));
    const library = new Network({
      nNodes: n,
      setNodeWeightsToTotalEdgeWeights: true,
      firstNeighborIndices: Array.from(adjacency.offsets),
      neighbors: Array.from(adjacency.neighbours),
      edgeWeights: Array.from(adjacency.weights),
    });
    expect(contents(pooled)).toEqual(contents(library));
    const rng = createRng(3);
    // Clusters numbered 0..k-1 with every id used, as LeidenAlgorithm hands them; one cluster is a single node.
    const clusters = Array.from({ length: n }, (_, i) => (i === 0 ? 0 : 1 + Math.floor(rng() * 30)));
    const clustering = new Clustering({ clusters });
    clustering.removeEmptyClusters();
    const pooledSubnetworks = pooled.createSubnetworks(clustering).map(contents);
    expect(pooledSubnetworks).toEqual(library.createSubnetworks(clustering).map(contents));
    const pooledReduced = pooled.createReducedNetwork(clustering);
    const libraryReduced = library.createReducedNetwork(clustering);
    expect(contents(pooledReduced)).toEqual(contents(libraryReduced));
    // One level down, from a network that lives in the run's buffers.
    const coarser = new Clustering({ clusters: Array.from({ length: clustering.nClusters }, (_, i) => i % 4) });
    expect(pooledReduced.createSubnetworks(coarser).map(contents)).toEqual(libraryReduced.createSubnetworks(coarser).map(contents));
    expect(contents(pooledReduced.createReducedNetwork(coarser))).toEqual(contents(libraryReduced.createReducedNetwork(coarser)));
  });
});
