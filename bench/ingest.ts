// Ingest throughput on a corpus scaled up from the seeds, next to natural's TfIdf over the same texts in the same run.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import natural from '../ingest/natural';
import { createRng } from '../src/shared';
import { ingestGraph } from '../ingest/pipeline';
import { readSources } from '../ingest/sources';
import { mergeDuplicatePapers } from '../ingest/sources/mergeDuplicates';

interface SyntheticPaper {
  title: string;
  abstract: string;
}

/** Recombine seed sentences into new abstracts and seed title halves into new titles (seeded, so runs compare). */
export async function makeSyntheticCorpus(count: number, seed = 7): Promise<SyntheticPaper[]> {
  const { entries } = await readSources(['data/seeds']);
  const { papers } = mergeDuplicatePapers(entries);
  const sentences = papers.flatMap((paper) => paper.abstract.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter((s) => s.length > 30);
  const titleWords = papers.map((paper) => paper.title.split(/\s+/));
  const rng = createRng(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rng() * items.length)];
  return Array.from({ length: count }, (_, index) => {
    const a = pick(titleWords);
    const b = pick(titleWords);
    const title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.floor(b.length / 2)), `#${index}`].join(' ');
    const abstract = Array.from({ length: 5 + Math.floor(rng() * 5) }, () => pick(sentences)).join(' ');
    return { title, abstract };
  });
}

/** Write the synthetic papers as listing pages (blank-line layout) of 1,000 papers each. */
async function writeListingPages(dir: string, papers: SyntheticPaper[]): Promise<void> {
  for (let page = 0; page * 1000 < papers.length; page += 1) {
    const blocks = papers.slice(page * 1000, (page + 1) * 1000).map((paper) => `${paper.title}\n\n${paper.abstract}`);
    await writeFile(join(dir, `page-${String(page).padStart(3, '0')}.txt`), `Daily Papers\n\n${blocks.join('\n\n')}\n`);
  }
}

function naturalTfIdfDocsPerSecond(papers: SyntheticPaper[]): number {
  const start = performance.now();
  const tfidf = new natural.TfIdf();
  for (const paper of papers) tfidf.addDocument(`${paper.title}. ${paper.abstract}`);
  // Ranking each document's terms is what the baseline is for; listTerms rescans the corpus per term.
  for (let index = 0; index < papers.length; index += 1) tfidf.listTerms(index).slice(0, 10);
  return papers.length / ((performance.now() - start) / 1000);
}

export async function run(sizes = [20_000, 50_000]): Promise<void> {
  console.log('== ingest throughput (synthetic corpus recombined from the seed abstracts)');
  for (const size of sizes) {
    const papers = await makeSyntheticCorpus(size);
    const dir = await mkdtemp(join(tmpdir(), 'pge-bench-'));
    try {
      await writeListingPages(dir, papers);
      const start = performance.now();
      const { summary } = await ingestGraph([dir], { layoutIterations: 0 });
      const seconds = (performance.now() - start) / 1000;
      const perSecond = summary.papers / seconds;
      const t = summary.timings;
      console.log(
        `${size} papers: ${perSecond.toFixed(0)} papers/s end to end without layout (${seconds.toFixed(1)} s; ` +
          `read ${t.read} ms, extract ${t.extract} ms, build ${t.build} ms, analyse ${t.analyse} ms); ` +
          `${summary.concepts} concepts, ${summary.edges} edges`,
      );
      // natural's TfIdf is quadratic-ish, so it runs on a slice; docs/s at that slice size is the baseline figure.
      const slice = papers.slice(0, 2_000);
      const baseline = naturalTfIdfDocsPerSecond(slice);
      console.log(
        `  baseline natural TfIdf (add + listTerms) on ${slice.length} of the same texts: ${baseline.toFixed(0)} docs/s; ` +
          `ours/baseline = ${(perSecond / baseline).toFixed(1)}×  (target ≥ 2,000 papers/s)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
