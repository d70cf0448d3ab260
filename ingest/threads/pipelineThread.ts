// A worker thread beside the pipeline's main thread. The build stage's pure parts — the similarity layer's neighbours
// (TF-IDF, latent vectors, kNN) and the citation plan (resolving references, co-citation, coupling) — read only the
// records, so they run on the second core while the main thread extracts concepts, which then only adds their edges
// to the graph. Then, given the graph's edge list as planned before the graph is built (build/planEdges.ts), it
// clusters it and computes PageRank while the main thread inserts the same edges into graphology (and lays them out):
// neither needs the graph. (Leiden was tried here alone once the graph was built, on a heap of its own: 3.78 s against
// 3.81 s on the main thread at 100k nodes / 1M edges, no gain, since the main thread only waited for it; the gain is in
// starting before the insertions.) Without a plan (Louvain), PageRank runs here while the main thread clusters.
import type { CitationOptions, CitationPlan } from '../build/citations';
import type { CitingRecord } from '../build/resolveCitations';
import type { SimilarityOptions, SimilarityText, SimilarTexts } from '../build/similarity';
import type { ClusterableEdges, CommunitiesOptions, EdgeList } from '../../src/shared/analysis';
import type { PagerankEdges } from '../../src/shared/analysis/pagerank';
import { isExtractionAnswer } from '../extract/extractionRequests';
import type { LentWorker } from '../extract/extractionThreads';
import type { FileReadingThread } from '../sources/readInWorkers';
import type { ReadFileAnswer, ReadFileRequest } from '../sources/readFileAnswer';
import { parseReferenceText } from '../sources/referenceText';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerModuleUrl } from './startWorker';

/** How the pipeline resolves citations, wherever it runs: references that reached it as text only (Crossref
 * `unstructured`, RIS notes) are parsed here, in any of the styles the reference parser knows. */
export const PIPELINE_CITATION_OPTIONS: Partial<CitationOptions> = {
  parseReferenceText: (text) => parseReferenceText(text, 'auto'),
};

export type PipelineJob =
  | { kind: 'similarity'; texts: SimilarityText[]; options: Partial<SimilarityOptions> }
  | { kind: 'citations'; recordsJson: string[]; options: Partial<Omit<CitationOptions, 'parseReferenceText'>>; claim: Int32Array }
  | { kind: 'pagerank'; edges: PagerankEdges }
  | { kind: 'cluster'; edges: PagerankEdges & ClusterableEdges; options: ClusterOptions }
  | { kind: 'read'; request: ReadFileRequest };

/**
 * A job the main thread may take back until the thread starts it: `claim` (shared memory) holds who took it,
 * CLAIMED_BY_THREAD or CLAIMED_HERE, first come first served (Atomics.compareExchange on both sides). The thread
 * answers a job taken back with null, straight away, so later jobs keep their order.
 */
export const CLAIMED_BY_THREAD = 1;
export const CLAIMED_HERE = 2;

/** A job that can be taken back: `answer` is null when it was. */
export interface ClaimableJob<T> {
  answer: Promise<T | null>;
  /** True when the thread had not started the job: the caller computes it itself (the thread skips it). */
  takeBack(): boolean;
}

/** PageRank's answer: the scores, or the message of what pagerankOfEdges threw (it did not converge). */
export type PagerankAnswer = { scores: Float64Array } | { error: string };

/** The clustering options the thread is given (the rest are the communities module's defaults, as on the main thread). */
export type ClusterOptions = Pick<CommunitiesOptions, 'resolution' | 'seed' | 'algorithm'>;

/** Leiden's clusters (leidenClustersOfEdges: null when they need the graph) and PageRank of one edge list. */
export interface ClusterAnswer {
  clusters: Int32Array | null;
  pagerank: PagerankAnswer;
}

/** What the main thread makes of it: PageRank's scores or the error it threw. */
export interface ClusteredBeside {
  clusters: Int32Array | null;
  pagerank: Float64Array | Error;
}

/** Records per JSON string sent to the thread: far below V8's longest string (2²⁹ characters) at any record size. */
const RECORDS_PER_JSON = 5_000;

/** The records as JSON strings of RECORDS_PER_JSON records each (read back by `recordsOfJson`). */
function recordsToJson(records: CitingRecord[]): string[] {
  const chunks: string[] = [];
  for (let from = 0; from < records.length; from += RECORDS_PER_JSON) chunks.push(JSON.stringify(records.slice(from, from + RECORDS_PER_JSON)));
  return chunks;
}

