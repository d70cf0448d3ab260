// Extraction with worker threads (tagging, then ranking each paper's keyphrases): the same result as the main thread alone.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionThreads, extractConcepts, extractConceptsInThreads } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { readSources } from '../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import type { Paper } from '../../../ingest/types';

describe('extractConceptsInThreads on the seed corpus', () => {
  let papers: Paper[];
  let vocabulary: Awaited<ReturnType<typeof loadVocabulary>>;
  let threads: ExtractionThreads;

  beforeAll(async () => {
    const { entries } = await readSources(['data/seeds']);
    papers = mergeDuplicatePapers(entries).papers;
    vocabulary = await loadVocabulary();
    threads = new ExtractionThreads(4);
  }, 60_000);

  afterAll(async () => {
    await threads.close();
  });

  const serialised = (result: ReturnType<typeof extractConcepts>) =>
    JSON.stringify([result.papers, [...result.concepts], [...result.methods], [...result.domains], result.broader]);

  it('gives what extractConcepts gives, with one, two and four workers, and with one worker reused', async () => {
    const expected = serialised(extractConcepts(papers, {}, vocabulary));
    expect(expected.length).toBeGreaterThan(10_000);
    for (const count of [1, 2, 4]) {
      const pool = count === 4 ? threads : new ExtractionThreads(count);
      try {
        const progress: number[] = [];
        const result = await extractConceptsInThreads(papers, pool, {}, vocabulary, (done) => progress.push(done));
        expect(serialised(result)).toBe(expected);
        expect(progress.every((done, k) => k === 0 || done >= progress[k - 1])).toBe(true);
        expect(progress[progress.length - 1]).toBe(papers.length);
        // A second corpus through the same threads (new tables replace the last ones).
        if (count === 1) expect(serialised(await extractConceptsInThreads(papers.slice(0, 40), pool, {}, vocabulary))).toBe(serialised(extractConcepts(papers.slice(0, 40), {}, vocabulary)));
      } finally {
        if (pool !== threads) await pool.close();
      }
      expect(pool.failures).toEqual([]);
    }
  }, 120_000);

  it('gives the same result when a worker dies while tagging or while ranking (the main thread does its share)', async () => {
    const expected = serialised(extractConcepts(papers, {}, vocabulary));
    for (const fixture of ['crashingWhileTagging.ts', 'crashingWhileRanking.ts']) {
      const pool = new ExtractionThreads(2, pathToFileURL(join(import.meta.dirname, '../../fixtures/extractionThreads', fixture)));
      try {
        expect(serialised(await extractConceptsInThreads(papers, pool, {}, vocabulary))).toBe(expected);
      } finally {
        await pool.close();
      }
      expect(pool.failures.length).toBeGreaterThan(0);
      expect(pool.failures.join(' ')).toMatch(/crashed on purpose|stopped with code/);
    }
  }, 120_000);
});
