// Selection and hover state with pure producers, plus the focus set (node + neighbours) the highlight is built from.
import type { PaperGraph } from '../../shared';
import { createStore } from '../store';
import type { SelectionState } from './types';

export * from './types';

export const initialSelectionState: SelectionState = { selected: null, hovered: null };

export const selectNode = (key: string | null) => (state: SelectionState): SelectionState =>
  state.selected === key ? state : { ...state, selected: key };

export const clearSelection = () => selectNode(null);

export const setHovered = (key: string | null) => (state: SelectionState): SelectionState =>
  state.hovered === key ? state : { ...state, hovered: key };

/** Hover wins over selection, as in Gephi Lite: pointing at a node previews its neighbourhood. */
export function focusedNode(state: SelectionState, graph: PaperGraph | null): string | null {
  const key = state.hovered ?? state.selected;
  return key && graph?.hasNode(key) ? key : null;
}

export function neighbourhood(graph: PaperGraph, key: string): Set<string> {
  const set = new Set<string>([key]);
  graph.forEachNeighbor(key, (n) => set.add(n));
  return set;
}

export const selectionStore = createStore<SelectionState>(initialSelectionState);
