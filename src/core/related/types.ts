// Types for "related papers": a ranked paper and the shared terms that explain why it is related.
export interface SharedTerm {
  key: string;
  label: string;
  kind: string;
  /** log(N / df): rarer shared terms count more. */
  idf: number;
}

export interface RelatedPaper {
  key: string;
  label: string;
  score: number;
  shared: SharedTerm[];
}

/** A paper linked by a `similar` edge, with the edge's weight (the cosine of the two texts). */
export interface SimilarPaper {
  key: string;
  label: string;
  similarity: number;
}

/** A neighbour and the summed weight of the links to it. */
export interface WeightedNeighbour {
  key: string;
  label: string;
  kind: string;
  weight: number;
}

export interface TermPaper {
  key: string;
  label: string;
  year: number | null;
  upvotes: number | null;
}

/** A concept, method or domain of a paper, with why the link exists when the file says so. */
export interface PaperTerm {
  key: string;
  label: string;
  evidence: string | null;
}
