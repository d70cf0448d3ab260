// Load lifecycle producers and the seeded initial positions.
import { describe, expect, it } from 'vitest';
import {
  assignSeededPositions, hasAllPositions, initialGraphState, setLoadError, setLoadedGraph, startLoading,
} from '../../../../src/core/graph';
import { createPaperGraph } from '../../../../src/shared';
import { makeSmallGraph } from '../fixtures';

describe('graph state', () => {
  it('a broken first file is a fatal error; a broken opened file keeps the current graph', () => {
    const failed = setLoadError('Not a JSON file', '/graph.json')(startLoading('/graph.json')(initialGraphState));
    expect(failed.status).toBe('error');
    const { graph } = makeSmallGraph();
    const loaded = setLoadedGraph(graph, '/graph.json', false)(failed);
    expect(loaded.status).toBe('ready');
    const kept = setLoadError('Not a JSON file', 'notes.txt')(startLoading('notes.txt')(loaded));
    expect(kept.graph).toBe(graph);
    expect(kept.status).toBe('ready');
    expect(kept.openError).toBe('notes.txt: Not a JSON file');
    // The header and Export keep the shown graph's name: a failed open renames nothing.
    expect(kept.source).toBe('/graph.json');
    expect(kept.pending).toBeNull();
  });

  it('while another file opens, the shown graph keeps its name; the new name comes with the new graph', () => {
    const { graph } = makeSmallGraph();
    const loaded = setLoadedGraph(graph, '/graph.json', false)(initialGraphState);
    const opening = startLoading('big.gexf')(loaded);
    expect(opening).toMatchObject({ source: '/graph.json', pending: 'big.gexf', graph });
    const { graph: next } = makeSmallGraph();
    expect(setLoadedGraph(next, 'big.gexf', false)(opening)).toMatchObject({ source: 'big.gexf', pending: null, graph: next });
  });

  it('an empty graph is the empty state', () => {
    expect(setLoadedGraph(createPaperGraph(), 'x.json', false)(initialGraphState).status).toBe('empty');
  });

  it('seeds positions deterministically and keeps existing ones', () => {
    const make = () => [{ key: 'a', attributes: { x: 5, y: 6 } }, { key: 'b', attributes: {} }, { key: 'c' }] as Array<{ key: string; attributes?: Record<string, unknown> }>;
    const one = make();
    const two = make();
    expect(hasAllPositions(one)).toBe(false);
    assignSeededPositions(one);
    assignSeededPositions(two);
    expect(one).toEqual(two);
    expect(one[0].attributes).toEqual({ x: 5, y: 6 });
    expect(hasAllPositions(one)).toBe(true);
  });
});
