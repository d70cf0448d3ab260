// The CLI's heap limit: sized to the machine when Node's default is smaller, the user's own choice kept, and the run
// started again that way giving the same file, exit code and signals as one run.
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEAP_SHARE_OF_MEMORY, nodeOptionsOf, raisedHeapLimitMb, usableMemoryBytes } from '../../ingest/heapLimit';
import { builtCliArgs } from '../builtCli';
import { ingest, ROOT } from './runCli';

const GB = 1024 ** 3;
const run = promisify(execFile);

describe('raisedHeapLimitMb', () => {
  it('gives a machine with more memory than the default limit its share', () => {
    expect(raisedHeapLimitMb(32 * GB, 4144, [])).toBe(Math.floor(32 * 1024 * HEAP_SHARE_OF_MEMORY));
    expect(raisedHeapLimitMb(16 * GB, 4144, ['--enable-source-maps', '--max-semi-space-size=64'])).toBe(9830);
  });

  it('keeps the default when the share adds less than a tenth, or is smaller', () => {
    expect(raisedHeapLimitMb(7 * GB, 4144, [])).toBeNull(); // 4,300 MB: less than a tenth more
    expect(raisedHeapLimitMb(7.5 * GB, 4144, [])).toBe(4608);
    expect(raisedHeapLimitMb(4 * GB, 4144, [])).toBeNull();
    expect(raisedHeapLimitMb(2 * GB, 1024, [])).toBe(1228);
  });

  it('keeps a limit the user chose, larger or smaller, on the command line or in NODE_OPTIONS', () => {
    expect(raisedHeapLimitMb(64 * GB, 2048, ['--max-old-space-size=2048'])).toBeNull();
    expect(raisedHeapLimitMb(64 * GB, 2048, ['--max_old_space_size', '2048'])).toBeNull();
    expect(raisedHeapLimitMb(64 * GB, 2048, nodeOptionsOf([], '  --max-old-space-size=2048 --trace-gc '))).toBeNull();
  });

  it("counts a container's memory limit when it is smaller than the machine's", () => {
    expect(usableMemoryBytes(64 * GB, 4 * GB)).toBe(4 * GB);
    expect(usableMemoryBytes(16 * GB, 0)).toBe(16 * GB); // no limit known
    expect(usableMemoryBytes(16 * GB, 2 ** 64)).toBe(16 * GB); // cgroup "max": unlimited
  });

  it('reads the options of NODE_OPTIONS after the command line', () => {
    expect(nodeOptionsOf(['--a'], undefined)).toEqual(['--a']);
    expect(nodeOptionsOf(['--a'], ' --b  --c=1 ')).toEqual(['--a', '--b', '--c=1']);
  });
});

/** The built CLI as `npm run ingest` runs it, with NODE_OPTIONS as given (none: the machine decides). */
function cli(args: string[], nodeOptions?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.PAPER_GRAPH_HEAP_RAISED;
  if (nodeOptions !== undefined) env.NODE_OPTIONS = nodeOptions;
  return ingest(args, env);
}

/** Does this machine have more memory than the default heap limit gives (the test process was started without one)? */
const raisesHere = raisedHeapLimitMb(usableMemoryBytes(), getHeapStatistics().heap_size_limit / 1024 ** 2, []) !== null;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-heap-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the CLI started again with a larger heap', { timeout: 120_000 }, () => {
  it('writes the same file and summary as a run with a limit chosen by the user', async () => {
    const [raised, chosen] = await Promise.all([
      cli(['data/seeds', '--out', join(dir, 'raised.json'), '--layout-iterations', '0']),
      cli(['data/seeds', '--out', join(dir, 'chosen.json'), '--layout-iterations', '0'], '--max-old-space-size=3000'),
    ]);
    expect(raised.code).toBe(0);
    expect(chosen.code).toBe(0);
    expect(chosen.stderr).not.toMatch(/Heap limit/);
    if (raisesHere) expect(raised.stderr).toMatch(/^Heap limit: [\d,]+ MB for this run, [\d.]+ GB of memory here \(Node's default [\d,]+ MB;/m);
    // One summary: the first process prints nothing of the run's own.
    expect(raised.stdout.match(/^Papers:/gm)).toHaveLength(1);
    expect(raised.stdout.replace(/raised\.json/, 'X')).toBe(chosen.stdout.replace(/chosen\.json/, 'X'));
    expect(await readFile(join(dir, 'raised.json'))).toEqual(await readFile(join(dir, 'chosen.json')));
  });

  it('ends with the exit code of the run, and says nothing with --quiet', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    const nothing = await cli([empty, '--out', join(dir, 'none.json'), '--quiet']);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).not.toMatch(/Heap limit/);
    expect(nothing.stderr).toMatch(/no papers could be read/);
  });

  it('passes a signal on: the run stops, nothing is written, the exit code says which signal', async () => {
    const out = join(dir, 'stopped.json');
    const child = spawn(process.execPath, [...(await builtCliArgs()), 'data/seeds', '--out', out], {
      cwd: ROOT,
      env: { ...process.env, CI: 'true' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Sent once the run has started reading (in the second process when the limit was raised).
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (data: Buffer) => {
        stderr += data.toString();
        if (/Reading files/.test(stderr)) resolve();
      });
    });
    child.kill('SIGTERM');
    const code = await ended;
    if (raisesHere) expect(code).toBe(128 + 15);
    else expect(code).toBeNull(); // one process, ended by the signal itself
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
    // No run left behind to write the file later: no process names it (the second one ends with the first).
    const { stdout: processes } = await run('ps', ['-eo', 'args']);
    expect(processes.split('\n').filter((line) => line.includes(out))).toEqual([]);
  });
});
