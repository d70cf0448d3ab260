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
  Token,
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
  /** A gerund may open a noun phrase ("branching time", "training samples"). */
  leadingGerunds: boolean;
  /** Inside a noun phrase, a verb-tagged word the lexicon also knows as a noun counts as a noun ("data set"). */
  nounReadings: boolean;
  /** An adjective after a noun continues the phrase ("fault tolerant control") instead of starting a new one. */
  adjectiveAfterNoun: boolean;
  /** Words starting with a digit but holding letters ("2D", "3G") may be part of a phrase. */
  alphanumeric: boolean;
  /** Word scores from a co-occurrence graph of candidate words (0 = term frequency only, 1 = graph only). */
  graphWeight: number;
  /** Co-occurrence window over the sequence of candidate words (2 links neighbours only). */
  graphWindow: number;
  /** Bias the graph walk towards words that occur early (PositionRank); 0 is a uniform teleport (SingleRank). */
  graphPositionBias: number;
  /** Exponent on the word idf multiplying word scores (0 ignores the corpus). */
  wordIdfPower: number;
  /** Weight of the phrase's own TF-IDF. */
  phraseWeight: number;
  /** Redundancy: keep every candidate, drop one contained in a better one, or drop both directions of nesting. */
  nested: 'keep' | 'drop-inner' | 'drop-both';
  /** Multiplier on one-word candidates' scores: a lone word is less often a keyphrase than its frequency suggests. */
  singleWordWeight: number;
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
  leadingGerunds: false,
  nounReadings: false,
  adjectiveAfterNoun: true,
  alphanumeric: false,
  graphWeight: 1,
  graphWindow: 3,
  graphPositionBias: 0,
  wordIdfPower: 1,
  phraseWeight: 1,
  singleWordWeight: 0.5,
  nested: 'drop-inner',
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

/**
 * The tagged tokens of a whole corpus, flat: one form index and one tag code per token, documents holding offsets.
 * Kept compact for speed: as one Token object per occurrence, 20k papers retained ~5 million small objects from
 * tagging to the end of extraction, and the garbage collector re-marked them all on every major collection.
 */
export interface TokenStore {
  /** Index into `types` of each token's written form. */
  forms: Int32Array;
  /** Index into `tagNames` of each token's tag. */
  tags: Uint16Array;
  /** The corpus' distinct written forms, in order of first occurrence. */
  types: WordType[];
  tagNames: string[];
}

/** The tokens of one sentence of the store as Token objects (short-lived: the units and candidate code reads them). */
export function sentenceTokens(store: TokenStore, start: number, end: number): Token[] {
  const tokens: Token[] = new Array(end - start);
  for (let i = start; i < end; i++) tokens[i - start] = new Token(store.types[store.forms[i]], store.tagNames[store.tags[i]]);
  return tokens;
}

/** Appends tagged sentences to growing typed arrays and returns the TokenStore at the end. */
class TokenStoreBuilder {
  private forms = new Int32Array(1 << 16);
  private tags = new Uint16Array(1 << 16);
  length = 0;
  private types: WordType[] = [];
  /** Form index + 1 by WordType id (ids are global and only grow); 0 means not met in this corpus yet. */
  private formOf = new Int32Array(1 << 12);
  private tagNames: string[] = [];
  private tagCodes = new Map<string, number>();

  add(sentence: Token[]): void {
    if (this.length + sentence.length > this.forms.length) {
      const size = Math.max(this.forms.length * 2, this.length + sentence.length);
      const forms = new Int32Array(size);
      forms.set(this.forms);
      this.forms = forms;
      const tags = new Uint16Array(size);
      tags.set(this.tags);
      this.tags = tags;
    }
    for (const token of sentence) {
      const type = token.type;
      if (type.id >= this.formOf.length) {
        const bigger = new Int32Array(Math.max(this.formOf.length * 2, type.id + 1));
        bigger.set(this.formOf);
        this.formOf = bigger;
      }
      let form = this.formOf[type.id] - 1;
      if (form < 0) {
        form = this.types.length;
        this.types.push(type);
        this.formOf[type.id] = form + 1;
      }
      let tag = this.tagCodes.get(token.tag);
      if (tag === undefined) {
        tag = this.tagNames.length;
        this.tagNames.push(token.tag);
        this.tagCodes.set(token.tag, tag);
      }
      this.forms[this.length] = form;
      this.tags[this.length] = tag;
      this.length++;
    }
  }

