// Scoring and ranking one analysed document's candidates, and the one-call API over a set of documents.
import { acronymsByKey, type AcronymEntry } from './acronymTable';
import { analyseCorpus, labelOf, surfaceOf, type AnalysedDocument, type CandidateTable, type CorpusAnalysis } from './corpus';
import type { ExtractionContext, ScoreScratch } from './context';
import { DEFAULT_RANK_OPTIONS, type RankDocument, type RankedKeyphrase, type RankOptions } from './options';
import { rankWords, type WordGraphScratch } from './wordGraph';

/**
 * What scoring reads of a corpus: a CorpusAnalysis, or the same tables sent to a worker thread (see rankTables.ts)
 * with scratch buffers of its own there. Only the length of `documents` is read (the N of idf).
 */
export interface ScoringCorpus {
  documents: ArrayLike<unknown>;
  candidates: CandidateTable;
  phraseKeys: string[];
  phraseStemStarts: Int32Array;
  phraseStems: Int32Array;
  phraseDf: ArrayLike<number>;
  wordDf: Int32Array;
  context: { words: { stemCount(): number }; scoring: ScoreScratch; graph: WordGraphScratch };
}

/** What scoring reads of one document (an AnalysedDocument, or views of the tables sent to a worker thread). */
export type ScoredDocument = Pick<AnalysedDocument, 'wordIds' | 'wordCounts' | 'graphWords' | 'candidateStart' | 'candidateEnd' | 'tokenCount'>;

/** Corpus weights that scoring reads per word and per candidate, computed once per analysis and options. */
export interface ScoreTables {
  analysis: ScoringCorpus;
  idfFloor: number;
  wordIdfPower: number;
  /** idf of a document frequency, by document frequency (0 read as 1). */
  idfByDf: Float64Array;
  /** idf(wordDf)^wordIdfPower, by stem id. */
  wordWeight: Float64Array;
}

// The same values scoring computed per word and per candidate before (a log and a power each time), looked up.
function scoreTables(analysis: ScoringCorpus, options: RankOptions): ScoreTables {
  const scoring = analysis.context.scoring;
  const known = scoring.tables;
  if (known && known.analysis === analysis && known.idfFloor === options.idfFloor && known.wordIdfPower === options.wordIdfPower) {
    return known;
  }
  const n = analysis.documents.length;
  const idfByDf = new Float64Array(n + 2);
  for (let df = 0; df < idfByDf.length; df++) idfByDf[df] = Math.log((n + 1) / ((df || 1) + 0.5)) + options.idfFloor;
  const idf = (df: number) => (df < idfByDf.length ? idfByDf[df] : Math.log((n + 1) / (df + 0.5)) + options.idfFloor);
  const wordWeight = new Float64Array(analysis.wordDf.length);
  for (let stem = 0; stem < wordWeight.length; stem++) wordWeight[stem] = Math.pow(idf(analysis.wordDf[stem] || 1), options.wordIdfPower);
  const tables = { analysis, idfFloor: options.idfFloor, wordIdfPower: options.wordIdfPower, idfByDf, wordWeight };
  scoring.tables = tables;
  return tables;
}

/**
 * Score every candidate of one analysed document: its entries of the corpus' CandidateTable, best first, in `order`
 * (entry indices), with `scores` by entry index minus doc.candidateStart. Both are the context's scratch, valid until
 * the next document is scored.
 */
