// Types for the node filters: kinds to hide, a paper date range and a minimum degree.
export interface FiltersState {
  /** Node kinds switched off (empty: all shown); unknown kinds from other tools count as "other". */
  hiddenKinds: string[];
  /** Inclusive bounds on a paper's date key (`YYYY-MM-DD`, `--MM-DD` or `YYYY`); null: open. */
  dateFrom: string | null;
  dateTo: string | null;
  minDegree: number;
}

export interface FilterResult {
  hidden: Set<string>;
  /** Shown / total nodes per kind, for the legend and the filter panel. */
  counts: Record<string, { shown: number; total: number }>;
  shownNodes: number;
  shownEdges: number;
}
