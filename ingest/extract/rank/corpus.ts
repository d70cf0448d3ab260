// Corpus analysis: tag every document, learn its acronyms and multiword terms, collect candidates and corpus statistics.
import { findAcronymDefinitions } from '../acronyms';
import { FILLER_WORDS, STOPWORDS, normaliseWords, type Token, type WordTable } from '../text';
import { resolveAcronyms, type AcronymEntry, type ExpansionsByAcronym } from './acronymTable';
import { addToPhraseIndex, chunkCandidates, isAcceptableCandidate, isWrittenAs, toUnits, typeOf, type ChunkOptions, type PhraseIndex, type Unit } from './chunker';
import { createExtractionContext, type ExtractionContext } from './context';
import { DEFAULT_RANK_OPTIONS, type RankDocument, type RankOptions } from './options';
import { PhraseTrie } from './phraseTrie';
import { pretaggedReader, tagDocument, type PretaggedCorpus } from './pretagged';
import { TokenStoreBuilder, sentenceTokens, type TokenStore } from './tokenStore';

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
  /**
   * Where the document's sentences lie in the corpus' TokenStore: sentence s is tokens [sentenceStarts[s],
   * sentenceStarts[s + 1]); the title is sentence 0, then the abstract's sentences.
   */
  sentenceStarts: Int32Array;
  tokenCount: number;
  /** Candidates by phrase id. */
  candidates: Map<number, CandidateStats>;
  /** Stem ids of all content words (not stopwords) and their counts, for the word-level statistics. */
  wordIds: Int32Array;
  wordCounts: Int32Array;
  /** Stem ids of the words of the document's candidate phrases, in text order: the nodes of its word graph. */
  graphWords: Int32Array;
}

export interface CorpusAnalysis {
  documents: AnalysedDocument[];
  /** Tagged tokens of every document (see AnalysedDocument.sentenceStarts). */
  tokens: TokenStore;
  /** Index of each candidate key in the phrase tables. */
  phraseIds: Map<string, number>;
  /** Number of documents each candidate occurs in, by phrase id. */
  phraseDf: number[];
  /** Number of documents each word stem occurs in, by stem id. */
  wordDf: Int32Array;
  /** Acronyms defined somewhere in the corpus, by short form (one idea each; see `ambiguousAcronyms`). */
  acronyms: Map<string, AcronymEntry>;
  /** Acronyms the corpus defines for two different ideas ("DoF": degrees of freedom, depth of field), one entry per
   * idea: each stands for its expansion only in the documents that define it that way, never merged blindly. */
  ambiguousAcronyms: AcronymEntry[];
  /** Written forms of each candidate with their corpus counts, by phrase id (most phrases have one form). */
  surfaces: SurfaceCounts[];
  /** The run's word table and scratch buffers, which scoring the documents goes on using. */
  context: ExtractionContext;
}

/** The first written form and its count; other forms, when there are any, in a map. */
export interface SurfaceCounts {
  first: string;
  count: number;
  others: Map<string, number> | null;
}

