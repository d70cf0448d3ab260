// Node filters as pure producers and one pure function computing the hidden set (applied through sigma reducers).
import type { PaperGraph } from '../../shared';
import { createStore } from '../store';
import type { FilterResult, FiltersState } from './types';

export * from './types';

export const initialFiltersState: FiltersState = { hiddenKinds: [], dateFrom: null, dateTo: null, minDegree: 0 };

export const toggleKind = (kind: string) => (state: FiltersState): FiltersState => ({
  ...state,
  hiddenKinds: state.hiddenKinds.includes(kind)
    ? state.hiddenKinds.filter((k) => k !== kind)
    : [...state.hiddenKinds, kind].sort(),
});

export const setDateRange = (dateFrom: string | null, dateTo: string | null) =>
  (state: FiltersState): FiltersState => ({ ...state, dateFrom, dateTo });

export const setMinDegree = (minDegree: number) => (state: FiltersState): FiltersState =>
  state.minDegree === minDegree ? state : { ...state, minDegree: Math.max(0, Math.floor(minDegree)) };

export const resetFilters = () => (): FiltersState => initialFiltersState;

export const replaceFilters = (next: FiltersState) => (): FiltersState => next;

export const filtersStore = createStore<FiltersState>(initialFiltersState);

export function nodeKindOf(attrs: Record<string, unknown>): string {
  const kind = attrs.kind;
  return kind === 'paper' || kind === 'concept' || kind === 'method' || kind === 'domain' ? kind : 'other';
}

/** A sortable date key: full ISO dates, month-day (`--MM-DD`, sorts before any year) or a bare year. */
export function paperDateKey(attrs: Record<string, unknown>): string | null {
  if (typeof attrs.date === 'string' && attrs.date !== '') return attrs.date;
  if (typeof attrs.year === 'number' && Number.isFinite(attrs.year)) return String(attrs.year);
  return null;
}

/** Distinct paper date keys in order: the stops of the date-range control. */
export function listPaperDates(graph: PaperGraph): string[] {
  const dates = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    if (nodeKindOf(attrs as never) !== 'paper') return;
    const date = paperDateKey(attrs as never);
    if (date) dates.add(date);
  });
  return [...dates].sort();
}

export function isFiltering(filters: FiltersState): boolean {
  return filters.hiddenKinds.length > 0 || filters.dateFrom !== null || filters.dateTo !== null || filters.minDegree > 0;
}

/**
 * Hidden nodes for the current filters. Degree is the full-graph degree (stable while other filters change, as in
 * Gephi). With a date range, undated papers stay shown, and concepts/methods/domains left without any shown paper
 * are hidden too so the range does not leave orphan terms floating around.
 */
export function computeFilter(graph: PaperGraph, filters: FiltersState): FilterResult {
  const hidden = new Set<string>();
  const counts: FilterResult['counts'] = {};
  const hiddenKinds = new Set(filters.hiddenKinds);
  const dateActive = filters.dateFrom !== null || filters.dateTo !== null;
  graph.forEachNode((key, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    const kind = nodeKindOf(a);
    let hide = hiddenKinds.has(kind) || graph.degree(key) < filters.minDegree;
    if (!hide && dateActive && kind === 'paper') {
      const date = paperDateKey(a);
      if (date !== null) {
        hide = (filters.dateFrom !== null && date < filters.dateFrom) || (filters.dateTo !== null && date > filters.dateTo);
      }
    }
    if (hide) hidden.add(key);
  });
  if (dateActive) {
    graph.forEachNode((key, attrs) => {
      const kind = nodeKindOf(attrs as never);
      if (kind === 'paper' || kind === 'other' || hidden.has(key)) return;
      const hasShownPaper = graph.someNeighbor(key, (n, na) => nodeKindOf(na as never) === 'paper' && !hidden.has(n));
      if (!hasShownPaper) hidden.add(key);
    });
  }
  graph.forEachNode((key, attrs) => {
    const kind = nodeKindOf(attrs as never);
    const count = (counts[kind] ??= { shown: 0, total: 0 });
    count.total++;
    if (!hidden.has(key)) count.shown++;
  });
  let shownEdges = 0;
  graph.forEachEdge((_e, _a, s, t) => {
    if (!hidden.has(s) && !hidden.has(t)) shownEdges++;
  });
  return { hidden, counts, shownNodes: graph.order - hidden.size, shownEdges };
}
