// Per-document keyphrase ranking with corpus statistics: candidates, acronyms, document frequencies, scores.
import type { RankedTerm } from '../types';
import { findAcronymDefinitions } from './acronyms';
import {
  FILLER_WORDS,
  GENERIC_HEADS,
  isNominalGerund,
  STOPWORDS,
  normaliseWords,
  splitSentences,
  stemPhrase,
  stemCount,
  stemId,
  stemText,
  stemWord,
  tagTokens,
  tokenize,
  type Token,
  type WordType,
} from './text';

export interface RankDocument {
  id: string;
  title: string;
  abstract: string;
}

/** Options of the ranking; every field documented, defaults in DEFAULT_RANK_OPTIONS. */
export interface RankOptions {
  /** Keyphrases returned per document (after ranking). */
  topN: number;
  /** Longest candidate phrase in words; longer noun runs keep their last (head) words. */
  maxWords: number;
  /** Weight of the summed word TF-IDF against the phrase's own TF-IDF. */
  wordWeight: number;
  /** Multiplier for candidates that occur in the title. */
  titleBoost: number;
  /** How much an early first occurrence raises a score: factor 1 + positionWeight / (1 + relative position × 10). */
  positionWeight: number;
  /** Added to log(N / df): 1 keeps corpus-wide terms in play (a topic shared by most papers is still a concept). */
  idfFloor: number;
  /** Word scores are summed then divided by (words in phrase)^lengthNorm: 0 favours long phrases, 1 averages. */
  lengthNorm: number;
  /** Also count the head-final sub-phrases of each noun phrase ("decision support system" inside a longer one). */
  subPhrases: boolean;
  /** Multiplier on a sub-phrase occurrence's count (a maximal phrase occurrence counts 1). */
  subPhraseWeight: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  topN: 10,
  maxWords: 5,
  wordWeight: 1,
  titleBoost: 1.5,
  positionWeight: 0.5,
  idfFloor: 1,
  lengthNorm: 0,
  subPhrases: false,
  subPhraseWeight: 0.5,
};

/** A ranked keyphrase with the plain phrase (no "(ACRO)" suffix), which is what the evaluation compares. */
export interface RankedKeyphrase extends RankedTerm {
  phrase: string;
}

/** One candidate's statistics inside one document. */
export interface CandidateStats {
  key: string;
  /** Index of the key in the corpus' phrase tables (phraseDf, surfaces). */
  phraseId: number;
  /** Interned stem ids of its words (acronyms replaced by their expansion's stems). */
  stemIds: number[];
  count: number;
  /** Token index of the first occurrence (title tokens come first). */
  first: number;
  inTitle: boolean;
}

export interface AnalysedDocument {
  id: string;
  /** Tagged tokens of title then abstract, one array per sentence; the title is sentence 0. */
  sentences: Token[][];
  tokenCount: number;
  candidates: Map<string, CandidateStats>;
  /** Stem ids of all content words (not stopwords) and their counts, for the word-level statistics. */
  wordIds: Int32Array;
  wordCounts: Int32Array;
}

export interface AcronymEntry {
  acronym: string;
  /** Concept key of the expansion. */
  key: string;
  /** Interned stem ids of `key`. */
  stemIds: number[];
  /** Most frequent written long form. */
  expansion: string;
  /** How many definitions in the corpus used this acronym for this key. */
  count: number;
}

export interface CorpusAnalysis {
  documents: AnalysedDocument[];
  /** Index of each candidate key in the phrase tables. */
  phraseIds: Map<string, number>;
  /** Number of documents each candidate occurs in, by phrase id. */
  phraseDf: number[];
  /** Number of documents each word stem occurs in, by stem id. */
  wordDf: Int32Array;
  /** Acronyms defined somewhere in the corpus, by short form. */
  acronyms: Map<string, AcronymEntry>;
  /** Written forms of each candidate with their corpus counts, by phrase id (most phrases have one form). */
  surfaces: SurfaceCounts[];
}

