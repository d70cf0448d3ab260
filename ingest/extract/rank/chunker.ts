// Sentences → candidate phrases: known multiword terms and acronyms merged into units, noun-phrase chunking, filters.
import type { AcronymEntry } from './acronymTable';
import { GENERIC_HEADS, type Token, type WordTable, type WordType } from '../text';
import { isComparativeCompound } from '../wordnetCompounds';

const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'FW']);
const MODIFIER_TAGS = new Set(['JJ', 'JJR', 'JJS', 'VBN']);
/**
 * Comparative adjectives compare ("higher WBC", "older patients", "lower platelet counts"). Superlatives are left as
 * modifiers: they name many terms of their own ("nearest neighbor", "shortest path", "steepest descent").
 */
const COMPARATIVE_TAG = 'JJR';
/**
 * What the authors did, or a change against something unnamed, as the participle opening "selected medical journals",
 * "administered potent PKC inhibitor", "increased interest": the study's steps or a comparison, not its topic. Such
 * a participle opens no phrase (it still counts as a word of the text). Not "observed": "observed variables" is one.
 */
const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set([
  'reported', 'found', 'obtained', 'provided', 'discovered', 'suggested', 'investigated', 'examined',
  'evaluated', 'assessed', 'analyzed', 'analysed', 'conducted', 'performed', 'included', 'excluded', 'selected',
  'extracted', 'identified', 'described', 'discussed', 'comprised', 'undergone', 'compared', 'administered',
  'increased', 'decreased',
]);
/** Participles: after a noun they are its verb ("HDAC inhibition induced apoptosis") or a reduced relative clause. */
const PARTICIPLE_TAGS = new Set(['VBN', 'VBD']);

