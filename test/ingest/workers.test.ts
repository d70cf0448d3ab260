// Worker threads (similarity beside extraction, tagging): the same graph file, byte for byte, whatever the number of workers, with live progress.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../ingest/pipeline';

describe('ingest with worker threads', () => {
  let dir: string;
  const files = new Map<number, Buffer>();
  const progress = new Map<number, number[]>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pge-workers-'));
    for (const workers of [0, 1, 2, 4]) {
      const out = join(dir, `graph-${workers}.json`);
      const extractDone: number[] = [];
      await runIngest({ inputs: ['data/seeds'], out, layoutIterations: 0, workers }, (stage, done) => {
        if (stage === 'extract') extractDone.push(done);
      });
      files.set(workers, await readFile(out));
      progress.set(workers, extractDone);
    }
  }, 240_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes byte-identical graph files with 1, 2 and 4 workers, equal to tagging in the main thread', () => {
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
