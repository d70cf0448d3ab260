// Scoring and ranking one analysed document's candidates, and the one-call API over a set of documents.
import { acronymsByKey, type AcronymEntry } from './acronymTable';
import { analyseCorpus, labelOf, surfaceOf, type AnalysedDocument, type CorpusAnalysis } from './corpus';
import type { ExtractionContext } from './context';
import { DEFAULT_RANK_OPTIONS, type RankDocument, type RankedKeyphrase, type RankOptions } from './options';
import { rankWords } from './wordGraph';

/** Score every candidate of one analysed document, best first. */
export function scoreDocument(
  analysis: CorpusAnalysis,
  doc: AnalysedDocument,
  options: RankOptions,
): { key: string; score: number }[] {
  const n = analysis.documents.length;
  const idf = (df: number) => Math.log((n + 1) / (df + 0.5)) + options.idfFloor;
  const { scoring, graph, words } = analysis.context;
  if (scoring.wordScore.length < words.stemCount()) {
    scoring.wordScore = new Float64Array(words.stemCount() * 2);
    scoring.localIndex = new Int32Array(words.stemCount() * 2);
  }
  const wordScore = scoring.wordScore;
  const localIndex = scoring.localIndex;
  const tfShare = 1 - options.graphWeight;
  for (let k = 0; k < doc.wordIds.length; k++) {
    const stem = doc.wordIds[k];
    wordScore[stem] = tfShare * doc.wordCounts[k] * Math.pow(idf(analysis.wordDf[stem] || 1), options.wordIdfPower);
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
      wordScore[stem] += options.graphWeight * ranks[a] * Math.pow(idf(analysis.wordDf[stem] || 1), options.wordIdfPower);
      localIndex[stem] = 0;
    });
  }
  const scored: { key: string; score: number }[] = [];
  for (const c of doc.candidates.values()) {
    const phraseScore = c.count * idf(analysis.phraseDf[c.phraseId] || 1);
    let words = 0;
    for (const stem of c.stemIds) words += wordScore[stem];
    let score = options.phraseWeight * phraseScore + (options.wordWeight * words) / Math.pow(c.stemIds.length, options.lengthNorm);
    if (c.inTitle) score *= options.titleBoost;
    if (c.stemIds.length === 1) score *= options.singleWordWeight;
    score *= 1 + options.positionWeight / (1 + (10 * c.first) / doc.tokenCount);
    scored.push({ key: c.key, score });
  }
  for (let k = 0; k < doc.wordIds.length; k++) wordScore[doc.wordIds[k]] = 0;
  for (const stem of doc.graphWords) wordScore[stem] = 0;
  scored.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
  return scored;
}

/** Rank the keyphrases of one analysed document into RankedKeyphrases (keys prefixed with `concept:`). */
export function rankDocument(
  analysis: CorpusAnalysis,
  doc: AnalysedDocument,
  options: RankOptions,
  acronymByKey: Map<string, AcronymEntry>,
  limit = options.topN,
): RankedKeyphrase[] {
  const scored = scoreDocument(analysis, doc, options);
  let kept = scored;
  if (options.nested !== 'keep') {
    kept = [];
    // Keys padded with spaces so "model" does not match inside "models"; the kept ones are padded once, not once per
    // candidate compared with them (that string building was a visible share of ranking on 20k papers).
    const keptPadded: string[] = [];
    const dropBoth = options.nested !== 'drop-inner';
    for (const candidate of scored) {
      if (kept.length >= limit) break;
      const mine = ` ${candidate.key} `;
      let clash = false;
      for (let k = 0; k < keptPadded.length && !clash; k++) {
        const theirs = keptPadded[k];
        clash = theirs.includes(mine) || (dropBoth && mine.includes(theirs));
      }
      if (!clash) {
        kept.push(candidate);
        keptPadded.push(mine);
      }
    }
  }
  return kept
    .slice(0, limit)
    .map(({ key, score }) => ({
      key: `concept:${key}`,
      label: labelOf(analysis, key, acronymByKey),
      phrase: acronymByKey.get(key)?.expansion ?? surfaceOf(analysis, key),
      score,
    }));
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
