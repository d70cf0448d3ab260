// Merges entries that are the same paper (same normalised title) read from several files into one Paper each.
import { paperKey } from '../../src/shared/keys';
import type { Paper, RawListing } from '../types';

export interface MergeResult {
  papers: Paper[];
  /** Entries folded into an earlier entry of the same paper (entries − papers). */
  duplicatesMerged: number;
}

function combine(paper: Paper, entry: RawListing): void {
  if (entry.abstract.length > paper.abstract.length) paper.abstract = entry.abstract;
  // A date with a year says more than a month-day; otherwise the first date seen wins.
  if (entry.date !== null && (paper.date === null || (paper.year === null && entry.year !== null))) {
    paper.date = entry.date;
    paper.year = entry.year;
  }
  if (paper.year === null && entry.year !== null) paper.year = entry.year;
  if (entry.upvotes !== null && (paper.upvotes === null || entry.upvotes > paper.upvotes)) paper.upvotes = entry.upvotes;
  paper.authorsCount ??= entry.authorsCount;
  paper.organisation ??= entry.organisation;
  if (!paper.sources.includes(entry.source)) paper.sources.push(entry.source);
}

/**
 * Pure: one Paper per normalised title, in order of first appearance. The first entry's title spelling is kept;
 * the other fields take the most informative value any copy has (longest abstract, dated year, most upvotes).
 */
export function mergeDuplicatePapers(entries: RawListing[]): MergeResult {
  const byKey = new Map<string, Paper>();
  for (const entry of entries) {
    const key = paperKey(entry.title);
    const existing = byKey.get(key);
    if (existing) {
      combine(existing, entry);
      continue;
    }
    const { source, line: _line, ...fields } = entry;
    byKey.set(key, { ...fields, key, sources: [source], provenance: {} });
  }
  const papers = [...byKey.values()];
  for (const paper of papers) paper.sources.sort();
  return { papers, duplicatesMerged: entries.length - papers.length };
}
