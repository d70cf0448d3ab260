// Jobs run in the pipeline's worker thread: the same neighbours and citation plan as on the main thread.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Graph from 'graphology';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leidenClustersOfEdges, readEdgeList } from '../../../src/shared/analysis';
import { pagerankOfEdges } from '../../../src/shared/analysis/pagerank';
import { PipelineThread, PIPELINE_CITATION_OPTIONS } from '../../../ingest/threads/pipelineThread';
import { planCitationLayer } from '../../../ingest/build/citations';
import { similarPairsOfTexts } from '../../../ingest/build/similarity';
import { readSources } from '../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import { ExtractionThreads, extractConcepts, extractConceptsRankedInThreads, rankDocumentsOf } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { DEFAULT_RANK_OPTIONS, analyseCorpus } from '../../../ingest/extract/rank';
import { rankRange, rankTablesOf, type RankedRange } from '../../../ingest/extract/rank/rankTables';
import { isExtractionAnswer } from '../../../ingest/extract/extractionRequests';
import type { Paper } from '../../../ingest/types';
import { describeShared, itShared, sharedPath } from '../../sharedData';

const LABELLED = sharedPath('samples/labelled/arxiv_api_cs_week_2025-10_1167.json');
const BIBLIO = sharedPath('samples/biblio');

describeShared(sharedPath('samples'), 'the pipeline thread', () => {
  const thread = new PipelineThread();
  afterAll(() => thread.close());

  itShared(LABELLED, 'gives bit-identical neighbours on 1,167 real abstracts (large enough for latent vectors)', async () => {
    const records = JSON.parse(await readFile(LABELLED, 'utf8')) as { title: string; abstract: string }[];
    const texts = records.map(({ title, abstract }) => ({ title, abstract }));
    const here = similarPairsOfTexts(texts);
    const there = await thread.similarPairs(texts);
    expect(here.pairs.a.length).toBeGreaterThan(records.length * 5);
    expect(there.pairs).toEqual(here.pairs);
    expect(Array.from(there.best)).toEqual(Array.from(here.best));
    expect(Array.from(there.abstractWords)).toEqual(Array.from(here.abstractWords));
  }, 120_000);

  itShared(BIBLIO, 'gives the same citation plan as the main thread on every real export', async () => {
    const { papers } = mergeDuplicatePapers((await readSources([BIBLIO])).entries);
    const here = planCitationLayer(papers, PIPELINE_CITATION_OPTIONS);
    const there = await thread.citationPlan(papers);
    // The samples hold internal citations (WoS 16 pairs, Scopus 3, OpenAlex 36, …) and shared references.
    expect(here.counts.citingPairs).toBeGreaterThanOrEqual(55);
    expect(here.sharedPairs.length).toBeGreaterThan(0);
    expect(there).toEqual(here);
  }, 120_000);
});

describe('the pipeline thread on a corpus sent in several pieces', () => {
  it('gives the same citation plan as the main thread', async () => {
    // 12,000 records, sent as JSON in pieces of 5,000: each cites the next by DOI, a shared outside work and an outside
    // work of its own by title, so resolution, outside works and coupling all see records of different pieces.
    const records = Array.from({ length: 12_000 }, (_, i) => ({
      ids: { doi: `10.1000/p${i}` },
      authors: [`Author${i % 7}, A.`],
      year: 2000 + (i % 20),
      title: `Paper number ${i}`,
      venue: null,
      references: [
        { ids: { doi: `10.1000/p${(i + 1) % 12_000}` }, text: null, firstAuthor: null, year: null, title: null, source: null },
        { ids: { doi: `10.9999/shared${i % 50}` }, text: null, firstAuthor: null, year: null, title: null, source: null },
        { ids: {}, text: null, firstAuthor: `Writer${i % 3}`, year: 1990 + (i % 5), title: `A book on topic ${i % 40}`, source: null },
      ],
    }));
    const thread = new PipelineThread();
    try {
      const here = planCitationLayer(records, PIPELINE_CITATION_OPTIONS);
      expect(here.counts.citingPairs).toBe(12_000);
      expect(await thread.citationPlan(records)).toEqual(here);
    } finally {
      await thread.close();
    }
  }, 60_000);
});

