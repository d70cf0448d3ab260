// Hash-table adjacency: a graph built with it behaves and serialises exactly like one built without.
import { describe, expect, it } from 'vitest';
import { useHashedAdjacency } from '../../../ingest/build/hashedAdjacency';
import { createPaperGraph, edgeKey, serializeGraph, type PaperGraph } from '../../../src/shared';

/** A small graph with hubs (many neighbours), drops and re-adds, so traversal order is exercised. */
function buildSample(graph: PaperGraph): PaperGraph {
  const keys = Array.from({ length: 60 }, (_, i) => `paper:p${(i * 37) % 60}`);
  for (const key of keys) graph.addNode(key, { kind: 'paper', label: key } as never);
  graph.addNode('concept:hub', { kind: 'concept', label: 'hub' } as never);
  keys.forEach((key, i) => {
    graph.addEdgeWithKey(edgeKey('has-concept', key, 'concept:hub'), key, 'concept:hub', { kind: 'has-concept', weight: 1 } as never);
    for (const step of [1, 7, 13]) {
      const other = keys[(i + step) % keys.length];
      if (!graph.hasEdge(key, other)) graph.addEdgeWithKey(edgeKey('similar', key, other), key, other, { kind: 'similar', weight: step } as never);
    }
  });
  graph.dropEdge(graph.edge(keys[3], keys[4])!);
  graph.dropNode(keys[10]);
  graph.addEdgeWithKey(edgeKey('cites', keys[3], keys[4]), keys[3], keys[4], { kind: 'cites', weight: 1 } as never);
  return graph;
}

describe('useHashedAdjacency', () => {
  it('gives the same file, neighbours in the same order, and the same lookups as graphology alone', () => {
    const plain = buildSample(createPaperGraph());
    const hashed = buildSample(useHashedAdjacency(createPaperGraph()));
    expect(serializeGraph(hashed)).toBe(serializeGraph(plain));
    for (const node of plain.nodes()) {
      expect(hashed.neighbors(node)).toEqual(plain.neighbors(node));
      expect(hashed.edges(node)).toEqual(plain.edges(node));
    }
    expect(hashed.hasEdge('paper:p0', 'concept:hub')).toBe(true);
    expect(hashed.hasEdge('paper:p0', 'paper:nowhere')).toBe(false);
    expect(hashed.degree('concept:hub')).toBe(plain.degree('concept:hub'));
  });

  it('keeps hash tables after clearEdges', () => {
    const hashed = buildSample(useHashedAdjacency(createPaperGraph()));
    hashed.clearEdges();
    hashed.addEdge('paper:p0', 'paper:p1');
    expect(hashed.neighbors('paper:p0')).toEqual(['paper:p1']);
  });
});
