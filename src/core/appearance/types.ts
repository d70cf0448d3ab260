// Types for how nodes look: colour mode, size metric and the legend rows derived from them.
/** `year`: papers by their year, ideas by their papers' mean year, on a sequential scale (VOSviewer's overlay). */
export type ColorMode = 'kind' | 'community' | 'year';

export const COLOR_MODES: readonly ColorMode[] = ['kind', 'community', 'year'];

export interface AppearanceState {
  colorBy: ColorMode;
  /** Numeric node attribute used for size; "degree" is computed from the graph when the attribute is absent. */
  sizeBy: string;
}

export interface LegendEntry {
  id: string;
  label: string;
  /** The row's colour (for several, the most used: what a picture's legend draws). */
  color: string;
  /** When the row's nodes are drawn in several colours (a file's own), the most used of them, for the swatch. */
  swatches?: string[];
  shown: number;
  total: number;
}
