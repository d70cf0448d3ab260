// What extraction's worker threads are asked and answer (see extractionThreads.ts), and how a thread answers: the
// extraction workers (extractWorker.ts) and the pipeline thread, which ranks slices once free of its own jobs
// (pipelineWorker.ts), run the same code. Answers carry typed arrays, transferred rather than copied.
import { pretag } from './rank/pretagged';
import type { RankDocument, RankOptions } from './rank/options';
import { rankRange, scoringCorpusOf, type RankTables } from './rank/rankTables';
import type { ScoringCorpus } from './rank/score';
import { paperTextFacts, paperTextMatchers, type PaperRecordFields, type PaperTextFacts, type PaperTextMatchers } from './paperText';
import type { TokenStore } from './rank/tokenStore';
import { SHARED_WORDS } from './text';
import type { Vocabulary } from './vocabulary';

/** `taken` (on a SharedArrayBuffer, one entry per slice of the job): 1 once the main thread computes the slice itself,
 * so a worker reaching it later skips it. 'release' drops the tables once the ranking is over (a thread that lives on
 * after extraction, the pipeline thread, would otherwise hold them to the end of the run), 'releasePapers' the tokens. 'paperTokens' sends the
 * corpus' tokens (each form's text, each token's form) and the vocabulary for 'papers', the per-paper text work (see
 * paperText.ts) of a slice of documents: document d's sentenceStarts are starts[offsets[d] .. offsets[d + 1]). */
export type ExtractionRequest =
  | { kind: 'tag'; job: number; slice: number; taken: Int32Array; docs: RankDocument[] }
  | { kind: 'tables'; tables: RankTables; options: RankOptions }
  | { kind: 'rank'; job: number; slice: number; taken: Int32Array; start: number; end: number }
  | { kind: 'paperTokens'; forms: string[]; tokenForms: Int32Array; vocabulary: Vocabulary }
  | { kind: 'papers'; job: number; slice: number; taken: Int32Array; starts: Int32Array; offsets: Int32Array; records: PaperRecordFields[] }
  | { kind: 'release' }
  | { kind: 'releasePapers' };

/** Answers name their job and slice: the main thread may have computed the slice itself meanwhile (see share). */
export type ExtractionAnswer =
  | { type: 'progress'; job: number; slice: number; done: number }
  | { type: 'result'; job: number; slice: number; value: unknown; done: number };

const REQUEST_KINDS: ReadonlySet<string> = new Set<ExtractionRequest['kind']>(['tag', 'tables', 'rank', 'paperTokens', 'papers', 'release', 'releasePapers']);

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

/** A thread's handler of extraction requests, holding the ranking tables it was last sent. */
export function extractionRequestHandler(post: PostAnswer): (request: ExtractionRequest) => void {
  let ranking: { tables: RankTables; options: RankOptions; corpus: ScoringCorpus } | null = null;
  let paperWork: { tokens: TokenStore; matchers: PaperTextMatchers } | null = null;
  return (request) => {
    if (request.kind === 'release') {
      ranking = null;
    } else if (request.kind === 'releasePapers') {
      paperWork = null;
    } else if (request.kind === 'paperTokens') {
      paperWork = { tokens: paperTokenStore(request.forms, request.tokenForms), matchers: paperTextMatchers(request.vocabulary) };
    } else if (request.kind !== 'tables' && Atomics.load(request.taken, request.slice) === 1) {
      post({ type: 'result', job: request.job, slice: request.slice, value: null, done: 0 });
    } else if (request.kind === 'tag') {
      const { job, slice, docs } = request;
      let reported = 0;
      const corpus = pretag(SHARED_WORDS, docs, (done) => {
        // Progress every 100 documents: enough for a live bar, few enough messages not to cost anything.
        if (done - reported >= 100) {
          post({ type: 'progress', job, slice, done: done - reported });
          reported = done;
        }
      });
      const transfer = [corpus.docStarts, corpus.docSentences, corpus.sentenceLengths, corpus.formOf, corpus.tags].map((array) => array.buffer as ArrayBuffer);
      post({ type: 'result', job, slice, value: corpus, done: docs.length - reported }, transfer);
    } else if (request.kind === 'papers') {
      if (!paperWork) throw new Error('extraction worker: asked for paper work before it was sent the tokens');
      const facts = paperFactsOfSlice(paperWork.matchers, paperWork.tokens, request.starts, request.offsets, request.records);
      post({ type: 'result', job: request.job, slice: request.slice, value: facts, done: 0 });
    } else if (request.kind === 'tables') {
      ranking = { tables: request.tables, options: request.options, corpus: scoringCorpusOf(request.tables) };
    } else {
      if (!ranking) throw new Error('extraction worker: asked to rank before it was sent the tables');
      const ranked = rankRange(ranking.corpus, ranking.tables, request.start, request.end, ranking.options);
      const transfer = [ranked.keptStarts, ranked.entries, ranked.scores].map((array) => array.buffer as ArrayBuffer);
      post({ type: 'result', job: request.job, slice: request.slice, value: ranked, done: 0 }, transfer);
    }
  };
}

/**
 * The corpus' tokens in this thread: each written form resolved by its text in this thread's word table, which gives
 * the same WordType (stems, words, flags) as the sender's, only with this thread's ids, which the text work uses only
 * within the thread. Tags are not sent: the text work reads none.
 */
function paperTokenStore(forms: string[], tokenForms: Int32Array): TokenStore {
  return { forms: tokenForms, tags: new Uint16Array(0), types: forms.map((text) => SHARED_WORDS.wordType(text)), tagNames: [] };
}

/** paperTextFacts of a slice of documents, their sentences given as in a 'papers' request. */
export function paperFactsOfSlice(matchers: PaperTextMatchers, tokens: TokenStore, starts: Int32Array, offsets: Int32Array, records: PaperRecordFields[]): PaperTextFacts[] {
  return records.map((record, d) => paperTextFacts(matchers, tokens, { sentenceStarts: starts.subarray(offsets[d], offsets[d + 1]) }, record));
}
