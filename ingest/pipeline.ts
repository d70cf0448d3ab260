// runIngest(config): read → parse → merge → extract → build → layout → analyse → write. The stages are pure; this wires them.
import { basename } from 'node:path';
import type { PaperGraph } from '../src/shared';
import { analysePaperGraph, analysePaperGraphBeside, analysePlannedGraph, type ComputedBeside } from './analyse';
import { resolveConfig, type IngestConfig } from './config';
import { ExtractionThreads, extractConcepts, extractConceptsInThreads, extractConceptsRankedInThreads } from './extract';
import { loadVocabulary } from './extract/loadVocabulary';
import { buildPaperGraph } from './build/buildPaperGraph';
import { applyCitationPlan, planCitationLayer, type CitationStats } from './build/citations';
import { edgeListOfBuiltGraph, planGraph, type PlannedEdges, type PlannedInsertions } from './build/planEdges';
import { insertPlannedGraph } from './build/insertPlannedGraph';
import { PipelineThread, PIPELINE_CITATION_OPTIONS } from './threads/pipelineThread';
import { explainIsolatedPapers, linkSimilarPapers, similarityTextOf, type IsolatedPaper, type SimilarityLayer } from './build/similarity';
import { layoutPaperGraph } from './layout/layoutPaperGraph';
import { readSources } from './sources';
import { totalFileBytes } from './sources/readInWorkers';
import { mergeDuplicatePapers } from './sources/mergeDuplicates';
import type { IngestWarning, RawListing } from './types';
import { writeGraphFiles } from './write/writeGraphFiles';

export type IngestStage = 'read' | 'extract' | 'build' | 'layout' | 'analyse' | 'write';

/** Progress events: `total` is the stage's unit count (files for read, papers for extract, 1 otherwise). */
export type ProgressListener = (stage: IngestStage, done: number, total: number, detail?: string) => void;

export interface IngestSummary {
  filesRead: number;
  filesSkipped: number;
  entries: number;
  duplicatesMerged: number;
  /** Of those: merged by a shared identifier, by title + year; papers joining a preprint and its published version. */
  mergedById: number;
  mergedByTitle: number;
  preprintMerges: number;
  papers: number;
  concepts: number;
  methods: number;
  domains: number;
  edges: number;
  /** Citation layer: reference-list entries, those resolved to a corpus paper, pointing outside, naming the paper itself. */
  referencesTotal: number;
  referencesResolved: number;
  referencesOutside: number;
  referencesSelf: number;
  /** Distinct citing → cited pairs of corpus papers, and the `cites` edges between papers (mutual pairs: one edge). */
  citingPairs: number;
  citesEdges: number;
  /** Outside works cited by at least `referenceThreshold` corpus papers, made `reference` nodes. */
  referenceNodes: number;
  referenceThreshold: number;
  coCitedEdges: number;
  coupledEdges: number;
  communities: number;
  /** Standard modularity Q of the partition (resolution 1), and the quality at the resolution used. */
  modularity: number | null;
  quality: number | null;
  resolution: number;
  algorithm: string;
  /** Papers with no edge at all, each with the reason; `isolatedShare` is their share of all papers (0..1). */
  isolated: IsolatedPaper[];
  isolatedShare: number;
  /** Labels of the largest clusters with their paper counts, largest first. */
  largestClusters: { label: string; papers: number }[];
  /** Wall time per stage in milliseconds. */
  timings: Partial<Record<IngestStage, number>>;
}

export interface IngestResult {
  graph: PaperGraph;
  summary: IngestSummary;
  warnings: IngestWarning[];
  /** Files written (empty for `ingestGraph`). */
  written: string[];
  /**
   * The plan of insertions the graph was built from, when it was (with the pipeline thread and Leiden) and the built
   * graph matched it: the JSON write formats the edges from it (plannedGraphJson.ts).
   */
  plannedInsertions?: PlannedInsertions;
}

function countKinds(graph: PaperGraph) {
  const counts = { paper: 0, concept: 0, method: 0, domain: 0 } as Record<string, number>;
  graph.forEachNode((_node, attributes) => {
    counts[attributes.kind] = (counts[attributes.kind] ?? 0) + 1;
  });
  return counts;
}

/** Hooks for tools that run the pipeline under changed conditions (the evaluation hides the records' categories). */
export interface IngestHooks {
  /** Applied to the entries as read, before duplicates are merged. */
  prepareEntries?: (entries: RawListing[]) => RawListing[];
  /** Starts the extraction threads for `--workers` beyond the first, on any corpus (by default they are started from
   * EXTRACTION_THREAD_MIN_PAPERS papers): tests start them on a small corpus, without stealing, so they do the work. */
  startExtractionThreads?: (count: number) => ExtractionThreads;
  /** Starts the pipeline thread for `--workers` 1 or more, on any corpus (by default from PIPELINE_THREAD_MIN_PAPERS
   * papers): tests start one on the seeds, or one whose module fails. */
  startPipelineThread?: () => PipelineThread;
}

