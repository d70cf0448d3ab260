import Graph from 'graphology';
import karateClub from 'graphology-generators/social/karate-club';
import { describe, expect, it } from 'vitest';
import { computeModularity, detectCommunities, leidenClustersOfEdges, readEdgeList } from '../../../../src/shared/analysis';

/** Newman's karate-club optimum (Brandes et al. 2008 proved it exact): Q = 0.4198 with four communities. */
const KARATE_OPTIMUM = 0.41979;

describe('detectCommunities', () => {
  it("splits Zachary's karate club with modularity ≥ 0.41", () => {
    const result = detectCommunities(karateClub(Graph), { seed: 42 });
    expect(result.modularity).toBeGreaterThanOrEqual(0.41);
    expect(result.count).toBeGreaterThanOrEqual(2);
    expect(Object.keys(result.communities)).toHaveLength(34);
  });

  it('gives the same partition for the same seed', () => {
    for (const seed of [1, 7, 42]) {
      const first = detectCommunities(karateClub(Graph), { seed });
      const second = detectCommunities(karateClub(Graph), { seed });
      expect(second).toEqual(first);
    }
  });

  it('numbers communities by size, 0 the largest', () => {
    const { communities, count } = detectCommunities(karateClub(Graph), { seed: 42 });
    const sizes = Array.from({ length: count }, (_, id) => Object.values(communities).filter((c) => c === id).length);
    expect(sizes.every((size) => size > 0)).toBe(true);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });

  it('finds more communities at a higher resolution', () => {
    const coarse = detectCommunities(karateClub(Graph), { resolution: 0.5 });
    const fine = detectCommunities(karateClub(Graph), { resolution: 2 });
    expect(fine.count).toBeGreaterThan(coarse.count);
  });

  it('assign writes the community attribute', () => {
    const graph = karateClub(Graph);
    const result = detectCommunities.assign(graph, { communityAttribute: 'group' });
    graph.forEachNode((node, attributes) => expect(attributes.group).toBe(result.communities[node]));
  });

  it('rejects a bad resolution with the module name', () => {
    expect(() => detectCommunities(karateClub(Graph), { resolution: 0 })).toThrow(/^communities: resolution/);
  });

  it('runs the Leiden iterations asked for: the default is two, one still splits the karate club', () => {
    const graph = karateClub(Graph);
    expect(detectCommunities(graph, { seed: 42, iterations: 2 })).toEqual(detectCommunities(graph, { seed: 42 }));
    expect(detectCommunities(graph, { seed: 42, iterations: 1 }).modularity).toBeGreaterThanOrEqual(0.41);
    expect(() => detectCommunities(graph, { iterations: 0 })).toThrow(/^communities: iterations/);
  });

  it('handles graphs without edges', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.addNode('a');
    graph.addNode('b');
    expect(detectCommunities(graph)).toMatchObject({ communities: { a: 0, b: 1 }, modularity: 0, quality: 0, count: 2 });
  });

  for (const algorithm of ['leiden', 'louvain'] as const) {
    it(`${algorithm}: reports standard Q (never above the karate optimum 0.4198) apart from the quality at the resolution`, () => {
      for (const resolution of [0.5, 1, 2]) {
        const graph = karateClub(Graph);
        const result = detectCommunities(graph, { algorithm, resolution, seed: 42 });
        expect(result.modularity).toBeLessThanOrEqual(KARATE_OPTIMUM + 1e-9);
        expect(result.modularity).toBeCloseTo(computeModularity(graph, result.communities), 12);
        expect(result.quality).toBeCloseTo(computeModularity(graph, result.communities, { resolution }), 12);
        expect(result.resolution).toBe(resolution);
        expect(result.algorithm).toBe(algorithm);
      }
      // At resolution 0.5 the quality is the figure that used to be shown as "modularity" (about 0.62), above any Q.
      const coarse = detectCommunities(karateClub(Graph), { algorithm, resolution: 0.5, seed: 42 });
      expect(coarse.quality).toBeGreaterThan(KARATE_OPTIMUM);
    });
  }

  it('leiden reaches the karate optimum at resolution 1', () => {
    const result = detectCommunities(karateClub(Graph), { algorithm: 'leiden', seed: 42 });
    expect(result.modularity).toBeCloseTo(KARATE_OPTIMUM, 4);
    expect(result.count).toBe(4);
  });

  it('clusters a paper graph on its topical edges and gives left-out nodes their neighbours\' community', () => {
    const graph = new Graph({ type: 'undirected' });
    const papers = ['p1', 'p2', 'p3', 'q1', 'q2', 'q3'];
    for (const paper of papers) graph.addNode(paper, { kind: 'paper' });
    graph.addNode('domain:all', { kind: 'domain' });
    graph.addNode('method:m', { kind: 'method' });
    for (const [a, b] of [['p1', 'p2'], ['p2', 'p3'], ['p1', 'p3'], ['q1', 'q2'], ['q2', 'q3'], ['q1', 'q3'], ['p3', 'q1']]) {
      graph.addEdge(a, b, { kind: 'similar', weight: a[0] === b[0] ? 1 : 0.1 });
    }
    // A domain hub tying every paper together is left out of the clustering; it still gets a community.
    for (const paper of papers) graph.addEdge(paper, 'domain:all', { kind: 'in-domain', weight: 1 });
    graph.addEdge('q2', 'method:m', { kind: 'uses-method', weight: 1 });
    for (const algorithm of ['leiden', 'louvain'] as const) {
      const { communities, modularity } = detectCommunities(graph, { algorithm, seed: 1 });
      expect(communities.p1).toBe(communities.p2);
      expect(communities.q1).toBe(communities.q3);
      expect(communities.p1).not.toBe(communities.q1);
      expect(communities['method:m']).toBe(communities.q2);
      // Q is measured on the edges the clustering used (the similarity layer), undirected.
      const similarOnly = new Graph({ type: 'undirected' });
      graph.forEachNode((node) => similarOnly.addNode(node));
      graph.forEachEdge((_e, attributes, s, t) => attributes.kind === 'similar' && similarOnly.addEdge(s, t, attributes));
      expect(modularity).toBeCloseTo(computeModularity(similarOnly, communities), 12);
      const everyEdge = detectCommunities(graph, { algorithm, seed: 1, edgeKinds: null });
      expect(everyEdge.modularity).toBeCloseTo(computeModularity(graph, everyEdge.communities), 12);
    }
  });

  it('finishes the partition from Leiden clusters computed elsewhere on typed copies of the edge list, attributes in the same order', () => {
    const graph = karateClub(Graph);
    const hub = graph.addNode('domain:all', { kind: 'domain' });
    graph.forEachNode((node) => node !== hub && graph.addEdge(node, hub, { kind: 'in-domain', weight: 1 }));
    graph.forEachEdge((edge, attributes) => attributes.kind === undefined && graph.mergeEdgeAttributes(edge, { kind: 'similar', weight: 1 + (edge.length % 3) }));
    const edges = readEdgeList(graph);
    // As a worker thread gets them: typed arrays and the node count.
    const sent = {
      nodes: { length: edges.nodes.length },
      source: Int32Array.from(edges.source),
      target: Int32Array.from(edges.target),
      weight: Float64Array.from(edges.weight),
      kind: Int32Array.from(edges.kind),
      kinds: edges.kinds,
      weightIssue: edges.weightIssue,
    };
    const clusters = leidenClustersOfEdges(sent, { seed: 5 });
    expect(clusters).not.toBeNull();
    const here = graph.copy();
    const expected = detectCommunities.assign(here, { seed: 5 });
    const result = detectCommunities.assign(graph, { seed: 5, edges, clusters: clusters! });
    expect(result).toEqual(expected);
    expect(graph.export()).toEqual(here.export());
    expect(result.communities['domain:all']).toBeGreaterThanOrEqual(0);
    // Not this graph's list, or Louvain: computed here as usual.
    expect(detectCommunities(graph, { seed: 5, clusters: new Int32Array(graph.order) })).toEqual(expected);
    expect(leidenClustersOfEdges(sent, { algorithm: 'louvain' })).toBeNull();
    expect(leidenClustersOfEdges({ ...sent, weightIssue: true })).toBeNull();
  });

  it('reads a directed graph as undirected: reverse edges add up', () => {
    const directed = new Graph({ type: 'directed' });
    const undirected = new Graph({ type: 'undirected' });
    const karate = karateClub(Graph);
    karate.forEachNode((node) => {
      directed.addNode(node);
      undirected.addNode(node);
    });
    karate.forEachEdge((_e, _a, s, t) => {
      directed.addEdge(s, t, { weight: 1 });
      directed.addEdge(t, s, { weight: 1 });
      undirected.addEdge(s, t, { weight: 2 });
    });
    for (const algorithm of ['leiden', 'louvain'] as const) {
      const fromDirected = detectCommunities(directed, { algorithm, seed: 3 });
      expect(fromDirected.modularity).toBeCloseTo(computeModularity(undirected, fromDirected.communities), 12);
      expect(fromDirected.modularity).toBeLessThanOrEqual(KARATE_OPTIMUM + 1e-9);
    }
  });
});

