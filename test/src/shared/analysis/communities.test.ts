import Graph from 'graphology';
import karateClub from 'graphology-generators/social/karate-club';
import { describe, expect, it } from 'vitest';
import { detectCommunities } from '../../../../src/shared/analysis';

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

  it('handles graphs without edges', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.addNode('a');
    graph.addNode('b');
    expect(detectCommunities(graph)).toEqual({ communities: { a: 0, b: 1 }, modularity: 0, count: 2 });
  });
});
