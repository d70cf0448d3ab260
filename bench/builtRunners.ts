// The bench's fresh-process runners (ingestOnce, extractOnce), built into plain JavaScript the way `npm run ingest`
// builds the CLI (ingest/bundle.mjs), so the bench measures the code users run: not tsx, which transpiles in every
// thread and names every arrow function as it is created.
import { join } from 'node:path';
import { buildIngestOnce, INGEST_BUILD_DIR } from '../ingest/bundle.mjs';

/** Beside the CLI's build (one level below the project root, as the bundle needs), so neither removes the other's files. */
const BENCH_BUILD_DIR = `${INGEST_BUILD_DIR}-bench`;

/** `node` arguments that run one of the runners, built once per bench process. */
export async function builtRunner(name: 'ingestOnce' | 'extractOnce'): Promise<string[]> {
  await buildIngestOnce({ outdir: BENCH_BUILD_DIR, extraEntries: ['bench/ingestOnce.ts', 'bench/extractOnce.ts'] });
  return ['--max-semi-space-size=64', join(BENCH_BUILD_DIR, `${name}.js`)];
}
