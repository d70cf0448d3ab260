// resolveOutputTarget: what `--out` may be (a regular file or a new name) and where a symlinked --out writes.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputPathError, outputFiles, resolveOutputTarget } from '../../../ingest/write/outputPath';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-out-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const refusal = async (path: string) => {
  const error = await resolveOutputTarget(path).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(OutputPathError);
  return (error as Error).message;
};

describe('resolveOutputTarget accepts', () => {
  it('an existing regular file, a new name, and a new name in folders still to be created', async () => {
    await writeFile(join(dir, 'old.json'), '{}');
    expect(await resolveOutputTarget(join(dir, 'old.json'))).toBe(join(dir, 'old.json'));
    expect(await resolveOutputTarget(join(dir, 'new.json'))).toBe(join(dir, 'new.json'));
    expect(await resolveOutputTarget(join(dir, 'a/b/new.json'))).toBe(join(dir, 'a/b/new.json'));
  });

  it('a symbolic link: the target is its final file (through a chain), existing or not', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'graph.json'), '{}');
    await symlink(join(dir, 'real', 'graph.json'), join(dir, 'link.json'));
    await symlink('link.json', join(dir, 'link-to-link.json'));
    await symlink('real/not-yet.json', join(dir, 'dangling.json'));
    expect(await resolveOutputTarget(join(dir, 'link-to-link.json'))).toBe(join(dir, 'real', 'graph.json'));
    expect(await resolveOutputTarget(join(dir, 'dangling.json'))).toBe(join(dir, 'real', 'not-yet.json'));
  });
});

describe('resolveOutputTarget refuses, saying why', () => {
  it('a device', async () => {
    expect(await refusal('/dev/full')).toBe('/dev/full is a device; give the path of a regular file (or a new file name)');
    expect(await refusal('/dev/null')).toMatch(/is a device/);
  });

  it('a folder (also the current one)', async () => {
    expect(await refusal(dir)).toBe(`${dir} is a folder; give the path of a regular file (or a new file name)`);
    expect(await refusal('.')).toMatch(/^\. is a folder/);
  });

  it('files in /proc and /sys, existing or new', async () => {
    expect(await refusal('/proc/self/status')).toBe('/proc/self/status is inside /proc, /sys or /dev, where no graph file is written');
    expect(await refusal('/proc/graph.json')).toMatch(/inside \/proc/);
    expect(await refusal('/sys/kernel/graph.json')).toMatch(/inside \/proc, \/sys/);
  });

  it('a FIFO, and a link to a device (the link is named with its target)', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(await refusal(join(dir, 'pipe'))).toMatch(/pipe is a FIFO \(named pipe\)/);
    await symlink('/dev/full', join(dir, 'full.json'));
    expect(await refusal(join(dir, 'full.json'))).toBe(
      `${join(dir, 'full.json')} (a link to /dev/full) is a device; give the path of a regular file (or a new file name)`,
    );
  });

  it('a path through a file, a link loop, an empty path', async () => {
    await writeFile(join(dir, 'file'), 'x');
    expect(await refusal(join(dir, 'file', 'graph.json'))).toMatch(/a part of the path is a file, not a folder|is a file, not a folder/);
    await symlink('b', join(dir, 'a'));
    await symlink('a', join(dir, 'b'));
    expect(await refusal(join(dir, 'a'))).toMatch(/symbolic link loop/);
    expect(await refusal('')).toBe('the output path is empty');
  });
});

describe('outputFiles', () => {
  it('is the path itself, or the two CSV tables beside it', () => {
    expect(outputFiles('out/g.json', 'json')).toEqual(['out/g.json']);
    expect(outputFiles('out/g.csv', 'csv')).toEqual(['out/g.nodes.csv', 'out/g.edges.csv']);
  });
});
