// The map's reducers: what sigma gets for each node is what it draws, not the paper's record.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { PaperGraph } from '../../../../src/shared';
import { createReducers, type Look } from '../../../../src/views/graph/look';

function graphWithPaper(): PaperGraph {
  const graph = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
  graph.addNode('p1', { kind: 'paper', label: 'A title', x: 1, y: 2, title: 'A title', abstract: 'A long abstract.', authors: ['A. Author'] } as never);
  graph.addNode('c1', { kind: 'concept', label: 'graph', x: 3, y: 4 } as never);
  graph.addEdge('p1', 'c1', { kind: 'has-concept', weight: 1 } as never);
  return graph;
}

const look = (over: Partial<Look> = {}): Look => ({
  hidden: new Set(), colors: new Map([['p1', '#112233'], ['c1', '#445566']]), sizes: new Map([['p1', 7], ['c1', 3]]),
  focus: null, near: null, focusEdges: null, selected: null, hiddenEdgeKinds: new Set(), ...over,
});

describe('createReducers', () => {
  it("gives sigma a node's display fields only: sigma copies them for every label it draws at every frame", () => {
    const graph = graphWithPaper();
    const { nodeReducer } = createReducers({ current: look() }, graph);
    const out = nodeReducer!('p1', { ...graph.getNodeAttributes('p1') });
    expect(out).toEqual({
      x: 1, y: 2, size: 7, color: '#112233', label: 'A title', hidden: false, forceLabel: false, highlighted: false, zIndex: 0, type: 'circle',
    });
    expect(out).not.toHaveProperty('abstract');
  });

  it('still dims, labels and highlights by the look: a focused paper and its neighbours', () => {
    const graph = graphWithPaper();
    const { nodeReducer } = createReducers({ current: look({ focus: 'p1', selected: 'p1', near: new Set(['p1']) }) }, graph);
    expect(nodeReducer!('p1', { ...graph.getNodeAttributes('p1') })).toMatchObject({ forceLabel: true, highlighted: true, zIndex: 2 });
    expect(nodeReducer!('c1', { ...graph.getNodeAttributes('c1') })).toMatchObject({ label: null, forceLabel: false });
  });
});
