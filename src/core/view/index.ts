// Which picture the stage shows: the paper graph, or the concept map (ideas linked by co-occurrence), and its options.
import type { ConceptMap } from '../../shared/analysis/conceptMap';
import type { LegendEntry, YearLegend } from '../appearance';
import { createStore } from '../store';

export type ViewMode = 'papers' | 'concepts';

export interface ViewState {
  mode: ViewMode;
  /** Concept map: ideas need at least this many papers (VOSviewer's "minimum number of occurrences"). */
  minOccurrences: number;
  /** A density layer (kernel density of the shown nodes, per cluster colour) under the nodes. */
  density: boolean;
}

export const initialViewState: ViewState = { mode: 'papers', minOccurrences: 2, density: false };

export const setViewMode = (mode: ViewMode) => (state: ViewState): ViewState => (state.mode === mode ? state : { ...state, mode });

export const setMinOccurrences = (value: number) => (state: ViewState): ViewState => {
  const minOccurrences = Number.isFinite(value) ? Math.max(1, Math.min(1000, Math.round(value))) : state.minOccurrences;
  return minOccurrences === state.minOccurrences ? state : { ...state, minOccurrences };
};

export const setDensity = (density: boolean) => (state: ViewState): ViewState =>
  state.density === density ? state : { ...state, density };

export const viewStore = createStore<ViewState>(initialViewState);

/**
 * The clusters of the concept map on screen (empty when none is), biggest first: the map colours its ideas by these,
 * not by the paper graph's clusters, so the appearance panel lists them as the map's legend.
 */
export const conceptMapClustersStore = createStore<ConceptMap['clusters']>([]);

/**
 * The appearance panel's legend for the concept map on screen (null when none is): its ideas by kind, and dated or
 * not, since the map shows neither papers nor cited works (views/conceptMap/colors.ts builds it).
 */
export const conceptMapLegendStore = createStore<{ kinds: LegendEntry[]; year: YearLegend } | null>(null);
