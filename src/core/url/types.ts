// Types for the shareable view state kept in the page URL: everything a reload or a shared link needs to show the same picture.
import type { ColorMode } from '../appearance/types';
import type { FiltersState } from '../filters/types';
import type { ViewState } from '../view';

export interface UrlState {
  node: string | null;
  filters: FiltersState;
  colorBy: ColorMode;
  /** Size metric; "degree" is the default (a metric the graph lacks falls back to it once the graph is loaded). */
  sizeBy: string;
  /** Papers or concept map, its minimum occurrences and the density layer. */
  view: ViewState;
  /** Cluster resolution asked for; null: the partition the file carries. */
  resolution: number | null;
  /** Focused cluster id (at that resolution); null: none. */
  focusedCluster: number | null;
  /** Shortest path between two nodes; a source without target is "pick the other node". */
  path: { source: string | null; target: string | null };
}