  build(): TokenStore {
    return { forms: this.forms.slice(0, this.length), tags: this.tags.slice(0, this.length), types: this.types, tagNames: this.tagNames };
  }
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
}

/**
 * The phrase trie over stem ids, held as one open-addressing hash table of edges (parent node, stem) → child node plus
 * a node → phrase id array, all typed arrays. Hand-written for speed: a Map per trie node meant hundreds of thousands of
 * live Maps on 20k papers (garbage-collector marking work, and a hash probe per word through scattered memory); here a
 * step is one probe into flat arrays and the table is a handful of objects. Node 0 is the root.
 */
class PhraseTrie {
  private parents = new Int32Array(1 << 16);
  private stems = new Int32Array(1 << 16);
  /** Child node id + 1 per slot; 0 marks an empty slot. */
  private children = new Int32Array(1 << 16);
  private edges = 0;
  /** Phrase id of each node's path from the root, -1 if that path is no phrase yet. */
  phraseOf = new Int32Array(1 << 16).fill(-1);
  private nodes = 1;

  /** The child of `node` along `stem`, created when missing. */
  step(node: number, stem: number): number {
    let mask = this.children.length - 1;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca77)) & mask;
    for (;;) {
      const child = this.children[slot];
      if (child === 0) break;
      if (this.parents[slot] === node && this.stems[slot] === stem) return child - 1;
      slot = (slot + 1) & mask;
    }
    // Missing: add the edge (growing first keeps the load factor under one half, so probes stay short).
    if ((this.edges + 1) * 2 > this.children.length) {
      this.grow();
      mask = this.children.length - 1;
      slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(stem, 0x85ebca77)) & mask;
      while (this.children[slot] !== 0) slot = (slot + 1) & mask;
    }
    const child = this.nodes++;
    if (child >= this.phraseOf.length) {
      const bigger = new Int32Array(this.phraseOf.length * 2).fill(-1);
      bigger.set(this.phraseOf);
      this.phraseOf = bigger;
    }
    this.parents[slot] = node;
    this.stems[slot] = stem;
    this.children[slot] = child + 1;
    this.edges++;
    return child;
  }

  private grow(): void {
    const { parents, stems, children } = this;
    const size = children.length * 2;
    const mask = size - 1;
    this.parents = new Int32Array(size);
    this.stems = new Int32Array(size);
    this.children = new Int32Array(size);
    for (let k = 0; k < children.length; k++) {
      if (children[k] === 0) continue;
      let slot = (Math.imul(parents[k], 0x9e3779b1) ^ Math.imul(stems[k], 0x85ebca77)) & mask;
      while (this.children[slot] !== 0) slot = (slot + 1) & mask;
      this.parents[slot] = parents[k];
      this.stems[slot] = stems[k];
      this.children[slot] = children[k];
    }
  }
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
    // "SOTA" stands for filler ("state of the art"): it stays a break word rather than becoming a phrase.
    if (merged === null && type.acronymForm !== null && !type.isBreak) {
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
type Role = 'noun' | 'modifier' | 'gerund' | null;

function writtenWords(unit: Unit): number {
  return unit.merged && typeOf(unit) === null ? unit.stemIds.length : 1;
}

/** The part a unit can play in a noun phrase, given the unit before it in the current run (null: none). */
function roleOf(unit: Unit, prev: Role, options: ChunkOptions): Role {
  if (unit.merged) return 'noun';
  const type = typeOf(unit)!;
  if (type.isBreak || unit.stemIds.length === 0) return null;
  if (type.numeric && !(options.alphanumeric && type.hasLetter)) return null;
  if (NOUN_TAGS.has(unit.tag)) return 'noun';
  if (MODIFIER_TAGS.has(unit.tag)) return 'modifier';
  if (unit.tag === 'VBG') return prev !== null || options.leadingGerunds ? 'gerund' : null;
  // Inside a noun phrase a word the lexicon also knows as a noun is one ("data set", "lead time", "call details"):
  // the tagger's verb reading there is its most frequent English error in technical text.
  if (options.nounReadings && prev !== null && NOUN_READING_TAGS.has(unit.tag) && type.lexiconTags?.some((t) => t.startsWith('NN'))) {
    return 'noun';
  }
  return null;
}

const NOUN_READING_TAGS = new Set(['VB', 'VBP', 'VBD', 'VBN', 'VBZ']);

interface ChunkOptions {
  maxWords: number;
  leadingGerunds: boolean;
  nounReadings: boolean;
  adjectiveAfterNoun: boolean;
  alphanumeric: boolean;
}

/** Noun-phrase candidates of one sentence: (adjective | noun)* noun, split at stopwords, filler and punctuation. */
function chunkCandidates(units: Unit[], options: ChunkOptions, emit: (run: Unit[]) => void): void {
  const run: Unit[] = [];
  const roles: Role[] = [];
  for (const unit of units) {
    const prev = roles.length > 0 ? roles[roles.length - 1] : null;
    const role = roleOf(unit, prev, options);
    if (role === null) {
      flushRun(run, roles, options, emit);
      continue;
    }
    // An adjective after a noun starts a new phrase ("experts specialized" is not one term).
    if (!options.adjectiveAfterNoun && role === 'modifier' && prev === 'noun') flushRun(run, roles, options, emit);
    run.push(unit);
    roles.push(role);
  }
  flushRun(run, roles, options, emit);
}

/**
 * Emit the candidate in the current run and empty it. A module function rather than a closure made per sentence:
 * creating closures per sentence was measurable on 20k papers (allocation, and the name tsx attaches to each).
 */
function flushRun(run: Unit[], roles: Role[], options: ChunkOptions, emit: (run: Unit[]) => void): void {
  // Trim trailing non-nouns: a phrase ends on its head noun (or a gerund after a noun: "load balancing").
  let end = run.length;
  while (end > 0) {
    const role = roles[end - 1];
    if (role === 'noun') break;
    if (role === 'gerund' && end > 1 && isNominalGerund(typeOf(run[end - 1])!.lower)) break;
    end--;
  }
  if (end > 0) {
    let start = 0;
    // Too-long runs keep their last words: the head of an English noun phrase is at its end. Words are counted as
    // written: an acronym or a hyphenated compound is one word, a merged multiword term as many as it has.
    let words = 0;
    for (let k = end - 1; k >= 0; k--) {
      words += writtenWords(run[k]);
      if (words > options.maxWords) {
        start = k + 1;
        break;
      }
    }
    if (start < end) emit(run.slice(start, end));
  }
  run.length = 0;
  roles.length = 0;
}

/** Whether `surface` is the run's units' surfaces joined by spaces (checked without building the joined string). */
function isWrittenAs(surface: string, run: Unit[]): boolean {
  let offset = 0;
  for (let k = 0; k < run.length; k++) {
    const part = run[k].surface;
    if (k > 0) {
      if (surface.charCodeAt(offset) !== 32) return false;
      offset++;
    }
    if (!surface.startsWith(part, offset)) return false;
    offset += part.length;
  }
  return offset === surface.length;
}

function isAcceptableCandidate(run: Unit[]): boolean {
  const stems = run[0].stemIds;
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

/**
 * Group the expansions one acronym is defined with into ideas, most used first: two expansions are one idea when
 * they share a content word ("large language model" and "large language models", "RL from human feedback" and
 * "reinforcement learning from human feedback" are one; "degrees of freedom" and "depth of field" share none: two).
 */
function groupExpansions(byKey: Map<string, { count: number }>): string[][] {
  const content = (key: string) => new Set(key.split(' ').filter((stem) => !STOPWORDS.has(stem)));
  const groups: { words: Set<string>; keys: string[] }[] = [];
  const ordered = [...byKey].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
  for (const key of ordered) {
    const words = content(key);
    const group = groups.find((g) => {
      for (const w of words) if (g.words.has(w)) return true;
      return false;
    });
    if (group) group.keys.push(key);
    else groups.push({ words, keys: [key] });
  }
  return groups.map((g) => g.keys);
}

/** Tokenise, tag and collect candidates of every document, with the corpus statistics the ranking needs. */
export function analyseCorpus(
  docs: RankDocument[],
  options: Partial<RankOptions> = {},
  onTagged?: (done: number) => void,
): CorpusAnalysis {
  const merged = { ...DEFAULT_RANK_OPTIONS, ...options };
  const { subPhrases, subPhraseWeight } = merged;
  const chunkOptions: ChunkOptions = merged;
  // Pass 1: tag, and learn acronym definitions and multiword terms written as one unit. Each sentence is learned from
  // as soon as it is tagged and then kept only in the compact TokenStore.
  const expansionsByAcronym = new Map<string, Map<string, { count: number; surfaces: Map<string, number> }>>();
  const phrases: PhraseIndex = new Map();
  const phraseKeys = new Set<string>();
  // Which expansion each document itself gives an acronym: an acronym with two meanings is read per document.
  const definedIn = new Map<number, Map<string, string>>();
  const learnTerms = (sentence: Token[], docIndex: number) => {
    for (const def of findAcronymDefinitions(sentence)) {
      const key = stemPhrase(def.expansion);
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
  };
  const storeBuilder = new TokenStoreBuilder();
  const tagged = docs.map((doc, index) => {
    const sentences = [tagTokens(tokenize(doc.title)), ...splitSentences(tokenize(doc.abstract)).map(tagTokens)];
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
  const acronyms = new Map<string, AcronymEntry>();
  const ambiguousAcronyms: AcronymEntry[] = [];
  const ambiguousByKey = new Map<string, Map<string, AcronymEntry>>(); // acronym → any expansion key → its idea's entry
  for (const [acronym, byKey] of expansionsByAcronym) {
    const ideas = groupExpansions(byKey);
    const entries = ideas.map((keys) => {
      const [key, best] = keys.map((k) => [k, byKey.get(k)!] as const)[0];
      const count = keys.reduce((sum, k) => sum + byKey.get(k)!.count, 0);
      const expansion = [...best.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
      return { entry: { acronym, key, stemIds: key.split(' ').map(stemId), expansion: tidyExpansion(expansion), count }, keys };
    });
    if (entries.length === 1) {
      acronyms.set(acronym, entries[0].entry);
      continue;
    }
    const byExpansion = new Map<string, AcronymEntry>();
    for (const { entry, keys } of entries) {
      ambiguousAcronyms.push(entry);
      for (const key of keys) byExpansion.set(key, entry);
    }
    ambiguousByKey.set(acronym, byExpansion);
  }
  /** The acronyms a document's units expand: the corpus' unambiguous ones plus its own reading of ambiguous ones. */
  const acronymsOf = (docIndex: number): Map<string, AcronymEntry> => {
    const own = definedIn.get(docIndex);
    if (!own || ambiguousByKey.size === 0) return acronyms;
    let local: Map<string, AcronymEntry> | null = null;
    for (const [acronym, key] of own) {
      const entry = ambiguousByKey.get(acronym)?.get(key);
      if (!entry) continue;
      local ??= new Map(acronyms);
      local.set(acronym, entry);
    }
    return local ?? acronyms;
  };

  // Pass 2: candidates per document. Every stem is interned by now (tokens in pass 1, acronym keys above).
  const phraseIds = new Map<string, number>();
  const phraseKeyOf: string[] = [];
  const phraseTrie = new PhraseTrie();
  // Stem ids of each phrase, built once when the phrase is first met and shared by every document's CandidateStats.
  const phraseStemIds: number[][] = [];
  const phraseDf: number[] = [];
  const surfaces: SurfaceCounts[] = [];
  let wordDf = new Int32Array(stemCount());
  let wordScratch = new Int32Array(stemCount());
  const touched: number[] = [];
  // The state of the sentence being read, for the two callbacks below; they are made once rather than per sentence.
  let candidates = new Map<number, CandidateStats>();
  let graphWords: number[] = [];
  let position = 0;
  let sentenceIndex = 0;
  const addCandidate = (run: Unit[], weight: number) => {
    if (!isAcceptableCandidate(run)) return;
    // Phrases are found by walking a trie of stem ids: no key string or array is built for a phrase seen before.
    let node = 0;
    for (let u = 0; u < run.length; u++) {
      const stems = run[u].stemIds;
      for (let k = 0; k < stems.length; k++) node = phraseTrie.step(node, stems[k]);
    }
    let phraseId = phraseTrie.phraseOf[node];
    if (phraseId < 0) {
      const stemIds = run.length === 1 ? run[0].stemIds : run.flatMap((u) => u.stemIds);
      const key = stemIds.map(stemText).join(' ');
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
          if (stem >= wordScratch.length) [wordScratch, wordDf] = [grow(wordScratch), grow(wordDf)];
          if (wordScratch[stem]++ === 0) touched.push(stem);
        }
      }
      chunkCandidates(units, chunkOptions, emitRun);
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
  return { documents, tokens, phraseIds, phraseDf, wordDf, acronyms, ambiguousAcronyms, surfaces };
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
  const ordered = [...analysis.acronyms.values(), ...analysis.ambiguousAcronyms].sort(
    (a, b) => b.count - a.count || (a.acronym < b.acronym ? -1 : a.acronym > b.acronym ? 1 : 0),
  );
  for (const entry of ordered) if (!byKey.has(entry.key)) byKey.set(entry.key, entry);
  return byKey;
}

// Scratch for one document at a time, indexed by stem id; every entry used is reset before the next document.
let wordScoreScratch = new Float64Array(0);
let localIndex = new Int32Array(0);
let pairScratch = new Float64Array(0);
// rankWords' per-document arrays, reused across documents: allocating seven typed arrays per paper (each with its own
// backing store) was a steady source of garbage-collection work on 20k papers. Only the first `edges` / `k` entries
// of each are read, and each is (re)initialised before use.
let edgeFrom = new Int32Array(0);
let edgeTo = new Int32Array(0);
let edgeShare = new Float64Array(0);
let nodeOutWeight = new Float64Array(0);
let nodeTeleport = new Float64Array(0);
let nodeScore = new Float64Array(0);
let nodeNext = new Float64Array(0);

/**
 * PageRank over the document's word co-occurrence graph (TextRank / SingleRank; with a position bias, PositionRank):
 * words linked to many other candidate words within `window` score high. Returns scores by local index, mean 1.
 */
function rankWords(doc: AnalysedDocument, window: number, positionBias: number, locals: number[]): Float64Array {
  const sequence = doc.graphWords;
  const k = locals.length;
  // Edge weights in a dense k×k scratch (documents have tens of distinct words); the pairs touched become edge lists.
  if (pairScratch.length < k * k) pairScratch = new Float64Array(Math.max(k * k, pairScratch.length * 2));
  const pairs: number[] = [];
  for (let i = 0; i < sequence.length; i++) {
    const a = localIndex[sequence[i]];
    for (let j = i + 1; j < Math.min(sequence.length, i + window); j++) {
      const b = localIndex[sequence[j]];
      if (a === b) continue;
      if (pairScratch[a * k + b]++ === 0) pairs.push(a * k + b);
      if (pairScratch[b * k + a]++ === 0) pairs.push(b * k + a);
    }
  }
  const edges = pairs.length;
  if (edgeFrom.length < edges) {
    const size = Math.max(edges, edgeFrom.length * 2);
    [edgeFrom, edgeTo, edgeShare] = [new Int32Array(size), new Int32Array(size), new Float64Array(size)];
  }
  if (nodeScore.length < k) {
    const size = Math.max(k, nodeScore.length * 2);
    [nodeOutWeight, nodeTeleport, nodeScore, nodeNext] = [size, size, size, size].map((n) => new Float64Array(n));
  }
  const from = edgeFrom;
  const to = edgeTo;
  const share = edgeShare;
  const outWeight = nodeOutWeight.fill(0, 0, k);
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(pairs[e] / k);
    from[e] = a;
    to[e] = pairs[e] - a * k;
    share[e] = pairScratch[pairs[e]];
    outWeight[a] += share[e];
    pairScratch[pairs[e]] = 0;
  }
  // Each edge carries its share of its source's out-weight, so one iteration is one pass over the edges.
  for (let e = 0; e < edges; e++) share[e] /= outWeight[from[e]];
  const teleport = nodeTeleport.fill(0, 0, k);
  if (positionBias > 0) {
    for (let i = 0; i < sequence.length; i++) teleport[localIndex[sequence[i]]] += 1 / (i + 1);
    let sum = 0;
    for (let a = 0; a < k; a++) sum += teleport[a];
    for (let a = 0; a < k; a++) teleport[a] = (1 - positionBias) / k + (positionBias * teleport[a]) / sum;
  } else teleport.fill(1 / k, 0, k);
  const damping = 0.85;
  let score = nodeScore.fill(1 / k, 0, k);
  let next = nodeNext;
  for (let iteration = 0; iteration < 50; iteration++) {
    let dangling = 0;
    for (let a = 0; a < k; a++) if (outWeight[a] === 0) dangling += score[a];
    for (let a = 0; a < k; a++) next[a] = (1 - damping + damping * dangling) * teleport[a];
    for (let e = 0; e < edges; e++) next[to[e]] += damping * score[from[e]] * share[e];
    let change = 0;
    for (let a = 0; a < k; a++) change += Math.abs(next[a] - score[a]);
    const previous = score;
    score = next;
    next = previous;
    // TextRank's threshold of 1e-4, on the total change (scores sum to 1): the word order is settled well before.
    if (change < 1e-4) break;
  }
  for (let a = 0; a < k; a++) score[a] *= k;
  return score;
}

/** Score every candidate of one analysed document, best first. */
export function scoreDocument(
  analysis: CorpusAnalysis,
  doc: AnalysedDocument,
  options: RankOptions,
): { key: string; score: number }[] {
  const n = analysis.documents.length;
  const idf = (df: number) => Math.log((n + 1) / (df + 0.5)) + options.idfFloor;
  if (wordScoreScratch.length < stemCount()) {
    wordScoreScratch = new Float64Array(stemCount() * 2);
    localIndex = new Int32Array(stemCount() * 2);
  }
  const wordScore = wordScoreScratch;
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
    const ranks = rankWords(doc, options.graphWindow, options.graphPositionBias, locals);
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
): Map<string, RankedKeyphrase[]> {
  const merged: RankOptions = { ...DEFAULT_RANK_OPTIONS, ...options };
  const analysis = analyseCorpus(docs, merged);
  const byKey = acronymsByKey(analysis);
  const result = new Map<string, RankedKeyphrase[]>();
  for (const doc of analysis.documents) result.set(doc.id, rankDocument(analysis, doc, merged, byKey));
  return result;
}
