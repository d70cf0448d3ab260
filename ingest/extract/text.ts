// Text → tagged tokens: tokenising, POS tagging (natural's Brill tagger), memoised Porter stemming, stopword tests.
import natural from '../natural';
import { FormScanner } from './formScanner';
import { grownTo } from './rank/growable';
import { americanSpelling } from './spelling';
import { isWordNetNoun } from './wordnetCompounds';

/**
 * One tagged occurrence. Abstracts are kept tagged for the whole corpus, so a token is one small object: its tag and
 * its WordType; `token` is the name natural's transformation rules read the written form by.
 */
export class Token {
  constructor(
    /** Everything about the written form that does not depend on context, computed once per distinct form. */
    readonly type: WordType,
    /** Penn Treebank tag from natural's Brill tagger, or 'PUNCT' for punctuation. */
    public tag: string,
  ) {}

  /** The token as written. */
  get text(): string {
    return this.type.text;
  }

  /** Lower-cased text. */
  get lower(): string {
    return this.type.lower;
  }

  get token(): string {
    return this.type.text;
  }

  // A token is also a phrase unit of its own (rank.ts merges known multiword terms into other units):
  /** Display form. */
  get surface(): string {
    return this.type.display;
  }

  get stemIds(): number[] {
    return this.type.stemIds;
  }

  get merged(): boolean {
    return false;
  }
}

/** Facts about one written form (shared by all its occurrences): lexicon entry, stems, display form, word classes. */
export interface WordType {
  /** Sequential id, never reused: lets per-form memos be arrays. */
  id: number;
  text: string;
  lower: string;
  /** No letter or digit: punctuation or a symbol. */
  punct: boolean;
  /** Tags natural's English lexicon lists for the form (or its lower case), undefined when unknown. */
  lexiconTags: string[] | undefined;
  /** The tag natural's tagger starts from before its transformation rules. */
  initialTag: string;
  /** Tag to start from inside a sentence, where a capital marks a name or a title word rather than a sentence start. */
  innerTag: string;
  /** initialTag and innerTag as codes of the table's `tagNames` (what tagging reads: see WordTable.tagCodesInto). */
  initialTagCode: number;
  innerTagCode: number;
  /** normaliseWords(text): hyphen/slash parts, lower-cased, apostrophes dropped. */
  words: string[];
  /** `words` is empty (punctuation, symbols): so are `stems` and `stemIds`. A flag, so that per-token tests need not
   * read the arrays (each a separate object: one more cache miss per token in passes over millions). */
  wordless: boolean;
  /** Three words or more and a hyphen ("mixture-of-experts"): a form a multiword term may be learned from. */
  hyphenPhrase: boolean;
  /** Porter stems of `words`. */
  stems: string[];
  /** Interned ids of `stems` (see stemId). */
  stemIds: number[];
  /** Porter stem of the whole lower-cased form (what multiword-term lookups compare). */
  stem: string;
  /** Interned id of `stem`. */
  stemId: number;
  /** Case kept for acronyms and brand names ("LoRA", "GPT-4"), lower case otherwise. */
  display: string;
  /** A stopword or academic filler: ends a candidate phrase. */
  isBreak: boolean;
  /** Starts with a digit ("3D" is fine inside names, not at the start of a phrase). */
  numeric: boolean;
  /** Holds at least one letter. */
  hasLetter: boolean;
  /** Can stand as a noun (lexicon noun tag, or unknown without an adjective ending). */
  nounLike: boolean;
  /** Opens with a capital letter ("Markov", "Caster") or with a lower-case one: what tells names in a label (see
   * shownForm in rank/corpus.ts). A form opening with a digit or a symbol does neither. */
  initialCapital: boolean;
  initialLower: boolean;
  /** The tag of an unknown hyphenated compound (its last part's role), null for other forms. */
  compoundTag: string | null;
  /** Its code in the table's `tagNames`, -1 when null. */
  compoundTagCode: number;
  /** The lexicon lists a base-form verb tag (VB or VBP) for it. */
  canBeBaseVerb: boolean;
  /** The lexicon lists a present-tense verb tag (VB, VBP or VBZ) for it. */
  canBeVerb: boolean;
  /** Ends like a verb's third person ("optimizes", "leverages"). */
  verbLikeS: boolean;
  /** The key to look acronyms up by (plural "s" of "LLMs" dropped), or null when the form cannot be an acronym. */
  acronymForm: string | null;
}

