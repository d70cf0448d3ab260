// Worker threads for extraction's parallel parts: part-of-speech tagging, collecting the corpus' candidates, each
// paper's text work, and ranking each document's keyphrases once the corpus statistics are complete. Either way the
// main thread takes a share too.
import type { Worker } from 'node:worker_threads';
import { startWorker, workerModuleUrl } from '../threads/startWorker';
import { isExtractionAnswer, type ExtractionAnswer, type ExtractionRequest } from './extractionRequests';
import type { RankOptions, RankDocument } from './rank/options';
import { pretag, type PretaggedCorpus } from './rank/pretagged';
import { rankRange, type RankedRange, type RankTables } from './rank/rankTables';
import type { ScoringCorpus } from './rank/score';
import type { CandidatePass } from './rank/corpus';
import type { CandidateMerger, CandidateSlice } from './rank/candidates';
import { formStemsOf, sharedTags, type TokenStore } from './rank/tokenStore';
import type { PaperRecordFields, PaperTextFacts } from './paperText';
import { SHARED_WORDS, WordTable } from './text';
import type { Vocabulary } from './vocabulary';

/**
 * A pool of extraction worker threads, started once and used for tagging, the papers' text work and collecting
 * candidates, then ranking (starting a thread, which loads natural's lexicon, costs about as much as tagging a
 * thousand papers: the same threads serve all). For tagging and ranking the corpus is cut into slices handed out in
 * turn, two queued per worker (see share); the text work and the candidates are sent all at once and claimed slice by
 * slice (see claimedSlices). The main thread takes slices too, between which it lets the workers' answers through. Answers are put back in corpus order, and a slice's answer depends on that slice (and,
 * for ranking, the complete corpus tables) alone, so the result is the same for any number of workers and the same as
 * computing everything in the main thread. A worker that fails leaves its slices to the main thread (see `failures`).
 * The pool may instead be one thread owned elsewhere and lent to it (see LentWorker).
 */
export class ExtractionThreads {
  private readonly workers: Worker[];
  /** Whether the workers were started here (and are ended by close) rather than lent. */
  private readonly owned: boolean;
  /** Whether worker w may be given slices now: a lent one only once free of its own jobs. */
  private readonly ready: (w: number) => boolean;
  /** Removes this pool's listeners from the workers (a lent worker lives on). */
  private readonly detach: (() => void)[] = [];
  /** The current job's handler of each worker's answers (null between jobs or once the worker has failed). */
  private readonly handlers: (((answer: ExtractionAnswer) => void) | null)[];
  private readonly failed: boolean[];
  private readonly onFailure: ((() => void) | null)[];
  /** Handlers of answers to jobs that run beside share's (see paperWork), called for every answer. */
  private readonly listeners = new Set<(answer: ExtractionAnswer | null) => void>();
  /** What went wrong in workers that failed (their work was done in the main thread instead). */
  readonly failures: string[] = [];
  /** Numbers the jobs, so a late answer to an earlier job (a slice computed here meanwhile) is told apart. */
  private jobs = 0;
  /** The token store whose tokens the workers were last sent (see sendCorpus). */
  private corpusSent: TokenStore | null = null;

  private readonly stealing: boolean;