describe('a citation plan taken back by the main thread', () => {
  const records = Array.from({ length: 50 }, (_, i) => ({
    ids: { doi: `10.1000/p${i}` },
    authors: [`Author${i % 7}, A.`],
    year: 2000 + (i % 20),
    title: `Paper number ${i}`,
    venue: null,
    references: [{ ids: { doi: `10.1000/p${(i + 1) % 50}` }, text: null, firstAuthor: null, year: null, title: null, source: null }],
  }));

  it('is skipped by the thread (answered with null) when taken back before the thread starts it; later jobs still answer', async () => {
    const thread = new PipelineThread();
    try {
      // The thread is still loading its modules: it cannot have started the job.
      const job = thread.claimableCitationPlan(records);
      expect(job.takeBack()).toBe(true);
      expect(job.takeBack()).toBe(false); // claimed once, by one side only
      expect(await job.answer).toBeNull();
      const texts = [{ title: 'A', abstract: 'graph neural networks' }];
      expect((await thread.similarPairs(texts)).pairs).toEqual(similarPairsOfTexts(texts).pairs);
    } finally {
      await thread.close();
    }
  }, 60_000);

  it('cannot be taken back once the thread has started it, and then gives the plan', async () => {
    const thread = new PipelineThread();
    try {
      const job = thread.claimableCitationPlan(records);
      const plan = await job.answer;
      expect(job.takeBack()).toBe(false);
      expect(plan).toEqual(planCitationLayer(records, PIPELINE_CITATION_OPTIONS));
      expect(plan!.counts.citingPairs).toBe(50);
    } finally {
      await thread.close();
    }
  }, 60_000);
});

describe('PageRank in the pipeline thread', () => {
  it('gives the scores pagerankOfEdges gives here, bit for bit, and the error it throws', async () => {
    // A ring of 2,000 nodes with chords and uneven weights, a few nodes without edges (dangling mass), undirected.
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < 2_010; i++) graph.addNode(`n${i}`);
    for (let i = 0; i < 2_000; i++) {
      graph.addEdge(`n${i}`, `n${(i + 1) % 2_000}`, { weight: 1 + (i % 7) / 3 });
      if (i % 3 === 0) graph.addEdge(`n${i}`, `n${(i * 17 + 5) % 2_000}`, { weight: 0.25 + (i % 11) / 10 });
    }
    const edges = readEdgeList(graph);
    const thread = new PipelineThread();
    try {
      const there = await thread.pagerank(edges);
      expect(there).toBeInstanceOf(Float64Array);
      expect(Array.from(there as Float64Array)).toEqual(Array.from(pagerankOfEdges(edges)));
      // An edge of weight 0 as a node's only edge makes its shares 0/0: the iteration never settles, and the thread
      // answers with the error pagerankOfEdges throws here.
      const zero = new Graph({ type: 'undirected' });
      zero.addNode('a');
      zero.addNode('b');
      zero.addEdge('a', 'b', { weight: 0 });
      const unsettled = readEdgeList(zero);
      const error = await thread.pagerank(unsettled);
      expect(error).toBeInstanceOf(Error);
      expect(() => pagerankOfEdges(unsettled)).toThrow((error as Error).message);
    } finally {
      await thread.close();
    }
  }, 60_000);
});

