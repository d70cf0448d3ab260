// Worker threads (similarity beside extraction, tagging and ranking in extraction): the same graph file, byte for byte, whatever the number of workers, with live progress.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtractionThreads } from '../../ingest/extract';
import { PIPELINE_THREAD_MIN_PAPERS, runIngest } from '../../ingest/pipeline';
import { PipelineThread } from '../../ingest/threads/pipelineThread';
import { describeShared, itShared, sharedPath } from '../sharedData';

describe('ingest with worker threads', () => {
  let dir: string;
  const files = new Map<number, Buffer>();
  const progress = new Map<number, number[]>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pge-workers-'));
    for (const workers of [0, 1, 2, 4]) {
      const out = join(dir, `graph-${workers}.json`);
      const extractDone: number[] = [];
      // The seeds are below the size from which the pipeline starts extraction threads: they are started here, and
      // without stealing, so that the workers do the tagging and ranking (the main thread would outrun them here).
      const { warnings } = await runIngest(
        { inputs: ['data/seeds'], out, layoutIterations: 0, workers },
        (stage, done) => {
          if (stage === 'extract') extractDone.push(done);
        },
        { startExtractionThreads: (count) => new ExtractionThreads(count, { stealing: false }) },
      );
      expect(warnings.filter((warning) => warning.file === '(extraction threads)')).toEqual([]);
      files.set(workers, await readFile(out));
      progress.set(workers, extractDone);
    }
  }, 240_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes byte-identical graph files with 1, 2 and 4 workers (tagging and ranking in 0, 1 and 3 extraction threads), equal to the main thread alone', () => {
    const reference = files.get(0)!;
    expect(reference.length).toBeGreaterThan(10_000);
    expect(JSON.parse(reference.toString('utf8')).nodes.length).toBeGreaterThan(226);
    for (const workers of [1, 2, 4]) expect(files.get(workers)!.equals(reference)).toBe(true);
  });

  it('reports extraction progress that only moves forward and reaches the end', () => {
    for (const workers of [1, 2, 4]) {
      const steps = progress.get(workers)!;
      expect(steps.length).toBeGreaterThan(1);
      expect(steps.every((done, k) => k === 0 || done >= steps[k - 1])).toBe(true);
      expect(steps[steps.length - 1]).toBe(226);
    }
  });
});

describe('ingest whose pipeline thread fails', () => {
  it('finishes with a warning per part the thread had, computed on the main thread: the same file, no crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pge-failing-thread-'));
    try {
      const alone = join(dir, 'alone.json');
      await runIngest({ inputs: ['data/seeds'], out: alone, layoutIterations: 0, workers: 0 });
      // A thread that died on its first job, before the run: every job the run gives it is rejected at once, the
      // citation job too, which is read only after extraction: its rejection must not end the process meanwhile.
      const crashing = pathToFileURL(join(import.meta.dirname, '../fixtures/pipelineThread/crashingPipelineWorker.ts'));
      const thread = new PipelineThread(crashing);
      await expect(thread.similarPairs([])).rejects.toThrow('crashed on purpose');
      const out = join(dir, 'failing.json');
      const { warnings, summary } = await runIngest({ inputs: ['data/seeds'], out, layoutIterations: 0, workers: 1 }, () => {}, { startPipelineThread: () => thread });
      expect(summary.papers).toBe(226);
      const reasons = warnings.filter((warning) => warning.file === '(pipeline thread)').map((warning) => warning.reason);
      expect(reasons.some((reason) => reason.startsWith('the similarity layer failed in its worker thread and was computed on the main thread instead'))).toBe(true);
      expect(reasons.some((reason) => reason.startsWith('PageRank failed in its worker thread'))).toBe(true);
      expect((await readFile(out)).equals(await readFile(alone))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('ingest whose pipeline thread fails while clustering', () => {
  it('clusters and ranks on the main thread instead, with a warning: the same file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pge-failing-cluster-'));
    try {
      const alone = join(dir, 'alone.json');
      await runIngest({ inputs: ['data/seeds'], out: alone, layoutIterations: 0, workers: 0 });
      const failing = pathToFileURL(join(import.meta.dirname, '../fixtures/pipelineThread/clusterCrashingPipelineWorker.ts'));
      const out = join(dir, 'failing.json');
      const { warnings } = await runIngest({ inputs: ['data/seeds'], out, layoutIterations: 0, workers: 1 }, () => {}, { startPipelineThread: () => new PipelineThread(failing) });
      const reasons = warnings.filter((warning) => warning.file === '(pipeline thread)').map((warning) => warning.reason);
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatch(/^the clustering with PageRank failed in its worker thread and was computed on the main thread instead: .*clustering crashed on purpose/);
      expect((await readFile(out)).equals(await readFile(alone))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

const LABELLED = sharedPath('samples/labelled/arxiv_api_cs_week_2025-10_1167.json');

describeShared(LABELLED, 'ingest with the pipeline thread (a corpus large enough for it)', () => {
  itShared(LABELLED, 'writes the same graph file as the main thread alone, and the thread does not fail', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pge-build-thread-'));
    try {
      const bytes: Buffer[] = [];
      for (const workers of [0, 1]) {
        const out = join(dir, `graph-${workers}.json`);
        const { summary, warnings } = await runIngest({ inputs: [LABELLED], out, layoutIterations: 0, workers });
        expect(summary.papers).toBeGreaterThanOrEqual(PIPELINE_THREAD_MIN_PAPERS);
        // A failed thread would be a warning (and the same file, computed here): it must not have happened.
        expect(warnings.filter((warning) => warning.file === '(pipeline thread)')).toEqual([]);
        bytes.push(await readFile(out));
      }
      expect(bytes[1].equals(bytes[0])).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