/** The first written form and its count; other forms, when there are any, in a map. */
interface SurfaceCounts {
  first: string;
  count: number;
  others: Map<string, number> | null;
}

const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'FW']);
const MODIFIER_TAGS = new Set(['JJ', 'JJR', 'JJS', 'VBN']);

/** A phrase unit: a token (Token implements this) or a merged multiword term / expanded acronym. */
interface Unit {
  /** Display form. */
  surface: string;
  stemIds: number[];
  tag: string;
  /** True for a merged multiword unit or an acronym standing for its expansion. */
  merged: boolean;
}

interface MergedUnit extends Unit {
  /** The token an acronym unit stands on (its lexical facts), null for a multiword unit. */
  type: WordType | null;
}

function typeOf(unit: Unit): WordType | null {
  return (unit as Token | MergedUnit).type;
}

/** Multiword terms with inner stopwords that the corpus writes as a unit ("mixture of experts"), by first stem. */
type PhraseIndex = Map<number, number[][]>;

function addToPhraseIndex(index: PhraseIndex, seen: Set<string>, stems: string[]): void {
  const key = stems.join(' ');
  if (stems.length < 2 || seen.has(key)) return;
  seen.add(key);
  const ids = stems.map(stemId);
  const list = index.get(ids[0]) ?? [];
  list.push(ids);
  // Longest first, so "mixture of lora experts" wins over "mixture of experts" at the same position.
  list.sort((a, b) => b.length - a.length);
  index.set(ids[0], list);
}

/** Turn a tagged sentence into units: known multiword terms merged, acronyms expanded, compounds split into stems. */
function toUnits(sentence: Token[], acronyms: Map<string, AcronymEntry>, phrases: PhraseIndex): Unit[] {
  // Most sentences have no multiword term and no acronym: then the tokens are the units.
  let units: Unit[] | null = null;
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i];
    const type = token.type;
    const candidates = type.punct || phrases.size === 0 ? undefined : phrases.get(type.stemId);
    let merged: MergedUnit | null = null;
    let length = 1;
    if (candidates) {
      for (const phrase of candidates) {
        if (i + phrase.length > sentence.length) continue;
        let ok = true;
        for (let j = 0; j < phrase.length && ok; j++) ok = !sentence[i + j].type.punct && sentence[i + j].type.stemId === phrase[j];
        if (!ok) continue;
        const words = sentence.slice(i, i + phrase.length);
        merged = { type: null, surface: words.map((w) => w.type.display).join(' '), stemIds: phrase, tag: 'NN', merged: true };
        length = phrase.length;
        break;
      }
    }
    if (merged === null && type.acronymForm !== null) {
      const acronym = acronyms.get(type.text) ?? acronyms.get(type.acronymForm);
      if (acronym) merged = { type, surface: acronym.acronym, stemIds: acronym.stemIds, tag: 'NNP', merged: true };
    }
    if (merged !== null) {
      units ??= sentence.slice(0, i);
      units.push(merged);
      i += length - 1;
    } else if (units !== null) {
      units.push(token);
    }
  }
  return units ?? sentence;
}

