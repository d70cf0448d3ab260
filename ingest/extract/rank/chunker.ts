// Sentences' units → candidate phrases: noun-phrase chunking and the filters on lone words; the multiword-term index.
import { GENERIC_HEADS, type WordTable, type WordType } from '../text';
import { isComparativeCompound } from '../wordnetCompounds';
import { grownTo } from './growable';
import { TERM_UNIT, TOKEN_UNIT, type PhraseIndex, type SentenceUnits } from './sentenceUnits';
import type { TokenStore } from './tokenStore';

const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS', 'FW']);
const MODIFIER_TAGS = new Set(['JJ', 'JJR', 'JJS', 'VBN']);
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

/** The part a unit can play in a noun phrase, as a number (read from typed arrays): none ends the run. */
const NONE = 0;
const NOUN = 1;
const MODIFIER = 2;
const GERUND = 3;
/** Not a part yet: a comparative's depends on the unit after it (see NounPhraseChunker.comparativeRole). */
const COMPARATIVE = 4;

/** What wordRole asks of a tag, as bits (its tag facts): a word's role depends on its tag through these alone. */
const NOUN_TAG = 1;
const COMPARATIVE_TAG = 2;
const PARTICIPLE_TAG = 4;
const MODIFIER_TAG = 8;
const GERUND_TAG = 16;
/** A verb tag, which a noun the lexicon knows may have been given in error (see wordRole). */
const VERB_TAG = 32;

function tagFactsOf(tag: string): number {
  return (
    (NOUN_TAGS.has(tag) ? NOUN_TAG : 0) |
    (tag === 'JJR' ? COMPARATIVE_TAG : 0) |
    (PARTICIPLE_TAGS.has(tag) ? PARTICIPLE_TAG : 0) |
    (MODIFIER_TAGS.has(tag) ? MODIFIER_TAG : 0) |
    (tag === 'VBG' ? GERUND_TAG : 0) |
    (NOUN_READING_TAGS.has(tag) ? VERB_TAG : 0)
  );
}

/**
 * The part a word can play, given its tag's facts (see tagFactsOf) and the part of the unit before it in the current run (NONE: none). A
 * merged unit (a multiword term, an expanded acronym) is a noun whatever its words.
 */
function wordRole(type: WordType, tag: number, prev: number, options: ChunkOptions, words: GerundTest): number {
  if (type.isBreak || type.wordless) return NONE; // wordless: no stemIds
  if (type.numeric && !(options.alphanumeric && type.hasLetter)) return NONE;
  if (tag & NOUN_TAG) return NOUN;
  // Comparative adjectives compare ("higher WBC", "older patients", "lower platelet counts"): no part of a term, the
  // phrase starts after one unless English names a thing with that comparative ("higher education", "lower limit";
  // WordNet's nouns say which: see comparativeRole). Superlatives are left as modifiers, naming many terms of their own
  // ("nearest neighbor", "shortest path", "steepest descent").
  if (tag & COMPARATIVE_TAG) return COMPARATIVE;
  // A participle after a noun is that noun's verb, not a modifier of what follows ("sole trisomies harbored mutations",
  // "machine learning framework called ASReview").
  if ((tag & PARTICIPLE_TAG) !== 0 && (prev === NOUN || REPORTING_PARTICIPLES.has(type.lower))) return NONE;
  if (tag & MODIFIER_TAG) return MODIFIER;
  // Inside a phrase, only a gerund that can be a noun continues it ("load balancing algorithm", "signaling pathway");
  // one that is only a verb starts a clause ("patients receiving prophylaxis", "trials involving therapy"). A capital
  // inside a sentence marks a word of a name ("planar Travelling Salesman Problem").
  if (tag & GERUND_TAG) {
    if (prev === NONE && !options.leadingGerunds) return NONE;
    return words.isNominalGerund(type.lower) || type.text !== type.lower ? GERUND : NONE;
  }
  // Inside a noun phrase a word the lexicon also knows as a noun is one ("data set", "lead time", "call details"):
  // the tagger's verb reading there is its most frequent English error in technical text.
  if (options.nounReadings && prev !== NONE && (tag & VERB_TAG) !== 0 && type.lexiconTags?.some((t) => t.startsWith('NN'))) {
    return NOUN;
  }
  return NONE;
}

/**
 * A (form, tag)'s role code: wordRole after each part the unit before may play (ROLE_BITS bits each, at
 * ROLE_BITS × that part), whether a gerund of the form may end a phrase (NOMINAL_GERUND), and KNOWN (0: not made yet).
 */
const ROLE_BITS = 3;
const ROLE_MASK = (1 << ROLE_BITS) - 1;
const NOMINAL_GERUND = 1 << 12;
const KNOWN = 1 << 15;
/** The code of a word whose tag gives it no part, after any unit. */
const NO_ROLE_CODE = KNOWN;
const MERGED_CODE = KNOWN | NOUN | (NOUN << ROLE_BITS) | (NOUN << (2 * ROLE_BITS)) | (NOUN << (3 * ROLE_BITS));

/**
 * Noun-phrase candidates of sentences of one store: (adjective | noun)* noun, split at stopwords, filler and
 * punctuation. A unit's role is read from a code per (form, tag), made the first time the pair is met (the roles'
 * options are fixed): a word's tag-set tests, lexicon and gerund facts are asked once per pair, not per token.
 */