/**
 * Corpus size from which the pipeline uses its worker thread: starting it (with its module graph) costs a few hundred
 * milliseconds, about what the jobs it takes cost on a thousand papers.
 */
export const PIPELINE_THREAD_MIN_PAPERS = 1000;

/**
 * Input size from which the pipeline thread is started before the files are read, so that loading its modules (0.4–0.6 s
 * under tsx, measured) overlaps the read instead of delaying its first job: on two cores the thread's jobs take as long
 * as extraction, so their start is on the run's critical path. A megabyte holds about a thousand papers in the leanest
 * formats with abstracts (listing pages ~1.2 KB a paper, OpenAlex ~3.3 KB); a smaller input still gets the thread
 * after reading when it holds PIPELINE_THREAD_MIN_PAPERS papers. Where the jobs run never changes the file.
 */
export const PIPELINE_THREAD_EARLY_BYTES = 1024 * 1024;

/** Corpus size from which workers beyond the first tag and rank beside the main thread: each loads natural's lexicon
 * when it starts, about what tagging a thousand papers costs. */
export const EXTRACTION_THREAD_MIN_PAPERS = 1000;

/** A job of the pipeline thread; a failed one is a warning (null), and that part is then computed on the main thread. */
function offThread<T>(job: Promise<T>, what: string, warnings: IngestWarning[]): Promise<T | null> {
  return job.catch((error: unknown) => {
    const why = error instanceof Error ? error.message : String(error);
    warnings.push({ file: '(pipeline thread)', reason: `${what} failed in its worker thread and was computed on the main thread instead: ${why}` });
    return null;
  });
}

