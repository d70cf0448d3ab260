// Starting a worker thread on one of the pipeline's modules, from the built JavaScript or from TypeScript source (tsx).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The URL of a sibling worker module of `base` (an `import.meta.url`), with the extension the running code has. */
export function workerModuleUrl(name: string, base: string): URL {
  return new URL(`./${name}.${base.endsWith('.ts') ? 'ts' : 'js'}`, base);
}

/**
 * The young generation a worker gets for the process' `--max-semi-space-size=N` (MB), which worker threads refuse as a
 * flag: V8 sizes the young generation at three semi-spaces (two for copying, one more for new large objects), so N
 * MB semi-spaces are `3 × N` MB (checked: a worker given 192 MB reports the 64 MB new space the main thread has with
 * 64). Null without the flag: the worker keeps V8's default, as the main thread does.
 */
export function workerYoungGenerationMb(execArgv: readonly string[] = process.execArgv): number | null {
  let semiSpace: number | null = null;
  execArgv.forEach((arg, k) => {
    const value = /^--max-semi-space-size=(\d+)$/.exec(arg)?.[1] ?? (arg === '--max-semi-space-size' ? execArgv[k + 1] : undefined);
    if (value !== undefined && /^\d+$/.test(value)) semiSpace = Number(value);
  });
  return semiSpace === null ? null : 3 * semiSpace;
}

/**
 * A worker on the entry module. A TypeScript entry needs tsx's loader in the thread: its module-loading flags are
 * inherited from `node --import tsx`, and added when missing (vitest). Only module-loading flags are passed on: V8
 * heap flags (--max-semi-space-size) are refused by worker threads, so the young generation they ask for is given as
 * the worker's resource limit instead (workerYoungGenerationMb): the threads allocate as the main thread does
 * (tagging, ranking, similarity), and with the main thread's size the ingest took a few percent less CPU (alternated
 * runs at 20k and 100k, docs/benchmarks.md). tsx's `--import tsx` registers its hooks in the main thread only, so a
 * TypeScript entry is imported from a few lines of code that register them in the thread first.
 */
export function startWorker(url: URL): Worker {
  const execArgv: string[] = [];
  process.execArgv.forEach((arg, k) => {
    if (/^--(import|require|loader)=/.test(arg)) execArgv.push(arg);
    else if (/^--(import|require|loader)$/.test(arg) && k + 1 < process.execArgv.length) execArgv.push(arg, process.execArgv[k + 1]);
  });
  const young = workerYoungGenerationMb();
  const resourceLimits = young === null ? {} : { resourceLimits: { maxYoungGenerationSizeMb: young } };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { execArgv, ...resourceLimits });
  if (!execArgv.some((arg) => arg.includes('tsx'))) execArgv.push('--import', 'tsx');
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, execArgv, ...resourceLimits });
}