/** The records sent by `recordsToJson`, in order (on the thread). */
export function recordsOfJson(chunks: string[]): CitingRecord[] {
  return chunks.flatMap((chunk) => JSON.parse(chunk) as CitingRecord[]);
}

interface Packed<T> {
  message: T;
  transfer: ArrayBuffer[];
}

// Answers travel as typed arrays where they are long lists of numbers: one transfer instead of a structured clone of
// a hundred thousand small objects (the similarity pairs are made as typed arrays already, see SimilarPairs).
type PackedSimilarTexts = SimilarTexts;

export function packSimilarTexts(answer: SimilarTexts): Packed<PackedSimilarTexts> {
  const { pairs, best, abstractWords } = answer;
  return { message: answer, transfer: [pairs.a, pairs.b, pairs.weight, best, abstractWords].map((array) => array.buffer as ArrayBuffer) };
}

type PackedCitationPlan = Omit<CitationPlan, 'sharedPairs'> & {
  shared: { a: Int32Array; b: Int32Array; coupled: Uint8Array; weight: Float64Array; count: Int32Array };
};

export function packCitationPlan({ sharedPairs, ...plan }: CitationPlan): Packed<PackedCitationPlan> {
  const length = sharedPairs.length;
  const shared = {
    a: new Int32Array(length),
    b: new Int32Array(length),
    coupled: new Uint8Array(length),
    weight: new Float64Array(length),
    count: new Int32Array(length),
  };
  for (let i = 0; i < length; i++) {
    const pair = sharedPairs[i];
    shared.a[i] = pair.a;
    shared.b[i] = pair.b;
    shared.coupled[i] = pair.kind === 'coupled' ? 1 : 0;
    shared.weight[i] = pair.weight;
    shared.count[i] = pair.count;
  }
  const arrays = [plan.referenceCount, plan.referencesOutside, plan.citesInCorpus, plan.citedByInCorpus, plan.citedStart, plan.citedTargets, ...Object.values(shared)];
  return { message: { ...plan, shared }, transfer: arrays.map((array) => array.buffer as ArrayBuffer) };
}

function unpackCitationPlan({ shared, ...plan }: PackedCitationPlan): CitationPlan {
  const sharedPairs: CitationPlan['sharedPairs'] = [];
  for (let i = 0; i < shared.a.length; i++) {
    const kind = shared.coupled[i] === 1 ? ('coupled' as const) : ('co-cited' as const);
    sharedPairs.push({ a: shared.a[i], b: shared.b[i], kind, weight: shared.weight[i], count: shared.count[i] });
  }
  return { ...plan, sharedPairs };
}

/**
 * An edge list's topology as typed copies for another thread (the list's arrays are plain ones, which postMessage would
 * clone element by element; this thread goes on reading them): the node count, ends, weights, undirected flags.
 */
function typedTopology({ nodes, source, target, weight, undirected }: Pick<EdgeList, 'nodes' | 'source' | 'target' | 'weight' | 'undirected'>) {
  return {
    nodes: { length: nodes.length },
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: Float64Array.from(weight),
    undirected: Uint8Array.from(undirected),
  };
}

/**
 * One worker thread taking jobs in order. Each answer is what the same function gives on the main thread, bit
 * for bit (the same code on the same input), so the graph file does not depend on where it ran. `close` ends the
 * thread (also after a failure, which rejects every job still waiting).
 */
