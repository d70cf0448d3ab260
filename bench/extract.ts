// Extraction throughput (papers/s) on 20k synthetic papers recombined from the seeds, on the main thread alone and with
// one extraction worker beside it, next to one core's bare Brill tagging and natural's TfIdf on the same texts.
import { execFile } from 'node:child_process';
import { builtRunner } from './builtRunners';
import { promisify } from 'node:util';
import { emptyBibFields } from '../src/shared/record';
import { bareBrillTagging, describeBaselines } from './baselines';
import type { Paper } from '../ingest/types';
import { makeSyntheticCorpus } from './ingest';

const PAPERS = 20_000;

/** The bench's papers: `count` synthetic papers as extraction receives them. */
export async function syntheticPapers(count: number): Promise<Paper[]> {
  const synthetic = await makeSyntheticCorpus(count);
  return synthetic.map((p, i) => ({
    ...emptyBibFields(),
    provenance: {},
    key: `paper:synthetic-${i}`,
    title: p.title,
    abstract: p.abstract,
    authorsCount: null,
    date: null,
    year: null,
    organisation: null,
    upvotes: null,
    sources: ['synthetic'],
  }));
}

interface MeasuredExtraction {
  wall: number;
  cpu: number;
  /** CPU seconds of the main thread alone (null where the system does not say). */
  mainCpu: number | null;
  concepts: number;
  methods: number;
  hash: string;
}

const execFileAsync = promisify(execFile);

/** One extraction in a fresh process (bench/extractOnce.ts, built as the CLI is): the word table is process-wide, so a second run in the
 * same process would find every word already known. */
async function extractInFreshProcess(workers: number): Promise<MeasuredExtraction> {
  const { stdout } = await execFileAsync(process.execPath, [...(await builtRunner('extractOnce')), String(PAPERS), String(workers)]);
  return JSON.parse(stdout.trim().split('\n').pop()!) as MeasuredExtraction;
}

export async function run(): Promise<void> {
  const papers = await syntheticPapers(PAPERS);
  const texts = papers.map((p) => `${p.title}. ${p.abstract}`);
  const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString('en-US');
  // CPU seconds (all threads, GC included) next to wall seconds: on a shared machine the wall clock also counts
  // the time other processes held the cores, which differs between the measurements.
  const runs = [0, 1].map((workers) => ({ workers, measured: null as MeasuredExtraction | null }));
  for (const row of runs) row.measured = await extractInFreshProcess(row.workers);
  const brill = bareBrillTagging(texts);
  for (const { workers, measured } of runs) {
    const m = measured!;
    console.log(
      `extract, ${workers === 0 ? 'main thread alone' : `main thread + ${workers} extraction worker`}: ${PAPERS} synthetic papers in ` +
        `${m.wall.toFixed(1)} s wall = ${rate(PAPERS, m.wall)} papers/s, CPU ${m.cpu.toFixed(1)} s all threads` +
        `${m.mainCpu === null ? '' : `, ${m.mainCpu.toFixed(1)} s main thread`} ` +
        `(${m.concepts} concepts, ${m.methods} methods, result ${m.hash}); against one core's bare Brill tagging ` +
        `(${brill.wall.toFixed(1)} s wall, ${brill.cpu.toFixed(1)} s CPU): ${(m.wall / brill.wall).toFixed(2)}× wall, ${(m.cpu / brill.cpu).toFixed(2)}× CPU`,
    );
  }
  if (runs[0].measured!.hash !== runs[1].measured!.hash) console.log('extract: the results with and without the worker DIFFER');
  const single = runs[0].measured!;
  for (const line of describeBaselines('extract', texts, { papers: PAPERS, wall: single.wall, cpu: single.cpu }, brill)) console.log(line);
}
