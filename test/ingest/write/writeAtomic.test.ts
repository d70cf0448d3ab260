// Atomic writes: the target is either the old file or the complete new one, and no temp file is left behind.
import { spawn } from 'node:child_process';
import { chmod, lstat, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OutputPathError } from '../../../ingest/write/outputPath';
import { OutputWriteError, writeFileAtomic } from '../../../ingest/write/writeAtomic';

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
    await expect(writeFileAtomic(blocked, 'new')).rejects.toThrow(OutputPathError);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect((await readdir(dir)).sort()).toEqual(['blocked', 'graph.json']);
  });
});

describe('writeFileAtomic on links, devices and failures', () => {
  it('a symlinked target: the link is kept and its target file replaced', async () => {
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'graph.json'), 'old');
    await symlink('real/graph.json', join(dir, 'graph.json'));
    await writeFileAtomic(join(dir, 'graph.json'), 'new');
    expect((await lstat(join(dir, 'graph.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'graph.json'))).toBe('real/graph.json');
    expect(await readFile(join(dir, 'real', 'graph.json'), 'utf8')).toBe('new');
    expect((await readdir(join(dir, 'real'))).sort()).toEqual(['graph.json']);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const target = join(dir, 'graph.json');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('never replaces a device (as root a rename would swap /dev/full for a file)', async () => {
    await expect(writeFileAtomic('/dev/full', 'x')).rejects.toThrow(/is a device/);
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
  });

  it('a failure while writing removes the temp file, keeps the old file, and names the target only', async () => {
    const target = join(dir, 'graph.json');
    await writeFile(target, 'old');
    async function* failing() {
      yield 'part one';
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }
    const error = (await writeFileAtomic(target, failing()).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(OutputWriteError);
    expect(error.message).toBe(`cannot write ${target}: no space left on the device`);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['graph.json']);
  });

  it('SIGINT during the write removes the temp file, keeps the previous output, and ends the process', { timeout: 30_000 }, async () => {
    const target = join(dir, 'graph.json');
    await writeFile(target, 'previous');
    const tsx = resolve(__dirname, '../../../node_modules/.bin/tsx');
    const module = resolve(__dirname, '../../../ingest/write/writeAtomic.ts');
    // A writer that streams one chunk, says so, then never finishes: the signal arrives mid-write.
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(module)};
      async function* slow() { yield 'half a graph'; console.log('writing'); await new Promise(() => setInterval(() => {}, 1000)); }
      await writeFileAtomic(${JSON.stringify(target)}, slow());
    `;
    const scriptFile = join(tmpdir(), `pge-slow-writer-${process.pid}.mts`);
    await writeFile(scriptFile, script);
    const child = spawn(tsx, [scriptFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => (String(chunk).includes('writing') ? done() : undefined));
      child.on('exit', () => fail(new Error('the writer ended before writing')));
    });
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);
    const exit = new Promise<string>((done) => child.on('exit', (code, signal) => done(signal ?? `code ${code}`)));
    child.kill('SIGINT');
    // Ended by the signal (tsx, the runner in between, reports that as the shell convention 128 + 2).
    expect(['SIGINT', 'code 130']).toContain(await exit);
    expect(await readdir(dir)).toEqual(['graph.json']);
    expect(await readFile(target, 'utf8')).toBe('previous');
    await rm(scriptFile, { force: true });
  });
});