describe('clustering and PageRank in the pipeline thread', () => {
  it("gives Leiden's clusters and PageRank as computed here from the same list, and null clusters where they need the graph", async () => {
    // Two rings of 1,000 nodes joined by a few chords, `similar` edges, and a hub on `in-domain` edges (left out).
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < 2_000; i++) graph.addNode(`n${i}`);
    graph.addNode('hub');
    for (let i = 0; i < 2_000; i++) {
      const ring = i < 1_000 ? 0 : 1_000;
      graph.addEdge(`n${i}`, `n${ring + ((i + 1) % 1_000)}`, { kind: 'similar', weight: 1 + (i % 7) / 3 });
      if (i % 3 === 0) graph.addEdge(`n${i}`, `n${ring + ((i * 17 + 5) % 1_000)}`, { kind: 'similar', weight: 0.5 });
      if (i % 50 === 0) graph.addEdge(`n${i}`, 'hub', { kind: 'in-domain', weight: 1 });
    }
    const edges = readEdgeList(graph);
    const options = { resolution: 1, seed: 3, algorithm: 'leiden' as const };
    const thread = new PipelineThread();
    try {
      const there = await thread.clusterAndRank(edges, options);
      expect(Array.from(there.clusters!)).toEqual(Array.from(leidenClustersOfEdges(edges, options)!));
      expect(Array.from(there.pagerank as Float64Array)).toEqual(Array.from(pagerankOfEdges(edges)));
      // The list here is untouched (copies went), and weights that need the graph give no clusters.
      expect(edges.source.length).toBe(graph.size);
      const negative = await thread.clusterAndRank({ ...edges, weightIssue: true }, options);
      expect(negative.clusters).toBeNull();
    } finally {
      await thread.close();
    }
  }, 60_000);
});

describe('the pipeline thread lent to the read', () => {
  const seeds = join(import.meta.dirname, '../../../data/seeds');
  const fixtures = join(import.meta.dirname, '../../fixtures/sources');

  it('reads files as the main thread does: the same entries, warnings (file and line) and reports, in file order', async () => {
    const alone = await readSources([seeds, fixtures], { workers: 0 });
    expect(alone.files.length).toBeGreaterThan(5);
    const thread = new PipelineThread();
    const readThere: number[] = [];
    try {
      const lent = thread.fileReader();
      // However small the input (a read worker pays only from MIN_BYTES_PER_READ_WORKER; the thread takes its place).
      const shared = await readSources([seeds, fixtures], {
        workers: 1,
        minBytesPerWorker: 0,
        onListed: () => ({
          read: (request) => lent.read(request).then((answer) => ('result' in answer && readThere.push(answer.index), answer)),
        }),
      });
      // Strict: the same prototypes and present-but-undefined fields after the structured clone.
      expect(shared.entries).toStrictEqual(alone.entries);
      expect(shared.warnings).toStrictEqual(alone.warnings);
      expect(shared.files).toStrictEqual(alone.files);
      // The thread read a file itself (it is handed one at once, then one at a time), and still answers its own jobs.
      expect(readThere.length).toBeGreaterThanOrEqual(1);
      const texts = [{ title: 'Graph neural networks', abstract: 'message passing on graphs' }];
      expect(await thread.similarPairs(texts)).toEqual(similarPairsOfTexts(texts));
    } finally {
      await thread.close();
    }
  }, 120_000);

  it('is not asked to read an input too small for a read worker to pay', async () => {
    let asked = 0;
    const read = await readSources([seeds], {
      workers: 1,
      onListed: () => ({
        read: () => {
          asked++;
          return Promise.reject(new Error('not expected'));
        },
      }),
    });
    expect(read.entries.length).toBe(350);
    expect(asked).toBe(0);
  });

  it('gives its files back to the main thread when it fails, none lost', async () => {
    const alone = await readSources([seeds, fixtures], { workers: 0 });
    const thread = new PipelineThread(pathToFileURL(join(import.meta.dirname, '../../fixtures/pipelineThread/crashingPipelineWorker.ts')));
    try {
      const shared = await readSources([seeds, fixtures], { workers: 1, minBytesPerWorker: 0, onListed: () => thread.fileReader() });
      expect(shared.entries).toStrictEqual(alone.entries);
      expect(shared.warnings).toStrictEqual(alone.warnings);
    } finally {
      await thread.close();
    }
  }, 120_000);
});

