// Extraction throughput (papers/s) on 20k synthetic papers recombined from the seeds, next to one core's bare Brill tagging and natural's TfIdf on the same texts.
import { emptyBibFields } from '../src/shared/record';
import { describeBaselines } from './baselines';
import type { Paper } from '../ingest/types';
import { extractConcepts } from '../ingest/extract';
import { loadVocabulary } from '../ingest/extract/loadVocabulary';
import { makeSyntheticCorpus } from './ingest';

const PAPERS = 20_000;

export async function run(): Promise<void> {
  const synthetic = await makeSyntheticCorpus(PAPERS);
  const papers: Paper[] = synthetic.map((p, i) => ({
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
  const vocabulary = await loadVocabulary();

  // CPU seconds (all threads, GC included) next to wall seconds: on a shared machine the wall clock also counts
  // the time other processes held the cores, which differs between the two measurements.
  const measure = <T>(work: () => T): { value: T; wall: number; cpu: number } => {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    const value = work();
    const cpu = process.cpuUsage(cpuStart);
    return { value, wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
  };
  const extraction = measure(() => extractConcepts(papers, {}, vocabulary));
  const result = extraction.value;
  const rate = (count: number, seconds: number) => Math.round(count / seconds);

  console.log(
    `extract: ${PAPERS} synthetic papers in ${extraction.wall.toFixed(1)} s = ${rate(PAPERS, extraction.wall)} papers/s ` +
      `(CPU ${extraction.cpu.toFixed(1)} s = ${rate(PAPERS, extraction.cpu)} papers/CPU-s; ` +
      `${result.concepts.size} concepts, ${result.methods.size} methods)`,
  );
  const texts = papers.map((p) => `${p.title}. ${p.abstract}`);
  for (const line of describeBaselines('extract', texts, { papers: PAPERS, wall: extraction.wall, cpu: extraction.cpu })) {
    console.log(line);
  }
}
