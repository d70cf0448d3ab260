// Atomic writes: the target is either the old file or the complete new one, and no temp file is left behind.
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../ingest/write/writeAtomic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file', async () => {
    const target = join(dir, 'graph.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new contents');
    expect(await readFile(target, 'utf8')).toBe('new contents');
    expect(await readdir(dir)).toEqual(['graph.json']);
  });

  it('writes chunks in order, from any iterable (a generator included)', async () => {
    const target = join(dir, 'graph.json');
    function* chunks() {
      yield '{"nodes":[';
      yield 'é'.repeat(70_000);
      yield ']}';
    }
    await writeFileAtomic(target, chunks());
    expect(await readFile(target, 'utf8')).toBe(`{"nodes":[${'é'.repeat(70_000)}]}`);
    expect(await readdir(dir)).toEqual(['graph.json']);
  });

  it('keeps the old file and removes the temp file when the chunks fail midway', async () => {
    const target = join(dir, 'graph.json');
    await writeFile(target, 'old');
    function* failing() {
      yield 'partial';
      throw new Error('serialiser broke');
    }
    await expect(writeFileAtomic(target, failing())).rejects.toThrow('serialiser broke');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['graph.json']);
  });

  it('creates missing folders', async () => {
    const target = join(dir, 'a/b/graph.json');
    await writeFileAtomic(target, '{}');
    expect(await readFile(target, 'utf8')).toBe('{}');
  });

  it('keeps the old file when the write fails', async () => {
    const target = join(dir, 'graph.json');
    await writeFile(target, 'old');
    // Renaming onto a non-empty directory fails: the previous content must survive and the temp file must go.
    const blocked = join(dir, 'blocked');
    await mkdir(join(blocked, 'inside'), { recursive: true });
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'graph.json']);
  });
});
