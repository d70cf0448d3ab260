// Extraction throughput (papers/s) on 20k synthetic papers recombined from the seeds, next to natural's TfIdf (docs/s).
import { emptyBibFields } from '../src/shared/record';
import natural from '../ingest/natural';
import type { Paper } from '../ingest/types';
import { extractConcepts } from '../ingest/extract';
import { loadVocabulary } from '../ingest/extract/loadVocabulary';
import { makeSyntheticCorpus } from './ingest';

const PAPERS = 20_000;
// natural's TfIdf rescans every document for each term; a slice keeps the run short, the rate is what we compare.
const TFIDF_SLICE = 2_000;

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
  const baseline = measure(() => {
    const tfidf = new natural.TfIdf();
    const slice = papers.slice(0, TFIDF_SLICE);
    for (const p of slice) tfidf.addDocument(`${p.title}. ${p.abstract}`);
    // The work a keyphrase ranker needs from it: every term of every document scored against the corpus.
    for (let i = 0; i < slice.length; i++) tfidf.listTerms(i);
  });
  const rate = (count: number, seconds: number) => Math.round(count / seconds);

  console.log(
    `extract: ${PAPERS} synthetic papers in ${extraction.wall.toFixed(1)} s = ${rate(PAPERS, extraction.wall)} papers/s ` +
      `(CPU ${extraction.cpu.toFixed(1)} s = ${rate(PAPERS, extraction.cpu)} papers/CPU-s; ` +
      `${result.concepts.size} concepts, ${result.methods.size} methods)`,
  );
  console.log(
    `extract: natural TfIdf (addDocument + listTerms) on ${TFIDF_SLICE} of the same texts: ${baseline.wall.toFixed(1)} s = ` +
      `${rate(TFIDF_SLICE, baseline.wall)} docs/s (CPU ${rate(TFIDF_SLICE, baseline.cpu)} docs/CPU-s); extraction/TfIdf = ` +
      `${(rate(PAPERS, extraction.wall) / rate(TFIDF_SLICE, baseline.wall)).toFixed(2)}x wall, ` +
      `${(rate(PAPERS, extraction.cpu) / rate(TFIDF_SLICE, baseline.cpu)).toFixed(2)}x CPU`,
  );
}
