// Atomic file writes: a temp file beside the target, then rename, so the target is always the old file or the whole new one.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { OutputPathError, resolveOutputTarget } from './outputPath';
import { writeChunks } from './writeChunks';

/** Writing failed after the checks passed (disk full, permissions changed…); the message names the target, not the temp file. */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';
}

/** Temp files being written right now, removed if the process is interrupted before they are renamed. */
const liveTempFiles = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removeLiveTempFiles(): void {
  for (const temp of liveTempFiles) rmSync(temp, { force: true });
  liveTempFiles.clear();
}

/** Remove our temp files, then let the signal do what it would have done (end the process with its usual status). */
function onSignal(signal: NodeJS.Signals): void {
  removeLiveTempFiles();
  uninstallSignalHandlers();
  process.kill(process.pid, signal);
}

function installSignalHandlers(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('exit', removeLiveTempFiles);
}

function uninstallSignalHandlers(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off('exit', removeLiveTempFiles);
}

function track(temp: string): void {
  if (liveTempFiles.size === 0) installSignalHandlers();
  liveTempFiles.add(temp);
}

function untrack(temp: string): void {
  liveTempFiles.delete(temp);
  if (liveTempFiles.size === 0) uninstallSignalHandlers();
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  EISDIR: 'it is a folder',
  EIO: 'input/output error',
};

/**
 * Write `contents` to `path` atomically. `path` is checked first (resolveOutputTarget: a regular file or a new name;
 * a symbolic link is kept and its target replaced). The temp file lives in the target's folder (a rename across file
 * systems is not atomic), is created exclusively, and is removed on any failure and on SIGINT, SIGTERM or SIGHUP.
 */
export async function writeFileAtomic(
  path: string,
  contents: string | Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const target = await resolveOutputTarget(path);
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    // Keep the permissions of the file being replaced (a graph shared with a group stays shared).
    const previous = await lstat(target).catch(() => null);
    track(temp);
    const handle = await open(temp, 'wx', previous ? previous.mode & 0o7777 : 0o666);
    try {
      if (typeof contents === 'string') await handle.writeFile(contents, 'utf8');
      else await writeChunks(handle, contents);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The target may have been swapped for something else while we wrote: never rename over a device or folder.
    const now = await lstat(target).catch(() => null);
    if (now !== null && !now.isFile()) throw new OutputPathError(`${path} is no longer a regular file; not replaced`);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    if (error instanceof OutputPathError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reason = code ? (REASONS[code] ?? code) : (error as Error).message;
    throw new OutputWriteError(`cannot write ${path}: ${reason}`, { cause: error });
  } finally {
    untrack(temp);
  }
}
