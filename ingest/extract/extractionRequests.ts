// What extraction's worker threads are asked and answer (see extractionThreads.ts), and how a thread answers: the
// extraction workers (extractWorker.ts) and the pipeline thread, which ranks slices once free of its own jobs
// (pipelineWorker.ts), run the same code. Answers carry typed arrays, transferred rather than copied.
import { pretag } from './rank/pretagged';
import type { RankDocument, RankOptions } from './rank/options';
import { rankRange, scoringCorpusOf, type RankTables } from './rank/rankTables';
import type { ScoringCorpus } from './rank/score';
import { paperTextFacts, paperTextMatchers, type PaperRecordFields, type PaperTextFacts, type PaperTextMatchers } from './paperText';
import { withReadings } from './rank/acronymTable';
import { candidateCollector, sliceBuffers, type CandidateDocs, type CandidateSlice, type CandidateSource } from './rank/candidates';
import type { FormStems, TokenStore } from './rank/tokenStore';
import { SHARED_WORDS, type WordType } from './text';
import type { Vocabulary } from './vocabulary';

/** `taken` (on a SharedArrayBuffer, one entry per slice of the job): a slice is computed by whoever claims it first,
 * the main thread by writing 1 (see extractionThreads.ts), a worker by turning 0 into 2 (WORKER_CLAIM); a worker
 * reaching a slice claimed already skips it. 'release' drops the tables once the ranking is over (a thread that lives
 * on after extraction, the pipeline thread, would otherwise hold them to the end of the run). 'corpusTokens' sends
 * the corpus' tokens (each form's text, each token's form and tag, in shared memory), which 'candidateSource' (what
 * collecting candidates reads besides, see candidates.ts) and 'paperTokens' (the vocabulary, for 'papers', the
 * per-paper text work of paperText.ts) build on; 'releaseCandidates' and 'releaseCorpus' drop them. 'candidates' and
 * 'papers' name a slice of documents: document d's sentenceStarts are starts[offsets[d] .. offsets[d + 1]). */
export type ExtractionRequest =
  | { kind: 'tag'; job: number; slice: number; taken: Int32Array; docs: RankDocument[] }
  | { kind: 'tables'; tables: RankTables; options: RankOptions }
  | { kind: 'rank'; job: number; slice: number; taken: Int32Array; start: number; end: number }
  | { kind: 'corpusTokens'; forms: string[]; tokenForms: Int32Array; tags: Uint16Array; tagNames: string[] }
  | ({ kind: 'candidateSource' } & CandidateSourceMessage)
  | { kind: 'candidates'; job: number; slice: number; taken: Int32Array; starts: Int32Array; offsets: Int32Array; titleCase: Uint8Array; readings: ([string, number][] | null)[] }
  | { kind: 'paperTokens'; vocabulary: Vocabulary }
  | { kind: 'papers'; job: number; slice: number; taken: Int32Array; starts: Int32Array; offsets: Int32Array; records: PaperRecordFields[] }
  | { kind: 'release' }
  | { kind: 'releaseCandidates' }
  | { kind: 'releaseCorpus' };

/** A CandidateSource but for the tokens (see 'corpusTokens'): each form's stem ids in the sender's word table, whose
 * stem texts come with them, so that a worker's candidates use the sender's stem ids. */
export interface CandidateSourceMessage {
  formStems: FormStems;
  formStemIds: Int32Array;
  stemTexts: string[];
  phrases: CandidateSource['phrases'];
  acronyms: CandidateSource['acronyms'];
  ambiguousAcronyms: CandidateSource['ambiguousAcronyms'];
  quantityKeys: CandidateSource['quantityKeys'];
  options: CandidateSource['options'];
}

/** A worker's mark on a slice it claims (the main thread's is 1). */
const WORKER_CLAIM = 2;

/** Answers name their job and slice: the main thread may have computed the slice itself meanwhile (see share). */
export type ExtractionAnswer =
  | { type: 'progress'; job: number; slice: number; done: number }
  | { type: 'result'; job: number; slice: number; value: unknown; done: number };

const REQUEST_KINDS: ReadonlySet<string> = new Set<ExtractionRequest['kind']>([
  'tag', 'tables', 'rank', 'corpusTokens', 'candidateSource', 'candidates', 'paperTokens', 'papers', 'release', 'releaseCandidates', 'releaseCorpus',
]);

/** A message to a thread that also takes other jobs (the pipeline thread's kinds are others). */
export function isExtractionRequest(message: { kind: string }): message is ExtractionRequest {
  return REQUEST_KINDS.has(message.kind);
}

/** A message from a thread that also answers other jobs (none of the pipeline thread's answers has a job and a slice). */
export function isExtractionAnswer(message: unknown): message is ExtractionAnswer {
  if (typeof message !== 'object' || message === null || !('job' in message) || !('slice' in message) || !('type' in message)) return false;
  return message.type === 'result' || message.type === 'progress';
}

/** Sends an answer to the main thread, transferring the given buffers. */
export type PostAnswer = (answer: ExtractionAnswer, transfer?: ArrayBuffer[]) => void;

