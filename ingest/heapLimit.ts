// The heap limit the CLI runs with: Node's default, or one sized to the machine's memory when that is larger.
//
// Why: V8's default limit is about 4 GB whatever the machine holds, and an ingest keeps every paper, its extraction
// and the graph in memory at once (~20–30 KB a paper at peak). Measured 2026-12-05 on a 23.5 GB machine: 250k synthetic
// papers ran (peak RSS 5.1 GB, the main heap near its limit), 400k ended after four minutes of work with V8's "FATAL
// ERROR: … JavaScript heap out of memory" while three quarters of the memory sat free. A limit can only be set when a
// process starts, so the CLI starts itself once more with it (cli.ts).
import { totalmem } from 'node:os';

/** Share of the machine's memory the main thread's heap may take: worker threads have heaps of their own, and typed
 * arrays and strings' backing stores live beside the heap (at 250k papers the process' RSS was ~1.3× the main heap). */
export const HEAP_SHARE_OF_MEMORY = 0.6;

/** Environment variable set on the CLI's second start, so it never starts a third. */
export const HEAP_RAISED_ENV = 'PAPER_GRAPH_HEAP_RAISED';

const MB = 1024 * 1024;

/**
 * The heap limit (MB) to start again with on a machine of `totalMemoryBytes` whose current limit is `currentLimitMb`,
 * or null to run as started: when the limit was chosen explicitly (`--max-old-space-size` in the node options or
 * NODE_OPTIONS: the user's choice stands, smaller or larger), or when the machine's share would add less than a tenth.
 */
export function raisedHeapLimitMb(totalMemoryBytes: number, currentLimitMb: number, nodeOptions: readonly string[]): number | null {
  if (nodeOptions.some((option) => /^--max[-_]old[-_]space[-_]size\b/.test(option))) return null;
  const wanted = Math.floor((totalMemoryBytes / MB) * HEAP_SHARE_OF_MEMORY);
  return wanted > currentLimitMb * 1.1 ? wanted : null;
}

/**
 * The memory this process may use: the machine's, or its container's (cgroup) limit when that is smaller. A container
 * limited to 4 GB on a 64 GB host would otherwise get a 38 GB heap limit, and V8, collecting later with room to grow,
 * could be killed by the container where the default limit ran to the end.
 */
export function usableMemoryBytes(machine = totalmem(), constrained = process.constrainedMemory?.() ?? 0): number {
  return constrained > 0 && constrained < machine ? constrained : machine;
}

/** The node options a process was started with: its command-line flags and those of NODE_OPTIONS. */
export function nodeOptionsOf(execArgv: readonly string[], nodeOptionsEnv: string | undefined): string[] {
  return [...execArgv, ...(nodeOptionsEnv ?? '').split(/\s+/).filter((option) => option !== '')];
}
