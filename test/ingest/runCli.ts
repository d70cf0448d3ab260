// The ingest CLI run as a user runs it (a real process through tsx), for the CLI tests.
import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
const tsx = join(ROOT, 'node_modules/.bin/tsx');

/** `tsx ingest/cli.ts …args` from the project root; the exit code, stdout and stderr, whatever the outcome. */
export async function ingest(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['ingest/cli.ts', ...args], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
