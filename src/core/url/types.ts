// Types for the shareable view state kept in the page URL.
import type { ColorMode } from '../appearance/types';
import type { FiltersState } from '../filters/types';

export interface UrlState {
  node: string | null;
  filters: FiltersState;
  colorBy: ColorMode;
}