describe('computeModularity', () => {
  it('matches hand-computed values', () => {
    // Two triangles joined by one edge, split into the triangles: W = 7, inside 3 + 3, degrees 7 and 7.
    const graph = new Graph({ type: 'undirected' });
    for (const [a, b] of [['a', 'b'], ['b', 'c'], ['a', 'c'], ['d', 'e'], ['e', 'f'], ['d', 'f'], ['c', 'd']]) graph.mergeEdge(a, b);
    const split = { a: 0, b: 0, c: 0, d: 1, e: 1, f: 1 };
    expect(computeModularity(graph, split)).toBeCloseTo(6 / 7 - 2 * (7 / 14) ** 2, 12);
    expect(computeModularity(graph, split, { resolution: 2 })).toBeCloseTo(6 / 7 - 2 * 2 * (7 / 14) ** 2, 12);
    // Everything in one community: Q = 1 - 1 = 0.
    expect(computeModularity(graph, { a: 0, b: 0, c: 0, d: 0, e: 0, f: 0 })).toBeCloseTo(0, 12);
  });

  it('uses weights, and ignores them when asked', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.mergeEdge('a', 'b', { weight: 3 });
    graph.mergeEdge('b', 'c', { weight: 1 });
    const split = { a: 0, b: 0, c: 1 };
    // W = 4; inside 3; degrees: {a,b} = 3 + 4 = 7, {c} = 1.
    expect(computeModularity(graph, split)).toBeCloseTo(3 / 4 - (7 / 8) ** 2 - (1 / 8) ** 2, 12);
    expect(computeModularity(graph, split, { weightAttribute: null })).toBeCloseTo(1 / 2 - (3 / 4) ** 2 - (1 / 4) ** 2, 12);
  });
});
