// Hover previews over the selection; the highlighted set is the node and its neighbours; unknown keys focus nothing.
import { describe, expect, it } from 'vitest';
import { clearSelection, focusedNode, initialSelectionState, neighbourhood, selectNode, setHovered } from '../../../../src/core/selection';
import { makeSmallGraph } from '../fixtures';

describe('selection', () => {
  it('hover wins over selection and falls back to it', () => {
    const { graph, a, rare } = makeSmallGraph();
    const selected = selectNode(a)(initialSelectionState);
    expect(focusedNode(selected, graph)).toBe(a);
    const hovering = setHovered(rare)(selected);
    expect(focusedNode(hovering, graph)).toBe(rare);
    expect(focusedNode(setHovered(null)(hovering), graph)).toBe(a);
    expect(focusedNode(clearSelection()(selected), graph)).toBeNull();
  });

  it('returns the same state object when nothing changes, so stores do not notify', () => {
    const state = selectNode('x')(initialSelectionState);
    expect(selectNode('x')(state)).toBe(state);
    expect(setHovered(null)(state)).toBe(state);
  });

  it('highlights a concept with its papers and ignores keys the graph lacks', () => {
    const { graph, rare, a, b } = makeSmallGraph();
    expect(neighbourhood(graph, rare)).toEqual(new Set([rare, a, b]));
    expect(focusedNode(selectNode('paper:gone')(initialSelectionState), graph)).toBeNull();
  });
});
