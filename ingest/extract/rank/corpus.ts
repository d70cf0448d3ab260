// Corpus analysis: tag every document, learn its acronyms and multiword terms, collect candidates and corpus statistics.
import { acronymDefinitionAt, type AcronymDefinition } from '../acronyms';
import { FILLER_WORDS, STOPWORDS, normaliseWords, type WordTable, type WordType } from '../text';
import { resolveAcronyms, type AcronymEntry, type ExpansionsByAcronym } from './acronymTable';
import { CandidateMerger, candidateCollector, type CandidateDocs, type CandidateSlice, type CandidateSource, type PhraseTables } from './candidates';
import { addToPhraseIndex, type ChunkOptions } from './chunker';
import type { PhraseIndex } from './sentenceUnits';
import { createExtractionContext, type ExtractionContext } from './context';
import { grownTo } from './growable';
import { DEFAULT_RANK_OPTIONS, type RankDocument, type RankOptions } from './options';
import { pretaggedReader, tagDocument, type PretaggedCorpus, type TaggedDocument } from './pretagged';
import { TokenStoreBuilder, type TokenStore } from './tokenStore';

/**
 * Every document's candidates with their statistics, flat: a document's are entries [candidateStart, candidateEnd),
 * in order of first occurrence. Typed arrays rather than a Map of small objects per document:
 * 20k papers held ~700k such objects until the end of extraction, marked again by every major garbage collection.
 */
export interface CandidateTable {
  /** Index of each candidate's key in the corpus' phrase tables (phraseKeys, phraseDf, surfaces). */
  phraseIds: Int32Array;
  /** Occurrences in the document (a sub-phrase occurrence counts subPhraseWeight). */
  counts: Float64Array;
  /** Token index of the first occurrence within the document (title tokens come first). */
  first: Int32Array;
  /** 1 when the candidate occurs in the title. */
  inTitle: Uint8Array;
}

export interface AnalysedDocument {
  id: string;
  /**
   * Where the document's sentences lie in the corpus' TokenStore: sentence s is tokens [sentenceStarts[s],
   * sentenceStarts[s + 1]); the title is sentence 0, then the abstract's sentences.
   */
  sentenceStarts: Int32Array;
  tokenCount: number;
  /** The document's candidates are entries [candidateStart, candidateEnd) of the corpus' CandidateTable. */
  candidateStart: number;
  candidateEnd: number;
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
  /** Every document's candidates (see AnalysedDocument.candidateStart). */
  candidates: CandidateTable;
  /** Index of each candidate key in the phrase tables. */
  phraseIds: Map<string, number>;
  /** Key of each candidate phrase (its stems joined by spaces), by phrase id. */
  phraseKeys: string[];
  /** Interned stem ids of each candidate phrase's words (acronyms replaced by their expansion's stems), flat: phrase
   * p's are phraseStems[phraseStemStarts[p] .. phraseStemStarts[p + 1]). */
  phraseStemStarts: Int32Array;
  phraseStems: Int32Array;
  /** Number of documents each candidate occurs in, by phrase id. */
  phraseDf: number[];
  /** Number of documents each word stem occurs in, by stem id. */
  wordDf: Int32Array;
  /** Every document's content words, their counts and its word-graph sequence, flat: each AnalysedDocument's
   * wordIds, wordCounts and graphWords are views of these (what is sent to worker threads that rank documents). */
  documentWords: { wordIds: Int32Array; wordCounts: Int32Array; graphWords: Int32Array };
  /** Acronyms defined somewhere in the corpus, by short form (one idea each; see `ambiguousAcronyms`). */
  acronyms: Map<string, AcronymEntry>;
  /** Acronyms the corpus defines for two different ideas ("DoF": degrees of freedom, depth of field), one entry per
   * idea: each stands for its expansion only in the documents that define it that way, never merged blindly. */
  ambiguousAcronyms: AcronymEntry[];
  /** Written forms of each candidate with their corpus counts, by phrase id (most phrases have one form). */
  surfaces: SurfaceCounts[];
  /** Words (in lower case) the corpus nearly always capitalises inside sentences: names ("einstein", "bayesian"), as
   * labels show them (see nameWordsOf, shownForm). */
  nameWords: Set<string>;
  /** By phrase id: its occurrences inside a sentence (see countsCase). */
  phraseInnerUses: Int32Array;
  /** By phrase id, for phrases written with every word capitalised inside a sentence: those written forms, counted. */
  capitalisedForms: Map<number, Map<string, number>>;
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
  /** Documents whose candidates are collected so far (pass 2), reported a slice at a time. */
  onCollected?: (done: number) => void,
): CorpusAnalysis {
  const reader = corpusReader(options, context);
  const readPretagged = pretagged ? pretaggedReader(context.words, pretagged) : null;
  docs.forEach((doc, index) => {
    reader.add(doc.id, readPretagged ? readPretagged(index) : tagDocument(context.words, doc));
    onTagged?.(index + 1);
  });
  return reader.analyse(onCollected);
}

