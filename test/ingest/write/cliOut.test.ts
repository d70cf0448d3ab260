// The CLI's --out checks and folder walks as a user meets them: real processes, real links, devices and FIFOs.
import { execFileSync } from 'node:child_process';
import { copyFile, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src/shared';
import { ingest } from '../runCli';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-cli-out-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seed = 'data/seeds/000_9841f08e9fbae111.txt';

describe('ingest --out refuses what is not a regular file path', { timeout: 60_000 }, () => {
  it.each([
    ['/dev/full', /^ingest: --out \/dev\/full is a device; give the path of a regular file \(or a new file name\)$/],
    ['/proc/self/status', /^ingest: --out \/proc\/self\/status is inside \/proc, \/sys or \/dev/],
    ['/sys/graph.json', /^ingest: --out \/sys\/graph\.json is inside \/proc, \/sys or \/dev/],
  ])('%s: exit 2, one clear line, no stack trace', async (out, message) => {
    const result = await ingest([seed, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at |\.tmp/);
    expect(result.stdout).toBe('');
  });

  it('a folder and a FIFO: exit 2 before any work, nothing created', async () => {
    const folder = await ingest([seed, '--out', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim()).toBe(`ingest: --out ${dir} is a folder; give the path of a regular file (or a new file name)`);
    const fifo = join(dir, 'graph.fifo');
    execFileSync('mkfifo', [fifo]);
    const pipe = await ingest([seed, '--out', fifo]);
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toMatch(/graph\.fifo is a FIFO \(named pipe\)/);
    expect((await stat(fifo)).isFIFO()).toBe(true);
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['graph.fifo']);
    await rm(fifo);
  });

  it('csv checks both tables it would write', async () => {
    await mkdir(join(dir, 'g.edges.csv'));
    const result = await ingest([seed, '--format', 'csv', '--out', join(dir, 'g.csv')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/g\.edges\.csv is a folder/);
    await rm(join(dir, 'g.edges.csv'), { recursive: true });
  });
});

describe('ingest --out through a symbolic link, and folders with link loops', { timeout: 120_000 }, () => {
  it('a symlinked --out keeps the link and writes its target', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'graph.json'), 'previous');
    await symlink('real/graph.json', join(dir, 'graph.json'));
    const result = await ingest([seed, '--out', join(dir, 'graph.json'), '--quiet', '--layout-iterations', '0']);
    expect(result.code).toBe(0);
    expect((await lstat(join(dir, 'graph.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'graph.json'))).toBe('real/graph.json');
    expect(parseGraph(await readFile(join(dir, 'real', 'graph.json'), 'utf8')).order).toBeGreaterThan(0);
    expect(await readdir(join(dir, 'real'))).toEqual(['graph.json']);
  });

  it('`ln -s . d/a; ln -s . d/b` next to the seeds: finishes, one loop warning, all 226 seed papers', async () => {
    const looping = join(dir, 'd');
    await mkdir(looping);
    await copyFile('test/fixtures/sources/good-listing.txt', join(looping, 'x.txt'));
    await symlink('.', join(looping, 'a'));
    await symlink('.', join(looping, 'b'));
    const out = join(dir, 'loops.json');
    const result = await ingest([looping, 'data/seeds', '--out', out, '--quiet', '--layout-iterations', '0']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Files read:\s+6\b/);
    expect(result.stdout).not.toMatch(/ELOOP/);
    expect(result.stdout.match(/symbolic link/g)).toHaveLength(1);
    expect(result.stdout).toMatch(/2 symbolic links lead back into a folder already being read \(a loop\), not followed/);
    const graph = parseGraph(await readFile(out, 'utf8'));
    expect(graph.filterNodes((_n, a) => a.kind === 'paper')).toHaveLength(226 + 2);
  });
});