/** Noun-phrase candidates of one sentence: (adjective | noun)* noun, split at stopwords, filler and punctuation. */
function chunkCandidates(units: Unit[], maxWords: number, emit: (run: Unit[]) => void): void {
  let run: Unit[] = [];
  const flush = () => {
    // Trim trailing non-nouns: a phrase ends on its head noun (or a gerund after a noun: "load balancing").
    let end = run.length;
    while (end > 0) {
      const u = run[end - 1];
      if (NOUN_TAGS.has(u.tag) || u.merged) break;
      if (u.tag === 'VBG' && end > 1 && isNominalGerund(typeOf(u)!.lower)) break;
      end--;
    }
    if (end > 0) {
      let start = 0;
      // Too-long runs keep their last words: the head of an English noun phrase is at its end.
      let words = 0;
      for (let k = end - 1; k >= 0; k--) {
        words += run[k].stemIds.length;
        if (words > maxWords) {
          start = k + 1;
          break;
        }
      }
      if (start < end) emit(run.slice(start, end));
    }
    run = [];
  };
  for (const unit of units) {
    const allowed =
      unit.merged ||
      ((NOUN_TAGS.has(unit.tag) || MODIFIER_TAGS.has(unit.tag) || (unit.tag === 'VBG' && run.length > 0)) &&
        !typeOf(unit)!.isBreak &&
        !typeOf(unit)!.numeric &&
        unit.stemIds.length > 0);
    if (!allowed) {
      flush();
      continue;
    }
    // An adjective after a noun starts a new phrase ("experts specialized" is not one term).
    const prev = run[run.length - 1];
    if (prev && MODIFIER_TAGS.has(unit.tag) && !unit.merged && (NOUN_TAGS.has(prev.tag) || prev.merged)) flush();
    run.push(unit);
  }
  flush();
}

function isAcceptableCandidate(run: Unit[], stems: number[]): boolean {
  if (run.length === 1 && !run[0].merged) {
    const type = typeOf(run[0])!;
    const lower = type.lower;
    if (GENERIC_HEADS.has(lower)) return false;
    if (lower.length < 3) return false;
    if (stems.length === 1 && stemText(stems[0]).length < 3) return false;
    if (/^[ivx]+$/.test(lower)) return false;
    // A lone word must be able to be a noun: "scalable" or "adaptive" alone is not a concept.
    if (!type.text.includes('-') && !type.nounLike) return false;
  }
  return true;
}

