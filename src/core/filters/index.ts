// Node, edge-kind and year filters as pure producers and one pure function computing what is hidden (applied through sigma reducers).
import { EDGE_KINDS, type PaperGraph } from '../../shared';
import { createStore } from '../store';
import type { FilterResult, FiltersState } from './types';
import { nodeYear } from './years';

export * from './types';
export * from './years';

export const initialFiltersState: FiltersState = {
  hiddenKinds: [], yearFrom: null, yearTo: null, includeNoYear: true, minDegree: 0, hiddenEdgeKinds: [],
};

export const toggleKind = (kind: string) => (state: FiltersState): FiltersState => ({
  ...state,
  hiddenKinds: state.hiddenKinds.includes(kind)
    ? state.hiddenKinds.filter((k) => k !== kind)
    : [...state.hiddenKinds, kind].sort(),
});

export const toggleEdgeKind = (kind: string) => (state: FiltersState): FiltersState => ({
  ...state,
  hiddenEdgeKinds: state.hiddenEdgeKinds.includes(kind)
    ? state.hiddenEdgeKinds.filter((k) => k !== kind)
    : [...state.hiddenEdgeKinds, kind].sort(),
});

/** "Citations only", "concepts only": every other kind present in the graph is hidden. */
export const showOnlyEdgeKinds = (kinds: readonly string[], present: readonly string[]) => (state: FiltersState): FiltersState => ({
  ...state,
  hiddenEdgeKinds: present.filter((k) => !kinds.includes(k)).sort(),
});

export const showAllEdgeKinds = () => (state: FiltersState): FiltersState =>
  state.hiddenEdgeKinds.length === 0 ? state : { ...state, hiddenEdgeKinds: [] };

/**
 * Papers from `from` to `to` (inclusive; null: open). Reversed bounds are swapped; bounds at or beyond the graph's
 * own earliest/latest year (when given) are left open, so "the whole span" is no filter at all.
 */
export const setYearRange = (from: number | null, to: number | null, span?: { min: number | null; max: number | null }) =>
  (state: FiltersState): FiltersState => {
    let yearFrom = from !== null && Number.isFinite(from) ? Math.floor(from) : null;
    let yearTo = to !== null && Number.isFinite(to) ? Math.floor(to) : null;
    if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
    if (span?.min != null && yearFrom !== null && yearFrom <= span.min) yearFrom = null;
    if (span?.max != null && yearTo !== null && yearTo >= span.max) yearTo = null;
    return state.yearFrom === yearFrom && state.yearTo === yearTo ? state : { ...state, yearFrom, yearTo };
  };

export const setIncludeNoYear = (includeNoYear: boolean) => (state: FiltersState): FiltersState =>
  state.includeNoYear === includeNoYear ? state : { ...state, includeNoYear };

export const setMinDegree = (minDegree: number) => (state: FiltersState): FiltersState =>
  state.minDegree === minDegree ? state : { ...state, minDegree: Math.max(0, Math.floor(minDegree)) };

export const resetFilters = () => (): FiltersState => initialFiltersState;

export const replaceFilters = (next: FiltersState) => (): FiltersState => next;

export const filtersStore = createStore<FiltersState>(initialFiltersState);

const NODE_KINDS_SHOWN = new Set(['paper', 'concept', 'method', 'domain', 'reference']);
const EDGE_KINDS_KNOWN = new Set<string>(EDGE_KINDS);

export function nodeKindOf(attrs: Record<string, unknown>): string {
  const kind = attrs.kind;
  return typeof kind === 'string' && NODE_KINDS_SHOWN.has(kind) ? kind : 'other';
}

/** What each edge kind means, as the filter panel names it. */
export const EDGE_KIND_LABELS: Record<string, string> = {
  cites: 'Citations',
  'co-cited': 'Co-citation',
  coupled: 'Bibliographic coupling',
  similar: 'Text similarity',
  mentions: 'Mentions (names a method)',
  // "Paper–concept", not "Concepts": the node-kind checkboxes already carry the plural names.
  'has-concept': 'Paper–concept',
  introduces: 'Introduces method',
  'uses-method': 'Uses method',
  'in-domain': 'Paper–domain',
  broader: 'Broader / narrower',
  other: 'Other edges',
};

