// Types for the filters: node kinds and edge kinds to hide, a range of paper years and a minimum degree.
export interface FiltersState {
  /** Node kinds switched off (empty: all shown); unknown kinds from other tools count as "other". */
  hiddenKinds: string[];
  /** Inclusive bounds on a paper's year; null: open. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Papers whose year is unknown stay shown (the default) or are hidden; either way they are counted apart. */
  includeNoYear: boolean;
  minDegree: number;
  /** Edge kinds switched off (empty: all shown): `cites`, `has-concept`…; edges of unknown kind count as "other". */
  hiddenEdgeKinds: string[];
}

export interface FilterResult {
  hidden: Set<string>;
  /** Shown / total nodes per kind, for the legend and the filter panel. */
  counts: Record<string, { shown: number; total: number }>;
  shownNodes: number;
  shownEdges: number;
  /** The edge kinds to hide, as a set the edge reducer can test (edges are never removed from the graph). */
  hiddenEdgeKinds: ReadonlySet<string>;
  /** Shown / total edges per edge kind: an edge is shown when its kind is on and both its ends are shown. */
  edgeCounts: Record<string, { shown: number; total: number }>;
  /** Papers still shown although every edge they have is of a hidden kind (0 when no edge kind is hidden). */
  strandedByEdgeKinds: number;
}
