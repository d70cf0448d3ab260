// Extraction throughput (papers/s) on 20k synthetic papers recombined from the seeds, next to natural's TfIdf (docs/s).
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

  let start = performance.now();
  const result = extractConcepts(papers, {}, vocabulary);
  const extractSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  const tfidf = new natural.TfIdf();
  const slice = papers.slice(0, TFIDF_SLICE);
  for (const p of slice) tfidf.addDocument(`${p.title}. ${p.abstract}`);
  // The work a keyphrase ranker needs from it: every term of every document scored against the corpus.
  for (let i = 0; i < slice.length; i++) tfidf.listTerms(i);
  const tfidfSeconds = (performance.now() - start) / 1000;

  console.log(
    `extract: ${PAPERS} synthetic papers in ${extractSeconds.toFixed(1)} s = ${Math.round(PAPERS / extractSeconds)} papers/s ` +
      `(${result.concepts.size} concepts, ${result.methods.size} methods)`,
  );
  console.log(
    `extract: natural TfIdf (addDocument + listTerms) on ${TFIDF_SLICE} of the same texts: ${tfidfSeconds.toFixed(1)} s = ` +
      `${Math.round(TFIDF_SLICE / tfidfSeconds)} docs/s; extraction/TfIdf = ${(PAPERS / extractSeconds / (TFIDF_SLICE / tfidfSeconds)).toFixed(2)}x ` +
      '(the machine may be shared: compare this ratio, not the absolute rates)',
  );
}