// Hand-written because natural's WordTokenizer drops punctuation and splits hyphenated compounds
// ("Mixture-of-Experts", "fine-grained"), both of which we need: punctuation ends a phrase, a compound is one unit.
const TOKEN_PATTERN = /[\p{L}\p{N}]+(?:['’.\-+][\p{L}\p{N}]+)*\+*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

// natural's Brill tagger with its English lexicon (from pos-js) and its pos-js transformation rules. We run its two
// steps ourselves: the lexicon step is memoised per written form, and the rule list is fetched once instead of per token.
/** natural's English tagging tools, loaded once per WordTable (the lexicon is a large table, read only). */
export interface EnglishTagger {
  lexicon: InstanceType<typeof natural.Lexicon>;
  tagger: InstanceType<typeof natural.BrillPOSTagger>;
  rules: ReturnType<InstanceType<typeof natural.RuleSet>['getRules']>;
}

export function loadEnglishTagger(): EnglishTagger {
  const lexicon = new natural.Lexicon('EN', 'NN', 'NNP');
  const ruleSet = new natural.RuleSet('EN');
  return { lexicon, tagger: new natural.BrillPOSTagger(lexicon, ruleSet), rules: ruleSet.getRules() };
}

const ADJECTIVE_TAGS = new Set(['JJ', 'JJR', 'JJS', 'VBN', 'VBD']);
// Read by WordTable's constructor (tagCode), so defined before SHARED_WORDS is made.
const NOUN_TAGS = new Set(['NN', 'NNS', 'NNP', 'NNPS']);
const ADJECTIVE_ONLY_TAGS = new Set(['JJ', 'JJR', 'JJS']);
const DETERMINER_TAGS = new Set(['DT', 'PRP$', 'PDT']);
/** What tagging's corrections ask of a tag, as bits of WordTable's per-code facts. */
const NOUN_TAG = 1;
const DETERMINER_TAG = 2;
const ADJECTIVE_ONLY_TAG = 4;
/** The tags tagging writes or compares by code: every WordTable numbers them first, in this order (see tagCode). */
const FIXED_TAGS = ['PUNCT', 'VB', 'VBD', 'VBP', 'VBZ', 'VBN', 'NN', 'NNS', 'DT'] as const;
const [PUNCT_CODE, VB_CODE, VBD_CODE, VBP_CODE, VBZ_CODE, VBN_CODE, NN_CODE, NNS_CODE, DT_CODE] = FIXED_TAGS.map((_, code) => code);
const MAX_TYPES = 500_000;
// PorterStemmer handles ~300k tokens/s; abstracts reuse a small vocabulary, so a cache makes stemming nearly free.
const MAX_STEM_CACHE = 500_000;

/**
 * Everything memoised about words, with the tagger it memoises: WordTypes by written form, Porter stems, and the
 * interning of stems to small integers. Append only: a form or stem always maps to the same object or id, ids are
 * never reused, so runs sharing a table never see each other's work as anything but a cache hit. Stem ids are only
 * comparable within one table: the vocabulary, the corpus and every matcher of one extraction must share it.
 */
export class WordTable {
  // Distinct written forms are few next to their occurrences (Zipf), so everything per form is computed once.
  private readonly typeCache = new Map<string, WordType>();
  private nextTypeId = 0;
  private readonly stemCache = new Map<string, string>();
  // stemWord's answers: its parts are memoised, but a title word or a phrase's word is stemmed again at every use
  // (linkTitleConcepts, stemPhrase), and the spelling lookup, -sis test and suffix pattern cost more than one lookup.
  private readonly stemWordCache = new Map<string, string>();
  private readonly spellingCache = new Map<string, string>();
  // Stems are interned to small integers so per-document counts and corpus frequencies live in typed arrays, not in
  // string-keyed maps (which dominate the profile on 20k papers). Ids are never reused, so they stay valid across calls.
  private readonly stemIds = new Map<string, number>();
  private readonly stemTexts: string[] = [];
  /** Counts the times the type cache was emptied (at MAX_TYPES): a reader holding types by form must drop them then. */
  generation = 0;

  // What the transformation rules leave of a form's starting tag, memoised (see RuleNeighbourhood): by type id × the
  // rules' view of the left neighbour, the tag's code + 1 (0: not computed yet).
  private readonly neighbourhood: RuleNeighbourhood | null;
  private ruleMemo = new Uint16Array(0);
  // By type id: 1 + the class the rules' word predicates see the form in as a left neighbour (0: not computed yet).
  private ruleWordMemo = new Uint16Array(0);
  /**
   * Tags by code: tagging writes each token's tag as a small code of this table (tagCodesInto), so that the corpus'
   * passes read typed arrays rather than a Token object per token. By code, what the corrections ask of a tag (bits
   * NOUN_TAG …) and its class as a left neighbour for the rules, read from typed arrays rather than by hashing names.
   */
  readonly tagNames: string[] = [];
  private readonly tagCodes = new Map<string, number>();
  private tagFacts = new Uint8Array(64);
  private tagClasses = new Int32Array(64);
  // Scratch for tagTypes' codes.
  private tagScratch = new Uint16Array(256);

  private readonly scanner = new FormScanner(
    (text) => this.wordType(text),
    () => this.generation,
  );

  constructor(readonly english: EnglishTagger = loadEnglishTagger()) {
    this.neighbourhood = ruleNeighbourhood(english.rules);
    for (const tag of FIXED_TAGS) this.tagCode(tag);
  }

  /** The code of a tag name in this table's `tagNames`, numbered as first met (FIXED_TAGS first). */
  tagCode(name: string): number {
    let code = this.tagCodes.get(name);
    if (code === undefined) {
      code = this.tagNames.length;
      this.tagNames.push(name);
      this.tagCodes.set(name, code);
      if (code >= this.tagFacts.length) {
        this.tagFacts = grownTo(this.tagFacts, code + 1);
        this.tagClasses = grownTo(this.tagClasses, code + 1);
      }
      this.tagFacts[code] = (NOUN_TAGS.has(name) ? NOUN_TAG : 0) | (DETERMINER_TAGS.has(name) ? DETERMINER_TAG : 0) | (ADJECTIVE_ONLY_TAGS.has(name) ? ADJECTIVE_ONLY_TAG : 0);
      this.tagClasses[code] = this.neighbourhood?.tagClass(name) ?? 0;
    }
    return code;
  }

  /** The WordType of a written form met before (since the cache was last emptied), without making one. */
  knownType(text: string): WordType | undefined {
    return this.typeCache.get(text);
  }

  /** The WordType of a written form, memoised. */
  wordType(text: string): WordType {
    // Split in two for speed: this lookup runs once per token and stays small enough to be inlined and optimised on
    // its own, while the rarely taken path that builds a new WordType (a long function) lives in createWordType.
    const type = this.typeCache.get(text);
    return type !== undefined ? type : this.createWordType(text);
  }

  private createWordType(text: string): WordType {
    let type: WordType;
    const lexicon = this.english.lexicon;
    const lower = text.toLowerCase();
    const punct = !/[\p{L}\p{N}]/u.test(text);
    const tags = punct ? undefined : this.lexiconTags(text);
    // A British form the lexicon lacks is tagged as its American one ("criticises" as "criticizes").
    const american = punct || this.ownLexiconTags(text) !== undefined ? lower : this.americanSpelling(lower);
    const lookup = american === lower ? text : american;
    let initialTag = (this.english.tagger.tagWithLexicon([lookup]).taggedWords[0]?.tag as string | undefined) ?? 'NN';
    if (punct) initialTag = 'PUNCT';
    const words = punct ? [] : normaliseWords(text);
    const parts = text.split('-');
    // natural's lexicon learned capitalised entries from sentence starts ("Search" → VB, imperative); inside a sentence a
    // capitalised word is a title word or part of a name ("Monte Carlo Tree Search"), so its lower-case noun reading wins.
    let innerTag = initialTag;
    const lowerTags = text !== lower ? lexicon.lexicon[lower] : undefined;
    if (!punct && Array.isArray(lowerTags) && lowerTags[0].startsWith('NN') && !initialTag.startsWith('NN')) innerTag = lowerTags[0];
    type = {
      id: this.nextTypeId++,
      text,
      lower,
      punct,
      lexiconTags: tags,
      initialTag,
      innerTag,
      initialTagCode: this.tagCode(initialTag),
      innerTagCode: this.tagCode(innerTag),
      words,
      wordless: words.length === 0,
      hyphenPhrase: words.length >= 3 && text.includes('-'),
      stems: words.map((word) => this.stemWord(word)),
      stemIds: [],
      stem: punct ? '' : this.stemWord(lower),
      stemId: -1,
      display: parts.some((part) => /\p{Lu}/u.test(part.slice(1)) || /\p{N}/u.test(part)) ? text : lower,
      isBreak: STOPWORDS.has(lower) || FILLER_WORDS.has(lower) || (words.length > 0 && words.every((word) => NUMBER_WORDS.has(word))),
      numeric: /^\p{N}/u.test(text),
      hasLetter: /\p{L}/u.test(text),
      nounLike: this.couldBeNoun(text),
      initialCapital: /^\p{Lu}/u.test(text),
      initialLower: /^\p{Ll}/u.test(text),
      compoundTag: null,
      compoundTagCode: -1,
      canBeBaseVerb: tags !== undefined && tags.some((t) => t === 'VB' || t === 'VBP'),
      canBeVerb: tags !== undefined && tags.some((t) => t === 'VB' || t === 'VBP' || t === 'VBZ'),
      verbLikeS: VERB_S_ENDING.test(lower),
      acronymForm: /\p{Lu}/u.test(text.slice(1)) ? (/\p{Lu}s$/u.test(text) ? text.slice(0, -1) : text) : null,
    };
    type.stemIds = type.stems.map((stem) => this.stemId(stem));
    if (!punct) type.stemId = this.stemId(type.stem);
    if (!punct && tags === undefined && text.includes('-')) {
      type.compoundTag = this.compoundTag(text);
      type.compoundTagCode = this.tagCode(type.compoundTag);
    }
    if (this.typeCache.size >= MAX_TYPES) {
      this.typeCache.clear();
      this.generation++;
      this.ruleMemo = new Uint16Array(0); // by type id: the forgotten types' entries would only take room
      this.ruleWordMemo = new Uint16Array(0);
    }
    this.typeCache.set(text, type);
    return type;
  }

  /** Tags natural's lexicon lists for a word, its lower case, or (for a British form it lacks) its American spelling. */
  lexiconTags(word: string): string[] | undefined {
    const own = this.ownLexiconTags(word);
    if (own !== undefined) return own;
    const american = this.americanSpelling(word.toLowerCase());
    const tags = this.english.lexicon.lexicon[american];
    return Array.isArray(tags) ? tags : undefined;
  }

  private ownLexiconTags(word: string): string[] | undefined {
    const lexicon = this.english.lexicon.lexicon;
    const own = lexicon[word];
    if (Array.isArray(own)) return own;
    const lower = lexicon[word.toLowerCase()];
    return Array.isArray(lower) ? lower : undefined;
  }

  /** American spelling of a lower-case word (see spelling.ts), memoised. */
  americanSpelling(lowerWord: string): string {
    let american = this.spellingCache.get(lowerWord);
    if (american === undefined) {
      american = americanSpelling(lowerWord, this.isKnownWord, this.isDictionaryWord);
      if (this.spellingCache.size >= MAX_STEM_CACHE) this.spellingCache.clear();
      this.spellingCache.set(lowerWord, american);
    }
    return american;
  }

  private readonly isKnownWord = (lower: string) => Array.isArray(this.english.lexicon.lexicon[lower]);
  private readonly isDictionaryWord = (lower: string) => this.isKnownWord(lower) || isWordNetNoun(lower);

  // Unknown compounds take the role of their last part: "instruction-driven" is an adjective, "mixture-of-experts" a noun.
  private compoundTag(text: string): string {
    const last = text.slice(text.lastIndexOf('-') + 1);
    const lastTags = this.lexiconTags(last);
    return lastTags && ADJECTIVE_TAGS.has(lastTags[0]) ? 'JJ' : /[A-Z]/.test(text[0]) ? 'NNP' : 'NN';
  }

  /** The WordTypes of a text's tokens: `tokenize(text).map(wordType)`, found without a string per token. */
  typesOf(text: string): WordType[] {
    return this.scanner.typesOf(text);
  }

  /** The WordTypes of a text's tokens in sentences: `splitSentences(tokenize(text)).map(...)` as types. */
  sentenceTypesOf(text: string): WordType[][] {
    return this.scanner.sentencesOf(text);
  }

  /** POS-tag one sentence (an array of tokens); punctuation gets 'PUNCT'. */
  tagTokens(words: string[]): Token[] {
    return this.tagTypes(words.map((word) => this.wordType(word)));
  }

  /** POS-tag one sentence given as the WordTypes of its tokens; punctuation gets 'PUNCT'. */
  tagTypes(types: WordType[]): Token[] {
    const n = types.length;
    if (n > this.tagScratch.length) this.tagScratch = new Uint16Array(2 * n);
    const codes = this.tagScratch;
    this.tagCodesInto(types, codes, 0);
    const result: Token[] = new Array(n);
    for (let i = 0; i < n; i++) result[i] = new Token(types[i], this.tagNames[codes[i]]);
    return result;
  }

  /**
   * POS-tag one sentence given as the WordTypes of its tokens, writing each token's tag as its code in `tagNames` to
   * `out[at ..]`: what tagTypes gives, without a Token per token (the corpus' first pass keeps only the codes).
   */
  tagCodesInto(types: readonly WordType[], out: Uint16Array, at: number): void {
    const n = types.length;
    const neighbourhood = this.neighbourhood;
    if (neighbourhood === null) this.ruleCodesByRules(types, out, at);
    else {
      for (let i = 0; i < n; i++) {
        const type = types[i];
        // Punctuation ends up 'PUNCT' whatever the rules say, and no rule reads a 'PUNCT' neighbour as anything else.
        let code = i === 0 ? type.initialTagCode : type.innerTagCode;
        if (!type.punct) {
          code = this.ruleOutcome(type, i === 0 ? 0 : this.stateAfter(types[i - 1], out[at + i - 1]));
          // Our tag for an unknown compound replaces the rules' guess; later rules may read it as the previous tag.
          if (type.lexiconTags === undefined && type.compoundTagCode >= 0) code = type.compoundTagCode;
        }
        out[at + i] = code;
      }
    }
    // Contextual corrections the 18 pos-js rules miss, each frequent in abstracts and visible as bad concepts:
    const facts = this.tagFacts;
    for (let i = 1; i < n; i++) {
      const type = types[i];
      const prevType = types[i - 1];
      const tag = out[at + i];
      const prev = out[at + i - 1];
      const tags = type.lexiconTags;
      // "we address", "to leverage", "can support": a noun/verb word after a subject pronoun, "to" or a modal is a verb.
      if (type.canBeBaseVerb && VERB_CONTEXT.has(prevType.lower)) out[at + i] = VB_CODE;
      // "we evaluated", "which targeted": after a subject pronoun a past participle form is the past-tense verb, not an
      // adjective opening a noun phrase ("evaluated lncRNA expression").
      else if (tag === VBN_CODE && SUBJECT_PRONOUNS.has(prevType.lower)) out[at + i] = VBD_CODE;
      // "adapters balance the load": a noun-or-verb word between a noun and a determiner is the verb, since a noun
      // phrase does not continue with "the"/"a"/"its" (natural's English rules only look backwards).
      else if (type.canBeVerb && (facts[tag] & NOUN_TAG) !== 0 && (facts[prev] & NOUN_TAG) !== 0 && i + 1 < n &&
        (facts[out[at + i + 1]] & DETERMINER_TAG) !== 0) out[at + i] = tag === NNS_CODE ? VBZ_CODE : VBP_CODE;
      // Unknown "leverages", "sensitizes" after a noun and before a word are verbs, not nouns.
      else if (!tags && (tag === NNS_CODE || tag === NN_CODE) && type.verbLikeS && prev !== DT_CODE &&
        i + 1 < n && out[at + i + 1] !== PUNCT_CODE) out[at + i] = VBZ_CODE;
      // "collective communication exhibits high latency", "the router causes uneven loads": a plural noun that is also
      // a verb's third person, after a noun and before an adjective, is the verb (a noun phrase does not go on from a
      // plural head to an adjective).
      else if (tag === NNS_CODE && tags?.includes('VBZ') && (facts[prev] & NOUN_TAG) !== 0 && i + 1 < n &&
        (facts[out[at + i + 1]] & ADJECTIVE_ONLY_TAG) !== 0) out[at + i] = VBZ_CODE;
    }
  }

  /** The rules' tags (before the corrections) when they read more than RuleNeighbourhood knows: every rule at every
   * token, on Tokens as natural's rules expect. */
  private ruleCodesByRules(types: readonly WordType[], out: Uint16Array, at: number): void {
    const result = types.map((type, i) => new Token(type, i === 0 ? type.initialTag : type.innerTag));
    // natural's rules read and write `taggedWords[i].token` / `.tag` of a Sentence: Token has both.
    const sentence = { taggedWords: result };
    for (let i = 0; i < result.length; i++) {
      const type = result[i].type;
      if (!type.punct) {
        for (const rule of this.english.rules) rule.apply(sentence as never, i);
        if (type.lexiconTags === undefined && type.compoundTag !== null) result[i].tag = type.compoundTag;
      }
    }
    for (let i = 0; i < result.length; i++) out[at + i] = this.tagCode(result[i].tag);
  }

  /** The state of the token after one of form `type` tagged `tag` (a code): 1 + tagClass(tag) + tagClasses ×
   * wordClass(lower), the word's class memoised by form: compared with the rules' words once per form rather than once
   * per token. */
  private stateAfter(type: WordType, tag: number): number {
    const neighbourhood = this.neighbourhood!;
    if (type.id >= this.ruleWordMemo.length) this.ruleWordMemo = grownTo(this.ruleWordMemo, type.id + 1);
    let word = this.ruleWordMemo[type.id];
    if (word === 0) this.ruleWordMemo[type.id] = word = neighbourhood.wordClass(type.lower) + 1;
    return 1 + this.tagClasses[tag] + neighbourhood.tagClasses * (word - 1);
  }

  /**
   * The tag natural's rules leave on a form after starting from its initial tag (state 0: first in its sentence) or
   * its inner tag with a left neighbour the rules see as `state`, as a code: the rules run once per form and state,
   * on a sentence of the neighbour's stand-in and the form, and the answer is memoised.
   */
  private ruleOutcome(type: WordType, state: number): number {
    const neighbourhood = this.neighbourhood!;
    const slot = type.id * neighbourhood.states + state;
    if (slot >= this.ruleMemo.length) this.ruleMemo = grownTo(this.ruleMemo, slot + 1);
    let code = this.ruleMemo[slot];
    if (code === 0) {
      const current = { token: type.text, tag: state === 0 ? type.initialTag : type.innerTag };
      const taggedWords = state === 0 ? [current] : [neighbourhood.standIn(state), current];
      for (const rule of this.english.rules) rule.apply({ taggedWords } as never, taggedWords.length - 1);
      code = this.tagCode(current.tag) + 1;
      this.ruleMemo[slot] = code;
    }
    return code - 1;
  }

  /** Whether a word can be a noun: the lexicon lists a noun tag, or it is unknown and has no adjective ending. */
  couldBeNoun(word: string): boolean {
    const tags = this.lexiconTags(word);
    if (tags) return tags.some((t) => t.startsWith('NN'));
    if (/\p{Lu}/u.test(word.slice(1)) || /\p{N}/u.test(word)) return true;
    return !/(?:able|ible|ic|al|ive|ous|ful|less|ary|ed)$/.test(word.toLowerCase());
  }

  /** A gerund that can head a noun phrase ("load balancing", "expert routing"): the lexicon knows it as a noun, or not at all. */
  isNominalGerund(lowerWord: string): boolean {
    const tags = this.lexiconTags(this.americanSpelling(lowerWord));
    return tags === undefined || tags.includes('NN');
  }

  /** Stem of one lower-cased word (hyphenated parts stemmed separately): Porter's, of its American spelling, with -ses
   * plurals of -sis nouns joined to their singular (see singularOfSis); memoised. */
  stemWord(lowerWord: string): string {
    let stem = this.stemWordCache.get(lowerWord);
    if (stem === undefined) {
      stem = this.stemWordUncached(lowerWord);
      if (this.stemWordCache.size >= MAX_STEM_CACHE) this.stemWordCache.clear();
      this.stemWordCache.set(lowerWord, stem);
    }
    return stem;
  }

  private stemWordUncached(lowerWord: string): string {
    const word = this.singularOfSis(this.americanSpelling(lowerWord));
    const derived = DERIVED_NOUN.exec(word);
    if (derived === null || derived.index < 2) return this.porterStem(word);
    // Porter strips -ism, -ity and -ness down to the stem of the word they derive from, so "colonialism",
    // "coloniality" and "colony" were one stem, as were "activism", "activity" and "activation", "tokenism" and
    // "token". Each such noun names its own idea: its stem is its base's stem with the suffix kept, shared only with
    // its plural ("colonialisms", "colonialities").
    return this.porterStem(word.slice(0, derived.index)) + (derived[1] ?? (derived[2] !== undefined ? 'iti' : derived[3]));
  }

  /** natural's Porter stem of one lower-cased word, as it is, memoised. */
  porterStem(lowerWord: string): string {
    let stem = this.stemCache.get(lowerWord);
    if (stem === undefined) {
      stem = hasLatinLowerCase(lowerWord) ? natural.PorterStemmer.stem(lowerWord) : porterStemWithoutLetters(lowerWord);
      if (this.stemCache.size >= MAX_STEM_CACHE) this.stemCache.clear();
      this.stemCache.set(lowerWord, stem);
    }
    return stem;
  }

  /**
   * Porter gives "analyses" and "analysis" different stems ("analys", "analysi"), so a plural of a Greek -sis noun
   * ("hypotheses", "diagnoses", "crises", "theses") would be another idea than its singular. The -sis form stands in
   * for the -ses form when natural's lexicon knows it as a noun and the -es plural reading is no noun of its own
   * ("bases" may be "base" and "axes" "axe": those are left to Porter).
   */
  private singularOfSis(lowerWord: string): string {
    if (!lowerWord.endsWith('ses') || lowerWord.length < 6) return lowerWord;
    const singular = `${lowerWord.slice(0, -2)}is`;
    if (this.lexiconTags(singular)?.[0] !== 'NN') return lowerWord;
    return this.lexiconTags(lowerWord.slice(0, -1))?.some((tag) => tag.startsWith('NN')) ? lowerWord : singular;
  }

  /** The interned id of a stem. */
  stemId(stem: string): number {
    let id = this.stemIds.get(stem);
    if (id === undefined) {
      id = this.stemTexts.length;
      this.stemIds.set(stem, id);
      this.stemTexts.push(stem);
    }
    return id;
  }

  /** The stem an id stands for. */
  stemText(id: number): string {
    return this.stemTexts[id];
  }

  /** How many stems have been interned (one past the largest id). */
  stemCount(): number {
    return this.stemTexts.length;
  }

  /** Stemmed key of a phrase: "Mixtures-of-Experts" and "mixture of experts" both give "mixtur of expert". */
  stemPhrase(surface: string): string {
    return normaliseWords(surface).map((word) => this.stemWord(word)).join(' ');
  }
}

/** Whether a word, lower-cased, holds a letter a–z: every suffix and vowel Porter's steps test is one. */
function hasLatinLowerCase(word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
  }
  return false;
}

/**
 * natural's PorterStemmer.stem of a word without a letter a–z ("2024", "3.5", "α"), without running its steps: each
 * step replaces a suffix of letters ("sses", "ed", "y", "ational", "e", "ll", ...) or needs a measure above 0, which
 * counts vowels, so none applies and the stem is the word as the stemmer reads it (lower-cased from three characters
 * on). About 20k such forms (numbers) in a 20k-paper corpus each ran the stemmer's dozens of regular expressions.
 */
function porterStemWithoutLetters(word: string): string {
  return word.length < 3 ? word.toString() : word.toLowerCase();
}

/**
 * natural's English rules look at a token and at most its left neighbour's tag or word, each compared with a few
 * values ("PREV-TAG DT", "PREV-WORD-IS would"); everything else they read is the token's own text and tag. So what
 * they leave on a token depends only on its form, whether it starts the sentence, and which of those values its
 * neighbour has: a handful of states per form. The rules then run once per form and state instead of 18 times per
 * token (the largest share of tagging). Null when a rule reads anything else: tagTokens then runs every rule.
 */
interface RuleNeighbourhood {
  /** 1 + the neighbour classes (state 0 is the first token of a sentence). */
  states: number;
  /** The neighbour's tag as the rules tell tags apart (one of `tagClasses`). */
  tagClass(tag: string): number;
  tagClasses: number;
  /** The neighbour's lower-case word as the rules tell words apart. */
  wordClass(lower: string): number;
  /** A neighbour the rules see as `state` (≥ 1). */
  standIn(state: number): { token: string; tag: string };
}

/** Predicates that read the current token's text alone. */
const OWN_WORD_PREDICATES = new Set(['CURRENT-WORD-IS-NUMBER', 'CURRENT-WORD-IS-URL', 'CURRENT-WORD-ENDS-WITH']);

function ruleNeighbourhood(rules: EnglishTagger['rules']): RuleNeighbourhood | null {
  const tags: string[] = [];
  const words: string[] = [];
  for (const rule of rules) {
    const { name, parameter1 } = rule.predicate as unknown as { name: string; parameter1: string };
    // PREV-TAG compares the neighbour's tag with its parameter; PREV-WORD-IS its word, ignoring case (natural's code).
    if (name === 'PREV-TAG') {
      if (!tags.includes(parameter1)) tags.push(parameter1);
    } else if (name === 'PREV-WORD-IS') {
      if (!words.includes(parameter1.toLowerCase())) words.push(parameter1.toLowerCase());
    } else if (!OWN_WORD_PREDICATES.has(name)) return null;
  }
  // Class c < length: equal to values[c]; class length: equal to none (its stand-in is a string no rule compares with).
  const classOf = (values: string[], value: string) => {
    const c = values.indexOf(value);
    return c < 0 ? values.length : c;
  };
  const none = '\u0000';
  return {
    states: 1 + (tags.length + 1) * (words.length + 1),
    tagClass: (tag) => classOf(tags, tag),
    tagClasses: tags.length + 1,
    wordClass: (lower) => classOf(words, lower),
    standIn: (state) => {
      const tagClass = (state - 1) % (tags.length + 1);
      const wordClass = Math.floor((state - 1) / (tags.length + 1));
      return { token: words[wordClass] ?? none, tag: tags[tagClass] ?? none };
    },
  };
}

/**
 * The process' shared table: vocabulary files, matchers and extractions compare stem ids, so by default they all use
 * this one (safe to share, being append only). The functions below are its methods, for the modules that read words.
 */
export const SHARED_WORDS = new WordTable();

/** The WordType of a written form, memoised (shared table). */
export function wordType(text: string): WordType {
  return SHARED_WORDS.wordType(text);
}

/** POS-tag one sentence (an array of tokens); punctuation gets 'PUNCT' (shared table). */
export function tagTokens(words: string[]): Token[] {
  return SHARED_WORDS.tagTokens(words);
}

/** Nouns derived by -ism, -ity or -ness, singular or plural: the suffix as stemWord keeps it, in one of three groups. */
const DERIVED_NOUN = /(?:(ism)s?|(it)(?:y|ies)|(ness)(?:es)?)$/;
const VERB_S_ENDING = /(?:izes|ises|ifies|ates|ages)$/;
const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'he', 'she', 'which', 'who']);
const VERB_CONTEXT = new Set(['we', 'they', 'to', 'can', 'may', 'could', 'would', 'should', 'will', 'must', 'i', 'also']);

