// Concept map: co-occurrence counted per paper, association strength as VOSviewer defines it, thresholds, clusters.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildConceptMap } from '../../../../src/shared/analysis/conceptMap';
import { buildTopicGraph } from '../paperGraphFixture';

function tiny() {
  const graph = new Graph();
  for (const [key, year] of [['p1', 2020], ['p2', 2021], ['p3', 2022], ['p4', null]] as const) {
    graph.addNode(key, { kind: 'paper', label: key, year });
  }
  graph.addNode('a', { kind: 'concept', label: 'A' });
  graph.addNode('b', { kind: 'method', label: 'B' });
  graph.addNode('c', { kind: 'concept', label: 'C' });
  graph.addNode('rare', { kind: 'concept', label: 'rare' });
  graph.addNode('d', { kind: 'domain', label: 'D' });
  for (const [p, t] of [['p1', 'a'], ['p1', 'b'], ['p2', 'a'], ['p2', 'b'], ['p3', 'a'], ['p3', 'c'], ['p4', 'c'], ['p4', 'b'], ['p1', 'rare'], ['p1', 'd'], ['p2', 'd']]) {
    graph.addEdge(p, t);
  }
  return graph;
}

describe('buildConceptMap', () => {
  it('links ideas by the papers they share, normalised by association strength', () => {
    const { graph, belowThreshold } = buildConceptMap(tiny());
    expect(graph.nodes().sort()).toEqual(['a', 'b', 'c']);
    expect(belowThreshold).toBe(1); // "rare" has one paper; domains are not map items
    // c(a,b)=2, c(a,c)=1, c(b,c)=1 → totals a=3, b=3, c=2, m=4.
    expect(graph.getEdgeAttributes(graph.edge('a', 'b')!)).toEqual({ count: 2, weight: Math.round(((2 * 4 * 2) / 9) * 1e4) / 1e4 });
    expect(graph.getEdgeAttribute(graph.edge('a', 'c')!, 'weight')).toBe(Math.round(((2 * 4 * 1) / 6) * 1e4) / 1e4);
    expect(graph.getNodeAttributes('a')).toMatchObject({ occurrences: 3, meanYear: 2021, label: 'A' });
    expect(graph.getNodeAttribute('c', 'meanYear')).toBe(2022);
  });

  it('respects the minimum occurrences and clusters the topic fixture into its topics', () => {
    const topics = buildTopicGraph();
    const strict = buildConceptMap(topics, { minOccurrences: 100 });
    expect(strict.graph.order).toBe(0);
    const map = buildConceptMap(topics);
    expect(map.graph.order).toBeGreaterThan(5);
    expect(map.clusters.length).toBeGreaterThanOrEqual(2);
    expect(map.clusters.every((cluster) => cluster.label.length > 0)).toBe(true);
    expect(buildConceptMap(topics).graph.export()).toEqual(map.graph.export());
  });
});