/**
 * analyseCorpus in two steps, for documents whose tags arrive in parts (from worker threads): `add` reads one tagged
 * document (documents in corpus order; pass 1), `analyse` collects the candidates and statistics once all are read.
 */
export interface CorpusReader {
  add(id: string, document: TaggedDocument): void;
  /** The documents read so far, stored: their tokens and where each one's sentences lie in them (see
   * AnalysedDocument.sentenceStarts). What pass 1 leaves; no more documents may be added once it is asked for. */
  stored(): { tokens: TokenStore; sentenceStarts: Int32Array[] };
  /** Pass 2 (collecting the candidates) made ready, to run in slices (see CandidatePass). */
  candidatePass(): CandidatePass;
  /** `onCollected`: documents whose candidates are collected so far, reported a slice at a time. */
  analyse(onCollected?: (done: number) => void): CorpusAnalysis;
}

/**
 * Pass 2 of a corpus read by a CorpusReader: what collecting candidates reads (`source`, shared with worker threads),
 * each document's slice of it, and the analysis made of the slices once collected (see candidates.ts).
 */
export interface CandidatePass {
  source: CandidateSource;
  /** The documents read in pass 1, in corpus order. */
  documents: readonly { sentenceStarts: Int32Array; titleCase: boolean }[];
  /** The readings of ambiguous acronyms a document gives (see resolveAcronyms). */
  readingsOf(docIndex: number): [string, number][] | null;
  /** The candidates of documents [from, to), collected in this thread (into the corpus' tables: see candidateCollector). */
  collect(from: number, to: number, into?: PhraseTables): CandidateSlice;
  /** A merger for the slices, to be given them in corpus order. */
  merger(): CandidateMerger;
  /** The corpus analysis of the slices given to `merger`, which cover the documents in corpus order. */
  analyse(merger: CandidateMerger): CorpusAnalysis;
}

