// Counts written as words: "1 cluster", "2 clusters", "1,167 papers" (one place for the app and for the notes and
// pictures the shared exchange code writes, so a graph of one node never says "1 nodes", "1 clusters" or "1 edges").

/**
 * `n` grouped by `locale` (the reader's when not given; notes stored in a graph file pass 'en' so the same input
 * writes the same bytes) and the word, singular for exactly one.
 */
export function countOf(n: number, singular: string, plural = `${singular}s`, locale?: string): string {
  return `${n.toLocaleString(locale)} ${n === 1 ? singular : plural}`;
}

/** The word alone, for a count written apart (in its own element). */
export function wordFor(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}
