// Finding listed terms (method aliases) in texts: stemmed phrases and exact acronyms, and the whole-word check.
import type { AnalysedDocument, TokenStore } from './rank';
import { grownTo } from './rank/growable';
import { formStemsOf, formTable, type FormStems } from './rank/tokenStore';
import { normaliseWords, stemId, stemWord, tokenize, type WordType } from './text';

export interface TermMatcher {
  /** Acronym-like terms ("LoRA", "GNN") matched case-sensitively on whole tokens or hyphen parts. */
  exact: Map<string, string[]>;
  /** One-word terms by lower-cased word and its plurals: stemming one word is too loose ("transformer" ≠ "transformation"). */
  words: Map<string, string[]>;
  /** Other terms as interned stem-id sequences, indexed by their first stem id. */
  phrases: Map<number, { stems: number[]; target: string }[]>;
  /** 1 at each stem id that starts a term of `phrases` (stems interned later are past its end): most words start
   * none, and a typed array answers that without a hash lookup. */
  phraseStarts: Uint8Array;
  /** Exact and one-word targets of each written form, by WordType id, filled as forms are met: a form's matches never
   * depend on its context, so each distinct form is looked up once. */
  byType: (string[] | undefined)[];
  /** The same per form of a corpus' TokenStore (null: none, punctuation included), read without the form's WordType. */
  byForm: WeakMap<TokenStore, (string[] | null)[]>;
}

/** Acronym-like: one word with a capital after its first letter ("LoRA", "GNN", "GPT-4"); these must match exactly. */
export function isAcronymLike(term: string): boolean {
  return !/\s/.test(term) && /\p{Lu}/u.test(term.slice(1));
}

export function compileTerms(terms: { term: string; target: string }[]): TermMatcher {
  const exact = new Map<string, string[]>();
  const phrases = new Map<number, { stems: number[]; target: string }[]>();
  const words = new Map<string, string[]>();
  for (const { term, target } of terms) {
    const normalised = normaliseWords(term);
    if (normalised.length === 1 && !isAcronymLike(term)) {
      const word = normalised[0];
      const forms = [word, `${word}s`, `${word}es`, word.endsWith('y') ? `${word.slice(0, -1)}ies` : word];
      for (const form of new Set(forms)) {
        const list = words.get(form) ?? [];
        if (!list.includes(target)) list.push(target);
        words.set(form, list);
      }
      continue;
    }
    if (isAcronymLike(term)) {
      const list = exact.get(term) ?? [];
      if (!list.includes(target)) list.push(target);
      exact.set(term, list);
      continue;
    }
    const stems = normaliseWords(term).map((word) => stemId(stemWord(word)));
    if (stems.length === 0) continue;
    const list = phrases.get(stems[0]) ?? [];
    if (!list.some((p) => p.target === target && p.stems.join(' ') === stems.join(' '))) list.push({ stems, target });
    phrases.set(stems[0], list);
  }
  let lastStart = -1;
  for (const first of phrases.keys()) lastStart = Math.max(lastStart, first);
  const phraseStarts = new Uint8Array(lastStart + 1);
  for (const first of phrases.keys()) phraseStarts[first] = 1;
  return { exact, words, phrases, phraseStarts, byType: [], byForm: new WeakMap() };
}

// Stem ids of the current sentence's words (hyphenated compounds split), reused across sentences and documents:
// building a fresh number[] per sentence for every paper was measurable garbage on 20k papers.
let sentenceWords = new Int32Array(256);

/** Targets one written form matches by itself: acronym-like terms exactly (a plural "s" dropped), one-word terms by word. */
function singleTokenTargets(matcher: TermMatcher, type: WordType): string[] {
  const targets: string[] = [];
  if (matcher.exact.size > 0) {
    const forms = new Set([type.text, ...type.text.split('-')]);
    for (const form of [...forms]) if (/\p{Lu}s$/u.test(form)) forms.add(form.slice(0, -1));
    for (const form of forms) for (const target of matcher.exact.get(form) ?? []) targets.push(target);
  }
  for (const word of type.words) for (const target of matcher.words.get(word) ?? []) targets.push(target);
  return targets;
}