/** Tokenise, tag and collect candidates of every document, with the corpus statistics the ranking needs. */
export function analyseCorpus(
  docs: RankDocument[],
  options: Partial<RankOptions> = {},
  onTagged?: (done: number) => void,
): CorpusAnalysis {
  const { maxWords, subPhrases, subPhraseWeight } = { ...DEFAULT_RANK_OPTIONS, ...options };
  // Pass 1: tag, and learn acronym definitions and multiword terms written as one unit.
  const tagged = docs.map((doc, index) => {
    const sentences = [tagTokens(tokenize(doc.title)), ...splitSentences(tokenize(doc.abstract)).map(tagTokens)];
    onTagged?.(index + 1);
    return { id: doc.id, sentences };
  });
  const expansionsByAcronym = new Map<string, Map<string, { count: number; surfaces: Map<string, number> }>>();
  const phrases: PhraseIndex = new Map();
  const phraseKeys = new Set<string>();
  for (const doc of tagged) {
    for (const sentence of doc.sentences) {
      for (const def of findAcronymDefinitions(sentence)) {
        const key = stemPhrase(def.expansion);
        const byKey = expansionsByAcronym.get(def.acronym) ?? new Map();
        const entry = byKey.get(key) ?? { count: 0, surfaces: new Map<string, number>() };
        entry.count++;
        entry.surfaces.set(def.expansion, (entry.surfaces.get(def.expansion) ?? 0) + 1);
        byKey.set(key, entry);
        expansionsByAcronym.set(def.acronym, byKey);
        const words = normaliseWords(def.expansion);
        if (words.some((w) => STOPWORDS.has(w))) addToPhraseIndex(phrases, phraseKeys, words.map(stemWord));
      }
      for (const token of sentence) {
        if (!token.text.includes('-')) continue;
        const words = normaliseWords(token.text);
        // "Mixture-of-Experts" teaches us that "mixture of experts" is one term, wherever it is written without hyphens.
        if (words.length >= 3 && words.some((w) => STOPWORDS.has(w)) && !words.some((w) => FILLER_WORDS.has(w))) {
          if (!STOPWORDS.has(words[0]) && !STOPWORDS.has(words[words.length - 1])) addToPhraseIndex(phrases, phraseKeys, words.map(stemWord));
        }
      }
    }
  }
  const acronyms = new Map<string, AcronymEntry>();
  for (const [acronym, byKey] of expansionsByAcronym) {
    const [key, best] = [...byKey].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))[0];
    const expansion = [...best.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    acronyms.set(acronym, { acronym, key, stemIds: key.split(' ').map(stemId), expansion: tidyExpansion(expansion), count: best.count });
  }

  // Pass 2: candidates per document. Every stem is interned by now (tokens in pass 1, acronym keys above).
  const phraseIds = new Map<string, number>();
  const phraseDf: number[] = [];
  const surfaces: SurfaceCounts[] = [];
  let wordDf = new Int32Array(stemCount());
  let wordScratch = new Int32Array(stemCount());
  const touched: number[] = [];
  const documents: AnalysedDocument[] = tagged.map(({ id, sentences }) => {
    const candidates = new Map<string, CandidateStats>();
    let position = 0;
    sentences.forEach((sentence, sentenceIndex) => {
      const units = toUnits(sentence, acronyms, phrases);
      for (const unit of units) {
        if (unit.tag === 'PUNCT') continue;
        const type = typeOf(unit);
        if (type !== null && type.isBreak) continue;
        for (const stem of unit.stemIds) {
          if (stem >= wordScratch.length) [wordScratch, wordDf] = [grow(wordScratch), grow(wordDf)];
          if (wordScratch[stem]++ === 0) touched.push(stem);
        }
      }
      const addCandidate = (run: Unit[], weight: number) => {
        const stems = run.length === 1 ? run[0].stemIds : run.flatMap((u) => u.stemIds);
        if (!isAcceptableCandidate(run, stems)) return;
        const key = stems.length === 1 ? stemText(stems[0]) : stems.map(stemText).join(' ');
        const surface = run.length === 1 ? run[0].surface : run.map((u) => u.surface).join(' ');
        let stats = candidates.get(key);
        if (stats) {
          stats.count += weight;
          if (sentenceIndex === 0) stats.inTitle = true;
        } else {
          let phraseId = phraseIds.get(key);
          if (phraseId === undefined) {
            phraseId = phraseDf.length;
            phraseIds.set(key, phraseId);
            phraseDf.push(0);
            surfaces.push({ first: surface, count: 0, others: null });
          }
          phraseDf[phraseId]++;
          stats = { key, phraseId, stemIds: stems, count: weight, first: position, inTitle: sentenceIndex === 0 };
          candidates.set(key, stats);
        }
        const forms = surfaces[stats.phraseId];
        if (forms.first === surface) forms.count++;
        else {
          forms.others ??= new Map();
          forms.others.set(surface, (forms.others.get(surface) ?? 0) + 1);
        }
      };
      chunkCandidates(units, maxWords, (run) => {
        addCandidate(run, 1);
        if (subPhrases) for (let k = 1; k < run.length; k++) addCandidate(run.slice(k), subPhraseWeight);
      });
      position += sentence.length;
    });
    const wordIds = Int32Array.from(touched);
    const wordCounts = new Int32Array(touched.length);
    touched.forEach((stem, k) => {
      wordCounts[k] = wordScratch[stem];
      wordScratch[stem] = 0;
      wordDf[stem]++;
    });
    touched.length = 0;
    return { id, sentences, tokenCount: Math.max(1, position), candidates, wordIds, wordCounts };
  });
  return { documents, phraseIds, phraseDf, wordDf, acronyms, surfaces };
}

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(stemCount(), array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Written forms of a candidate key with their corpus counts (empty when the key is no candidate). */
export function surfacesOf(analysis: CorpusAnalysis, key: string): Map<string, number> {
  const id = analysis.phraseIds.get(key);
  if (id === undefined) return new Map();
  const forms = analysis.surfaces[id];
  const all = new Map(forms.others ?? []);
  if (forms.count > 0) all.set(forms.first, forms.count);
  return all;
}

/** Most frequent written form of a candidate key (ties broken alphabetically for deterministic output). */
export function surfaceOf(analysis: CorpusAnalysis, key: string): string {
  const id = analysis.phraseIds.get(key);
  if (id === undefined) return key;
  const forms = analysis.surfaces[id];
  let best = forms.count > 0 ? forms.first : '';
  let bestCount = forms.count > 0 ? forms.count : -1;
  for (const [form, count] of forms.others ?? []) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

/** Concept label: the most frequent form, or "Expansion (ACRO)" for an acronym's concept. */
export function labelOf(analysis: CorpusAnalysis, key: string, acronymByKey: Map<string, AcronymEntry>): string {
  const acronym = acronymByKey.get(key);
  return acronym ? `${acronym.expansion} (${acronym.acronym})` : surfaceOf(analysis, key);
}

/** "Mixture-of-Experts" reads as "Mixture of Experts" in a label: hyphens around inner stopwords become spaces. */
function tidyExpansion(expansion: string): string {
  return expansion
    .split(/\s+/)
    .map((word) => {
      const parts = word.split('-');
      return parts.some((p) => STOPWORDS.has(p.toLowerCase())) ? parts.join(' ') : word;
    })
    .join(' ');
}

/** The acronym that names each expansion key: the most often defined one ("MoE" over a one-off "MOE"). */
export function acronymsByKey(analysis: CorpusAnalysis): Map<string, AcronymEntry> {
  const byKey = new Map<string, AcronymEntry>();
  const ordered = [...analysis.acronyms.values()].sort(
    (a, b) => b.count - a.count || (a.acronym < b.acronym ? -1 : a.acronym > b.acronym ? 1 : 0),
  );
  for (const entry of ordered) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  return byKey;
}

// Word scores of the document being scored, by stem id; zero outside it (reset after each document).
let wordScoreScratch = new Float64Array(0);

/** Score every candidate of one analysed document, best first. */
export function scoreDocument(
  analysis: CorpusAnalysis,
  doc: AnalysedDocument,
  options: RankOptions,
): { key: string; score: number }[] {
  const n = analysis.documents.length;
  const idf = (df: number) => Math.log((n + 1) / (df + 0.5)) + options.idfFloor;
  if (wordScoreScratch.length < stemCount()) wordScoreScratch = new Float64Array(stemCount() * 2);
  const wordScore = wordScoreScratch;
  for (let k = 0; k < doc.wordIds.length; k++) {
    const stem = doc.wordIds[k];
    wordScore[stem] = doc.wordCounts[k] * idf(analysis.wordDf[stem] || 1);
  }
  const scored: { key: string; score: number }[] = [];
  for (const c of doc.candidates.values()) {
    const phraseScore = c.count * idf(analysis.phraseDf[c.phraseId] || 1);
    let words = 0;
    for (const stem of c.stemIds) words += wordScore[stem];
    let score = phraseScore + (options.wordWeight * words) / Math.pow(c.stemIds.length, options.lengthNorm);
    if (c.inTitle) score *= options.titleBoost;
    score *= 1 + options.positionWeight / (1 + (10 * c.first) / doc.tokenCount);
    scored.push({ key: c.key, score });
  }
  for (let k = 0; k < doc.wordIds.length; k++) wordScore[doc.wordIds[k]] = 0;
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
  return scoreDocument(analysis, doc, options)
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
): Map<string, RankedKeyphrase[]> {
  const merged: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...options };
  const analysis = analyseCorpus(docs, merged);
  const byKey = acronymsByKey(analysis);
  const result = new Map<string, RankedKeyphrase[]>();
  for (const doc of analysis.documents) result.set(doc.id, rankDocument(analysis, doc, merged, byKey));
  return result;
}
