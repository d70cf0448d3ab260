// Types for the search box: one entry per searchable node and one ranked suggestion per match.
export interface SearchEntry {
  id: string;
  label: string;
  kind: string;
  /** Other names the node is known by (concept/method aliases, acronym), searched but not shown. */
  aliases: string;
  /** Author names, `; `-separated (papers only), searched and shown under a suggestion that matched them. */
  authors: string;
}

export interface SearchSuggestion {
  key: string;
  label: string;
  kind: string;
  score: number;
  /** Why it matched when the label does not show it: "DOI 10.1/abc", "by Vaswani, Ashish". */
  detail: string | null;
}
