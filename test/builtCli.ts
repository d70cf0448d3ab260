// The ingest CLI as `npm run ingest` runs it: built into plain JavaScript first (ingest/bundle.mjs), then run by node.
import { join } from 'node:path';
import { buildIngestOnce, INGEST_BUILD_DIR } from '../ingest/bundle.mjs';

/** `node` arguments that run the built CLI (before its own arguments); built once per test process. Concurrent test
 * files build the same files, and a build writes only what changed, each file by a rename. */
export async function builtCliArgs(): Promise<string[]> {
  await buildIngestOnce();
  return ['--max-semi-space-size=64', join(INGEST_BUILD_DIR, 'cli.js')];
}