/** Tokenise, tag and collect candidates of every document, with the corpus statistics the ranking needs. */
export function analyseCorpus(
  docs: RankDocument[],
  options: Partial<RankOptions> = {},
  onTagged?: (done: number) => void,
  context: ExtractionContext = createExtractionContext(),
  /** Tags computed elsewhere (worker threads) for these documents; tagged here when absent. */
  pretagged?: PretaggedCorpus,
): CorpusAnalysis {
  const table = context.words;
  const merged = { ...DEFAULT_RANK_OPTIONS, ...options };
  const { subPhrases, subPhraseWeight } = merged;
  const chunkOptions: ChunkOptions = merged;
  // Pass 1: tag, and learn acronym definitions and multiword terms written as one unit. Each sentence is learned from
  // as soon as it is tagged and then kept only in the compact TokenStore.
  const expansionsByAcronym: ExpansionsByAcronym = new Map();
  const phrases: PhraseIndex = new Map();
  const phraseKeys = new Set<string>();
  // Which expansion each document itself gives an acronym: an acronym with two meanings is read per document.
  const definedIn = new Map<number, Map<string, string>>();
  const learnTerms = (sentence: Token[], docIndex: number) => {
    for (const def of findAcronymDefinitions(sentence)) {
      const key = table.stemPhrase(def.expansion);
      const own = definedIn.get(docIndex) ?? new Map<string, string>();
      if (!own.has(def.acronym)) own.set(def.acronym, key);
      definedIn.set(docIndex, own);
      const byKey = expansionsByAcronym.get(def.acronym) ?? new Map();
      const entry = byKey.get(key) ?? { count: 0, surfaces: new Map<string, number>() };
      entry.count++;
      entry.surfaces.set(def.expansion, (entry.surfaces.get(def.expansion) ?? 0) + 1);
      byKey.set(key, entry);
      expansionsByAcronym.set(def.acronym, byKey);
      const words = normaliseWords(def.expansion);
      if (words.some((w) => STOPWORDS.has(w))) addToPhraseIndex(phrases, phraseKeys, words.map((w) => table.stemWord(w)), table);
    }
    for (const token of sentence) {
      if (!token.text.includes('-')) continue;
      const words = normaliseWords(token.text);
      // "Mixture-of-Experts" teaches us that "mixture of experts" is one term, wherever it is written without hyphens.
      if (words.length >= 3 && words.some((w) => STOPWORDS.has(w)) && !words.some((w) => FILLER_WORDS.has(w))) {
        if (!STOPWORDS.has(words[0]) && !STOPWORDS.has(words[words.length - 1])) addToPhraseIndex(phrases, phraseKeys, words.map((w) => table.stemWord(w)), table);
      }
    }
  };
  const storeBuilder = new TokenStoreBuilder();
  const readPretagged = pretagged ? pretaggedReader(table, pretagged) : null;
  const tagged = docs.map((doc, index) => {
    const sentences = readPretagged ? readPretagged(index) : tagDocument(table, doc);
    const sentenceStarts = new Int32Array(sentences.length + 1);
    sentences.forEach((sentence, s) => {
      learnTerms(sentence, index);
      sentenceStarts[s] = storeBuilder.length;
      storeBuilder.add(sentence);
    });
    sentenceStarts[sentences.length] = storeBuilder.length;
    onTagged?.(index + 1);
    return { id: doc.id, sentenceStarts };
  });
  const tokens = storeBuilder.build();
  const { acronyms, ambiguousAcronyms, acronymsOf } = resolveAcronyms(expansionsByAcronym, definedIn, table);

  // Pass 2: candidates per document. Every stem is interned by now (tokens in pass 1, acronym keys above).
  const phraseIds = new Map<string, number>();
  const phraseKeyOf: string[] = [];
  const phraseTrie = new PhraseTrie();
  // Stem ids of each phrase, built once when the phrase is first met and shared by every document's CandidateStats.
  const phraseStemIds: number[][] = [];
  const phraseDf: number[] = [];
  const surfaces: SurfaceCounts[] = [];
  let wordDf = new Int32Array(table.stemCount());
  let wordScratch = new Int32Array(table.stemCount());
  const touched: number[] = [];
  // The state of the sentence being read, for the two callbacks below; they are made once rather than per sentence.
  let candidates = new Map<number, CandidateStats>();
  let graphWords: number[] = [];
  let position = 0;
  let sentenceIndex = 0;
  const addCandidate = (run: Unit[], weight: number) => {
    if (!isAcceptableCandidate(run, table)) return;
    // Phrases are found by walking a trie of stem ids: no key string or array is built for a phrase seen before.
    let node = 0;
    for (let u = 0; u < run.length; u++) {
      const stems = run[u].stemIds;
      for (let k = 0; k < stems.length; k++) node = phraseTrie.step(node, stems[k]);
    }
    let phraseId = phraseTrie.phraseOf[node];
    if (phraseId < 0) {
      const stemIds = run.length === 1 ? run[0].stemIds : run.flatMap((u) => u.stemIds);
      const key = stemIds.map((stem) => table.stemText(stem)).join(' ');
      phraseId = phraseKeyOf.length;
      phraseTrie.phraseOf[node] = phraseId;
      phraseKeyOf.push(key);
      phraseStemIds.push(stemIds);
      phraseIds.set(key, phraseId);
      phraseDf.push(0);
      surfaces.push({ first: run.map((u) => u.surface).join(' '), count: 0, others: null });
    }
    let stats = candidates.get(phraseId);
    if (stats) {
      stats.count += weight;
      if (sentenceIndex === 0) stats.inTitle = true;
    } else {
      phraseDf[phraseId]++;
      stats = { key: phraseKeyOf[phraseId], phraseId, stemIds: phraseStemIds[phraseId], count: weight, first: position, inTitle: sentenceIndex === 0 };
      candidates.set(phraseId, stats);
    }
    const forms = surfaces[phraseId];
    if (isWrittenAs(forms.first, run)) forms.count++;
    else {
      const surface = run.map((u) => u.surface).join(' ');
      forms.others ??= new Map();
      forms.others.set(surface, (forms.others.get(surface) ?? 0) + 1);
    }
  };
  const emitRun = (run: Unit[]) => {
    for (const unit of run) for (const stem of unit.stemIds) graphWords.push(stem);
    addCandidate(run, 1);
    if (subPhrases) for (let k = 1; k < run.length; k++) addCandidate(run.slice(k), subPhraseWeight);
  };
  const documents: AnalysedDocument[] = tagged.map(({ id, sentenceStarts }, docIndex) => {
    const docAcronyms = acronymsOf(docIndex);
    candidates = new Map<number, CandidateStats>();
    graphWords = [];
    position = 0;
    for (sentenceIndex = 0; sentenceIndex + 1 < sentenceStarts.length; sentenceIndex++) {
      const sentence = sentenceTokens(tokens, sentenceStarts[sentenceIndex], sentenceStarts[sentenceIndex + 1]);
      const units = toUnits(sentence, docAcronyms, phrases);
      for (const unit of units) {
        if (unit.tag === 'PUNCT') continue;
        const type = typeOf(unit);
        if (type !== null && type.isBreak) continue;
        for (const stem of unit.stemIds) {
          if (stem >= wordScratch.length) [wordScratch, wordDf] = [grow(wordScratch, table), grow(wordDf, table)];
          if (wordScratch[stem]++ === 0) touched.push(stem);
        }
      }
      chunkCandidates(units, chunkOptions, table, emitRun);
      position += sentence.length;
    }
    const wordIds = Int32Array.from(touched);
    const wordCounts = new Int32Array(touched.length);
    touched.forEach((stem, k) => {
      wordCounts[k] = wordScratch[stem];
      wordScratch[stem] = 0;
      wordDf[stem]++;
    });
    touched.length = 0;
    return { id, sentenceStarts, tokenCount: Math.max(1, position), candidates, wordIds, wordCounts, graphWords: Int32Array.from(graphWords) };
  });
  return { documents, tokens, phraseIds, phraseDf, wordDf, acronyms, ambiguousAcronyms, surfaces, context };
}

function grow(array: Int32Array, table: WordTable): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(table.stemCount(), array.length * 2));
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