export function corpusReader(options: Partial<RankOptions> = {}, context: ExtractionContext = createExtractionContext()): CorpusReader {
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
  // How often each acronym is written, and how often as a reported quantity (see countReportedUse).
  const acronymUses = new Map<string, AcronymUses>();
  // Each written expansion's key (table.stemPhrase), worked out once: the same definitions recur across a corpus
  // ("large language models (LLMs)"), and normalising and stemming their words again each time showed in profiles.
  const expansionKeys = new Map<string, string>();
  const learnDefinition = (def: AcronymDefinition, docIndex: number) => {
    let key = expansionKeys.get(def.expansion);
    if (key === undefined) {
      const words = normaliseWords(def.expansion);
      const stems = words.map((w) => table.stemWord(w));
      key = stems.join(' ');
      expansionKeys.set(def.expansion, key);
      // Met for the first time: a multiword term with inner stopwords is learned (once is enough: see addToPhraseIndex).
      if (words.some((w) => STOPWORDS.has(w))) addToPhraseIndex(phrases, phraseKeys, stems, table);
    }
    const own = definedIn.get(docIndex) ?? new Map<string, string>();
    if (!own.has(def.acronym)) own.set(def.acronym, key);
    definedIn.set(docIndex, own);
    const byKey = expansionsByAcronym.get(def.acronym) ?? new Map();
    const entry = byKey.get(key) ?? { count: 0, surfaces: new Map<string, number>() };
    entry.count++;
    entry.surfaces.set(def.expansion, (entry.surfaces.get(def.expansion) ?? 0) + 1);
    byKey.set(key, entry);
    expansionsByAcronym.set(def.acronym, byKey);
  };
  // "Mixture-of-Experts" teaches us that "mixture of experts" is one term, wherever it is written without hyphens.
  const learnHyphenTerm = (words: string[]) => {
    if (words.some((w) => STOPWORDS.has(w)) && !words.some((w) => FILLER_WORDS.has(w))) {
      if (!STOPWORDS.has(words[0]) && !STOPWORDS.has(words[words.length - 1])) addToPhraseIndex(phrases, phraseKeys, words.map((w) => table.stemWord(w)), table);
    }
  };
  const storeBuilder = new TokenStoreBuilder(table.tagNames);
  const punctTag = table.tagCode('PUNCT');
  // titleCase: whether the title (sentence 0) is written in title case, where its capitals say nothing (see isTitleCase).
  const tagged: { id: string; sentenceStarts: Int32Array; titleCase: boolean }[] = [];
  const innerUses: InnerUses = { counts: new Int32Array(1 << 14), capitalised: [] };
  // Positions of a sentence's "(" and hyphenated terms, learned from once the sentence is read (definitions first).
  const openings: number[] = [];
  // Hyphenated forms (by WordType id) already learned from: what a form teaches depends on the form alone.
  const hyphenLearned = new Set<number>();
  const hyphenated: number[] = [];
  // The sentence being read (its tokens' tags are tags[tagsAt ..]), for acronymDefinitionAt's punctuation test, made
  // once rather than per sentence.
  let sentenceTags: Uint16Array = new Uint16Array(0);
  let tagsAt = 0;
  const isPunct = (k: number) => sentenceTags[tagsAt + k] === punctTag;
  /**
   * Reads one tagged sentence (its types, and its tags as the table's codes from `tags[at]` on) in one pass over its
   * tokens: stores it, counts its words' uses inside the sentence (`countsCase`: see countInnerUse) and its acronyms'
   * uses (countReportedUse), and notes where an acronym may be defined and where a hyphenated term is written, learned
   * from after the pass in the order separate passes had. One loop instead of five, though that bought little: after
   * the first pass over a sentence its tokens' WordTypes are in the cache (docs/benchmarks.md, extract17).
   */
  const learnSentence = (sentence: WordType[], tags: Uint16Array, at: number, docIndex: number, countsCase: boolean) => {
    const n = sentence.length;
    storeBuilder.reserve(n);
    let previous: WordType | null = null;
    for (let k = 0; k < n; k++) {
      const type = sentence[k];
      storeBuilder.push(type, tags[at + k]);
      if (countsCase && previous !== null && !(previous.punct && previous.text !== ',')) countInnerUse(type, innerUses);
      if (type.acronymForm !== null) countReportedUse(sentence, k, docIndex, acronymUses);
      if (type.punct) {
        if (type.text === '(' && k >= 1 && k + 2 < n) openings.push(k);
      } else if (type.hyphenPhrase && !hyphenLearned.has(type.id)) {
        hyphenated.push(k);
      }
      previous = type;
    }
    if (openings.length > 0) {
      sentenceTags = tags;
      tagsAt = at;
      for (const k of openings) {
        const def = acronymDefinitionAt(sentence, isPunct, k);
        if (def !== null) learnDefinition(def, docIndex);
      }
    }
    for (const k of hyphenated) {
      const type = sentence[k];
      if (hyphenLearned.has(type.id)) continue;
      hyphenLearned.add(type.id);
      learnHyphenTerm(type.words);
    }
    // Emptied only when used (most sentences have neither): setting a length is a runtime call even on an empty array.
    if (openings.length > 0) openings.length = 0;
    if (hyphenated.length > 0) hyphenated.length = 0;
  };
  const add = (id: string, { sentences, tags }: TaggedDocument) => {
    const index = tagged.length;
    const sentenceStarts = new Int32Array(sentences.length + 1);
    const titleCase = sentences.length > 0 && isTitleCase(sentences[0]);
    let at = 0;
    for (let s = 0; s < sentences.length; s++) {
      sentenceStarts[s] = storeBuilder.length;
      learnSentence(sentences[s], tags, at, index, s > 0 || !titleCase);
      at += sentences[s].length;
    }
    if (at !== tags.length) throw new Error(`document ${id}: ${tags.length} tags for ${at} tokens`);
    sentenceStarts[sentences.length] = storeBuilder.length;
    tagged.push({ id, sentenceStarts, titleCase });
  };
  let store: TokenStore | null = null;
  const stored = () => {
    store ??= storeBuilder.build();
    return { tokens: store, sentenceStarts: tagged.map((doc) => doc.sentenceStarts) };
  };
  return {
    add,
    stored,
    candidatePass,
    analyse: (onCollected) => {
      const pass = candidatePass();
      const merger = pass.merger();
      const n = tagged.length;
      if (!onCollected) {
        merger.add(pass.collect(0, n));
        return pass.analyse(merger);
      }
      // With progress to report, collected in slices straight into the corpus' tables (see CandidateMerger.tables):
      // what one pass gives, as when worker threads share the pass (at 100k papers the pass takes ~9 s).
      const size = Math.min(5000, Math.max(500, Math.ceil(n / 20)));
      for (let from = 0; from < n; from += size) {
        const to = Math.min(n, from + size);
        merger.add(pass.collect(from, to, merger.tables()));
        onCollected(to);
      }
      return pass.analyse(merger);
    },
  };

  /** Pass 2, once pass 1 is over: see CandidatePass. */
  function candidatePass(): CandidatePass {
    const { tokens } = stored();
    const { acronyms, ambiguousAcronyms, acronymsOf, readingsOf } = resolveAcronyms(expansionsByAcronym, definedIn, table);
    const quantityKeys = reportedQuantityKeys(acronymUses, acronymsOf);
    const source: CandidateSource = { tokens, words: table, phrases, acronyms, ambiguousAcronyms, quantityKeys, options: merged };
    let collector: ((docs: CandidateDocs, into?: PhraseTables) => CandidateSlice) | null = null;
    return {
      source,
      documents: tagged,
      readingsOf,
      collect: (from, to, into) =>
        (collector ??= candidateCollector(source))(
          {
            sentenceStarts: tagged.slice(from, to).map((doc) => doc.sentenceStarts),
            titleCase: tagged.slice(from, to).map((doc) => doc.titleCase),
            acronymsOf: (k) => acronymsOf(from + k),
          },
          into,
        ),
      merger: () => new CandidateMerger(table),
      analyse: (merger) => {
        const collected = merger.done();
        const documents: AnalysedDocument[] = collected.documents.map((doc, d) => ({ id: tagged[d].id, sentenceStarts: tagged[d].sentenceStarts, ...doc }));
        const { candidates, phraseIds, phraseKeys, phraseStemStarts, phraseStems, phraseDf, wordDf, documentWords, surfaces, phraseInnerUses, capitalisedForms } = collected;
        return { documents, tokens, candidates, phraseIds, phraseKeys, phraseStemStarts, phraseStems, phraseDf, wordDf, documentWords, acronyms, ambiguousAcronyms, surfaces, nameWords: nameWordsOf(innerUses, table), phraseInnerUses, capitalisedForms, context };
      },
    };
  }
}

