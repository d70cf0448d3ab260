// The ingest CLI run as a user runs it (a real process, built as `npm run ingest` builds it), for the CLI tests.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { builtCliArgs } from '../builtCli';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The built `ingest/cli.ts …args` from the project root, in the environment `env` (this process' by default); the exit
 * code, stdout and stderr, whatever the outcome.
 */
export async function ingest(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; stdout: string; stderr: string }> {
  const cli = await builtCliArgs();
  try {
    const { stdout, stderr } = await run(process.execPath, [...cli, ...args], { cwd: ROOT, env: { ...env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}