/** Whether a word can be a noun: the lexicon lists a noun tag, or it is unknown and has no adjective ending. */
export function couldBeNoun(word: string): boolean {
  return SHARED_WORDS.couldBeNoun(word);
}

/** A gerund that can head a noun phrase ("load balancing", "expert routing"): the lexicon knows it as a noun, or not at all. */
export function isNominalGerund(lowerWord: string): boolean {
  return SHARED_WORDS.isNominalGerund(lowerWord);
}

/** Split a text into sentences of tokens at sentence-ending punctuation. */
export function splitSentences(tokens: string[]): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const token of tokens) {
    current.push(token);
    if (token === '.' || token === '?' || token === '!' || token === ';') {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Stem of one lower-cased word (Porter, with the -sis plural rule: WordTable.stemWord), memoised (shared table). */
export function stemWord(lowerWord: string): string {
  return SHARED_WORDS.stemWord(lowerWord);
}

/** natural's Porter stem of one lower-cased word, without stemWord's -sis rule (shared table, memoised). */
export function porterStem(lowerWord: string): string {
  return SHARED_WORDS.porterStem(lowerWord);
}

/** The interned id of a stem (shared table). */
export function stemId(stem: string): number {
  return SHARED_WORDS.stemId(stem);
}

/** The stem an id stands for (shared table). */
export function stemText(id: number): string {
  return SHARED_WORDS.stemText(id);
}

/** How many stems have been interned in the shared table (one past the largest id). */
export function stemCount(): number {
  return SHARED_WORDS.stemCount();
}

/** Words of a phrase as the key sees them: lower-cased, hyphens and slashes split, apostrophes dropped. */
export function normaliseWords(surface: string): string[] {
  const words: string[] = [];
  for (const piece of surface.toLowerCase().replace(/['’]s\b/g, '').split(/[\s\-/]+/)) {
    // Most pieces are plain ASCII letters and digits, which the replacements would return unchanged: tested by a loop
    // over their characters rather than two regular expressions making a new string each (per title word, in the
    // serial concept selection).
    const word = isPlainWord(piece) ? piece : piece.replace(/[^\p{L}\p{N}.+]/gu, '').replace(/^\.+|\.+$/g, '');
    if (word !== '') words.push(word);
  }
  return words;
}

/** Whether a string is ASCII lower-case letters and digits only (nothing normaliseWords would remove). */
function isPlainWord(piece: string): boolean {
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) return false;
  }
  return true;
}

export interface TokenInfo {
  /** normaliseWords(text). */
  words: string[];
  /** Porter stems of those words. */
  stems: string[];
}

/** Words and stems of one token, memoised. */
export function tokenInfo(text: string): TokenInfo {
  return wordType(text);
}

/** Stemmed key of a phrase: "Mixtures-of-Experts" and "mixture of experts" both give "mixtur of expert". */
export function stemPhrase(surface: string): string {
  return SHARED_WORDS.stemPhrase(surface);
}

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...natural.stopwords,
  // natural's list misses these function words that commonly start or end bad candidates.
  'via', 'among', 'within', 'without', 'across', 'upon', 'whether', 'whose', 'also', 'thus', 'however', 'therefore',
  'may', 'might', 'must', 'shall', 'can', 'could', 'would', 'should', 'will', 'etc', 'et', 'al', 'ie', 'eg', 'e.g',
  'i.e', 'vs', 'per', 'both', 'either', 'neither', 'each', 'every', 'much', 'many', 'several', 'often', 'well',
  'one', 'two', 'three', 'four', 'five', 'first', 'second', 'third', 'us', 'we', 'our', 'ours', 'they', 'their',
  'them', 'this', 'these', 'those', 'such', 'due', 'since', 'although', 'though', 'yet', 'still', 'even', 'less',
  'more', 'most', 'least', 'very', 'rather', 'quite', 'further', 'furthermore', 'moreover', 'here', 'there',
]);