/** How often each word type is written inside a sentence (by WordType id), and the capitalised types met there. */
interface InnerUses {
  counts: Int32Array;
  capitalised: WordType[];
}

/**
 * Count one use of a word type inside a sentence: every word but the first and those right after punctuation other than
 * a comma ("Background: Patients …", "(Fig. 2)"), where a capital may only open a clause, is counted (the caller
 * decides). What is left capitalised there is a name as its writers spell it.
 */
function countInnerUse(type: WordType, uses: InnerUses): void {
  if (type.id >= uses.counts.length) uses.counts = grownTo(uses.counts, type.id + 1);
  if (uses.counts[type.id]++ === 0 && type.initialCapital) uses.capitalised.push(type);
}

/** A title whose every content word after the first is capitalised ("Attention Is All You Need"): its capitals are style. */
function isTitleCase(sentence: readonly WordType[]): boolean {
  for (let k = 1; k < sentence.length; k++) {
    const type = sentence[k];
    if (type.initialLower && !STOPWORDS.has(type.lower)) return false;
  }
  return true;
}

/** Uses a name needs inside sentences before a label shows it capitalised. A phrase must be written with every word
 * capitalised at least twice as often as not ("the Lean Startup approach"); a single word nearly always, four times as
 * often as in lower case: a word of names ("Model Context Protocol") also written as a plain word ("a protocol") is
 * not a name. */