/** A thread's handler of extraction requests, holding the ranking tables and the corpus it was last sent. */
export function extractionRequestHandler(post: PostAnswer): (request: ExtractionRequest) => void {
  let ranking: { tables: RankTables; options: RankOptions; corpus: ScoringCorpus } | null = null;
  let corpus: WorkerCorpus | null = null;
  let collecting: { collect: (docs: CandidateDocs) => CandidateSlice; source: CandidateSource } | null = null;
  let paperWork: { tokens: TokenStore; matchers: PaperTextMatchers } | null = null;
  const sentCorpus = () => {
    if (!corpus) throw new Error('extraction worker: asked for work on a corpus before it was sent its tokens');
    return corpus;
  };
  return (request) => {
    if (request.kind === 'release') {
      ranking = null;
    } else if (request.kind === 'releaseCandidates') {
      collecting = null;
    } else if (request.kind === 'releaseCorpus') {
      [corpus, collecting, paperWork] = [null, null, null];
    } else if (request.kind === 'corpusTokens') {
      const { forms, tokenForms, tags, tagNames } = request;
      [corpus, collecting, paperWork] = [{ types: forms.map((text) => SHARED_WORDS.wordType(text)), tokenForms, tags, tagNames }, null, null];
    } else if (request.kind === 'candidateSource') {
      const source = candidateSourceOf(sentCorpus(), request);
      collecting = { source, collect: candidateCollector(source) };
    } else if (request.kind === 'paperTokens') {
      const { types, tokenForms } = sentCorpus();
      // Tags are not needed: the text work reads none.
      paperWork = { tokens: { forms: tokenForms, tags: new Uint16Array(0), types, tagNames: [] }, matchers: paperTextMatchers(request.vocabulary) };
    } else if (request.kind === 'tables') {
      ranking = { tables: request.tables, options: request.options, corpus: scoringCorpusOf(request.tables) };
    } else if (Atomics.compareExchange(request.taken, request.slice, 0, WORKER_CLAIM) !== 0) {
      post({ type: 'result', job: request.job, slice: request.slice, value: null, done: 0 });
    } else if (request.kind === 'tag') {
      const { job, slice, docs } = request;
      let reported = 0;
      const tagged = pretag(SHARED_WORDS, docs, (done) => {
        // Progress every 100 documents: enough for a live bar, few enough messages not to cost anything.
        if (done - reported >= 100) {
          post({ type: 'progress', job, slice, done: done - reported });
          reported = done;
        }
      });
      const transfer = [tagged.docStarts, tagged.docSentences, tagged.sentenceLengths, tagged.formOf, tagged.tags].map((array) => array.buffer as ArrayBuffer);
      post({ type: 'result', job, slice, value: tagged, done: docs.length - reported }, transfer);
    } else if (request.kind === 'candidates') {
      if (!collecting) throw new Error('extraction worker: asked for candidates before it was sent what they are collected from');
      const { acronyms, ambiguousAcronyms } = collecting.source;
      const { starts, offsets, titleCase, readings } = request;
      const slice = collecting.collect({
        sentenceStarts: Array.from({ length: offsets.length - 1 }, (_, d) => starts.subarray(offsets[d], offsets[d + 1])),
        titleCase,
        acronymsOf: (k) => withReadings(acronyms, ambiguousAcronyms, readings[k]),
      });
      post({ type: 'result', job: request.job, slice: request.slice, value: slice, done: 0 }, sliceBuffers(slice));
    } else if (request.kind === 'papers') {
      if (!paperWork) throw new Error('extraction worker: asked for paper work before it was sent the tokens');
      const facts = paperFactsOfSlice(paperWork.matchers, paperWork.tokens, request.starts, request.offsets, request.records);
      post({ type: 'result', job: request.job, slice: request.slice, value: facts, done: 0 });
    } else {
      if (!ranking) throw new Error('extraction worker: asked to rank before it was sent the tables');
      const ranked = rankRange(ranking.corpus, ranking.tables, request.start, request.end, ranking.options);
      const transfer = [ranked.keptStarts, ranked.entries, ranked.scores].map((array) => array.buffer as ArrayBuffer);
      post({ type: 'result', job: request.job, slice: request.slice, value: ranked, done: 0 }, transfer);
    }
  };
}

/** The corpus' tokens in this thread: each written form resolved by its text in this thread's word table, which gives
 * the same WordType (stems, words, flags) as the sender's, only with this thread's ids. */
interface WorkerCorpus {
  types: WordType[];
  tokenForms: Int32Array;
  tags: Uint16Array;
  tagNames: string[];
}

/**
 * What this thread collects candidates from: the corpus' forms as resolved here, each given the sender's stem ids,
 * and the sender's stem texts, so that phrase keys, word counts and graph words come out as the sender's own. The
 * paper text work keeps this thread's ids: it compares them only with its own matchers'.
 */
function candidateSourceOf(corpus: WorkerCorpus, message: CandidateSourceMessage): CandidateSource {
  const { formStems, formStemIds, stemTexts } = message;
  const types = corpus.types.map((type, form) => ({
    ...type,
    stemIds: Array.from(formStems.stems.subarray(formStems.starts[form], formStems.starts[form + 1])),
    stemId: formStemIds[form],
  }));
  const words = {
    stemText: (id: number) => stemTexts[id],
    stemCount: () => stemTexts.length,
    isNominalGerund: (lowerWord: string) => SHARED_WORDS.isNominalGerund(lowerWord),
  };
  const tokens: TokenStore = { forms: corpus.tokenForms, tags: corpus.tags, types, tagNames: corpus.tagNames };
  const { phrases, acronyms, ambiguousAcronyms, quantityKeys, options } = message;
  return { tokens, words, phrases, acronyms, ambiguousAcronyms, quantityKeys, options };
}

/** paperTextFacts of a slice of documents, their sentences given as in a 'papers' request. */
export function paperFactsOfSlice(matchers: PaperTextMatchers, tokens: TokenStore, starts: Int32Array, offsets: Int32Array, records: PaperRecordFields[]): PaperTextFacts[] {
  return records.map((record, d) => paperTextFacts(matchers, tokens, { sentenceStarts: starts.subarray(offsets[d], offsets[d + 1]) }, record));
}
