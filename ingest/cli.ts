// Command line entry point: argv → config → runIngest(); progress, summary and the only process.exit.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { SingleBar, Presets } from 'cli-progress';
import { DEFAULT_CONFIG, OUTPUT_FORMATS, resolveConfig, type IngestConfig, type OutputFormat } from './config';
import type { IngestStage, IngestSummary, ProgressListener } from './pipeline';
import type { IngestWarning } from './types';
import { OutputPathError, outputFiles, resolveOutputTarget } from './write/outputPath';
import { HEAP_RAISED_ENV, HEAP_SHARE_OF_MEMORY, nodeOptionsOf, raisedHeapLimitMb, usableMemoryBytes } from './heapLimit';

const USAGE = `Usage: npm run ingest -- <files or folders...> [options]

Reads Hugging Face "Daily Papers" listing pages (and BibTeX, RIS, CSL-JSON, arXiv Atom, OpenAlex files), extracts
concepts, methods and domains, builds the paper graph and writes it.

Options:
  --out FILE               output file (default ${DEFAULT_CONFIG.out}): a regular file or a new name, written
                           atomically; a symbolic link is kept and its target replaced
  --format FORMAT          ${OUTPUT_FORMATS.join(' | ')} (default ${DEFAULT_CONFIG.format}); csv writes FILE.nodes.csv and FILE.edges.csv
  --keyphrases N           keyphrases kept per paper (default ${DEFAULT_CONFIG.keyphrasesPerPaper})
  --min-papers N           papers a concept needs to become a node (default ${DEFAULT_CONFIG.minPapersPerConcept})
  --methods FILE           known-methods vocabulary (default ${DEFAULT_CONFIG.methodsFile})
  --domains FILE           domain taxonomy (default ${DEFAULT_CONFIG.domainsFile})
  --algorithm A            community detection: leiden | louvain (default ${DEFAULT_CONFIG.algorithm})
  --all-methods            keep every method a title introduces as a node, even one no other paper names
  --resolution R           clustering resolution, higher = more clusters (default ${DEFAULT_CONFIG.resolution})
  --seed N                 seed for clustering and layout (default ${DEFAULT_CONFIG.seed})
  --layout-iterations N    ForceAtlas2 iterations before writing, 0 = none (default ${DEFAULT_CONFIG.layoutIterations})
  --workers N              worker threads beside the main thread: the first computes text similarity while the main thread extracts (1,000+ papers), more tag text and rank keyphrases (1,000+ papers); 0 = main thread only (default ${DEFAULT_CONFIG.workers}); same file whatever N
  --max-file-mb N          skip larger input files (default ${DEFAULT_CONFIG.maxFileBytes / 1024 / 1024})
  --quiet                  no progress output
  -h, --help               show this help

Folders are read recursively; symbolic links are followed once (a link back into a folder being read is reported,
not followed). Exit code: 0 when a graph was written, 1 when nothing could be ingested or writing failed, 2 for wrong
arguments (including an --out that is a folder, device, FIFO or inside /proc, /sys or /dev).

Memory: a machine with more memory than Node's default heap limit (about 4 GB) gives the run ${Math.round(HEAP_SHARE_OF_MEMORY * 100)}% of it (the
CLI starts itself again with that limit and says so); --max-old-space-size in NODE_OPTIONS sets the limit instead.`;

class UsageError extends Error {}

/** The command-line option that sets each config field, to name it in messages. */
const OPTION_OF_FIELD: Record<string, string> = {
  keyphrasesPerPaper: '--keyphrases',
  minPapersPerConcept: '--min-papers',
  maxFileBytes: '--max-file-mb',
  layoutIterations: '--layout-iterations',
  resolution: '--resolution',
  format: '--format',
};

/** The first problem with the files `--out` will write, or null when they can be written. */
async function checkOutputFiles(paths: string[]): Promise<string | null> {
  for (const path of paths) {
    try {
      await resolveOutputTarget(path);
    } catch (error) {
      if (error instanceof OutputPathError) return error.message;
      throw error;
    }
  }
  return null;
}

function toNumber(name: string, value: string | undefined, integer = true): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || (integer && !Number.isInteger(number))) {
    throw new UsageError(`--${name} expects a ${integer ? 'whole ' : ''}number, got "${value}"`);
  }
  return number;
}

