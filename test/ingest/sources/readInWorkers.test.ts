// Reading in worker threads: the same entries, warnings and graph file as reading every file in the main thread.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readSourceFile, readSources, type ReadSourcesOptions } from '../../../ingest/sources';
import { countReadWorkers, MIN_BYTES_PER_READ_WORKER, readFilesInWorkers } from '../../../ingest/sources/readInWorkers';
import { runIngest } from '../../../ingest/pipeline';
import { describeShared, sharedPath } from '../../sharedData';

// The pipeline decides on read workers by input size; the seeds are far too small to get one, so this file's runs of
// the pipeline are told how many to use here (the worker thread itself loads the real modules, not this mock).
const forced = vi.hoisted(() => ({ workers: 0 }));
vi.mock('../../../ingest/sources/readInWorkers', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../ingest/sources/readInWorkers')>();
  return {
    ...original,
    countReadWorkers: async (files: string[], options: Parameters<typeof original.countReadWorkers>[1]) =>
      forced.workers > 0 ? Math.min(forced.workers, files.length - 1) : original.countReadWorkers(files, options),
  };
});

const samples = sharedPath('samples/biblio');
const seeds = join(__dirname, '../../../data/seeds');
const fixtures = join(__dirname, '../../fixtures/sources');
const temp = mkdtempSync(join(tmpdir(), 'pge-read-workers-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

// Files every reader path warns about, with a line where the sequential path gives one.
const binary = join(temp, 'figure.png');
writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
const latin1 = join(temp, 'latin1.txt');
writeFileSync(latin1, Buffer.concat([Buffer.from('Daily Papers\n\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]));
const big = join(temp, 'big.txt');
writeFileSync(big, 'x'.repeat(300_000));
const broken = join(temp, 'broken.json');
writeFileSync(broken, '{"results": [{"id": "https://openalex.org/W1", "title": "Kept Before The Break", "publication_year": 2020},\n{"id": ');

/** Read `paths` in this thread only, then with 1 and 2 workers however small the input, and compare everything. */
async function expectSameInWorkers(paths: string[], options: ReadSourcesOptions = {}) {
  const sequential = await readSources(paths, { ...options, workers: 0 });
  expect(sequential.entries.length).toBeGreaterThan(0);
  for (const workers of [1, 2]) {
    const progress: [number, number, string][] = [];
    const parallel = await readSources(paths, {
      ...options,
      workers,
      minBytesPerWorker: 0,
      onProgress: (done, total, file) => progress.push([done, total, file]),
    });
    // Strict: the same prototypes and the same present-but-undefined fields, so the structured clone changed nothing.
    expect(parallel.entries).toStrictEqual(sequential.entries);
    expect(parallel.warnings).toStrictEqual(sequential.warnings);
    expect(parallel.files).toStrictEqual(sequential.files);
    // Live progress: one call per file as it is read, counting up to the total.
    expect(progress.map(([done]) => done)).toEqual(sequential.files.map((_file, k) => k + 1));
    expect(progress.every(([, total]) => total === sequential.files.length)).toBe(true);
    expect(progress.map(([, , file]) => file).sort()).toEqual(sequential.files.map((report) => report.file).sort());
  }
  return sequential;
}

describeShared(samples, 'reading the real sample exports in worker threads', () => {
  it('gives the entries, warnings and file reports of reading them in the main thread', async () => {
    const result = await expectSameInWorkers([samples]);
    expect(result.files.length).toBeGreaterThan(10);
  });
});

describe('reading in worker threads', () => {
  it('gives the same entries and warnings (file and line) for the seeds and for broken, binary and oversized files', async () => {
    const result = await expectSameInWorkers([seeds, fixtures, binary, latin1, big, broken, join(temp, 'missing.txt')], { maxFileBytes: 200_000 });
    expect(result.entries.length).toBeGreaterThan(226);
    const reasons = result.warnings.map((warning) => `${warning.file.split('/').pop()}:${warning.line ?? ''} ${warning.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'figure.png:3 binary file (contains NUL bytes); skipped',
        expect.stringMatching(/^latin1\.txt:3 not UTF-8 \(byte 0xe9 at offset 17\): read as /),
        expect.stringMatching(/^broken\.json:2 /),
        expect.stringMatching(/^small\.bib:14 /),
        'big.txt: file is 293.0 KB, over the 195.3 KB limit; skipped',
      ]),
    );
  });

  it('writes a byte-identical seeds graph file with 0, 1 and 2 read workers', async () => {
    const graphs: Buffer[] = [];
    for (const workers of [0, 1, 2]) {
      forced.workers = workers;
      const out = join(temp, `seeds-${workers}.json`);
      await runIngest({ inputs: [seeds], out, layoutIterations: 0 });
      graphs.push(readFileSync(out));
    }
    forced.workers = 0;
    expect(graphs[0].length).toBeGreaterThan(10_000);
    expect(graphs[1].equals(graphs[0])).toBe(true);
    expect(graphs[2].equals(graphs[0])).toBe(true);
  }, 120_000);

  it('reads the files of a worker that crashes, or cannot send its records, in the main thread instead', async () => {
    const files = [...(await readSources([seeds, fixtures], { workers: 0 })).files.map((report) => report.file), binary, latin1];
    const readHere = (file: string) => readSourceFile(file, 200_000);
    const expected = await Promise.all(files.map(readHere));
    for (const name of ['crashingReadWorker', 'unsendingReadWorker']) {
      const read: string[] = [];
      const results = await readFilesInWorkers(files, {
        workers: 2,
        maxFileBytes: 200_000,
        readHere,
        onFileRead: (file) => read.push(file),
        workerUrl: pathToFileURL(join(__dirname, `../../fixtures/readWorkers/${name}.ts`)),
      });
      expect(results).toStrictEqual(expected);
      // Each file counted once in the progress, none lost.
      expect([...read].sort()).toEqual([...files].sort());
    }
  });
});

describe('countReadWorkers', () => {
  it('keeps small inputs and a single file, however large, in the main thread', async () => {
    expect(await countReadWorkers([seeds + '/000_9841f08e9fbae111.txt'], { workers: 4, minBytesPerWorker: 0 })).toBe(0);
    const seedFiles = (await readSources([seeds], { workers: 0 })).files.map((report) => report.file);
    expect(await countReadWorkers(seedFiles, { workers: 4 })).toBe(0);
    expect(await countReadWorkers(seedFiles, { workers: 0, minBytesPerWorker: 0 })).toBe(0);
    expect(await countReadWorkers(seedFiles, { workers: 2, minBytesPerWorker: 0 })).toBe(2);
    expect(MIN_BYTES_PER_READ_WORKER).toBeGreaterThan(1024 * 1024);
  });

  it('gives one worker per MIN_BYTES_PER_READ_WORKER the largest file leaves to the others', async () => {
    const sizes = [300_000, 200_000, 200_000, 100_000];
    const files = sizes.map((size, k) => {
      const file = join(temp, `sized-${k}.txt`);
      writeFileSync(file, 'x'.repeat(size));
      return file;
    });
    // 500 000 bytes outside the largest file.
    expect(await countReadWorkers(files, { workers: 8, minBytesPerWorker: 250_000 })).toBe(2);
    expect(await countReadWorkers(files, { workers: 8, minBytesPerWorker: 200_000 })).toBe(2);
    expect(await countReadWorkers(files, { workers: 8, minBytesPerWorker: 100_000 })).toBe(3);
    expect(await countReadWorkers(files, { workers: 1, minBytesPerWorker: 100_000 })).toBe(1);
    expect(await countReadWorkers(files, { workers: 8, minBytesPerWorker: 600_000 })).toBe(0);
  });

  it('uses only idle cores unless told how many workers to use', async () => {
    const files = (await readSources([seeds], { workers: 0 })).files.map((report) => report.file);
    expect(await countReadWorkers(files, { spareCores: 0, minBytesPerWorker: 0 })).toBe(0);
    expect(await countReadWorkers(files, { spareCores: 2, minBytesPerWorker: 0 })).toBe(2);
    expect(await countReadWorkers(files, { spareCores: 9, minBytesPerWorker: 0 })).toBe(4);
    expect(await countReadWorkers(files, { spareCores: 0, workers: 1, minBytesPerWorker: 0 })).toBe(1);
  });
});