const MIN_NAME_USES = 2;
const NAME_PHRASE_USES_PER_OTHER_USE = 2;
const NAME_WORD_USES_PER_LOWER_USE = 4;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const isLowerCaseWord = (word: string) => word.toLowerCase() === word && /^\p{Ll}/u.test(word);

/**
 * The words a corpus writes as names: those with only a capital first letter ("Markov", not "LoRA", whose display form
 * keeps its capitals anyway) written so inside sentences at least MIN_NAME_USES times and NAME_WORD_USES_PER_LOWER_USE
 * times as often as in lower case. Worked out once per run, so a label looks each word up in a small set.
 */
function nameWordsOf(uses: InnerUses, table: WordTable): Set<string> {
  const names = new Set<string>();
  for (const type of uses.capitalised) {
    const count = uses.counts[type.id];
    if (count < MIN_NAME_USES || type.text !== capitalise(type.lower)) continue;
    const lower = table.knownType(type.lower);
    const lowerCount = lower !== undefined && lower.id < uses.counts.length ? uses.counts[lower.id] : 0;
    if (count >= NAME_WORD_USES_PER_LOWER_USE * lowerCount) names.add(type.lower);
  }
  return names;
}

/**
 * The most frequent of `forms`, ties going to the first in code-point order (a deterministic output), starting from
 * `best` seen `bestCount` times (-1: none yet).
 */
function mostFrequent(forms: Iterable<[string, number]>, best = '', bestCount = -1): string {
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form < best)) [best, bestCount] = [form, count];
  }
  return best;
}

/**
 * A phrase's written form `form` (a display form: word types keep their capitals only for inner capitals or digits,
 * "GPT-4", "LoRA", since a capital at a sentence's or a title's start says nothing) as a label shows it, with the
 * capitals the corpus gives it inside sentences (see countsCase). A phrase mostly written there with every word
 * capitalised is a name, shown as most often written so ("Caster Semenya", "Global South", "Agent-to-Agent
 * Protocol"). Otherwise each word the corpus nearly always capitalises inside sentences is capitalised, where that
 * reads as a name modifying the rest ("Alzheimer's disease", "quantum Markov chains", "open-source Python library");
 * a phrase whose only capitals would fall after lower-case words ("lean Startup") stays in lower case, as it was.
 */
export function shownForm(analysis: CorpusAnalysis, key: string, form: string): string {
  const words = form.split(' ');
  if (!words.some(isLowerCaseWord)) return form;
  const id = analysis.phraseIds.get(key);
  if (id !== undefined) {
    const written = analysis.capitalisedForms.get(id);
    let capitalised = 0;
    for (const count of written?.values() ?? []) capitalised += count;
    const others = analysis.phraseInnerUses[id] - capitalised;
    if (written && capitalised >= MIN_NAME_USES && capitalised >= NAME_PHRASE_USES_PER_OTHER_USE * others) return mostFrequent(written);
  }
  const shown = words.map((word) => (analysis.nameWords.has(word) ? capitalise(word) : word));
  const last = shown.length - 1;
  if (last > 0 && shown[last] !== words[last] && shown.slice(0, last).every((word, k) => word === words[k] && isLowerCaseWord(word))) return form;
  return shown.join(' ');
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
  return forms.count > 0 ? mostFrequent(forms.others ?? [], forms.first, forms.count) : mostFrequent(forms.others ?? []);
}