function parseCommandLine(argv: string[]): { config: IngestConfig; quiet: boolean } | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        keyphrases: { type: 'string' },
        'min-papers': { type: 'string' },
        methods: { type: 'string' },
        domains: { type: 'string' },
        algorithm: { type: 'string' },
        'all-methods': { type: 'boolean' },
        resolution: { type: 'string' },
        seed: { type: 'string' },
        'layout-iterations': { type: 'string' },
        workers: { type: 'string' },
        'max-file-mb': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length === 0) throw new UsageError('no input files or folders given');
  if (values.format !== undefined && !OUTPUT_FORMATS.includes(values.format as OutputFormat)) {
    throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}, got "${values.format}"`);
  }
  const maxFileMb = toNumber('max-file-mb', values['max-file-mb'], false);
  const overrides: Partial<IngestConfig> = {
    inputs: positionals,
    out: values.out,
    format: values.format as OutputFormat | undefined,
    keyphrasesPerPaper: toNumber('keyphrases', values.keyphrases),
    minPapersPerConcept: toNumber('min-papers', values['min-papers']),
    methodsFile: values.methods,
    domainsFile: values.domains,
    algorithm: values.algorithm as IngestConfig['algorithm'] | undefined,
    allMethods: values['all-methods'],
    resolution: toNumber('resolution', values.resolution, false),
    seed: toNumber('seed', values.seed),
    layoutIterations: toNumber('layout-iterations', values['layout-iterations']),
    workers: toNumber('workers', values.workers),
    maxFileBytes: maxFileMb === undefined ? undefined : Math.round(maxFileMb * 1024 * 1024),
  };
  for (const key of Object.keys(overrides) as (keyof IngestConfig)[]) {
    if (overrides[key] === undefined) delete overrides[key];
  }
  try {
    return { config: resolveConfig(overrides), quiet: Boolean(values.quiet) };
  } catch (error) {
    // The config names its fields; the user typed options.
    const message = (error as Error).message.replace(/^config: /, '');
    throw new UsageError(message.replace(/^\w+/, (field) => OPTION_OF_FIELD[field] ?? field));
  }
}

const STAGE_NAMES: Record<IngestStage, string> = {
  read: 'Reading files',
  extract: 'Extracting concepts',
  build: 'Building graph',
  layout: 'Laying out',
  analyse: 'Finding communities',
  write: 'Writing',
};

/** A bar per stage on a terminal; plain lines (at most ~10 per stage) when output is piped or logged. */
function createProgress(quiet: boolean): { listener: ProgressListener; stop: () => void } {
  if (quiet) return { listener: () => {}, stop: () => {} };
  const stream = process.stderr;
  if (stream.isTTY) {
    let bar: SingleBar | null = null;
    let current: IngestStage | null = null;
    const listener: ProgressListener = (stage, done, total) => {
      if (stage !== current) {
        bar?.stop();
        current = stage;
        bar = new SingleBar(
          { format: `${STAGE_NAMES[stage].padEnd(20)} [{bar}] {value}/{total}`, stream, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar?.update(done);
    };
    return { listener, stop: () => bar?.stop() };
  }
  // A line each time a stage passes another tenth (stages may report in uneven steps), and at its start and end.
  let lastStage: IngestStage | null = null;
  let lastTenth = -1;
  const listener: ProgressListener = (stage, done, total) => {
    const tenth = total > 0 ? Math.floor((10 * done) / total) : 10;
    if (stage === lastStage && tenth <= lastTenth) return;
    stream.write(`${STAGE_NAMES[stage]}: ${done}/${total}\n`);
    lastStage = stage;
    lastTenth = tenth;
  };
  return { listener, stop: () => {} };
}

function formatWarning(warning: IngestWarning): string {
  return `  ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.reason}`;
}

function formatSummary(summary: IngestSummary, written: string[]): string {
  const lines = [
    `Files read:         ${summary.filesRead}${summary.filesSkipped ? ` (${summary.filesSkipped} skipped)` : ''}`,
    `Entries:            ${summary.entries}`,
    `Duplicates merged:  ${summary.duplicatesMerged}` +
      (summary.duplicatesMerged
        ? ` (${summary.mergedById} by identifier, ${summary.mergedByTitle} by title + year` +
          `${summary.preprintMerges ? `; ${summary.preprintMerges} preprint + published version` : ''})`
        : ''),
    `Papers:             ${summary.papers}`,
    `Concepts:           ${summary.concepts}`,
    `Methods:            ${summary.methods}`,
    `Domains:            ${summary.domains}`,
    `Edges:              ${summary.edges}`,
    ...(summary.referencesTotal > 0
      ? [
          `References:         ${summary.referencesTotal} (${summary.referencesResolved} to papers of the collection, ` +
            `${summary.referencesOutside} outside${summary.referencesSelf ? `, ${summary.referencesSelf} to the paper itself` : ''})`,
          `Citations:          ${summary.citingPairs} citing pairs, ${summary.citesEdges} cites edges between papers`,
          `Cited references:   ${summary.referenceNodes} (outside works cited by ≥ ${summary.referenceThreshold} papers)`,
          `Co-citation:        ${summary.coCitedEdges} co-cited edges, ${summary.coupledEdges} coupled edges`,
        ]
      : []),
    `Communities:        ${summary.communities} (${summary.algorithm}, resolution ${summary.resolution})${
      summary.modularity === null
        ? ''
        : `: modularity Q ${summary.modularity.toFixed(3)}` +
          (summary.resolution === 1 ? '' : `, quality at resolution ${summary.resolution} ${(summary.quality ?? 0).toFixed(3)}`)
    }`,
  ];
  for (const cluster of summary.largestClusters) lines.push(`  ${String(cluster.papers).padStart(4)} papers  ${cluster.label}`);
  lines.push(
    `Isolated papers:    ${summary.isolated.length} of ${summary.papers} (${(100 * summary.isolatedShare).toFixed(1)}%)`,
  );
  // Each isolated paper with its reason, grouped by reason so a long list stays readable; a few examples per reason.
  const byReason = new Map<string, string[]>();
  // Named by title (a key is a slug of it, or an identifier), with the reason's detail ("(11)" words, "(best 0.03)")
  // where the reason has one.
  for (const { label, reason } of summary.isolated) {
    const kind = reason.replace(/ \(.*\)$/, '');
    const detail = reason.slice(kind.length).replace(/^ \(|\)$/g, '');
    byReason.set(kind, [...(byReason.get(kind) ?? []), detail ? `${label} (${detail})` : label]);
  }
  for (const [reason, papers] of byReason) {
    lines.push(`  ${String(papers.length).padStart(4)} ${reason}: ${papers.slice(0, 5).join('; ')}${papers.length > 5 ? '; …' : ''}`);
  }
  if (written.length) lines.push(`Written:            ${written.join(', ')}`);
  return lines.join('\n');
}

/**
 * This CLI run again in a child process with a heap limit of `limitMb`, its output and input its own (inherited):
 * resolves to its exit code (128 + the signal's number when a signal ended it), or null when it could not be started
 * (the run then goes on in this process with the default limit). A signal sent to this process is passed on.
 */
function startAgainWithHeapLimit(limitMb: number, argv: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${limitMb}`, process.argv[1], ...argv], {
      stdio: 'inherit',
      env: { ...process.env, [HEAP_RAISED_ENV]: String(limitMb) },
    });
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    // Ctrl-C reaches both processes (one process group): this one waits for the child to end rather than exit first.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of signals) process.on(signal, forward);
    const done = (code: number | null) => {
      for (const signal of signals) process.off(signal, forward);
      resolve(code);
    };
    // An error after the start (a signal it could not be sent) leaves the child running: only its exit ends the wait.
    let started = false;
    child.on('spawn', () => (started = true));
    child.on('error', () => {
      if (!started) done(null);
    });
    child.on('exit', (code, signal) => done(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

export async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`ingest: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command === null) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // The output is checked before the minutes of work that lead to it: a device, folder or /proc path is a wrong argument.
  const outputProblem = await checkOutputFiles(outputFiles(command.config.out, command.config.format));
  if (outputProblem !== null) {
    process.stderr.write(`ingest: --out ${outputProblem}\n`);
    return 2;
  }
  // A machine with more memory than V8's default heap limit (~4 GB) lends it to the run: the CLI starts again with a
  // limit sized to the machine (heapLimit.ts) before any work, and ends with that run's exit code.
  const heapLimitMb = getHeapStatistics().heap_size_limit / (1024 * 1024);
  const raised = process.env[HEAP_RAISED_ENV] ? null : raisedHeapLimitMb(usableMemoryBytes(), heapLimitMb, nodeOptionsOf(process.execArgv, process.env.NODE_OPTIONS));
  if (raised !== null) {
    if (!command.quiet) {
      process.stderr.write(
        `Heap limit: ${raised.toLocaleString('en-US')} MB for this run, ${(usableMemoryBytes() / 2 ** 30).toFixed(1)} GB of memory here ` +
          `(Node's default ${Math.round(heapLimitMb).toLocaleString('en-US')} MB; --max-old-space-size in NODE_OPTIONS sets another)\n`,
      );
    }
    const code = await startAgainWithHeapLimit(raised, argv);
    if (code !== null) return code;
  }
  // Loaded only now: natural takes seconds to import, and --help or a wrong argument should answer at once.
  const { runIngest } = await import('./pipeline');
  const progress = createProgress(command.quiet);
  let result;
  try {
    result = await runIngest(command.config, progress.listener).finally(progress.stop);
  } catch (error) {
    // A broken vocabulary file or an output path that went bad meanwhile is a wrong argument; a failed write (disk
    // full) is a failed run. Either way: which file and why, without a stack trace.
    const name = (error as Error).name;
    if (name !== 'VocabularyError' && name !== 'OutputPathError' && name !== 'OutputWriteError') throw error;
    process.stderr.write(`ingest: ${name === 'OutputPathError' ? '--out ' : ''}${(error as Error).message}\n`);
    return name === 'OutputWriteError' ? 1 : 2;
  }
  process.stdout.write(`${formatSummary(result.summary, result.written)}\n`);
  if (result.warnings.length) {
    process.stdout.write(`Warnings and notes (${result.warnings.length}): what was skipped, only partly read, or inferred:\n`);
    process.stdout.write(`${result.warnings.map(formatWarning).join('\n')}\n`);
  }
  if (result.summary.papers === 0) {
    process.stderr.write('ingest: no papers could be read from the inputs; nothing was written\n');
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ingest: failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