export class NounPhraseChunker {
  /** By the store's tag: the index of its tag facts among those of the store's tags that wordRole reads, -1 for tags it
   * reads nothing of (most tokens': DT, IN, CC, punctuation), whose words play no part whatever their form. */
  private readonly tagClasses: Int32Array;
  private readonly classFacts: number[] = [];
  /** By form × number of classes + tag class: the pair's role code (see MERGED_CODE's bits). A class per set of tag
   * facts rather than per tag keeps the table small (tags alike for wordRole share entries). */
  private readonly codes: Uint16Array;
  /** The role each unit of the current run was given. */
  private roles = new Uint8Array(64);

  constructor(
    private readonly store: Pick<TokenStore, 'types' | 'tagNames'>,
    private readonly options: ChunkOptions,
    private readonly words: GerundTest,
  ) {
    this.tagClasses = Int32Array.from(store.tagNames, (tag) => {
      const facts = tagFactsOf(tag);
      if (facts === 0) return -1;
      if (!this.classFacts.includes(facts)) this.classFacts.push(facts);
      return this.classFacts.indexOf(facts);
    });
    this.codes = new Uint16Array(store.types.length * this.classFacts.length);
  }

  /**
   * Emits each candidate of the sentence as a range [first, end) of its units. Runs are ranges too: a role of NONE
   * ends one, so a run is always the units from its start to the one before the current.
   */
  chunk(units: SentenceUnits, emit: (first: number, end: number) => void): void {
    const n = units.length;
    if (n > this.roles.length) this.roles = grownTo(this.roles, n);
    const { kinds, forms, tags } = units;
    const roles = this.roles;
    const adjectiveAfterNoun = this.options.adjectiveAfterNoun;
    let runStart = -1;
    let prev = NONE;
    for (let u = 0; u < n; u++) {
      const code = kinds[u] === TOKEN_UNIT ? this.codeOf(forms[u], tags[u]) : MERGED_CODE;
      let role = (code >>> (ROLE_BITS * prev)) & ROLE_MASK;
      if (role === COMPARATIVE) role = this.comparativeRole(units, u);
      if (role === NONE) {
        if (runStart >= 0) this.flush(units, runStart, u, emit);
        runStart = -1;
        prev = NONE;
        continue;
      }
      // An adjective after a noun starts a new phrase ("experts specialized" is not one term).
      if (!adjectiveAfterNoun && role === MODIFIER && prev === NOUN) {
        this.flush(units, runStart, u, emit);
        runStart = -1;
      }
      if (runStart < 0) runStart = u;
      roles[u] = role;
      prev = role;
    }
    if (runStart >= 0) this.flush(units, runStart, n, emit);
  }

  private codeOf(form: number, tag: number): number {
    const tagClass = this.tagClasses[tag];
    if (tagClass < 0) return NO_ROLE_CODE;
    const at = form * this.classFacts.length + tagClass;
    let code = this.codes[at];
    if (code === 0) this.codes[at] = code = this.codeMade(this.store.types[form], this.classFacts[tagClass]);
    return code;
  }

  private codeMade(type: WordType, tag: number): number {
    let code = KNOWN;
    let gerund = false;
    for (const prev of [NONE, NOUN, MODIFIER, GERUND]) {
      const role = wordRole(type, tag, prev, this.options, this.words);
      code |= role << (ROLE_BITS * prev);
      gerund ||= role === GERUND;
    }
    return gerund && this.words.isNominalGerund(type.lower) ? code | NOMINAL_GERUND : code;
  }

  /** A comparative opens a phrase only where English names a thing with it and the word after ("higher education"). */
  private comparativeRole(units: SentenceUnits, u: number): number {
    if (u + 1 >= units.length || units.kinds[u + 1] === TERM_UNIT) return NONE;
    const { types } = this.store;
    return isComparativeCompound(types[units.forms[u]].lower, types[units.forms[u + 1]].lower) ? MODIFIER : NONE;
  }

  /** Emits the candidate in the run [first, end). */
  private flush(units: SentenceUnits, first: number, end: number, emit: (first: number, end: number) => void): void {
    // Trim trailing non-nouns: a phrase ends on its head noun (or a gerund after a noun: "load balancing").
    let last = end;
    while (last > first) {
      const role = this.roles[last - 1];
      if (role === NOUN) break;
      if (role === GERUND && last - first > 1 && (this.codeOf(units.forms[last - 1], units.tags[last - 1]) & NOMINAL_GERUND) !== 0) break;
      last--;
    }
    if (last === first) return;
    // Too-long runs keep their last words: the head of an English noun phrase is at its end. Words are counted as
    // written: an acronym or a hyphenated compound is one word, a merged multiword term as many as it has.
    let start = first;
    let written = 0;
    for (let k = last - 1; k >= first; k--) {
      written += units.kinds[k] === TERM_UNIT ? units.stemStarts[k + 1] - units.stemStarts[k] : 1;
      if (written > this.options.maxWords) {
        start = k + 1;
        break;
      }
    }
    if (start < last) emit(start, last);
  }
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