/** The exact and one-word targets of each form of a store (see TermMatcher.byForm). */
function targetsByForm(matcher: TermMatcher, tokens: TokenStore): (string[] | null)[] {
  let byForm = matcher.byForm.get(tokens);
  if (!byForm) {
    byForm = tokens.types.map((type) => {
      if (type.punct) return null;
      let targets = matcher.byType[type.id];
      if (targets === undefined) {
        targets = singleTokenTargets(matcher, type);
        matcher.byType[type.id] = targets;
      }
      return targets.length > 0 ? targets : null;
    });
    matcher.byForm.set(tokens, byForm);
  }
  return byForm;
}

/** Count each target's matches in a document; title matches are reported separately. */
export function matchTerms(
  matcher: TermMatcher,
  tokens: TokenStore,
  doc: Pick<AnalysedDocument, 'sentenceStarts'>,
): Map<string, { count: number; titleCount: number }> {
  const counts = new Map<string, { count: number; titleCount: number }>();
  const add = (target: string, inTitle: boolean) => {
    const c = counts.get(target) ?? { count: 0, titleCount: 0 };
    c.count++;
    if (inTitle) c.titleCount++;
    counts.set(target, c);
  };
  const byForm = targetsByForm(matcher, tokens);
  const { starts: stemStarts, stems } = formStemsOf(tokens);
  const forms = tokens.forms;
  const phraseStarts = matcher.phraseStarts;
  const starts = doc.sentenceStarts;
  for (let index = 0; index + 1 < starts.length; index++) {
    let length = 0;
    for (let i = starts[index]; i < starts[index + 1]; i++) {
      const form = forms[i];
      const first = stemStarts[form];
      const end = stemStarts[form + 1];
      if (length + end - first > sentenceWords.length) sentenceWords = grownTo(sentenceWords, length + end - first);
      for (let k = first; k < end; k++) sentenceWords[length++] = stems[k];
      const targets = byForm[form];
      if (targets !== null) for (const target of targets) add(target, index === 0);
    }
    const words = sentenceWords;
    if (matcher.phrases.size === 0) continue;
    for (let i = 0; i < length; i++) {
      if (words[i] >= phraseStarts.length || phraseStarts[words[i]] === 0) continue;
      const candidates = matcher.phrases.get(words[i])!;
      for (const { stems: phrase, target } of candidates) {
        if (i + phrase.length > length) continue;
        let ok = true;
        for (let j = 1; j < phrase.length && ok; j++) ok = words[i + j] === phrase[j];
        if (ok) add(target, index === 0);
      }
    }
  }
  return counts;
}