/** Concept label: the most frequent form as shown (shownForm), or "Expansion (ACRO)" for an acronym's concept. */
export function labelOf(analysis: CorpusAnalysis, key: string, acronymByKey: Map<string, AcronymEntry>): string {
  const acronym = acronymByKey.get(key);
  return acronym ? `${acronym.expansion} (${acronym.acronym})` : shownForm(analysis, key, surfaceOf(analysis, key));
}

/** Per document that writes an acronym (in corpus order): its uses there, and those naming a reported value. */
interface AcronymUses {
  docs: number[];
  uses: number[];
  /** Uses followed by a number ("HR 0.45", "OR = 2.1") or preceded by a percentage ("95% CI"). */
  reported: number[];
}

/** Tokens that may stand between a reported quantity's name and its value ("SMD = 0.3", "HR of 0.51", "[HR], 8.66"). */
const VALUE_SIGNS = new Set(['=', ':', ',', '<', '>', '≤', '≥', '−', '-', ')', ']', 'of']);

/** Count one use of an acronym (token `i` of a sentence of a document, whose form has an acronymForm), and whether
 * it is written as the name of a reported value. */
function countReportedUse(sentence: readonly WordType[], i: number, docIndex: number, uses: Map<string, AcronymUses>): void {
  const type = sentence[i];
  let entry = uses.get(type.acronymForm!);
  if (entry === undefined) {
    entry = { docs: [], uses: [], reported: [] };
    uses.set(type.acronymForm!, entry);
  }
  const last = entry.docs.length - 1;
  if (last < 0 || entry.docs[last] !== docIndex) {
    entry.docs.push(docIndex);
    entry.uses.push(0);
    entry.reported.push(0);
  }
  const at = entry.docs.length - 1;
  entry.uses[at]++;
  let next = i + 1;
  while (next < sentence.length && next <= i + 2 && VALUE_SIGNS.has(sentence[next].text)) next++;
  const valueAfter = next < sentence.length && sentence[next].numeric;
  const percentBefore = i >= 2 && sentence[i - 1].text === '%' && sentence[i - 2].numeric;
  if (valueAfter || percentBefore) entry.reported[at]++;
}

/**
 * Expansion keys of acronyms the corpus writes mostly as the name of a number: statistics and measures reported in
 * results ("95% CI 1.2-3.4", "HR 0.45", "OR = 2.1", "MAE of 0.3"). They say how a result is given, not what a paper
 * is about, so they are no candidate (the corpus' own usage decides, not a list of statistics). Each use counts for
 * the idea its document reads the acronym as, so "CI" for confidence intervals does not take "computational
 * intelligence (CI)" with it.
 */
function reportedQuantityKeys(uses: Map<string, AcronymUses>, acronymsOf: (docIndex: number) => Map<string, AcronymEntry>): Set<string> {
  const counts = new Map<AcronymEntry, { uses: number; reported: number }>();
  for (const [form, entry] of uses) {
    for (let k = 0; k < entry.docs.length; k++) {
      const acronym = acronymsOf(entry.docs[k]).get(form);
      if (acronym === undefined) continue;
      const count = counts.get(acronym) ?? { uses: 0, reported: 0 };
      count.uses += entry.uses[k];
      count.reported += entry.reported[k];
      counts.set(acronym, count);
    }
  }
  const keys = new Set<string>();
  for (const [acronym, count] of counts) {
    if (count.reported >= 2 && 2 * count.reported >= count.uses) keys.add(acronym.key);
  }
  return keys;
}
