import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { pairKey, tallyClusterWeights } from '../../../../src/shared/analysis/clusterWeights';
import { createRng } from '../../../../src/shared/random';

/** The tally written the plain way (a string key per edge): what the numbered pairs must reproduce, order included. */
function plainTally(graph: Graph, membership: Map<string, number>) {
  const between = new Map<string, { a: number; b: number; weight: number; edges: string[] }>();
  graph.forEachEdge((edge, attributes, source, target) => {
    const [a, b] = [membership.get(source)!, membership.get(target)!];
    if (a === b) return;
    const link = between.get(pairKey(a, b)) ?? { a: Math.min(a, b), b: Math.max(a, b), weight: 0, edges: [] };
    link.weight += attributes.weight as number;
    link.edges.push(edge);
    between.set(pairKey(a, b), link);
  });
  return between;
}

describe('tallyClusterWeights', () => {
  it('gives the same pairs, weights, edge lists and order as a plain string-keyed tally, for integer and other ids', () => {
    const rng = createRng(7);
    for (const ids of [[0, 1, 2, 3, 4, 5, 6], [0, 2.5, -1, 3, 40]]) {
      const graph = new Graph({ multi: true });
      for (let n = 0; n < 60; n++) graph.addNode(`n${n}`);
      for (let e = 0; e < 400; e++) {
        graph.addEdge(`n${Math.floor(rng() * 60)}`, `n${Math.floor(rng() * 60)}`, { weight: Math.round(rng() * 100) / 10 });
      }
      const membership = new Map(graph.mapNodes((node) => [node, ids[Math.floor(rng() * ids.length)]] as [string, number]));
      const tally = tallyClusterWeights(graph, membership, 'weight');
      expect([...tally.between]).toEqual([...plainTally(graph, membership)]);
      expect(tally.between.size).toBeGreaterThan(5);
    }
  });
});