export class PipelineThread {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (answer: unknown) => void; reject: (error: Error) => void }[] = [];
  /** Why the thread stopped, once it has: a job asked for later (PageRank, after the build's jobs) fails at once. */
  private stopped: Error | null = null;

  /** `workerUrl`: the worker's entry module (tests give one that fails on purpose). */
  constructor(workerUrl: URL = workerModuleUrl('pipelineWorker', import.meta.url)) {
    this.worker = startWorker(workerUrl);
    // Started before its first job (while the input is read), it must not keep a run that fails meanwhile alive.
    this.worker.unref();
    // The thread keeps the process alive only while a job waits for it: a run that fails on the main thread with
    // nothing left to wait for exits without closing it.
    this.worker.on('message', (answer) => {
      if (isExtractionAnswer(answer)) return; // ranking done while lent (see lend), not one of its jobs
      this.waiting.shift()?.resolve(answer);
      if (this.waiting.length === 0) this.worker.unref();
    });
    const fail = (error: Error) => {
      this.stopped ??= error;
      for (const job of this.waiting.splice(0)) job.reject(error);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`pipeline thread stopped with code ${code} before answering`)));
  }

  private run<T>(job: PipelineJob, transfer: ArrayBuffer[] = []): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.stopped) return reject(this.stopped);
      this.waiting.push({ resolve: resolve as (answer: unknown) => void, reject });
      this.worker.ref();
      this.worker.postMessage(job, transfer);
    });
  }

  similarPairs(texts: SimilarityText[], options: Partial<SimilarityOptions> = {}): Promise<SimilarTexts> {
    return this.run<PackedSimilarTexts>({ kind: 'similarity', texts, options });
  }

  /**
   * Only what resolving reads is sent (first author only: matching uses the first author's family name), as JSON
   * strings: the records hold hundreds of thousands of small reference objects, which JSON writes and reads back in
   * half the CPU of postMessage's structured clone (at 20k papers with 400k references: 0.25 s to write on this thread
   * instead of 0.45 s, 0.4 s to read on that one instead of 0.85 s), while a string crosses as one copy. The records
   * are plain JSON data (strings, numbers, null, arrays of them), so the thread reads back the same values.
   */
  citationPlan(records: CitingRecord[], options: Partial<Omit<CitationOptions, 'parseReferenceText'>> = {}): Promise<CitationPlan> {
    return this.claimableCitationPlan(records, options).answer as Promise<CitationPlan>;
  }

  /**
   * citationPlan, as a job the caller may take back while the thread is still busy with earlier ones (see
   * ClaimableJob): the pipeline's main thread, done extracting first, then plans the citations itself rather than
   * wait for the thread to reach them. Either way the plan is planCitationLayer's on the same records.
   */
  claimableCitationPlan(records: CitingRecord[], options: Partial<Omit<CitationOptions, 'parseReferenceText'>> = {}): ClaimableJob<CitationPlan> {
    const sent = records.map(({ ids, authors, year, title, venue, references }) => ({ ids, authors: authors.slice(0, 1), year, title, venue, references }));
    const claim = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const answer = this.run<PackedCitationPlan | null>({ kind: 'citations', recordsJson: recordsToJson(sent), options, claim }).then((packed) =>
      packed === null ? null : unpackCitationPlan(packed),
    );
    return { answer, takeBack: () => Atomics.compareExchange(claim, 0, 0, CLAIMED_HERE) === 0 };
  }

  /** PageRank of the graph's edges (pagerankOfEdges), or the error it threw. Only the arrays are sent (typedTopology). */
  pagerank(list: EdgeList): Promise<Float64Array | Error> {
    return this.run<PagerankAnswer>({ kind: 'pagerank', edges: typedTopology(list) }).then((answer) => ('scores' in answer ? answer.scores : new Error(answer.error)));
  }

  /**
   * Leiden's clusters (before left-out nodes join theirs: see detectCommunities' `clusters`) and PageRank of an edge
   * list, as detectCommunities and computeCentrality would compute them on the main thread from the same list. The
   * arrays go as typed copies, moved rather than cloned (about 30 MB at 1.67M edges); this thread keeps its own list
   * for the analyses that follow.
   */
  clusterAndRank(edges: Pick<EdgeList, 'nodes' | 'source' | 'target' | 'weight' | 'undirected' | 'kind' | 'kinds' | 'weightIssue'>, options: ClusterOptions): Promise<ClusteredBeside> {
    const sent = {
      ...typedTopology(edges),
      kind: Int32Array.from(edges.kind),
      kinds: edges.kinds,
      weightIssue: edges.weightIssue,
    };
    const transfer = [sent.source, sent.target, sent.weight, sent.undirected, sent.kind].map((array) => array.buffer as ArrayBuffer);
    return this.run<ClusterAnswer>({ kind: 'cluster', edges: sent, options }, transfer).then(({ clusters, pagerank }) => ({
      clusters,
      pagerank: 'scores' in pagerank ? pagerank.scores : new Error(pagerank.error),
    }));
  }

  /**
   * The thread, lent to the read (readSources' `onListed`): started before the files are read, it has nothing else to
   * do until they are, so it reads some of them as a read worker would (readFileAnswer.ts, the code a read worker runs).
   */
  fileReader(): FileReadingThread {
    return { read: (request) => this.run<ReadFileAnswer>({ kind: 'read', request }) };
  }

  /**
   * The thread, lent to extraction's ranking (ExtractionThreads): it is given slices only while no job of its own waits,
   * and its requests queue behind its jobs, so it ranks only once free and its jobs keep their order.
   */
  lend(): LentWorker {
    return { worker: this.worker, ready: () => this.waiting.length === 0 && this.stopped === null };
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
