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
    // The header and Export name the graph still shown, not the file that failed.
    expect(kept.source).toBe('/graph.json');
    expect(kept.version).toBe(loaded.version);
    expect(kept.opening).toBeNull();
    expect(startLoading('notes.txt')(loaded)).toMatchObject({ source: '/graph.json', opening: 'notes.txt' });
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
