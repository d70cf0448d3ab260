// Types for how nodes look: colour mode, size metric and the legend rows derived from them.
export type ColorMode = 'kind' | 'community';

export interface AppearanceState {
  colorBy: ColorMode;
  /** Numeric node attribute used for size; "degree" is computed from the graph when the attribute is absent. */
  sizeBy: string;
}

export interface LegendEntry {
  id: string;
  label: string;
  color: string;
  shown: number;
  total: number;
}