  /**
   * `workerUrl`: the workers' entry module (tests give ones that fail on purpose). `stealing`: this thread computes
   * slices the workers hold rather than wait for them (see share); tests turn it off so the workers' answers are used.
   */
  constructor(
    count: number | LentWorker,
    { workerUrl = workerModuleUrl('extractWorker', import.meta.url), stealing = true }: { workerUrl?: URL; stealing?: boolean } = {},
  ) {
    this.stealing = stealing;
    if (typeof count === 'number') {
      if (!(Number.isInteger(count) && count >= 1)) throw new Error('ExtractionThreads: count must be a whole number ≥ 1');
      this.workers = Array.from({ length: count }, () => startWorker(workerUrl));
      this.owned = true;
      this.ready = () => true;
    } else {
      this.workers = [count.worker];
      this.owned = false;
      this.ready = () => count.ready();
    }
    this.handlers = this.workers.map(() => null);
    this.failed = this.workers.map(() => false);
    this.onFailure = this.workers.map(() => null);
    this.workers.forEach((worker, w) => {
      // A lent worker also answers its own jobs: those are not this pool's.
      const onMessage = (answer: unknown) => {
        if (!isExtractionAnswer(answer)) return;
        this.handlers[w]?.(answer);
        for (const listener of this.listeners) listener(answer);
      };
      const fail = (why: string) => {
        if (this.failed[w]) return;
        this.failed[w] = true;
        this.failures.push(why);
        this.onFailure[w]?.();
        for (const listener of this.listeners) listener(null);
      };
      const onError = (error: unknown) => fail(error instanceof Error ? error.message : String(error));
      const onExit = (code: number) => fail(`extraction worker stopped with code ${code}`);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      this.detach.push(() => worker.off('message', onMessage).off('error', onError).off('exit', onExit));
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Tag `docs` (see pretag.ts), passing the tags to `deliver` slice by slice in corpus order (`start`: the index of the
   * slice's first document) as soon as they are there, so this thread reads one slice while the workers tag the next.
   * This thread tags with a word table of its own, so the shared table still meets new words in corpus order when the
   * answers are read. `onDone` reports documents tagged so far.
   */
  async tag(docs: RankDocument[], deliver: (part: PretaggedCorpus, start: number) => void, onDone?: (done: number) => void): Promise<void> {
    if (docs.length === 0) return;
    // Slices small enough that the main thread, tagging or reading one between two looks at its workers' messages,
    // keeps them waiting little, large enough that messages cost nothing.
    const size = Math.min(500, Math.max(100, Math.ceil(docs.length / ((this.size + 1) * 8))));
    const slices: RankDocument[][] = [];
    for (let start = 0; start < docs.length; start += size) {
      slices.push(docs.slice(start, start + size).map(({ id, title, abstract }) => ({ id, title, abstract })));
    }
    const table = new WordTable(SHARED_WORDS.english);
    let done = 0;
    await this.share<PretaggedCorpus>(
      slices.length,
      (job, slice, taken) => ({ kind: 'tag', job, slice, taken, docs: slices[slice] }),
      (slice) => pretag(table, slices[slice]),
      (count) => {
        done += count;
        onDone?.(done);
      },
      (slice) => slices[slice].length,
      undefined,
      (slice, part) => deliver(part, slice * size),
    );
  }

  /**
   * Rank documents of `tables` (what rankRange gives) in slices, in order; `corpus` is the analysis the tables were
   * made of, which this thread ranks its own slices with. Before taking slices itself, the main
   * thread works through `ownWork` — a step at a time, each returning false once there is nothing left — so it does
   * the per-document work the workers cannot while they rank.
   */
  async rank(corpus: ScoringCorpus, tables: RankTables, options: RankOptions, ownWork: () => boolean): Promise<RankedRange[]> {
    const n = tables.documentCount;
    // Slices of about 50 ms of ranking: few messages, and little left over for one thread when the other is done.
    const size = Math.max(100, Math.min(500, Math.ceil(n / ((this.size + 1) * 8))));
    const slices = Math.ceil(n / size);
    // A worker is sent the tables (a copy) only when it is first given slices: a lent one may never be free.
    const sent: number[] = [];
    const ranked = await this.share<RankedRange>(
      slices,
      (job, slice, taken) => ({ kind: 'rank', job, slice, taken, start: slice * size, end: Math.min(n, (slice + 1) * size) }),
      (slice) => rankRange(corpus, tables, slice * size, Math.min(n, (slice + 1) * size), options),
      () => {},
      () => 0,
      ownWork,
      undefined,
      (w) => {
        sent.push(w);
        this.workers[w].postMessage({ kind: 'tables', tables, options } satisfies ExtractionRequest);
      },
    );
    for (const w of sent) if (!this.failed[w]) this.workers[w].postMessage({ kind: 'release' } satisfies ExtractionRequest);
    return ranked;
  }

  /**
   * Start collecting the corpus' candidates (pass 2, see candidates.ts) in the workers, in slices sent all at once (a
   * thread busy with a long synchronous step answers no message, so each worker gets its slices before this thread
   * starts on its own), queued after any paper work sent before (see paperWork): a worker's own share of pass 2 is
   * what is left once that is done. This thread collects slices from the first one on and the workers from the last
   * one back (see ClaimedSlices), so that this thread merges the slices in corpus order as it goes (a worker's arrive
   * with their typed arrays transferred); `finish` gives the merger once all are in. A slice's candidates depend on
   * that slice and the pass alone (the worker resolves the corpus' forms in its own word table but with this thread's
   * stem ids, see extractionRequests.ts), so the merged table is the same wherever each slice was collected.
   * `onMerged` reports the documents merged so far.
   */
  candidates(pass: CandidatePass): { finish(onMerged?: (documents: number) => void): Promise<CandidateMerger> } {
    const { source, documents } = pass;
    const n = documents.length;
    // Slices twice the usual size: merging costs per distinct phrase of each slice, and the main thread, which merges,
    // collects most slices anyway (the workers join once their paper work is done).
    const size = Math.max(100, Math.min(1000, Math.ceil(n / ((this.size + 1) * 4))));
    const count = Math.ceil(n / size);
    if (count > 0) {
      this.sendCorpus(source.tokens);
      const { phrases, acronyms, ambiguousAcronyms, quantityKeys, options, words } = source;
      const formStems = formStemsOf(source.tokens);
      const formStemIds = Int32Array.from(source.tokens.types, (type) => type.stemId);
      const stemTexts = Array.from({ length: words.stemCount() }, (_, id) => words.stemText(id));
      this.toWorkers({ kind: 'candidateSource', formStems, formStemIds, stemTexts, phrases, acronyms, ambiguousAcronyms, quantityKeys, options });
    }
    const slices = this.claimedSlices<CandidateSlice>(count, (job, slice, taken) => {
      const [start, end] = [slice * size, Math.min(n, (slice + 1) * size)];
      const { starts, offsets } = flatStarts(documents, start, end);
      const titleCase = Uint8Array.from(documents.slice(start, end), (doc) => (doc.titleCase ? 1 : 0));
      const readings = Array.from({ length: end - start }, (_, k) => pass.readingsOf(start + k));
      const request: ExtractionRequest = { kind: 'candidates', job, slice, taken, starts, offsets, titleCase, readings };
      return { request, transfer: [starts.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer, titleCase.buffer as ArrayBuffer] };
    }, true);
    const merger = pass.merger();
    // The next slice to merge goes straight into the corpus' tables (this thread's usual case, from the first on).
    const here = (slice: number, next: boolean) => pass.collect(slice * size, Math.min(n, (slice + 1) * size), next ? merger.tables() : undefined);
    return {
      finish: async (onMerged) => {
        let merged = 0;
        try {
          await slices.finish(here, (slice) => {
            merger.add(slice);
            onMerged?.(Math.min(n, ++merged * size));
          });
          return merger;
        } finally {
          if (count > 0) this.toWorkers({ kind: 'releaseCandidates' });
        }
      },
    };
  }

  /**
   * Start each paper's text work (paperTextFacts: domains and known methods, from its tokens and record) in the
   * workers, in slices sent all at once, for the workers to do while this thread is busy (collecting candidates). `sentenceStarts`: each document's sentences in `tokens`, as in AnalysedDocument. This thread
   * takes slices from the end through the returned job's `step`, and `finish` gives every paper's facts in corpus order.
   * A slice's answer depends on that slice, the tokens and the vocabulary alone, so the result is the same wherever it
   * is computed.
   */
  paperWork(tokens: TokenStore, sentenceStarts: Int32Array[], records: PaperRecordFields[], vocabulary: Vocabulary): PaperWork {
    const n = records.length;
    const size = this.sliceSize(n);
    const count = Math.ceil(n / size);
    if (count > 0) {
      this.sendCorpus(tokens);
      this.toWorkers({ kind: 'paperTokens', vocabulary });
    }
    const documents = sentenceStarts.map((starts) => ({ sentenceStarts: starts }));
    const slices = this.claimedSlices<PaperTextFacts[]>(count, (job, slice, taken) => {
      const [start, end] = [slice * size, Math.min(n, (slice + 1) * size)];
      const { starts, offsets } = flatStarts(documents, start, end);
      const slicedRecords = records.slice(start, end).map(({ categories, minorHeadings, keywords, venue }) => ({ categories, minorHeadings, keywords, venue }));
      const request: ExtractionRequest = { kind: 'papers', job, slice, taken, starts, offsets, records: slicedRecords };
      return { request, transfer: [starts.buffer as ArrayBuffer, offsets.buffer as ArrayBuffer] };
    });
    let papersDone = 0;
    const sliceHere = (here: (start: number, end: number) => PaperTextFacts[]) => (slice: number) => here(slice * size, Math.min(n, (slice + 1) * size));
    return {
      done: () => {
        papersDone = 0;
        for (const facts of slices.results) papersDone += facts?.length ?? 0;
        return papersDone;
      },
      step: (here) => slices.step(sliceHere(here)),
      finish: async (here) => {
        try {
          return (await slices.finish(sliceHere(here))).flat();
        } finally {
          if (count > 0) {
            this.toWorkers({ kind: 'releaseCorpus' });
            this.corpusSent = null;
          }
        }
      },
    };
  }

  /** Slices small enough for the threads to meet near the middle, large enough that messages cost nothing. */
  private sliceSize(n: number): number {
    return Math.max(100, Math.min(500, Math.ceil(n / ((this.size + 1) * 8))));
  }

  private toWorkers(request: ExtractionRequest): void {
    this.workers.forEach((worker, w) => {
      if (!this.failed[w]) worker.postMessage(request);
    });
  }

  /** Each form's text and each token's form and tag (in shared memory, not copied: the tags are put there once), sent
   * once per store. */
  private sendCorpus(tokens: TokenStore): void {
    if (this.corpusSent === tokens) return;
    this.corpusSent = tokens;
    const forms = tokens.types.map((type) => type.text);
    this.toWorkers({ kind: 'corpusTokens', forms, tokenForms: tokens.forms, tags: sharedTags(tokens), tagNames: tokens.tagNames });
  }

  /**
   * Slices 0 … count − 1 of a job sent to the workers all at once (`request`; owner: slice mod workers), each computed
   * by whoever claims it first in `taken`: a worker goes through its slices in the order sent (from the first, or from
   * the last when `hereFromStart`), this thread takes the first unclaimed one from the other end through `step` or
   * `finish` (when stealing) and waits in `finish` for the rest, computing any left by a failed worker. A claim is
   * final, so no slice is computed twice.
   */
  private claimedSlices<T>(
    count: number,
    request: (job: number, slice: number, taken: Int32Array) => { request: ExtractionRequest; transfer: ArrayBuffer[] },
    /** This thread takes slices from the start and the workers from the end, rather than the other way round. */
    hereFromStart = false,
  ): ClaimedSlices<T> {
    const job = ++this.jobs;
    const results: (T | undefined)[] = new Array(count);
    const taken = new Int32Array(new SharedArrayBuffer(Math.max(1, count) * Int32Array.BYTES_PER_ELEMENT));
    let answeredCount = 0;
    let wake: (() => void) | null = null;
    const poke = () => {
      const resolve = wake;
      wake = null;
      resolve?.();
    };
    const answer = (slice: number, value: T) => {
      if (results[slice] !== undefined) return;
      results[slice] = value;
      answeredCount++;
      poke();
    };
    // null: a worker failed, whose slices this thread now computes.
    const listener = (message: ExtractionAnswer | null) => {
      if (message === null) poke();
      else if (message.job === job && message.type === 'result' && message.value !== null) answer(message.slice, message.value as T);
    };
    const owner = (slice: number) => slice % this.size;
    if (count > 0) {
      this.listeners.add(listener);
      for (let k = 0; k < count; k++) {
        const slice = hereFromStart ? count - 1 - k : k;
        const w = owner(slice);
        if (this.failed[w]) continue;
        const sent = request(job, slice, taken);
        this.workers[w].postMessage(sent.request, sent.transfer);
      }
    }
    /** The last slice this thread may compute now, claimed: an unclaimed one when stealing, or a failed worker's. */
    const claimHere = () => {
      for (let k = 0; k < count; k++) {
        const slice = hereFromStart ? k : count - 1 - k;
        if (results[slice] !== undefined) continue;
        if (this.failed[owner(slice)]) {
          Atomics.store(taken, slice, 1);
          return slice;
        }
        if (this.stealing && Atomics.compareExchange(taken, slice, 0, 1) === 0) return slice;
      }
      return -1;
    };
    return {
      results,
      step: (here) => {
        const slice = claimHere();
        if (slice < 0) return false;
        answer(slice, here(slice));
        return true;
      },
      finish: async (here, deliver) => {
        let delivered = 0;
        try {
          while (answeredCount < count || (deliver && delivered < count)) {
            // Answers in, in order, first: merging them as they come takes that work off the end of the job.
            if (deliver && delivered < count && results[delivered] !== undefined) {
              deliver(results[delivered]!);
              delivered++;
              continue;
            }
            const slice = claimHere();
            if (slice >= 0) {
              answer(slice, here(slice, deliver !== undefined && slice === delivered));
              // Let the workers' answers in before the next slice, when there is something to do with them.
              if (deliver) await new Promise((resolve) => setImmediate(resolve));
              continue;
            }
            await new Promise((resolve) => setImmediate(resolve));
            if (answeredCount < count && claimHere() < 0 && !(deliver && results[delivered] !== undefined)) await new Promise<void>((resolve) => (wake = resolve));
          }
        } finally {
          this.listeners.delete(listener);
        }
        return results as T[];
      },
    };
  }

  /**
   * Hand slices 0 … count − 1 out to the workers and to this thread, and return their answers in slice order. Between
   * slices this thread first passes the answers, in slice order, to `deliver` as soon as they are there, then works
   * through `ownWork`, and only then takes slices itself. Once none is left to hand out it does not wait for the
   * workers: it computes a slice one of them holds (the one `deliver` waits for, else the last one sent, which the
   * worker has likely not started), keeping whichever answer comes first — the same either way. On a shared machine a
   * worker may get no core for a while, and this thread would otherwise idle. A failed worker's slices are done here.
   * A worker gets its first slices once it is ready (see `ready`), `prepare` being called for it just before.
   */
  private async share<T>(
    count: number,
    request: (job: number, slice: number, taken: Int32Array) => ExtractionRequest,
    here: (slice: number) => T,
    onDone: (documents: number) => void,
    sizeOf: (slice: number) => number,
    ownWork: () => boolean = () => false,
    deliver?: (slice: number, value: T) => void,
    prepare?: (worker: number) => void,
  ): Promise<T[]> {
    const job = ++this.jobs;
    const results: (T | undefined)[] = new Array(count);
    const answered = new Uint8Array(count);
    // Slices this thread computes, shared with the workers so that one reaching such a slice later skips it.
    const taken = new Int32Array(new SharedArrayBuffer(Math.max(1, count) * Int32Array.BYTES_PER_ELEMENT));
    // Progress counted per slice, so a slice answered twice is counted once.
    const counted = new Float64Array(count);
    let answeredCount = 0;
    let next = 0;
    let delivered = 0;
    const redo: number[] = [];
    let wake: (() => void) | null = null;
    const poke = () => {
      const resolve = wake;
      wake = null;
      resolve?.();
    };
    const progress = (slice: number, documents: number) => {
      counted[slice] += documents;
      onDone(documents);
    };
    const answer = (slice: number, value: T) => {
      results[slice] = value;
      answered[slice] = 1;
      answeredCount++;
    };
    const held = this.workers.map(() => [] as number[]);
    const send = (w: number) => {
      if (next >= count || this.failed[w]) return;
      const slice = next++;
      held[w].push(slice);
      this.workers[w].postMessage(request(job, slice, taken));
    };
    const started = new Uint8Array(this.size);
    /** Worker w's first slices, once it is ready and while there are slices to hand out. */
    const start = (w: number) => {
      if (started[w] === 1 || this.failed[w] || next >= count || !this.ready(w)) return;
      started[w] = 1;
      prepare?.(w);
      // Two slices each: a worker finishing one while this thread is busy starts the next at once.
      send(w);
      send(w);
    };
    this.workers.forEach((_worker, w) => {
      if (this.failed[w]) return;
      this.handlers[w] = (message) => {
        if (message.job !== job) return; // a slice of an earlier job, computed here meanwhile
        if (message.type === 'progress') {
          if (answered[message.slice] === 0) progress(message.slice, message.done);
          return;
        }
        const at = held[w].indexOf(message.slice);
        if (at >= 0) held[w].splice(at, 1);
        if (answered[message.slice] === 0) {
          progress(message.slice, sizeOf(message.slice) - counted[message.slice]);
          answer(message.slice, message.value as T);
        }
        send(w);
        poke();
      };
      this.onFailure[w] = () => {
        // Its slices are done here; nothing more is sent to it.
        redo.push(...held[w].splice(0));
        poke();
      };
      start(w);
    });
    const computeHere = (slice: number) => {
      Atomics.store(taken, slice, 1);
      const value = here(slice);
      if (answered[slice] === 1) return;
      progress(slice, sizeOf(slice) - counted[slice]);
      answer(slice, value);
    };
    /** A slice a worker holds and nobody has answered: the one delivery waits for, else the last one sent. */
    const heldSlice = () => {
      if (deliver && delivered < count && answered[delivered] === 0 && held.some((slices) => slices.includes(delivered))) return delivered;
      let last = -1;
      for (const slices of held) for (const slice of slices) if (answered[slice] === 0 && slice > last) last = slice;
      return last;
    };
    try {
      let own = true;
      while (answeredCount < count || (deliver && delivered < count)) {
        await new Promise((resolve) => setImmediate(resolve));
        if (deliver && delivered < count && answered[delivered] === 1) {
          deliver(delivered, results[delivered]!);
          results[delivered++] = undefined;
          continue;
        }
        for (let w = 0; w < this.size; w++) start(w);
        if (own) {
          own = ownWork();
          continue;
        }
        let slice = -1;
        while (redo.length > 0 && slice < 0) {
          const candidate = redo.shift()!;
          if (answered[candidate] === 0) slice = candidate;
        }
        if (slice < 0 && next < count) slice = next++;
        if (slice < 0 && this.stealing) slice = heldSlice();
        if (slice >= 0) computeHere(slice);
        else if (answeredCount < count) await new Promise<void>((resolve) => (wake = resolve));
      }
      while (own) own = ownWork();
    } finally {
      this.handlers.fill(null);
      this.onFailure.fill(null);
    }
    return results as T[];
  }

  /** Ends the workers started here; a lent worker is only let go of (its owner ends it). */
  async close(): Promise<void> {
    for (const detach of this.detach.splice(0)) detach();
    if (this.owned) await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Slices of a job claimed by whoever computes them first (see ExtractionThreads.claimedSlices). */
interface ClaimedSlices<T> {
  /** Each slice's answer once in (here or from a worker). */
  results: readonly (T | undefined)[];
  /** Compute one slice here, the last one unclaimed; false when there was none to take. */
  step(here: (slice: number) => T): boolean;
  /** Every slice's answer in order, once all are in; `deliver` is given them in order as soon as they are (this
   * thread computes its slices between deliveries; `here` is told when its slice is the next to deliver). */
  finish(here: (slice: number, next: boolean) => T, deliver?: (value: T) => void): Promise<T[]>;
}

/** Each document's sentenceStarts of documents [start, end) in one array: document d's are starts[offsets[d] ..
 * offsets[d + 1]) (what 'candidates' and 'papers' requests carry). */
function flatStarts(documents: readonly { sentenceStarts: Int32Array }[], start: number, end: number): { starts: Int32Array; offsets: Int32Array } {
  const offsets = new Int32Array(end - start + 1);
  for (let d = start; d < end; d++) offsets[d - start + 1] = offsets[d - start] + documents[d].sentenceStarts.length;
  const starts = new Int32Array(offsets[end - start]);
  for (let d = start; d < end; d++) starts.set(documents[d].sentenceStarts, offsets[d - start]);
  return { starts, offsets };
}

/** Paper work under way in the workers (see ExtractionThreads.paperWork); `here` computes documents [start, end). */
export interface PaperWork {
  /** Papers whose facts are in so far. */
  done(): number;
  /** Compute one slice here, the last one unclaimed; false when there was none to take. */
  step(here: (start: number, end: number) => PaperTextFacts[]): boolean;
  /** Every paper's facts in corpus order, once all slices are answered (here, or by the workers). */
  finish(here: (start: number, end: number) => PaperTextFacts[]): Promise<PaperTextFacts[]>;
}

/**
 * A worker thread owned elsewhere that also answers extraction requests (the pipeline thread), lent to a pool for
 * ranking: it is given slices only once `ready()` (free of its own jobs, which it answers in order), never ended by
 * the pool, and its own answers are ignored by the pool as the pool's are by its owner.
 */
export interface LentWorker {
  worker: Worker;
  ready: () => boolean;
}
