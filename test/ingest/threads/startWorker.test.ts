// Worker threads get the young generation the process' --max-semi-space-size asks for (a flag they refuse).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { workerYoungGenerationMb } from '../../../ingest/threads/startWorker';

describe('workerYoungGenerationMb', () => {
  it('is three semi-spaces of the flag, in either spelling, the last one given', () => {
    expect(workerYoungGenerationMb(['--enable-source-maps', '--max-semi-space-size=64'])).toBe(192);
    expect(workerYoungGenerationMb(['--max-semi-space-size', '32'])).toBe(96);
    expect(workerYoungGenerationMb(['--max-semi-space-size=16', '--max-semi-space-size=64'])).toBe(192);
  });

  it('is null without the flag: the worker keeps V8 default, as the main thread does', () => {
    expect(workerYoungGenerationMb([])).toBeNull();
    expect(workerYoungGenerationMb(['--import', 'tsx', '--max-old-space-size=8192'])).toBeNull();
  });
});

const run = promisify(execFile);

/** The new space (MB) of a worker started by startWorker in a node process with `flags`, after it churned objects. */
async function workerNewSpaceMb(flags: string[]): Promise<number> {
  const module = fileURLToPath(new URL('../../../ingest/threads/startWorker.ts', import.meta.url));
  const fixture = new URL('./fixtures/newSpace.mjs', import.meta.url).href;
  const script =
    `const { startWorker } = await import(${JSON.stringify(module)});` +
    `const worker = startWorker(new URL(${JSON.stringify(fixture)}));` +
    `worker.on('message', (mb) => { console.log(mb); worker.terminate(); });`;
  const { stdout } = await run(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', script]);
  return Number(stdout.trim());
}

describe('startWorker', { timeout: 60_000 }, () => {
  it("gives a worker the main thread's semi-space size (64 MB under the CLI's flag), V8's default without it", async () => {
    const [flagged, plain] = await Promise.all([workerNewSpaceMb(['--max-semi-space-size=64']), workerNewSpaceMb([])]);
    expect(flagged).toBe(64);
    expect(plain).toBeLessThan(64);
  });
});