/**
 * A word without its plural ending, for whole-word matching: "transformers" → "transformer", "strategies" →
 * "strategy", "analysis" and "class" stay. Unlike a stem, "transformation" never becomes "transformer".
 */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (/(?:sh|ch|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A text prepared for `namesTerm`: its words (lower-case, hyphen parts split, singular) and its written forms. */
export interface TextWords {
  words: string[];
  /** Each token as written, its hyphen parts, and both without a plural "s" after a capital ("LLMs"). */
  forms: Set<string>;
}

export function textWords(text: string): TextWords {
  const words: string[] = [];
  const forms = new Set<string>();
  for (const token of tokenize(text)) {
    for (const word of normaliseWords(token)) words.push(singular(word));
    for (const form of [token, ...token.split('-')]) {
      forms.add(form);
      if (/\p{Lu}s$/u.test(form)) forms.add(form.slice(0, -1));
    }
  }
  return { words, forms };
}

// Per written form (by WordType id), its singular words and, when it holds a capital, the forms an acronym-like
// name can match: computed once per form, since extraction checks method links of every paper.
interface FormFacts {
  words: string[];
  /** The words' ids (see canonicalWord), which namesTerm compares for a document's text. */
  wordIds: number[];
  forms: string[] | null;
}

const formFacts: (FormFacts | undefined)[] = [];

function factsOf(type: WordType): FormFacts {
  while (formFacts.length <= type.id) formFacts.push(undefined); // packed, see domains.ts
  let facts = formFacts[type.id];
  if (facts === undefined) {
    let forms: string[] | null = null;
    // Written forms matter only for acronym-like names, which hold a capital.
    if (type.text !== type.lower) {
      const set = new Set<string>();
      for (const form of [type.text, ...type.text.split('-')]) {
        set.add(form);
        if (/\p{Lu}s$/u.test(form)) set.add(form.slice(0, -1));
      }
      forms = [...set];
    }
    const words = type.words.map((word) => canonicalWord(singular(word)));
    facts = { words, wordIds: words.map((word) => canonicalIds.get(word)!), forms };
    formFacts[type.id] = facts;
  }
  return facts;
}

// The same by form of a corpus' TokenStore (null for punctuation), so a token's facts are found without its WordType.
const factsByStore = new WeakMap<TokenStore, (FormFacts | null)[]>();

/**
 * `textWords` of an analysed document, read from the corpus' tokens instead of tokenising its text again. Each of its
 * two parts is listed when first read: namesTerm reads the words for most names and the written forms only for
 * acronym-like ones, and a check often stops at the first name found.
 */
export function textWordsOfDocument(tokens: TokenStore, doc: Pick<AnalysedDocument, 'sentenceStarts'>): TextWords {
  let byForm = factsByStore.get(tokens);
  if (!byForm) {
    byForm = tokens.types.map((type) => (type.punct ? null : factsOf(type)));
    factsByStore.set(tokens, byForm);
  }
  let ids = idsByStore.get(tokens);
  if (!ids) {
    ids = formTable(tokens, (type) => (type.punct ? null : factsOf(type).wordIds));
    idsByStore.set(tokens, ids);
  }
  const starts = doc.sentenceStarts;
  return new DocumentWords(byForm, ids, tokens.forms, starts[0], starts[starts.length - 1]);
}

// Each form's word ids (FormFacts.wordIds) as one flat table per store: a document's ids are then read from typed
// arrays rather than through each token's facts object.
const idsByStore = new WeakMap<TokenStore, FormStems>();

/** A document's TextWords, each part listed from its tokens when first read (see textWordsOfDocument). */
class DocumentWords implements TextWords {
  private wordList: string[] | null = null;
  private idList: Int32Array | null = null;
  private formSet: Set<string> | null = null;
  private capitalFacts: string[][] | null = null;

  constructor(
    private readonly byForm: (FormFacts | null)[],
    private readonly idsByForm: FormStems,
    private readonly tokenForms: Int32Array,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get words(): string[] {
    if (this.wordList === null) {
      const words: string[] = [];
      for (let i = this.start; i < this.end; i++) {
        const facts = this.byForm[this.tokenForms[i]];
        if (facts !== null) for (const word of facts.words) words.push(word);
      }
      this.wordList = words;
    }
    return this.wordList;
  }

  /** The words' ids (see canonicalWord), in order: namesTerm compares these numbers rather than strings. */
  get wordIds(): Int32Array {
    if (this.idList === null) {
      const { starts, stems: formIds } = this.idsByForm;
      const forms = this.tokenForms;
      let count = 0;
      for (let i = this.start; i < this.end; i++) count += starts[forms[i] + 1] - starts[forms[i]];
      const ids = new Int32Array(count);
      let at = 0;
      for (let i = this.start; i < this.end; i++) {
        for (let k = starts[forms[i]]; k < starts[forms[i] + 1]; k++) ids[at++] = formIds[k];
      }
      this.idList = ids;
    }
    return this.idList;
  }

  /** Whether `form` is one of `forms`, read from a list of the document's tokens that hold a capital (the only ones
   * with written forms, see FormFacts): a check or two per document, where filling a Set with every such token's forms
   * cost more than the checks it served. */
  hasForm(form: string): boolean {
    if (this.capitalFacts === null) {
      const list: string[][] = [];
      for (let i = this.start; i < this.end; i++) {
        const facts = this.byForm[this.tokenForms[i]];
        if (facts !== null && facts.forms !== null) list.push(facts.forms);
      }
      this.capitalFacts = list;
    }
    for (const forms of this.capitalFacts) if (forms.includes(form)) return true;
    return false;
  }

  get forms(): Set<string> {
    if (this.formSet === null) {
      const forms = new Set<string>();
      for (let i = this.start; i < this.end; i++) {
        const facts = this.byForm[this.tokenForms[i]];
        if (facts !== null && facts.forms !== null) for (const form of facts.forms) forms.add(form);
      }
      this.formSet = forms;
    }
    return this.formSet;
  }
}

/** Whether a text holding a token of this written form names the form's own text (namesTerm): then any text with
 * such a token does. */
export function namesItself(type: WordType): boolean {
  if (type.punct) return false;
  const facts = factsOf(type);
  return namesTerm({ words: facts.words, forms: new Set(facts.forms ?? []) }, type.text);
}

// One string object per distinct word of the forms' facts and of the terms looked for: namesTerm compares them word by
// word for every paper's method names, and equal words that are one object (or unequal ones whose hashes are known,
// as a Map key's are) compare without reading their characters.
const canonicalWords = new Map<string, string>();
/** Each canonical word's id, numbered as they are first met. */
const canonicalIds = new Map<string, number>();

function canonicalWord(word: string): string {
  const known = canonicalWords.get(word);
  if (known !== undefined) return known;
  canonicalWords.set(word, word);
  canonicalIds.set(word, canonicalIds.size);
  return word;
}

// The words of each term namesTerm has looked for, and their ids: extraction asks about the same method names for
// every paper.
const wantedByTerm = new Map<string, { acronymLike: boolean; words: string[]; ids: Int32Array }>();

function wantedWords(term: string): { acronymLike: boolean; words: string[]; ids: Int32Array } {
  let wanted = wantedByTerm.get(term);
  if (wanted === undefined) {
    const words = normaliseWords(term).map((word) => canonicalWord(singular(word)));
    wanted = { acronymLike: isAcronymLike(term), words, ids: Int32Array.from(words, (word) => canonicalIds.get(word)!) };
    if (wantedByTerm.size >= 100_000) wantedByTerm.clear();
    wantedByTerm.set(term, wanted);
  }
  return wanted;
}

/**
 * Whether a text names a term as whole words: an acronym-like term ("LoRA", "GNN") exactly as written (also inside a
 * hyphenated word, "LoRA-based", or in the plural, "GNNs"); any other term word by word, ignoring case, hyphens and
 * plural endings ("Mixtures-of-Experts" names "mixture of experts"), never inside a longer word or by a shared stem.
 */
export function namesTerm(text: TextWords, term: string): boolean {
  const { acronymLike, words: wanted, ids: wantedIds } = wantedWords(term);
  if (acronymLike) return text instanceof DocumentWords ? text.hasForm(term) : text.forms.has(term);
  if (wanted.length === 0) return false;
  // A document's text (textWordsOfDocument): its words' ids, compared as numbers (equal ids, equal canonical words).
  if (text instanceof DocumentWords) {
    const ids = text.wordIds;
    for (let i = 0; i + wantedIds.length <= ids.length; i++) {
      let k = 0;
      while (k < wantedIds.length && ids[i + k] === wantedIds[k]) k++;
      if (k === wantedIds.length) return true;
    }
    return false;
  }
  const { words } = text;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    let k = 0;
    while (k < wanted.length && words[i + k] === wanted[k]) k++;
    if (k === wanted.length) return true;
  }
  return false;
}
