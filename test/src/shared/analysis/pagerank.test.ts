// Our PageRank must give graphology-metrics' figures (it only replaces the slow index), on weighted and plain graphs.
import Graph, { UndirectedGraph } from 'graphology';
import karateClub from 'graphology-generators/social/karate-club';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { describe, expect, it } from 'vitest';
import { computePagerank } from '../../../../src/shared/analysis';

function expectSameRanks(graph: Graph) {
  const reference = pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200 });
  const ours = computePagerank(graph);
  expect(Object.keys(ours).sort()).toEqual(Object.keys(reference).sort());
  for (const node of graph.nodes()) expect(ours[node]).toBeCloseTo(reference[node], 9);
  expect(Object.values(ours).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
}

describe('computePagerank', () => {
  it('matches graphology-metrics on the karate club', () => {
    expectSameRanks(karateClub(UndirectedGraph));
  });

  it('matches graphology-metrics with edge weights, an isolated node and a directed graph', () => {
    const undirected = new UndirectedGraph();
    undirected.mergeEdge('a', 'b', { weight: 3 });
    undirected.mergeEdge('b', 'c', { weight: 0.5 });
    undirected.mergeEdge('c', 'a');
    undirected.mergeEdge('c', 'd', { weight: 2 });
    undirected.addNode('lonely');
    expectSameRanks(undirected);
    const directed = new Graph({ type: 'directed' });
    directed.mergeEdge('a', 'b', { weight: 2 });
    directed.mergeEdge('b', 'c');
    directed.mergeEdge('c', 'a');
    directed.mergeEdge('a', 'd');
    expectSameRanks(directed);
  });

  it('ranks the hub of a star highest', () => {
    const star = new UndirectedGraph();
    for (const leaf of ['x', 'y', 'z', 'w']) star.mergeEdge('hub', leaf);
    const ranks = computePagerank(star);
    expect(Math.max(...Object.values(ranks))).toBe(ranks.hub);
  });
});
