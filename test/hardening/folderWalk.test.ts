// Issue 12, class 1: folder walks that meet symbolic links back into themselves finish, read each file once and keep
// every seed paper (they used to recurse until ELOOP, past 3 GB, and write nothing).
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSources } from '../../ingest/sources';
import { paperTitles, readGraph, runIngest, SEED_PAPERS, SEEDS, summaryFigure, warningLines } from './runIngest';

const SEED_FILE = join(SEEDS, '000_9841f08e9fbae111.txt');

let dir: string;
let entriesOfSeedFile: number;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-hardening-walk-'));
  entriesOfSeedFile = (await readSources([SEED_FILE])).entries.length;
  expect(entriesOfSeedFile).toBeGreaterThan(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('folder walks with symbolic link loops (issue 12, class 1)', { timeout: 200_000 }, () => {
  it('`mkdir d; cp x.txt d; ln -s . d/a; ln -s . d/b`, ingested with the seeds: exit 0, x.txt read once, all 226 seed papers', async () => {
    const d = join(dir, 'two-loops');
    await mkdir(d);
    await copyFile(SEED_FILE, join(d, 'x.txt'));
    await symlink('.', join(d, 'a'));
    await symlink('.', join(d, 'b'));
    const out = join(dir, 'two-loops.json');
    const run = await runIngest([d, SEEDS, '--out', out, '--layout-iterations', '0', '--quiet']);
    expect(run.timedOut).toBe(false);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Six files, each read once: the seeds' 350 entries plus x.txt's own, not 41 copies of it.
    expect(summaryFigure(run.stdout, 'Files read')).toBe(6);
    expect(summaryFigure(run.stdout, 'Entries')).toBe(350 + entriesOfSeedFile);
    expect(summaryFigure(run.stdout, 'Papers')).toBe(SEED_PAPERS);
    const loopWarnings = warningLines(run.stdout).filter((line) => /symbolic link|ELOOP/.test(line));
    expect(loopWarnings).toEqual([`${d}: 2 symbolic links lead back into a folder already being read (a loop), not followed: ${join(d, 'a')}, ${join(d, 'b')}`]);
    expect(paperTitles(await readGraph(out))).toHaveLength(SEED_PAPERS);
  });

  it('one `loop -> .`: each file read once, one warning instead of 42 ELOOP warnings', async () => {
    const d = join(dir, 'one-loop');
    await mkdir(d);
    await copyFile(SEED_FILE, join(d, 'x.txt'));
    await symlink('.', join(d, 'loop'));
    const run = await runIngest([d, '--out', join(dir, 'one-loop.json'), '--layout-iterations', '0', '--quiet']);
    expect(run.timedOut).toBe(false);
    expect(run.code).toBe(0);
    expect(summaryFigure(run.stdout, 'Files read')).toBe(1);
    expect(summaryFigure(run.stdout, 'Entries')).toBe(entriesOfSeedFile);
    expect(run.stdout).not.toMatch(/ELOOP/);
    expect(warningLines(run.stdout).filter((line) => /symbolic link/.test(line))).toEqual([
      `${d}: a symbolic link leads back into a folder already being read (a loop), not followed: ${join(d, 'loop')}`,
    ]);
  });

  it('a link up to the parent of the input and a chain of links into each other: finishes, every file read once', async () => {
    const d = join(dir, 'nested');
    await mkdir(join(d, 'inner', 'deeper'), { recursive: true });
    await copyFile(SEED_FILE, join(d, 'inner', 'deeper', 'x.txt'));
    await symlink('../..', join(d, 'inner', 'deeper', 'up'));
    await symlink('../inner', join(d, 'inner', 'sideways'));
    await symlink('inner/deeper', join(d, 'shortcut'));
    const result = await readSources([d]);
    expect(result.files.map((file) => file.file)).toEqual([join(d, 'inner', 'deeper', 'x.txt')]);
    expect(result.entries).toHaveLength(entriesOfSeedFile);
  });
});
