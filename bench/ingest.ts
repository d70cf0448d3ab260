// Ingest throughput on a corpus scaled up from the seeds (without and with reference lists), next to one core's bare Brill tagging and natural's TfIdf on the same texts.
import { mkdtemp, open, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { builtRunner } from './builtRunners';
import { promisify } from 'node:util';
import { describeBaselines } from './baselines';
import { createRng } from '../src/shared';
import { readSources } from '../ingest/sources';
import { mergeDuplicatePapers } from '../ingest/sources/mergeDuplicates';
import { buildPaperGraph } from '../ingest/build/buildPaperGraph';
import { addCitationLayer } from '../ingest/build/citations';
import type { RawListing } from '../ingest/types';
import { emptyBibFields } from '../src/shared/record';

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

/** Coined system names, one per index ("Kazevi…Net"): distinct for every index, pronounceable, unknown to any lexicon. */
function coinedName(index: number): string {
  const syllables = ['ka', 'ro', 'vi', 'ze', 'lu', 'mo', 'ti', 'qa', 'ne', 'su', 'pi', 'do', 'gre', 'fa', 'xu', 'bel'];
  let name = '';
  let n = index;
  do {
    name += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  } while (n > 0);
  return `${name[0].toUpperCase()}${name.slice(1)}Net`;
}

/**
 * The papers with titles that name their own system ("KazeviNet: …", and "We present KazeviNet." opening the abstract),
 * as listing pages' titles often do (83 of the 226 seed papers): the recombined corpus repeats the seeds' few names, so
 * work that grows with the number of distinct names (introduced methods) only shows on this one.
 */
export function withOwnNames(papers: SyntheticPaper[]): SyntheticPaper[] {
  return papers.map((paper, index) => {
    const name = coinedName(index);
    const title = paper.title.includes(':') ? paper.title.slice(paper.title.indexOf(':') + 1).trim() : paper.title;
    return { title: `${name}: ${title}`, abstract: `We present ${name}. ${paper.abstract}` };
  });
}

/** Write the synthetic papers as listing pages (blank-line layout) of 1,000 papers each. */
export async function writeListingPages(dir: string, papers: SyntheticPaper[]): Promise<void> {
  for (let page = 0; page * 1000 < papers.length; page += 1) {
    const blocks = papers.slice(page * 1000, (page + 1) * 1000).map((paper) => `${paper.title}\n\n${paper.abstract}`);
    await writeFile(join(dir, `page-${String(page).padStart(3, '0')}.txt`), `Daily Papers\n\n${blocks.join('\n\n')}\n`);
  }
}

/** Identifiers and reference lists for a synthetic corpus: in-corpus citations to earlier papers and outside works. */
interface SyntheticCitations {
  openalex: string;
  doi: string;
  year: number;
  /** OpenAlex ids cited: earlier corpus papers (about 5) and outside works (about 15, a popular core and a long tail). */
  cites: string[];
}

const workId = (n: number) => `W${1_000_000_000 + n}`;

export function makeSyntheticCitations(count: number, seed = 11): SyntheticCitations[] {
  const rng = createRng(seed);
  // Outside works: a core of count/10 much-cited works (the field's classics) and a long tail of 20 × count.
  const core = Math.max(10, Math.floor(count / 10));
  const tail = count * 20;
  return Array.from({ length: count }, (_, index) => {
    const cites = new Set<string>();
    // A third of in-corpus citations go to the first 1% (early, much-cited papers): co-citation needs shared targets.
    for (let k = 0; k < 5 && index > 0; k += 1) {
      const target = rng() < 1 / 3 ? Math.floor(rng() * Math.max(1, Math.min(index, count / 100))) : Math.floor(rng() * index);
      cites.add(workId(target));
    }
    for (let k = 0; k < 15; k += 1) {
      cites.add(workId(count + (rng() < 0.4 ? Math.floor(rng() * core) : core + Math.floor(rng() * tail))));
    }
    return {
      openalex: workId(index),
      doi: `10.5555/synthetic.${index}`,
      year: 2000 + Math.floor((index / count) * 24),
      cites: [...cites],
    };
  });
}

function invertedIndex(text: string): Record<string, number[]> {
  const index: Record<string, number[]> = {};
  text.split(/\s+/).forEach((word, position) => {
    if (!Object.hasOwn(index, word)) index[word] = [];
    index[word].push(position);
  });
  return index;
}

/** Write the synthetic papers as OpenAlex `/works` pages (DOI, id, year, abstract, referenced_works) of 1,000 each. */
export async function writeOpenAlexPages(dir: string, papers: SyntheticPaper[], citations: SyntheticCitations[]): Promise<void> {
  for (let page = 0; page * 1000 < papers.length; page += 1) {
    const results = papers.slice(page * 1000, (page + 1) * 1000).map((paper, offset) => {
      const cited = citations[page * 1000 + offset];
      return {
        id: `https://openalex.org/${cited.openalex}`,
        doi: `https://doi.org/${cited.doi}`,
        title: paper.title,
        display_name: paper.title,
        publication_year: cited.year,
        publication_date: `${cited.year}-01-01`,
        type: 'article',
        authorships: [1, 2, 3].map((n) => ({ author: { display_name: `Author ${(page * 1000 + offset) % 997} ${n}` } })),
        abstract_inverted_index: invertedIndex(paper.abstract),
        referenced_works: cited.cites.map((id) => `https://openalex.org/${id}`),
      };
    });
    const body = JSON.stringify({ meta: { count: papers.length, per_page: 1000 }, results });
    await writeFile(join(dir, `works-${String(page).padStart(3, '0')}.json`), body);
  }
}

/** The same citations as in-memory records: times merging and the citation layer alone, whatever readers exist. */
export function citationLayerAlone(papers: SyntheticPaper[], citations: SyntheticCitations[]): string {
  const entries: RawListing[] = papers.map((paper, index) => ({
    ...emptyBibFields(),
    title: paper.title,
    abstract: paper.abstract,
    ids: { doi: citations[index].doi, openalex: citations[index].openalex },
    year: citations[index].year,
    references: citations[index].cites.map((id) => ({ ids: { openalex: id }, text: null, firstAuthor: null, year: null, title: null, source: null })),
    source: 'synthetic.json',
    line: index + 1,
  }));
  const started = performance.now();
  const { papers: merged } = mergeDuplicatePapers(entries);
  const mergeMs = performance.now() - started;
  const graph = buildPaperGraph(merged, { papers: [], concepts: new Map(), methods: new Map(), domains: new Map() });
  const layerStart = performance.now();
  const cpuStart = process.cpuUsage();
  const stats = addCitationLayer(graph, merged);
  const layerMs = performance.now() - layerStart;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time next to wall time: on a shared machine the wall time mostly measures the other processes.
  return (
    `merge ${mergeMs.toFixed(0)} ms, citation layer ${layerMs.toFixed(0)} ms ` +
    `(${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU) for ${stats.referencesTotal} references ` +
    `(${stats.citesEdges} cites edges, ${stats.referenceNodes} reference nodes ≥ ${stats.referenceThreshold} citers, ` +
    `${stats.coCitedEdges} co-cited, ${stats.coupledEdges} coupled)`
  );
}

const execFileAsync = promisify(execFile);

/** Runs of the with-references row; its figure is their median. */
const REFERENCE_RUNS = 3;

/** fsync every file of `dir`, so a measured run does not share the disk and a core with their write-back. */
async function flushFolder(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const handle = await open(join(dir, name), 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

interface MeasuredIngest {
  papers: number;
  seconds: number;
  cpu: number;
  peakMb: number;
  timings: Record<string, number>;
  concepts: number;
  edges: number;
  referencesTotal: number;
  referencesResolved: number;
  citesEdges: number;
  referenceNodes: number;
  coCitedEdges: number;
  coupledEdges: number;
}

/**
 * One ingest of `dir` in a fresh Node process (bench/ingestOnce.ts, built as the CLI is), as the CLI runs it: every row starts from the
 * same clean heap, instead of inheriting what the rows before it grew in this process (a 20k run measured after two
 * 50k runs here was about 15% slower than the same run alone).
 */
async function ingestInFreshProcess(dir: string, workers: number): Promise<MeasuredIngest> {
  const { stdout } = await execFileAsync(process.execPath, [...(await builtRunner('ingestOnce')), dir, String(workers)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as MeasuredIngest;
}

export async function run(sizes = [20_000, 50_000], withReferences = [20_000], withNames = [20_000], whole = [100_000]): Promise<void> {
  console.log('== ingest throughput (synthetic corpus recombined from the seed abstracts)');
  for (const size of sizes) {
    const papers = await makeSyntheticCorpus(size);
    const dir = await mkdtemp(join(tmpdir(), 'pge-bench-'));
    try {
      await writeListingPages(dir, papers);
      await flushFolder(dir);
      const texts = papers.map((paper) => `${paper.title}. ${paper.abstract}`);
      for (const workers of [0, 1, 2]) {
        const measured = await ingestInFreshProcess(dir, workers);
        const { seconds, cpu, timings: t } = measured;
        const perSecond = measured.papers / seconds;
        console.log(
          `${size} papers, ${workers === 0 ? 'main thread only' : workers === 1 ? 'the pipeline thread beside extraction (the default)' : `the pipeline thread and ${workers - 1} extraction thread(s)`}: ` +
            `${perSecond.toFixed(0)} papers/s end to end without layout (${seconds.toFixed(1)} s, CPU ${cpu.toFixed(1)} s ` +
            `all threads; read ${t.read} ms, extract ${t.extract} ms, build ${t.build} ms, analyse ${t.analyse} ms); ` +
            `${measured.concepts} concepts, ${measured.edges} edges; peak RSS ${measured.peakMb} MB (process peak, fresh process per run)`,
        );
        if (workers === 0) {
          for (const line of describeBaselines(`  ${size}`, texts, { papers: measured.papers, wall: seconds, cpu })) console.log(line);
        }
      }
      console.log('  target ≥ 3,333 papers/s end to end (100k in 30 s on two cores)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log('== ingest throughput with references (OpenAlex pages: DOIs, ~5 in-corpus and ~15 outside references each)');
  for (const size of withReferences) {
    const dir = await mkdtemp(join(tmpdir(), 'pge-bench-'));
    try {
      {
        // Block-scoped: the generated papers are garbage before the runs, so this process holds no large heap meanwhile.
        const papers = await makeSyntheticCorpus(size);
        await writeOpenAlexPages(dir, papers, makeSyntheticCitations(size));
      }
      // Measured as a user's export lies on disk: written out first, not half in the page cache's write-back queue.
      await flushFolder(dir);
      // Three runs, each in a fresh process; the median is the figure (one run moved by a sixth on a quiet machine).
      const runs: MeasuredIngest[] = [];
      for (let run = 0; run < REFERENCE_RUNS; run++) runs.push(await ingestInFreshProcess(dir, 1));
      const summary = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
      const { seconds, timings: t } = summary;
      console.log(
        `${size} papers with references (default: the pipeline thread; fresh process, median of ${runs.length}): ${(summary.papers / seconds).toFixed(0)} papers/s end to end without layout ` +
          `(${seconds.toFixed(1)} s, CPU ${summary.cpu.toFixed(1)} s; read ${t.read} ms, extract ${t.extract} ms, build ${t.build} ms, analyse ${t.analyse} ms; peak RSS ${summary.peakMb} MB); ` +
          `${summary.referencesTotal} references read (${summary.referencesResolved} resolved in the corpus), ` +
          `${summary.citesEdges} cites edges, ${summary.referenceNodes} reference nodes, ${summary.coCitedEdges} co-cited, ` +
          `${summary.coupledEdges} coupled; last figure without references: 1,704 papers/s at 20k`,
      );
      console.log(`  runs: ${runs.map((run) => `${(run.papers / run.seconds).toFixed(0)} papers/s (${run.seconds.toFixed(1)} s, CPU ${run.cpu.toFixed(1)} s)`).join(', ')}`);
      if (summary.referencesTotal === 0) console.log('  (no references read: the OpenAlex reader does not read referenced_works yet)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // After the runs: its records and graph stay in this process' heap.
    console.log(`${size} papers, citation layer alone on in-memory records: ${citationLayerAlone(await makeSyntheticCorpus(size), makeSyntheticCitations(size))}`);
  }
  console.log('== ingest throughput, titles that name their systems (one coined name per paper)');
  for (const size of withNames) {
    const dir = await mkdtemp(join(tmpdir(), 'pge-bench-'));
    try {
      await writeListingPages(dir, withOwnNames(await makeSyntheticCorpus(size)));
      await flushFolder(dir);
      const measured = await ingestInFreshProcess(dir, 1);
      const { seconds, cpu, timings: t } = measured;
      console.log(
        `${size} papers, each naming its own system (default: the pipeline thread; fresh process): ${(measured.papers / seconds).toFixed(0)} papers/s end to end without layout ` +
          `(${seconds.toFixed(1)} s, CPU ${cpu.toFixed(1)} s; read ${t.read} ms, extract ${t.extract} ms, build ${t.build} ms, analyse ${t.analyse} ms; peak RSS ${measured.peakMb} MB); ` +
          `compare with the same size's default row above (the same texts, names aside)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  console.log('== ingest throughput at the target size (default workers: the pipeline thread; one fresh-process run)');
  for (const size of whole) {
    const dir = await mkdtemp(join(tmpdir(), 'pge-bench-'));
    try {
      // Block-scoped: the generated papers are garbage before the run, so this process holds no large heap meanwhile.
      {
        await writeListingPages(dir, await makeSyntheticCorpus(size));
      }
      await flushFolder(dir);
      const measured = await ingestInFreshProcess(dir, 1);
      const { seconds, cpu, timings: t } = measured;
      console.log(
        `${size} papers (default: the pipeline thread; fresh process): ${(measured.papers / seconds).toFixed(0)} papers/s end to end without layout ` +
          `(${seconds.toFixed(1)} s, CPU ${cpu.toFixed(1)} s; read ${t.read} ms, extract ${t.extract} ms, build ${t.build} ms, analyse ${t.analyse} ms; ` +
          `peak RSS ${measured.peakMb} MB); ${measured.edges} edges; target ≥ 3,333 papers/s (${size.toLocaleString('en-US')} in ${(size / 3333).toFixed(0)} s)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
