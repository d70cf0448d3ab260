// Starting a worker thread on one of the pipeline's modules, from the built JavaScript or from TypeScript source (tsx).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The URL of a sibling worker module of `base` (an `import.meta.url`), with the extension the running code has. */
export function workerModuleUrl(name: string, base: string): URL {
  return new URL(`./${name}.${base.endsWith('.ts') ? 'ts' : 'js'}`, base);
}

/**
 * A worker on the entry module. A TypeScript entry needs tsx's loader in the thread: its module-loading flags are
 * inherited from `node --import tsx`, and added when missing (vitest). Only module-loading flags are passed on: V8
 * heap flags (--max-semi-space-size) are refused by worker threads. tsx's `--import tsx` registers its hooks in the
 * main thread only, so a TypeScript entry is imported from a few lines of code that register them in the thread first.
 */
export function startWorker(url: URL): Worker {
  const execArgv: string[] = [];
  process.execArgv.forEach((arg, k) => {
    if (/^--(import|require|loader)=/.test(arg)) execArgv.push(arg);
    else if (/^--(import|require|loader)$/.test(arg) && k + 1 < process.execArgv.length) execArgv.push(arg, process.execArgv[k + 1]);
  });
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { execArgv });
  if (!execArgv.some((arg) => arg.includes('tsx'))) execArgv.push('--import', 'tsx');
  const api = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const code = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(code, { eval: true, execArgv });
}
