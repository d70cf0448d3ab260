// Types for the search box: one entry per searchable node and one ranked suggestion per match.
export interface SearchEntry {
  id: string;
  label: string;
  kind: string;
  /** Other names the node is known by (concept/method aliases, acronym), searched but not shown. */
  aliases: string;
}

export interface SearchSuggestion {
  key: string;
  label: string;
  kind: string;
  score: number;
}
