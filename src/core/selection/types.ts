// Types for what the user points at: the selected node and the (debounced) hovered node.
export interface SelectionState {
  selected: string | null;
  hovered: string | null;
}