/**
 * Number words ("fifteen days", "seventy-two meta-analyses", "six software development processes"): a count is no part
 * of a term, and natural's lexicon lacks most of them (it tags "fifteen" a noun). A hyphenated form made only of them
 * ("seventy-two") is one too.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion',
  'billions', 'dozen', 'dozens', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
]);

/** Academic filler: words that never belong in a concept, so they end a candidate phrase like a stopword does. */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'propose', 'proposed', 'proposes', 'proposing', 'paper', 'papers', 'present', 'presented', 'presents', 'novel',
  'significantly', 'significant', 'substantially', 'substantial', 'remarkable', 'remarkably', 'notably', 'extensive',
  'extensively', 'existing', 'various', 'different', 'new', 'recent', 'recently', 'respectively', 'specifically',
  'particular', 'particularly', 'effectively', 'efficiently', 'consistently', 'comprehensive', 'promising',
  'demonstrate', 'demonstrates', 'demonstrated', 'show', 'shows', 'shown', 'achieve', 'achieves', 'achieved',
  'outperform', 'outperforms', 'introduce', 'introduces', 'introduced', 'based', 'using', 'use', 'uses', 'used',
  'result', 'results', 'resulting', 'experiment', 'experiments', 'experimental', 'superior', 'state-of-the-art',
  'sota', 'key', 'crucial', 'critical', 'important', 'importantly', 'additionally', 'finally', 'overall', 'wide',
  'widely', 'various', 'numerous', 'certain', 'given', 'like', 'able', 'unlike', 'way', 'ways', 'lot', 'lots',
  'kind', 'kinds', 'work', 'works', 'study', 'studies', 'article', 'report', 'thereby', 'prior', 'previous',
  'previously', 'current', 'currently', 'typically', 'usually', 'generally', 'directly', 'largely', 'highly',
  'strong', 'stronger', 'strongest', 'better', 'best', 'great', 'greater', 'improved', 'improves', 'improve',
  'enables', 'enable', 'enabling', 'effective', 'efficient', 'simple', 'simply', 'general', 'specific', 'available',
  'code', 'github', 'https', 'http', 'www', 'com', 'org', 'arxiv',
]);

