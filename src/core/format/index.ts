// Counts written as words: "1 cluster", "2 clusters", "1,167 papers" (one place, so a graph of one paper does not say
// "1 clusters", "1 connections" or "1 edges").

/** `n` (grouped by the reader's locale) and the word, singular for exactly one. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? singular : plural}`;
}

/** The word alone, for a count written apart (in its own element). */
export function wordFor(n: number, singular: string, plural = `${singular}s`): string {
  return n === 1 ? singular : plural;
}