/** A phrase unit: a token (Token implements this) or a merged multiword term / expanded acronym. */
export interface Unit {
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

export function typeOf(unit: Unit): WordType | null {
  return (unit as Token | MergedUnit).type;
}

/** Multiword terms with inner stopwords that the corpus writes as a unit ("mixture of experts"), by first stem. */
export type PhraseIndex = Map<number, number[][]>;

export function addToPhraseIndex(index: PhraseIndex, seen: Set<string>, stems: string[], words: WordTable): void {
  const key = stems.join(' ');
  if (stems.length < 2 || seen.has(key)) return;
  seen.add(key);
  const ids = stems.map((stem) => words.stemId(stem));
  const list = index.get(ids[0]) ?? [];
  list.push(ids);
  // Longest first, so "mixture of lora experts" wins over "mixture of experts" at the same position.
  list.sort((a, b) => b.length - a.length);
  index.set(ids[0], list);
}

/** The stem ids that start a phrase of `index`, as a typed array (1 at each): most words start none, and toUnits asks
 * about every token of a sentence, which a typed array answers without a hash lookup. */
export function phraseStartsOf(index: PhraseIndex): Uint8Array {
  let last = -1;
  for (const first of index.keys()) last = Math.max(last, first);
  const starts = new Uint8Array(last + 1);
  for (const first of index.keys()) starts[first] = 1;
  return starts;
}

/** Turn a tagged sentence into units: known multiword terms merged, acronyms expanded, compounds split into stems. */
export function toUnits(
  sentence: Token[],
  acronyms: Map<string, AcronymEntry>,
  phrases: PhraseIndex,
  /** phraseStartsOf(phrases), when the caller keeps it. */
  phraseStarts: Uint8Array = phraseStartsOf(phrases),
  /** Where to start looking: the caller knows no token before it merges or expands. */
  from = 0,
  /**
   * Which tokens may merge or expand, when the caller knows (rank/candidates.ts: by form, 1 at a form that may, the
   * sentence's forms being `forms[formsAt ..]`): the others are their own units, found without reading their WordTypes.
   */
  mayMerge: Uint8Array | null = null,
  forms: ArrayLike<number> = [],
  formsAt = 0,
): Unit[] {
  // Most sentences have no multiword term and no acronym: then the tokens are the units.
  let units: Unit[] | null = null;
  for (let i = from; i < sentence.length; i++) {
    const token = sentence[i];
    if (mayMerge !== null && mayMerge[forms[formsAt + i]] === 0) {
      if (units !== null) units.push(token);
      continue;
    }
    const type = token.type;
    const candidates = type.punct || type.stemId >= phraseStarts.length || phraseStarts[type.stemId] === 0 ? undefined : phrases.get(type.stemId);
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

/**
 * The part a unit can play in a noun phrase, given the unit before it in the current run (null: none) and the unit
 * after it in the sentence (undefined at its end).
 */
function roleOf(unit: Unit, prev: Role, next: Unit | undefined, options: ChunkOptions, words: GerundTest): Role {
  if (unit.merged) return 'noun';
  const type = typeOf(unit)!;
  if (type.isBreak || type.wordless) return null; // wordless: no stemIds
  if (type.numeric && !(options.alphanumeric && type.hasLetter)) return null;
  if (NOUN_TAGS.has(unit.tag)) return 'noun';
  // A comparison is no part of a term ("higher WBC", "older patients"): the phrase starts after it, unless English
  // names a thing with that comparative ("higher education", "lower limit"; WordNet's nouns say which).
  if (unit.tag === COMPARATIVE_TAG) {
    const after = next === undefined ? undefined : typeOf(next);
    return after && isComparativeCompound(type.lower, after.lower) ? 'modifier' : null;
  }
  // A participle after a noun is that noun's verb, not a modifier of what follows ("sole trisomies harbored mutations",
  // "machine learning framework called ASReview").
  if (PARTICIPLE_TAGS.has(unit.tag) && (prev === 'noun' || REPORTING_PARTICIPLES.has(type.lower))) return null;
  if (MODIFIER_TAGS.has(unit.tag)) return 'modifier';
  // Inside a phrase, only a gerund that can be a noun continues it ("load balancing algorithm", "signaling pathway");
  // one that is only a verb starts a clause ("patients receiving prophylaxis", "trials involving therapy"). A capital
  // inside a sentence marks a word of a name ("planar Travelling Salesman Problem").
  if (unit.tag === 'VBG') {
    if (prev === null && !options.leadingGerunds) return null;
    return words.isNominalGerund(type.lower) || type.text !== type.lower ? 'gerund' : null;
  }
  // Inside a noun phrase a word the lexicon also knows as a noun is one ("data set", "lead time", "call details"):
  // the tagger's verb reading there is its most frequent English error in technical text.
  if (options.nounReadings && prev !== null && NOUN_READING_TAGS.has(unit.tag) && type.lexiconTags?.some((t) => t.startsWith('NN'))) {
    return 'noun';
  }
  return null;
}

/** What the chunker asks of the word table (a worker thread answers it from a table of its own). */
type GerundTest = Pick<WordTable, 'isNominalGerund'>;

const NOUN_READING_TAGS = new Set(['VB', 'VBP', 'VBD', 'VBN', 'VBZ']);

export interface ChunkOptions {
  maxWords: number;
  leadingGerunds: boolean;
  nounReadings: boolean;
  adjectiveAfterNoun: boolean;
  alphanumeric: boolean;
}

/**
 * Noun-phrase candidates of one sentence: (adjective | noun)* noun, split at stopwords, filler and punctuation. Each is
 * emitted with the index in `units` of its first unit (units may be shared objects, so position, not identity, says
 * where a candidate stands).
 */
export function chunkCandidates(units: Unit[], options: ChunkOptions, words: GerundTest, emit: (run: Unit[], first: number) => void): void {
  // Each run gets fresh arrays rather than the last ones emptied: setting an array's length to 0 is a runtime call,
  // which showed in pass 2's profile at one per run (~0.1 s at 20k papers); a new empty array is an inline allocation.
  let run: Unit[] = [];
  let roles: Role[] = [];
  let runStart = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const prev = roles.length > 0 ? roles[roles.length - 1] : null;
    const role = roleOf(unit, prev, units[i + 1], options, words);
    if (role === null) {
      if (run.length > 0) {
        flushRun(run, roles, runStart, options, words, emit);
        run = [];
        roles = [];
      }
      continue;
    }
    // An adjective after a noun starts a new phrase ("experts specialized" is not one term).
    if (!options.adjectiveAfterNoun && role === 'modifier' && prev === 'noun') {
      flushRun(run, roles, runStart, options, words, emit);
      run = [];
      roles = [];
    }
    if (run.length === 0) runStart = i;
    run.push(unit);
    roles.push(role);
  }
  if (run.length > 0) flushRun(run, roles, runStart, options, words, emit);
}

/**
 * Emit the candidate in the current run (the caller starts the next one in new arrays). A module function rather than a closure made per sentence:
 * creating closures per sentence was measurable on 20k papers (allocation, and the name tsx attaches to each).
 */
function flushRun(run: Unit[], roles: Role[], runStart: number, options: ChunkOptions, words: GerundTest, emit: (run: Unit[], first: number) => void): void {
  // Trim trailing non-nouns: a phrase ends on its head noun (or a gerund after a noun: "load balancing").
  let end = run.length;
  while (end > 0) {
    const role = roles[end - 1];
    if (role === 'noun') break;
    if (role === 'gerund' && end > 1 && words.isNominalGerund(typeOf(run[end - 1])!.lower)) break;
    end--;
  }
  if (end > 0) {
    let start = 0;
    // Too-long runs keep their last words: the head of an English noun phrase is at its end. Words are counted as
    // written: an acronym or a hyphenated compound is one word, a merged multiword term as many as it has.
    let written = 0;
    for (let k = end - 1; k >= 0; k--) {
      written += writtenWords(run[k]);
      if (written > options.maxWords) {
        start = k + 1;
        break;
      }
    }
    // The whole run as it is when nothing is cut (most runs): the caller starts the next run in a new array, so this
    // one is not written again.
    if (start < end) emit(start === 0 && end === run.length ? run : run.slice(start, end), runStart + start);
  }
}

/** Whether `surface` is the surfaces of the run's units from `from` on joined by spaces (checked without building the
 * joined string). */
export function isWrittenAs(surface: string, run: Unit[], from = 0): boolean {
  let offset = 0;
  for (let k = from; k < run.length; k++) {
    const part = run[k].surface;
    if (k > from) {
      if (surface.charCodeAt(offset) !== 32) return false;
      offset++;
    }
    if (!surface.startsWith(part, offset)) return false;
    offset += part.length;
  }
  return offset === surface.length;
}

/** Whether the run's units from `from` on make a candidate: any phrase does, a lone word only if isAcceptableWord. */
export function isAcceptableCandidate(run: Unit[], words: Pick<WordTable, 'stemText'>, from = 0): boolean {
  return run.length - from !== 1 || run[from].merged || isAcceptableWord(typeOf(run[from])!, words);
}

/** Whether a word (one token) alone makes a candidate: a fact of its written form, which a caller may memoise. */
export function isAcceptableWord(type: WordType, words: Pick<WordTable, 'stemText'>): boolean {
  const stems = type.stemIds;
  const lower = type.lower;
  if (GENERIC_HEADS.has(lower)) return false;
  if (lower.length < 3) return false;
  if (stems.length === 1 && words.stemText(stems[0]).length < 3) return false;
  if (/^[ivx]+$/.test(lower)) return false;
  // A lone word must be able to be a noun: "scalable" or "adaptive" alone is not a concept.
  if (!type.text.includes('-') && !type.nounLike) return false;
  return true;
}