/** Everything but writing: returns the analysed graph, a summary and all warnings. */
export async function ingestGraph(
  inputs: string[],
  overrides: Partial<IngestConfig> = {},
  onProgress: ProgressListener = () => {},
  hooks: IngestHooks = {},
): Promise<Omit<IngestResult, 'written'>> {
  const config = resolveConfig({ ...overrides, inputs });
  const timings: IngestSummary['timings'] = {};
  const time = <T>(stage: IngestStage, work: () => T): T => {
    const start = performance.now();
    const result = work();
    // Adds up: reading is timed in two parts (the files, then merging duplicates).
    timings[stage] = (timings[stage] ?? 0) + Math.round(performance.now() - start);
    return result;
  };
  const timed = async <T>(stage: IngestStage, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[stage] = (timings[stage] ?? 0) + Math.round(performance.now() - start);
    return result;
  };

  const start = performance.now();
  // Vocabulary first: a broken methods/domains file is the user's argument error, reported before any work.
  const vocabulary = await loadVocabulary({ methods: config.methodsFile, domains: config.domainsFile });
  const startPipelineThread = hooks.startPipelineThread ?? (() => new PipelineThread());
  // A large input's pipeline thread loads its modules while the files are read (and reads some of a very large one).
  let startedEarly: PipelineThread | null = null;
  const read = await readSources(config.inputs, {
    onListed: async (files) => {
      if (config.workers < 1 || (await totalFileBytes(files)) < PIPELINE_THREAD_EARLY_BYTES) return null;
      startedEarly = startPipelineThread();
      // Idle until the files are read, it reads some of them meanwhile where a read worker would (see readSources).
      return startedEarly.fileReader();
    },
    workers: config.workers,
    maxFileBytes: config.maxFileBytes,
    onProgress: (done, total, file) => onProgress('read', done, total, file),
  });
  timings.read = Math.round(performance.now() - start);
  const warnings: IngestWarning[] = [...read.warnings];

  const entries = hooks.prepareEntries ? hooks.prepareEntries(read.entries) : read.entries;
  const merged = time('read', () => mergeDuplicatePapers(entries));
  const { papers } = merged;
  // The first worker thread computes the similarity neighbours and the citation plan from the records while this
  // thread extracts concepts, then the clustering and PageRank while it builds the graph; the others (if any) tag text
  // and rank keyphrases. Where they ran never changes the file: the same code on the same input (see pipelineThread.ts). The thread keeps the process alive only while a job waits for it, and is
  // closed once analysis is done.
  const keys = papers.map((paper) => paper.key);
  const thread: PipelineThread | null =
    startedEarly ?? (config.workers >= 1 && (hooks.startPipelineThread || papers.length >= PIPELINE_THREAD_MIN_PAPERS) ? startPipelineThread() : null);
  const similarityJob = thread ? offThread(thread.similarPairs(papers.map(similarityTextOf)), 'the similarity layer', warnings) : null;
  const citationJob = thread ? thread.claimableCitationPlan(papers) : null;
  // Read only after extraction: a thread that fails before then (its module missing) must not end the process as an
  // unhandled rejection. The rejection is still read there, as a warning, and the plan computed on this thread.
  void citationJob?.answer.catch(() => {});
  // Workers beyond the first tag text and rank keyphrases beside the main thread (see extractConceptsInThreads).
  const extractionWorkers = config.workers - 1;
  const startThreads = hooks.startExtractionThreads ?? ((count: number) => (papers.length >= EXTRACTION_THREAD_MIN_PAPERS ? new ExtractionThreads(count) : null));
  const threads = extractionWorkers > 0 ? startThreads(extractionWorkers) : null;
  const extractOptions = { keyphrasesPerPaper: config.keyphrasesPerPaper, minPapersPerConcept: config.minPapersPerConcept, allMethods: config.allMethods };
  const onExtracted = (done: number, total: number) => onProgress('extract', done, total);
  // Without them, the pipeline thread ranks keyphrases beside this thread once free of its jobs (when it finishes
  // them before this thread has ranked every paper); this thread never waits for it.
  const lent = !threads && thread ? new ExtractionThreads(thread.lend()) : null;
  const extraction =
    threads || lent
      ? await timed('extract', async () => {
          try {
            if (threads) return await extractConceptsInThreads(papers, threads, extractOptions, vocabulary, onExtracted);
            return await extractConceptsRankedInThreads(papers, lent!, extractOptions, vocabulary, onExtracted);
          } finally {
            const pool = (threads ?? lent)!;
            void pool.close();
            for (const reason of pool.failures) {
              warnings.push({ file: pool === lent ? '(pipeline thread)' : '(extraction threads)', reason: `a worker failed and its share was computed on the main thread instead: ${reason}` });
            }
          }
        })
      : time('extract', () => extractConcepts(papers, extractOptions, vocabulary, onExtracted));
  const sources = read.files.filter((file) => file.entries > 0).map((file) => basename(file.file));
  // Build progress in percent: the papers and ideas, the citations, the similarity layer (either may wait for the
  // thread); with a plan, its edges' insertion (at 100k papers ~6 s) reported as it goes.
  const built = (percent: number) => onProgress('build', percent, 100);
  built(0);
  // Waiting for the pipeline thread counts as build time: it is the part of its work extraction did not cover. When
  // the thread is still on the similarity job, this thread plans the citations itself rather than wait twice.
  const awaitCitationPlan = () =>
    timed('build', async () => {
      if (citationJob === null) return null;
      if (citationJob.takeBack()) {
        void citationJob.answer.catch(() => {}); // null once the thread skips it; a failure there no longer matters
        return null;
      }
      return offThread(citationJob.answer, 'the citation layer', warnings);
    });
  const analyseOptions = { resolution: config.resolution, seed: config.seed, algorithm: config.algorithm };
  let graph: PaperGraph;
  let citations: CitationStats;
  let similarity: SimilarityLayer;
  let planned: { edges: PlannedEdges; beside: ComputedBeside; insertions: PlannedInsertions } | null = null;
  let plannedInsertions: PlannedInsertions | undefined;
  if (thread && config.algorithm === 'leiden') {
    // With the thread, the graph's edge list is planned from the build's inputs before graphology holds any of them
    // (planEdges.ts), and the thread clusters it and computes PageRank while this thread inserts the same edges and lays
    // them out: at 100k papers the insertions take seconds, which Leiden's now overlap instead of following. So both
    // of the thread's answers are awaited first; the graph is the same, built by the same steps in the same order.
    const citationPlan = (await awaitCitationPlan()) ?? time('build', () => planCitationLayer(papers, PIPELINE_CITATION_OPTIONS));
    const similarPairs = await timed('build', async () => (similarityJob ? await similarityJob : null));
    if (similarPairs) {
      const { edges, insertions } = time('build', () => planGraph({ papers, extraction, citations: citationPlan, similar: similarPairs }));
      const beside = offThread(thread.clusterAndRank(edges, analyseOptions), 'the clustering with PageRank', warnings);
      planned = { edges, beside, insertions };
      built(10);
      // The plan knows every insertion the three steps make: the graph is made from it, without asking graphology
      // again what the plan already answered (insertPlannedGraph.ts). The same graph.
      ({ graph, citations, similarity } = time('build', () =>
        insertPlannedGraph({ papers, extraction, sources, citations: citationPlan, similar: similarPairs, insertions }, (done, total) =>
          built(10 + Math.floor((85 * done) / total)),
        ),
      ));
    } else {
      graph = time('build', () => buildPaperGraph(papers, extraction, sources));
      built(40);
      citations = time('build', () => applyCitationPlan(graph, keys, citationPlan));
      built(70);
      similarity = time('build', () => linkSimilarPapers(graph, {}, null));
    }
  } else {
    graph = time('build', () => buildPaperGraph(papers, extraction, sources));
    built(40);
    // Citations first: a citation replaces a `mentions` edge on the same pair, and similarity skips linked pairs.
    const citationPlan = await awaitCitationPlan();
    citations = time('build', () => applyCitationPlan(graph, keys, citationPlan ?? planCitationLayer(papers, PIPELINE_CITATION_OPTIONS)));
    built(70);
    const similarPairs = await timed('build', async () => (similarityJob ? await similarityJob : null));
    similarity = time('build', () => linkSimilarPapers(graph, {}, similarPairs && { ...similarPairs, keys }));
  }
  built(100);
  time('layout', () =>
    layoutPaperGraph(graph, { iterations: config.layoutIterations, seed: config.seed }, (done, total) =>
      onProgress('layout', done, total),
    ),
  );
  // Nothing to cluster in an empty graph (every input was skipped): the CLI reports that and writes nothing. With the
  // pipeline thread, the clustering and PageRank were computed there from the planned list (or, without a plan,
  // PageRank runs there while this thread clusters); the thread is closed once it has answered.
  const analysis = await timed('analyse', async () => {
    try {
      if (graph.order === 0) return { communities: 0, modularity: null, quality: null, largest: [] };
      const plannedList = planned && edgeListOfBuiltGraph(planned.edges, graph);
      if (plannedList) {
        plannedInsertions = planned!.insertions;
        return await analysePlannedGraph(graph, analyseOptions, plannedList, planned!.beside);
      }
      if (!thread) return analysePaperGraph(graph, analyseOptions);
      return await analysePaperGraphBeside(graph, analyseOptions, (edges) => offThread(thread.pagerank(edges), 'PageRank', warnings));
    } finally {
      void thread?.close();
    }
  });
  onProgress('analyse', 1, 1);

  const counts = countKinds(graph);
  const isolated = explainIsolatedPapers(graph, similarity);
  const summary: IngestSummary = {
    filesRead: read.files.filter((file) => file.format !== null).length,
    filesSkipped: read.files.filter((file) => file.format === null).length,
    entries: entries.length,
    duplicatesMerged: merged.duplicatesMerged,
    mergedById: merged.mergedById,
    mergedByTitle: merged.mergedByTitle,
    preprintMerges: merged.preprintMerges,
    papers: counts.paper,
    concepts: counts.concept,
    methods: counts.method,
    domains: counts.domain,
    edges: graph.size,
    referencesTotal: citations.referencesTotal,
    referencesResolved: citations.referencesResolved,
    referencesOutside: citations.referencesOutside,
    referencesSelf: citations.referencesSelf,
    citingPairs: citations.citingPairs,
    citesEdges: citations.citesEdges,
    referenceNodes: citations.referenceNodes,
    referenceThreshold: citations.referenceThreshold,
    coCitedEdges: citations.coCitedEdges,
    coupledEdges: citations.coupledEdges,
    communities: analysis.communities,
    modularity: analysis.modularity,
    quality: analysis.quality,
    resolution: config.resolution,
    algorithm: config.algorithm,
    isolated,
    isolatedShare: counts.paper > 0 ? isolated.length / counts.paper : 0,
    largestClusters: analysis.largest.map(({ label, papers }) => ({ label, papers })),
    timings,
  };
  return { graph, summary, warnings, plannedInsertions };
}

/** The whole job: ingest, then write the graph atomically in the configured format. */
export async function runIngest(
  overrides: Partial<IngestConfig>,
  onProgress: ProgressListener = () => {},
  hooks: IngestHooks = {},
): Promise<IngestResult> {
  const config = resolveConfig(overrides);
  const result = await ingestGraph(config.inputs, config, onProgress, hooks);
  const start = performance.now();
  onProgress('write', 0, 100);
  // Elements encoded are reported as a share of the whole (the last batch is reported before it is written).
  const encoded = (elements: number, total: number) => onProgress('write', Math.min(99, Math.floor((100 * elements) / total)), 100);
  // With the build's plan, the edges are formatted from it rather than stringified from the graph (the same file).
  const written = result.summary.papers > 0 ? await writeGraphFiles(result.graph, config.out, config.format, encoded, result.plannedInsertions) : [];
  result.summary.timings.write = Math.round(performance.now() - start);
  onProgress('write', 100, 100);
  // The plan is not kept past the write (a tool running several ingests would hold every one's).
  const { plannedInsertions: _plan, ...rest } = result;
  return { ...rest, written };
}
