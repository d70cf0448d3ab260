// Ranking documents away from their CorpusAnalysis: the tables scoring reads, flat enough to send to a worker thread.
import type { CandidateTable, CorpusAnalysis } from './corpus';
import { ScoreScratch } from './context';
import type { RankOptions } from './options';
import { keptEntries, scoreCandidates, type ScoredDocument, type ScoringCorpus } from './score';
import { WordGraphScratch } from './wordGraph';

/**
 * What ranking a document reads of its corpus, once the corpus statistics are complete: typed arrays (sent as a
 * structured clone, i.e. copied once per worker) and the phrase keys, which the ranking compares as strings (ties
 * in score are broken by key, nested keyphrases are found by key). Stem ids are the analysing thread's: a worker
 * only uses them as indices, never looks them up, so its own word table does not matter.
 */
export interface RankTables {
  documentCount: number;
  stemCount: number;
  phraseKeys: string[];
  phraseStemStarts: Int32Array;
  phraseStems: Int32Array;
  phraseDf: Int32Array;
  wordDf: Int32Array;
  candidates: CandidateTable;
  /** Document d's candidates are entries [candidateStarts[d], candidateStarts[d + 1]) of `candidates`. */
  candidateStarts: Int32Array;
  tokenCounts: Int32Array;
  /** Document d's content words are [wordStarts[d], wordStarts[d + 1]) of wordIds / wordCounts. */
  wordStarts: Int32Array;
  wordIds: Int32Array;
  wordCounts: Int32Array;
  /** Document d's word-graph sequence is [graphStarts[d], graphStarts[d + 1]) of graphWords. */
  graphStarts: Int32Array;
  graphWords: Int32Array;
}

/** The ranking tables of an analysed corpus (its documents' word tables are views of `documentWords`). */
export function rankTablesOf(analysis: CorpusAnalysis): RankTables {
  const n = analysis.documents.length;
  const candidateStarts = new Int32Array(n + 1);
  const tokenCounts = new Int32Array(n);
  const wordStarts = new Int32Array(n + 1);
  const graphStarts = new Int32Array(n + 1);
  const { wordIds, wordCounts, graphWords } = analysis.documentWords;
  const offset = (view: Int32Array, of: Int32Array) => {
    if (view.buffer !== of.buffer) throw new Error('rankTablesOf: a document\'s words are not a view of the corpus table');
    return view.byteOffset / Int32Array.BYTES_PER_ELEMENT;
  };
  analysis.documents.forEach((doc, d) => {
    candidateStarts[d] = doc.candidateStart;
    tokenCounts[d] = doc.tokenCount;
    wordStarts[d] = offset(doc.wordIds, wordIds);
    graphStarts[d] = offset(doc.graphWords, graphWords);
  });
  candidateStarts[n] = analysis.candidates.phraseIds.length;
  wordStarts[n] = wordIds.length;
  graphStarts[n] = graphWords.length;
  return {
    documentCount: n,
    stemCount: analysis.context.words.stemCount(),
    phraseKeys: analysis.phraseKeys,
    phraseStemStarts: analysis.phraseStemStarts,
    phraseStems: analysis.phraseStems,
    phraseDf: Int32Array.from(analysis.phraseDf),
    wordDf: analysis.wordDf,
    candidates: analysis.candidates,
    candidateStarts,
    tokenCounts,
    wordStarts,
    wordIds,
    wordCounts,
    graphStarts,
    graphWords,
  };
}

/** A corpus to score documents of `tables` with, on scratch buffers of its own (one per thread). */
export function scoringCorpusOf(tables: RankTables): ScoringCorpus {
  const stemCount = tables.stemCount;
  return {
    documents: { length: tables.documentCount },
    candidates: tables.candidates,
    phraseKeys: tables.phraseKeys,
    phraseStemStarts: tables.phraseStemStarts,
    phraseStems: tables.phraseStems,
    phraseDf: tables.phraseDf,
    wordDf: tables.wordDf,
    context: { words: { stemCount: () => stemCount }, scoring: new ScoreScratch(), graph: new WordGraphScratch() },
  };
}

function documentOf(tables: RankTables, d: number): ScoredDocument {
  return {
    wordIds: tables.wordIds.subarray(tables.wordStarts[d], tables.wordStarts[d + 1]),
    wordCounts: tables.wordCounts.subarray(tables.wordStarts[d], tables.wordStarts[d + 1]),
    graphWords: tables.graphWords.subarray(tables.graphStarts[d], tables.graphStarts[d + 1]),
    candidateStart: tables.candidateStarts[d],
    candidateEnd: tables.candidateStarts[d + 1],
    tokenCount: tables.tokenCounts[d],
  };
}

/**
 * The kept keyphrases of documents [start, end), as rankDocument keeps them: document start + k's are entries
 * [keptStarts[k], keptStarts[k + 1]) of `entries` (CandidateTable entries, best first) with their `scores`.
 */
export interface RankedRange {
  start: number;
  keptStarts: Int32Array;
  entries: Int32Array;
  scores: Float64Array;
}

/** Rank documents [start, end) of `tables` (rankDocument's scores and choices, without the labels). */
export function rankRange(corpus: ScoringCorpus, tables: RankTables, start: number, end: number, options: RankOptions): RankedRange {
  const keptStarts = new Int32Array(end - start + 1);
  const entries: number[] = [];
  const scores: number[] = [];
  for (let d = start; d < end; d++) {
    const doc = documentOf(tables, d);
    const scored = scoreCandidates(corpus, doc, options);
    for (const entry of keptEntries(corpus, scored.order, options)) {
      entries.push(entry);
      scores.push(scored.scores[entry - doc.candidateStart]);
    }
    keptStarts[d - start + 1] = entries.length;
  }
  return { start, keptStarts, entries: Int32Array.from(entries), scores: Float64Array.from(scores) };
}
