// A year the listing page does not print is inferred, and the paper says so (record field → graph → panel view).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeDuplicatePapers, readSources } from '../../../ingest/sources';
import { readPaperRecord } from '../../../src/core/related/record';

const seed = join(import.meta.dirname, '../../../data/seeds/001_e7bf79ff4023c1f2.txt');

describe('inferred years', () => {
  it('marks the seed page entries whose year comes from the page, not the paper, and keeps it through the merge', async () => {
    const { entries } = await readSources([seed]);
    const inferred = entries.filter((entry) => entry.yearInferred);
    expect(inferred.length).toBe(25);
    expect(inferred.every((entry) => entry.year === 2025 && /^assumed 2025/.test(entry.yearInferred!))).toBe(true);
    // Entries whose date printed its own year carry no marker.
    expect(entries.filter((entry) => entry.year !== null && !entry.yearInferred).every((entry) => /^\d{4}-/.test(entry.date!))).toBe(true);
    const { papers } = mergeDuplicatePapers(inferred);
    expect(papers.every((paper) => paper.yearInferred === inferred[0].yearInferred)).toBe(true);
    expect(readPaperRecord({ year: 2025, date: '2025-07-24', yearInferred: papers[0].yearInferred }).yearInferred).toMatch(/^assumed 2025/);
    expect(readPaperRecord({ year: 2025 }).yearInferred).toBeNull();
  });
});