export function scoreCandidates(
  analysis: ScoringCorpus,
  doc: ScoredDocument,
  options: RankOptions,
): { order: number[]; scores: Float64Array } {
  const { scoring, graph, words } = analysis.context;
  const { idfByDf, wordWeight } = scoreTables(analysis, options);
  if (scoring.wordScore.length < words.stemCount()) {
    scoring.wordScore = new Float64Array(words.stemCount() * 2);
    scoring.localIndex = new Int32Array(words.stemCount() * 2);
  }
  const wordScore = scoring.wordScore;
  const localIndex = scoring.localIndex;
  const tfShare = 1 - options.graphWeight;
  for (let k = 0; k < doc.wordIds.length; k++) {
    const stem = doc.wordIds[k];
    wordScore[stem] = tfShare * doc.wordCounts[k] * wordWeight[stem];
  }
  if (options.graphWeight > 0 && doc.graphWords.length > 0) {
    const locals: number[] = [];
    for (const stem of doc.graphWords) {
      if (localIndex[stem] === 0) {
        locals.push(stem);
        localIndex[stem] = locals.length; // 1-based while collecting, so 0 means unseen
      }
    }
    for (const stem of locals) localIndex[stem]--;
    const ranks = rankWords(doc.graphWords, options.graphWindow, options.graphPositionBias, locals, localIndex, graph);
    locals.forEach((stem, a) => {
      wordScore[stem] += options.graphWeight * ranks[a] * wordWeight[stem];
      localIndex[stem] = 0;
    });
  }
  const { phraseIds, counts, first, inTitle } = analysis.candidates;
  const { phraseStemStarts, phraseStems } = analysis;
  const size = doc.candidateEnd - doc.candidateStart;
  if (scoring.scores.length < size) scoring.scores = new Float64Array(Math.max(size, scoring.scores.length * 2));
  const scores = scoring.scores;
  const order = scoring.order;
  order.length = 0;
  for (let entry = doc.candidateStart; entry < doc.candidateEnd; entry++) {
    const phraseId = phraseIds[entry];
    const stemStart = phraseStemStarts[phraseId];
    const stemCount = phraseStemStarts[phraseId + 1] - stemStart;
    const df = analysis.phraseDf[phraseId] || 1;
    const phraseScore = counts[entry] * (df < idfByDf.length ? idfByDf[df] : Math.log((analysis.documents.length + 1) / (df + 0.5)) + options.idfFloor);
    let sum = 0;
    for (let k = stemStart; k < stemStart + stemCount; k++) sum += wordScore[phraseStems[k]];
    let score = options.phraseWeight * phraseScore + (options.wordWeight * sum) / Math.pow(stemCount, options.lengthNorm);
    if (inTitle[entry] === 1) score *= options.titleBoost;
    if (stemCount === 1) score *= options.singleWordWeight;
    score *= 1 + options.positionWeight / (1 + (10 * first[entry]) / doc.tokenCount);
    scores[entry - doc.candidateStart] = score;
    order.push(entry);
  }
  for (let k = 0; k < doc.wordIds.length; k++) wordScore[doc.wordIds[k]] = 0;
  for (const stem of doc.graphWords) wordScore[stem] = 0;
  const keys = analysis.phraseKeys;
  const base = doc.candidateStart;
  order.sort((a, b) => scores[b - base] - scores[a - base] || (keys[phraseIds[a]] < keys[phraseIds[b]] ? -1 : 1));
  return { order, scores };
}

/** Score every candidate of one analysed document, best first. */
export function scoreDocument(
  analysis: CorpusAnalysis,
  doc: AnalysedDocument,
  options: RankOptions,
): { key: string; score: number }[] {
  const { order, scores } = scoreCandidates(analysis, doc, options);
  return order.map((entry) => ({ key: analysis.phraseKeys[analysis.candidates.phraseIds[entry]], score: scores[entry - doc.candidateStart] }));
}

/**
 * The entries `rankDocument` keeps of a document's candidates in score order (`order`, from scoreCandidates): the
 * best `limit`, redundant nested ones dropped as `options.nested` says.
 */
export function keptEntries(analysis: ScoringCorpus, order: number[], options: RankOptions, limit = options.topN): number[] {
  const keyOf = (entry: number) => analysis.phraseKeys[analysis.candidates.phraseIds[entry]];
  if (options.nested === 'keep') return order.slice(0, limit);
  const kept: number[] = [];
  // Keys padded with spaces so "model" does not match inside "models"; the kept ones are padded once, not once per
  // candidate compared with them (that string building was a visible share of ranking on 20k papers).
  const keptPadded: string[] = [];
  const dropBoth = options.nested !== 'drop-inner';
  for (const entry of order) {
    if (kept.length >= limit) break;
    const mine = ` ${keyOf(entry)} `;
    let clash = false;
    for (let k = 0; k < keptPadded.length && !clash; k++) {
      const theirs = keptPadded[k];
      clash = theirs.includes(mine) || (dropBoth && mine.includes(theirs));
    }
    if (!clash) {
      kept.push(entry);
      keptPadded.push(mine);
    }
  }
  return kept;
}

/** Rank the keyphrases of one analysed document into RankedKeyphrases (keys prefixed with `concept:`). */
export function rankDocument(
  analysis: CorpusAnalysis,
  doc: AnalysedDocument,
  options: RankOptions,
  acronymByKey: Map<string, AcronymEntry>,
  limit = options.topN,
): RankedKeyphrase[] {
  const { order, scores } = scoreCandidates(analysis, doc, options);
  return keptEntries(analysis, order, options, limit).map((entry) => {
    const key = analysis.phraseKeys[analysis.candidates.phraseIds[entry]];
    return {
      key: `concept:${key}`,
      label: labelOf(analysis, key, acronymByKey),
      phrase: acronymByKey.get(key)?.expansion ?? surfaceOf(analysis, key),
      score: scores[entry - doc.candidateStart],
    };
  });
}

/**
 * Rank each document's keyphrases using statistics over all the given documents (TF-IDF of the phrase plus the
 * TF-IDF of its words, boosted by title presence and early first occurrence). Keyed by document id.
 */
export function rankKeyphrases(
  docs: RankDocument[],
  options: Partial<RankOptions> = {},
  context?: ExtractionContext,
): Map<string, RankedKeyphrase[]> {
  const merged: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...options };
  const analysis = analyseCorpus(docs, merged, undefined, context);
  const byKey = acronymsByKey(analysis);
  const result = new Map<string, RankedKeyphrase[]>();
  for (const doc of analysis.documents) result.set(doc.id, rankDocument(analysis, doc, merged, byKey));
  return result;
}
