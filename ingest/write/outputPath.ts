// Checks an output path before anything is written to it: a regular file or a new name, never a device or folder.
import { access, lstat, readlink, realpath } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { OutputFormat } from '../config';

/** The output path cannot be used; the message says why in the user's terms (the CLI exits 2 with it). */
export class OutputPathError extends Error {
  override name = 'OutputPathError';
}

/** `graph.csv` → `graph.nodes.csv` and `graph.edges.csv`. */
export function csvPaths(out: string): { nodes: string; edges: string } {
  const stem = out.replace(/\.csv$/i, '');
  return { nodes: `${stem}.nodes.csv`, edges: `${stem}.edges.csv` };
}

/** The files one format writes for `--out` (csv writes two beside it), so the CLI can check them before ingesting. */
export function outputFiles(out: string, format: OutputFormat): string[] {
  if (format !== 'csv') return [out];
  const paths = csvPaths(out);
  return [paths.nodes, paths.edges];
}

/** Links followed before giving up, as the kernel does (its limit is 40). */
const MAX_LINK_HOPS = 40;

/** Kernel and device trees: writing there changes the system, never a graph file. */
function isSystemPath(path: string): boolean {
  return /^\/(proc|sys|dev)(\/|$)/.test(path);
}

function kindOf(info: Awaited<ReturnType<typeof lstat>>): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

async function lstatOrNull(path: string) {
  try {
    return await lstat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTDIR') throw new OutputPathError(`${path}: a part of the path is a file, not a folder`);
    if (code === 'EACCES') throw new OutputPathError(`${path}: permission denied`);
    throw new OutputPathError(`${path}: ${(error as Error).message}`);
  }
}

/** The nearest folder on the way up from `path` that exists (the writer creates the missing ones below it). */
async function nearestExistingFolder(path: string, shown: string): Promise<string> {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    const info = await lstatOrNull(folder);
    if (info !== null) {
      const real = await realpath(folder);
      const realInfo = await lstat(real);
      if (!realInfo.isDirectory()) throw new OutputPathError(`${shown}: ${folder} is a file, not a folder`);
      return real;
    }
    if (dirname(folder) === folder) return folder;
  }
}

/**
 * Where the bytes for `out` will go, checked: `out` itself, or for a symbolic link its final target (the link is kept
 * and the target replaced atomically). The target must be a regular file or not exist yet, outside /proc, /sys and
 * /dev, in a folder that exists or can be created and is writable. Throws OutputPathError otherwise.
 */
export async function resolveOutputTarget(out: string): Promise<string> {
  if (out.trim() === '') throw new OutputPathError('the output path is empty');
  let target = resolve(out);
  let info = await lstatOrNull(target);
  for (let hops = 0; info?.isSymbolicLink(); hops++) {
    if (hops === MAX_LINK_HOPS) throw new OutputPathError(`${out}: symbolic link loop`);
    target = resolve(dirname(target), await readlink(target));
    info = await lstatOrNull(target);
  }
  const shown = target === resolve(out) ? out : `${out} (a link to ${target})`;
  if (info !== null && !info.isFile()) {
    throw new OutputPathError(`${shown} is ${kindOf(info)}; give the path of a regular file (or a new file name)`);
  }
  const folder = await nearestExistingFolder(target, shown);
  const realTarget = info === null ? target : await realpath(target);
  if (isSystemPath(folder) || isSystemPath(realTarget)) {
    throw new OutputPathError(`${shown} is inside /proc, /sys or /dev, where no graph file is written`);
  }
  try {
    await access(folder, constants.W_OK);
  } catch {
    throw new OutputPathError(`${shown}: the folder ${folder} is not writable`);
  }
  return target;
}