/** Words too generic to stand alone as a concept, though fine inside one ("load balancing approach" is fine). */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'approach', 'approaches', 'method', 'methods', 'model', 'models', 'system', 'systems', 'framework', 'frameworks',
  'problem', 'problems', 'task', 'tasks', 'performance', 'process', 'data', 'technique', 'techniques', 'set', 'sets',
  'number', 'numbers', 'case', 'cases', 'time', 'times', 'part', 'parts', 'order', 'terms', 'term', 'level', 'levels',
  'type', 'types', 'form', 'forms', 'use', 'field', 'fields', 'area', 'areas', 'issue', 'issues', 'aspect', 'aspects',
  'effect', 'effects', 'result', 'way', 'analysis', 'application', 'applications', 'design', 'quality', 'cost',
  'costs', 'ability', 'abilities', 'challenge', 'challenges', 'scenario', 'scenarios', 'setting', 'settings',
  'improvement', 'improvements', 'tokens', 'token', 'step', 'steps', 'end', 'top', 'range', 'variety', 'lack',
  'need', 'needs', 'goal', 'goals', 'fact', 'example', 'examples', 'feature', 'features', 'information', 'input',
  'output', 'outputs', 'inputs', 'value', 'values', 'accuracy', 'efficiency', 'state', 'states',
  // Academic filler nouns: they head sentences about the paper, not its subject.
  'limitation', 'limitations', 'advancement', 'advancements', 'capability', 'capabilities', 'paradigm', 'paradigms',
  'effectiveness', 'finding', 'findings', 'gap', 'gaps', 'research', 'solution', 'solutions', 'strategy', 'strategies',
  'component', 'components', 'development', 'developments', 'deployment', 'evaluation', 'evaluations', 'insight',
  'insights', 'observation', 'observations', 'success', 'progress', 'promise', 'role', 'roles', 'instance', 'instances',
  'alternative', 'alternatives', 'utility', 'benchmark', 'benchmarks', 'baseline', 'baselines', 'dataset', 'datasets',
  'advantage', 'advantages', 'stage', 'stages', 'subset', 'subsets', 'sample', 'samples', 'mechanism', 'mechanisms',
  'architecture', 'architectures', 'scale', 'scales', 'leverage', 'address', 'increase', 'decrease', 'support',
  'focus', 'guide', 'conduct', 'exhibit', 'train', 'route', 'contribution', 'contributions', 'idea', 'ideas',
  'manner', 'extent', 'potential', 'impact', 'option', 'options', 'addition', 'respect', 'basis', 'presence',
  'absence', 'variant', 'variants', 'version', 'versions', 'purpose', 'direction', 'directions', 'trade-off',
  'trade-offs', 'tradeoff', 'tradeoffs', 'domain', 'domains', 'parameter', 'parameters', 'layer', 'layers',
  'implementation', 'implementations',
  // The same kind of head in clinical and social-science abstracts: "AML patients" is AML, "older patients" no topic.
  'patient', 'patients', 'respondent', 'respondents', 'outcome', 'outcomes',
]);
