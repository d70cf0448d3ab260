// Runs the ingest CLI as a user does (a real process) with a hard time limit, for the hostile-input tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseGraph } from '../../src/shared';
import { builtCliArgs } from '../builtCli';
import type { PaperGraph } from '../../src/shared';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEEDS = resolve(ROOT, 'data/seeds');
export const SEED_PAPERS = 226;

export interface IngestRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** True when the hard limit was reached and the process was killed: a hang. */
  timedOut: boolean;
}

/**
 * The built `ingest/cli.ts …args` (as `npm run ingest` runs it), killed after `limitMs` (a generous bound that only a
 * hang reaches; speed itself is measured in `npm run bench`). `onStderr` sees progress lines as they come (to
 * interrupt at a stage).
 */
export async function runIngest(
  args: string[],
  options: { limitMs?: number; onStderr?: (text: string, child: ChildProcess) => void } = {},
): Promise<IngestRun> {
  const cli = await builtCliArgs();
  const child = spawn(process.execPath, [...cli, ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
    options.onStderr?.(stderr, child);
  });
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.limitMs ?? 150_000);
  return new Promise((done) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut });
    });
  });
}

/** The lines of the warning list after the summary ("Warnings and notes (N): …"), each `file[:line]: reason`. */
export function warningLines(stdout: string): string[] {
  const heading = /^(?:Warnings and notes|Skipped or partly read) \(\d+\)/m.exec(stdout);
  if (!heading) return [];
  return stdout.slice(heading.index).split('\n').slice(1).filter((line) => line.startsWith('  ')).map((line) => line.trim());
}

/** The summary figure after `name:` (Papers, Entries, Files read…). */
export function summaryFigure(stdout: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(stdout);
  if (!match) throw new Error(`no "${name}" line in the summary:\n${stdout}`);
  return Number(match[1]);
}

export async function readGraph(path: string): Promise<PaperGraph> {
  return parseGraph(await readFile(path, 'utf8'));
}

export function paperTitles(graph: PaperGraph): string[] {
  return graph.filterNodes((_node, attributes) => attributes.kind === 'paper').map((node) => String((graph.getNodeAttributes(node) as { title?: unknown }).title));
}

/** The outcome of ingesting a set of small files written for one test: the run, its warning lines, the papers' titles. */
export interface FileSetRun {
  dir: string;
  run: IngestRun;
  warnings: string[];
  titles: string[];
}

/** Write `files` into `<temp>/in`, ingest that folder without layout, and read back what came out. */
export async function ingestFileSet(prefix: string, files: Record<string, string>): Promise<FileSetRun> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(dir, 'in'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'in', name), text);
  const run = await runIngest([join(dir, 'in'), '--out', join(dir, 'graph.json'), '--layout-iterations', '0', '--quiet']);
  const titles = run.code === 0 ? paperTitles(await readGraph(join(dir, 'graph.json'))) : [];
  return { dir, run, warnings: warningLines(run.stdout), titles };
}
