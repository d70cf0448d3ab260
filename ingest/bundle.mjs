// Builds the ingest CLI into plain JavaScript (.ingest-build/), which `npm run ingest` and `npm start` then run.
//
// Why not run the TypeScript sources through tsx, as the tests and tools do: tsx transpiles at load (every thread
// pays its loader again, ~0.25 s of CPU each) and names every arrow function as it is created (esbuild's keepNames: a
// call per closure, in hot loops too). Measured on the 20k-paper OpenAlex corpus with references (2026-12-03, quiet
// 2-core machine, alternated): 10.5–10.7 s and 18.4 s of CPU from this bundle against 11.3–11.8 s and 19.5 s under tsx,
// the same graph. The build takes about a tenth of a second, so it runs before every CLI run and is never stale.
//
// A plain .mjs file, so that node runs it without a TypeScript loader. Written with esbuild's API (the bundler tsx and
// Vite already bring) rather than a compiler of our own.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The output folder. One level below the project root, as `ingest/` is: modules find the bundled vocabulary files
 * as `../data/…` from their own URL (config.ts), and worker threads as siblings of the module that starts them
 * (startWorker.ts), so every entry and chunk is written flat into one such folder.
 */
export const INGEST_BUILD_DIR = join(root, '.ingest-build');

/** The CLI, the pipeline (for tools that call it), and the modules worker threads start. */
const ENTRIES = ['ingest/cli.ts', 'ingest/pipeline.ts', 'ingest/threads/pipelineWorker.ts', 'ingest/extract/extractWorker.ts', 'ingest/sources/readWorker.ts'];

/**
 * Builds the bundle into `outdir` (a folder directly below the project root), with `extraEntries` (project-relative
 * TypeScript files, e.g. a bench runner) besides the CLI's. A file is written only when its content changed, each by a
 * rename: a CLI run (or a test) that is loading modules from the folder meanwhile never reads a half-written file, and
 * rebuilding unchanged sources writes nothing. Files of an earlier build that this one does not produce are removed.
 */
export async function buildIngest({ outdir = INGEST_BUILD_DIR, extraEntries = [] } = {}) {
  if (dirname(outdir) !== root) throw new Error(`buildIngest: ${outdir} must be a folder directly below ${root}`);
  const { outputFiles } = await build({
    absWorkingDir: root,
    entryPoints: [...ENTRIES, ...extraEntries],
    bundle: true,
    // Chunks shared by the entries, so the main thread and its workers load one copy of each module from disk.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // esbuild rewrites every regular expression literal with a Unicode property escape (/\p{Lu}/u) into a
    // `new RegExp(...)` call for any node target, since it cannot vouch for the Unicode version behind \p{...}: one
    // RegExp object built per evaluation, inside per-token and per-word functions too (~0.15 µs each). Node runs the
    // literals as they are, with the same Unicode tables as the call, so they are kept.
    supported: { 'regexp-unicode-property-escapes': true },
    outdir,
    entryNames: '[name]',
    // natural reads its lexicons and data files beside its own modules at run time, so it stays in node_modules
    // (ingest/natural.ts loads its parts through createRequire, which the bundler leaves alone; this keeps any other
    // import of it out too). Other packages are bundled: some are imported by paths without extensions
    // ('graphology-metrics/centrality/betweenness'), which only a bundler resolves in an ES module.
    // esbuild itself (a bench runner reaches this module through the bench's imports) is a native package, run from
    // node_modules.
    external: ['natural', 'esbuild'],
    // CommonJS packages bundled into an ES module still call require() for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // With node's --enable-source-maps (package.json), a crash names the TypeScript file and line, not the chunk's.
    sourcemap: true,
    write: false,
    logLevel: 'warning',
  });
  await mkdir(outdir, { recursive: true });
  const kept = new Set(outputFiles.map((file) => basename(file.path)));
  for (const file of outputFiles) {
    const old = await readFile(file.path).catch(() => null);
    if (old !== null && Buffer.compare(old, file.contents) === 0) continue;
    const temporary = `${file.path}.${process.pid}.tmp`;
    await writeFile(temporary, file.contents);
    await rename(temporary, file.path);
  }
  for (const name of await readdir(outdir)) {
    // A .tmp file is another build's, about to be renamed.
    if (!kept.has(name) && !name.endsWith('.tmp')) await rm(join(outdir, name), { force: true });
  }
}

const builds = new Map();

/** buildIngest once per process for each output folder (tests and the bench ask before each run). */
export function buildIngestOnce(options = {}) {
  const outdir = options.outdir ?? INGEST_BUILD_DIR;
  let built = builds.get(outdir);
  if (built === undefined) {
    built = buildIngest(options);
    builds.set(outdir, built);
  }
  return built;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildIngest();