describe('a pipeline thread that fails', () => {
  it('rejects every job waiting for it (the pipeline then computes that part itself) and can still be closed', async () => {
    const thread = new PipelineThread(pathToFileURL(join(import.meta.dirname, '../../fixtures/pipelineThread/crashingPipelineWorker.ts')));
    const texts = [{ title: 'A', abstract: 'graph neural networks' }];
    const similar = thread.similarPairs(texts);
    const plan = thread.citationPlan([]);
    await expect(similar).rejects.toThrow(/crashed on purpose/);
    await expect(plan).rejects.toThrow(/crashed on purpose|stopped with code/);
    // A job asked for once it has stopped (PageRank, after the build's jobs) fails at once rather than wait forever.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(thread.pagerank(readEdgeList(new Graph()))).rejects.toThrow(/crashed on purpose|stopped with code/);
    await thread.close();
  }, 60_000);
});

describe('the pipeline thread lent to extraction for ranking', () => {
  let papers: Paper[];
  beforeAll(async () => {
    papers = mergeDuplicatePapers((await readSources(['data/seeds'])).entries).papers;
  }, 60_000);
  const serialised = (result: ReturnType<typeof extractConcepts>) =>
    JSON.stringify([result.papers, [...result.concepts], [...result.methods], [...result.domains], result.broader]);

  it('ranks slices equal to the main thread\'s, and still answers its own jobs afterwards', async () => {
    const thread = new PipelineThread();
    const options = { ...DEFAULT_RANK_OPTIONS, topN: 10 };
    const analysis = analyseCorpus(rankDocumentsOf(papers), options);
    const tables = rankTablesOf(analysis);
    const lent = thread.lend();
    let rankedThere = 0;
    lent.worker.on('message', (answer) => {
      if (isExtractionAnswer(answer) && answer.type === 'result' && answer.value !== null) rankedThere++;
    });
    // Without stealing, the slices the thread holds are ranked there (the main thread takes only those not handed out).
    const pool = new ExtractionThreads(lent, { stealing: false });
    try {
      const ranked: RankedRange[] = await pool.rank(analysis, tables, options, () => false);
      expect(rankedThere).toBeGreaterThanOrEqual(1);
      expect(ranked.reduce((sum, range) => sum + range.keptStarts.length - 1, 0)).toBe(papers.length);
      for (const range of ranked) expect(range).toEqual(rankRange(analysis, tables, range.start, range.start + range.keptStarts.length - 1, options));
      await pool.close();
      expect(pool.failures).toEqual([]);
      const texts = papers.map(({ title, abstract }) => ({ title, abstract }));
      expect((await thread.similarPairs(texts)).pairs).toEqual(similarPairsOfTexts(texts).pairs);
    } finally {
      await thread.close();
    }
  }, 120_000);

  it('gives what extractConcepts gives, whether the thread is free or still busy with a job of its own', async () => {
    const vocabulary = await loadVocabulary();
    const expected = serialised(extractConcepts(papers, {}, vocabulary));
    const thread = new PipelineThread();
    try {
      for (const busy of [false, true]) {
        // A job sent first keeps the thread from ranking until it has answered (it is not given slices meanwhile).
        const texts = papers.map(({ title, abstract }) => ({ title, abstract }));
        const job = busy ? thread.similarPairs(texts) : null;
        const pool = new ExtractionThreads(thread.lend(), { stealing: false });
        try {
          expect(serialised(await extractConceptsRankedInThreads(papers, pool, {}, vocabulary))).toBe(expected);
        } finally {
          await pool.close();
        }
        expect(pool.failures).toEqual([]);
        if (job) expect((await job).pairs).toEqual(similarPairsOfTexts(texts).pairs);
      }
    } finally {
      await thread.close();
    }
  }, 120_000);
});
