// Issue 12, class 2: `--out` is checked, never trusted: devices, folders, /proc and /sys are refused with exit 2 and one
// clear line; a symbolic link keeps the link and replaces its target; an interrupted run leaves no temp file and the
// previous output whole.
import type { ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../src/shared';
import { runIngest } from './runIngest';

const SEED = 'data/seeds/000_9841f08e9fbae111.txt';
const FAST = ['--layout-iterations', '0', '--quiet'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-hardening-out-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** One line on stderr, no stack trace, no temp-file name, nothing on stdout: what a user should see for a bad --out. */
function expectRefused(run: Awaited<ReturnType<typeof runIngest>>, message: RegExp): void {
  expect(run.timedOut).toBe(false);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr.trim()).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at |\.tmp\b|Error:/);
  expect(run.stdout).toBe('');
}

describe('--out is checked before anything is written (issue 12, class 2)', { timeout: 120_000 }, () => {
  it('--out /dev/full (the tests run as root, where a rename would replace the device): exit 2, the device untouched', async () => {
    const before = await stat('/dev/full');
    expectRefused(await runIngest([SEED, '--out', '/dev/full', ...FAST]), /^ingest: --out \/dev\/full is a device; give the path of a regular file/);
    const after = await stat('/dev/full');
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
  });

  it.each([
    ['a folder', () => dir, /is a folder; give the path of a regular file/],
    ['/proc', () => '/proc', /^ingest: --out \/proc is a folder/],
    ['a new file in /proc', () => '/proc/graph.json', /^ingest: --out \/proc\/graph\.json is inside \/proc, \/sys or \/dev/],
    ['a file in /sys', () => '/sys/kernel/graph.json', /^ingest: --out \/sys\/kernel\/graph\.json is inside \/proc, \/sys or \/dev/],
  ])('--out onto %s: exit 2, one line naming it, no stack trace, no temp file left', async (_name, out, message) => {
    const before = await readdir(dir);
    expectRefused(await runIngest([SEED, '--out', out(), ...FAST]), message);
    expect(await readdir(dir)).toEqual(before);
  });

  it('a symbolic link to a device is refused, naming the link and its target', async () => {
    const link = join(dir, 'to-device.json');
    await symlink('/dev/full', link);
    expectRefused(await runIngest([SEED, '--out', link, ...FAST]), /to-device\.json \(a link to \/dev\/full\) is a device/);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    await rm(link);
  });

  it('a symlinked --out (documented: the link is kept, its target file replaced) stays a link', async () => {
    await mkdir(join(dir, 'shared'));
    const target = join(dir, 'shared', 'graph.json');
    await writeFile(target, 'previous graph');
    const link = join(dir, 'graph.json');
    await symlink('shared/graph.json', link);
    const run = await runIngest([SEED, '--out', link, ...FAST]);
    expect(run.code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe('shared/graph.json');
    expect(parseGraph(await readFile(target, 'utf8')).order).toBeGreaterThan(0);
    expect(await readdir(join(dir, 'shared'))).toEqual(['graph.json']);
    await rm(link);
    await rm(join(dir, 'shared'), { recursive: true });
  });
});

describe('an interrupted run (issue 12, class 2)', { timeout: 300_000 }, () => {
  // SIGINT the moment the temp file appears beside the output (inotify through fs.watch), so the signal lands while the
  // graph is being written. Whatever the moment: no temp file is left, and the output is the previous file or the whole
  // new graph, never a part of one.
  it('SIGINT while the graph is being written leaves the previous output whole and no temp file', async () => {
    const folder = join(dir, 'interrupted');
    await mkdir(folder);
    const out = join(folder, 'graph.json');
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 3 && !outcomes.includes('interrupted'); attempt++) {
      await writeFile(out, 'previous graph');
      let sawTemp = false;
      let child: ChildProcess | null = null;
      const watcher = watch(folder, (_event, name) => {
        if (sawTemp || !String(name).endsWith('.tmp')) return;
        sawTemp = true;
        child?.kill('SIGINT');
      });
      const run = await runIngest([SEED, '--out', out, '--layout-iterations', '0'], {
        onStderr: (_text, running) => (child = running),
      });
      watcher.close();
      expect(run.timedOut).toBe(false);
      expect(sawTemp).toBe(true);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(await readdir(folder)).toEqual(['graph.json']);
      const text = await readFile(out, 'utf8');
      if (run.code === 0) {
        // The signal came after the rename: the new graph is whole.
        expect(parseGraph(text).order).toBeGreaterThan(0);
        outcomes.push('finished');
      } else {
        expect(run.signal === 'SIGINT' || run.code === 130).toBe(true);
        expect(text).toBe('previous graph');
        outcomes.push('interrupted');
      }
    }
  });
});
