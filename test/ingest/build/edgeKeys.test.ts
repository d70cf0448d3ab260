// Edge keys of the built graph: short, unique, in insertion order, and never clashing with keys a graph already holds.
import { describe, expect, it } from 'vitest';
import { createPaperGraph } from '../../../src/shared';
import { addEdgeInOrder } from '../../../ingest/build/edgeKeys';

describe('addEdgeInOrder', () => {
  it('keys edges e0, e1, … in the order they are added, per graph', () => {
    const graph = createPaperGraph();
    for (const key of ['paper:a', 'paper:b', 'concept:x']) graph.addNode(key, { kind: 'concept', label: key, aliases: [], acronym: null, paperCount: 0 } as never);
    expect(addEdgeInOrder(graph, 'paper:a', 'concept:x', { kind: 'has-concept', weight: 1 })).toBe('e0');
    expect(addEdgeInOrder(graph, 'paper:b', 'concept:x', { kind: 'has-concept', weight: 1 })).toBe('e1');
    expect(graph.edges()).toEqual(['e0', 'e1']);
    const other = createPaperGraph();
    other.addNode('paper:a', {} as never);
    other.addNode('paper:b', {} as never);
    expect(addEdgeInOrder(other, 'paper:a', 'paper:b', { kind: 'similar', weight: 0.5 })).toBe('e0');
  });

  it('skips a key the graph already holds (a graph built by other code)', () => {
    const graph = createPaperGraph();
    for (const key of ['a', 'b', 'c']) graph.addNode(key, {} as never);
    graph.addEdgeWithKey('e0', 'a', 'b', { kind: 'similar', weight: 1 });
    expect(addEdgeInOrder(graph, 'b', 'c', { kind: 'similar', weight: 1 })).toBe('e1');
    expect(graph.getEdgeAttributes('b', 'c').kind).toBe('similar');
  });
});
