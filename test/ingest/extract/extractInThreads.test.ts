// Extraction with worker threads (tagging, then ranking each paper's keyphrases): the same result as the main thread alone.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExtractionThreads, extractConcepts, extractConceptsInThreads } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { readSources } from '../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import type { Paper } from '../../../ingest/types';

describe('extractConceptsInThreads on the seed corpus', () => {
  let papers: Paper[];
  let vocabulary: Awaited<ReturnType<typeof loadVocabulary>>;

  beforeAll(async () => {
    const { entries } = await readSources(['data/seeds']);
    papers = mergeDuplicatePapers(entries).papers;
    vocabulary = await loadVocabulary();
  }, 60_000);

  const serialised = (result: ReturnType<typeof extractConcepts>) =>
    JSON.stringify([result.papers, [...result.concepts], [...result.methods], [...result.domains], result.broader]);

  it('gives what extractConcepts gives, with one, two and four workers, and with one pool reused', async () => {
    const expected = serialised(extractConcepts(papers, {}, vocabulary));
    expect(expected.length).toBeGreaterThan(10_000);
    // Without stealing, so that the workers' answers are the ones used (this corpus is small enough for the main
    // thread to do everything before the workers have started); then four that steal, as the pipeline's do.
    for (const [count, stealing] of [[1, false], [2, false], [4, false], [4, true]] as const) {
      const pool = new ExtractionThreads(count, { stealing });
      try {
        const progress: number[] = [];
        const result = await extractConceptsInThreads(papers, pool, {}, vocabulary, (done) => progress.push(done));
        expect(serialised(result)).toBe(expected);
        expect(progress.every((done, k) => k === 0 || done >= progress[k - 1])).toBe(true);
        expect(progress[progress.length - 1]).toBe(papers.length);
        // A second corpus through the same threads (new tables replace the last ones).
        if (count === 1) expect(serialised(await extractConceptsInThreads(papers.slice(0, 40), pool, {}, vocabulary))).toBe(serialised(extractConcepts(papers.slice(0, 40), {}, vocabulary)));
      } finally {
        await pool.close();
      }
      expect(pool.failures).toEqual([]);
    }
  }, 180_000);

  it('gives the same result when workers die while tagging, collecting candidates, on the papers’ text work or while ranking, and goes on without them', async () => {
    const expected = serialised(extractConcepts(papers, {}, vocabulary));
    for (const fixture of ['crashingWhileTagging.ts', 'crashingOnCandidates.ts', 'crashingOnPaperWork.ts', 'crashingWhileRanking.ts']) {
      const workerUrl = pathToFileURL(join(import.meta.dirname, '../../fixtures/extractionThreads', fixture));
      const pool = new ExtractionThreads(2, { workerUrl, stealing: false });
      try {
        // The main thread waits for the workers, which die holding slices: it computes those itself.
        expect(serialised(await extractConceptsInThreads(papers, pool, {}, vocabulary))).toBe(expected);
        expect(pool.failures.join(' ')).toMatch(/crashed on purpose|stopped with code/);
        // Then the pool is used again without them.
        expect(serialised(await extractConceptsInThreads(papers, pool, {}, vocabulary))).toBe(expected);
      } finally {
        await pool.close();
      }
    }
  }, 180_000);
});
