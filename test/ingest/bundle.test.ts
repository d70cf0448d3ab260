// The built CLI (ingest/bundle.mjs, what `npm run ingest` runs) writes the same graph files as the TypeScript sources,
// byte for byte, with its worker threads started from the bundle too.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST_BUILD_DIR } from '../../ingest/bundle.mjs';
import { runIngest } from '../../ingest/pipeline';
import { builtCliArgs } from '../builtCli';
import { describeShared, itShared, sharedPath } from '../sharedData';
import { ROOT } from './runCli';

const run = promisify(execFile);

/** The built CLI on `inputs` with `args`; the file it wrote. */
async function builtIngest(out: string, inputs: string[], args: string[]): Promise<{ bytes: Buffer; stdout: string }> {
  const { stdout } = await run(process.execPath, [...(await builtCliArgs()), ...inputs, '--out', out, '--quiet', ...args], { cwd: ROOT, maxBuffer: 16 << 20 });
  return { bytes: await readFile(out), stdout };
}

describe('the built ingest CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pge-bundle-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is plain JavaScript: the CLI, the pipeline and the three worker entries side by side, no TypeScript left', async () => {
    await builtCliArgs();
    const files = await readdir(INGEST_BUILD_DIR);
    for (const entry of ['cli.js', 'pipeline.js', 'pipelineWorker.js', 'extractWorker.js', 'readWorker.js']) expect(files).toContain(entry);
    expect(files.every((file) => file.endsWith('.js') || file.endsWith('.js.map'))).toBe(true);
  });

  it('writes the seed graph (JSON and GEXF, with layout) byte-identical to the sources', async () => {
    for (const format of ['json', 'gexf']) {
      const built = await builtIngest(join(dir, `built.${format}`), ['data/seeds'], ['--format', format]);
      const sourceOut = join(dir, `source.${format}`);
      await runIngest({ inputs: ['data/seeds'], out: sourceOut, format: format as 'json' | 'gexf' });
      expect(built.stdout).toMatch(/^Papers:\s+226$/m);
      expect(built.bytes.equals(await readFile(sourceOut))).toBe(true);
    }
  }, 240_000);
});

const LABELLED = sharedPath('samples/labelled/arxiv_api_cs_week_2025-10_1167.json');

describeShared(LABELLED, 'the built ingest CLI on a corpus large enough for its threads', () => {
  itShared(
    LABELLED,
    'starts the pipeline thread and an extraction thread from the bundle, and writes the sources\u2019 file',
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'pge-bundle-large-'));
      try {
        const built = await builtIngest(join(dir, 'built.json'), [LABELLED], ['--layout-iterations', '0', '--workers', '2']);
        const sourceOut = join(dir, 'source.json');
        const { summary } = await runIngest({ inputs: [LABELLED], out: sourceOut, layoutIterations: 0, workers: 0 });
        expect(summary.papers).toBe(1167);
        // A thread that failed to start from the bundle is a warning (its work then done on the main thread).
        expect(built.stdout).not.toMatch(/\((?:pipeline|extraction) threads?\)/);
        expect(built.bytes.equals(await readFile(sourceOut))).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    240_000,
  );
});