/** The schema's edge kind, or "other" for edges of other tools' graphs (no or unknown `kind`). */
export function edgeKindOf(attrs: Record<string, unknown>): string {
  const kind = attrs.kind;
  return typeof kind === 'string' && EDGE_KINDS_KNOWN.has(kind) ? kind : 'other';
}

/** Edge kinds present in the graph with their counts, in the schema's order ("other" last). */
export function listEdgeKinds(graph: PaperGraph): { kind: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, attrs) => {
    const kind = edgeKindOf(attrs as never);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  });
  const order = [...EDGE_KINDS, 'other'] as string[];
  return order.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) as number }));
}

/** True when the year range or the no-year switch hides any paper. */
export function isYearFiltering(filters: FiltersState): boolean {
  return filters.yearFrom !== null || filters.yearTo !== null || !filters.includeNoYear;
}

/** Whether a paper of this year passes the year filter (unknown years follow the no-year switch). */
export function yearPasses(filters: FiltersState, year: number | null): boolean {
  if (year === null) return filters.includeNoYear;
  return (filters.yearFrom === null || year >= filters.yearFrom) && (filters.yearTo === null || year <= filters.yearTo);
}

export function isFiltering(filters: FiltersState): boolean {
  return (
    filters.hiddenKinds.length > 0 || isYearFiltering(filters) || filters.minDegree > 0 ||
    filters.hiddenEdgeKinds.length > 0
  );
}

/**
 * Hidden nodes for the current filters. Degree is the full-graph degree (stable while other filters change, as in
 * Gephi). With a year range, papers of unknown year follow their own switch (shown by default), and
 * concepts/methods/domains left without any shown paper are hidden too so the range does not leave orphan terms
 * floating around. Hidden edge kinds hide their edges, and the concepts, methods, domains and references that have
 * no edge of a shown kind left; papers stay where they are even when none of their edges is shown, and nothing moves.
 */
export function computeFilter(graph: PaperGraph, filters: FiltersState): FilterResult {
  const hidden = new Set<string>();
  const counts: FilterResult['counts'] = {};
  const hiddenKinds = new Set(filters.hiddenKinds);
  const yearActive = isYearFiltering(filters);
  graph.forEachNode((key, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    const kind = nodeKindOf(a);
    // Degree only when a minimum is set: on a big graph, a degree look-up per node is most of an unfiltered pass.
    let hide = hiddenKinds.has(kind) || (filters.minDegree > 0 && graph.degree(key) < filters.minDegree);
    if (!hide && yearActive && kind === 'paper') hide = !yearPasses(filters, nodeYear(a));
    if (hide) hidden.add(key);
  });
  const hiddenEdgeKinds = new Set(filters.hiddenEdgeKinds);
  let strandedByEdgeKinds = 0;
  if (hiddenEdgeKinds.size > 0) {
    // A concept, method, domain or reference exists only through its links: when every edge it has is of a hidden
    // kind ("citations only" for a concept) it would float as a bare dot, so it goes with its edges. Papers are the
    // collection and keep their place; the panel says how many are left without a shown edge.
    const linked = new Set<string>();
    graph.forEachEdge((_e, attrs, s, t) => {
      if (hiddenEdgeKinds.has(edgeKindOf(attrs as never))) return;
      linked.add(s);
      linked.add(t);
    });
    graph.forEachNode((key, attrs) => {
      if (hidden.has(key) || linked.has(key) || graph.degree(key) === 0) return;
      if (nodeKindOf(attrs as never) === 'paper') strandedByEdgeKinds++;
      else hidden.add(key);
    });
  }
  if (yearActive) {
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
  const edgeCounts: FilterResult['edgeCounts'] = {};
  let shownEdges = 0;
  graph.forEachEdge((_e, attrs, s, t) => {
    const kind = edgeKindOf(attrs as never);
    const count = (edgeCounts[kind] ??= { shown: 0, total: 0 });
    count.total++;
    if (!hiddenEdgeKinds.has(kind) && !hidden.has(s) && !hidden.has(t)) {
      shownEdges++;
      count.shown++;
    }
  });
  return {
    hidden, counts, shownNodes: graph.order - hidden.size, shownEdges, hiddenEdgeKinds, edgeCounts, strandedByEdgeKinds,
  };
}
