// When two bibliographic descriptions name the same work: identifiers, author family names, titles, abbreviated sources.
import { normaliseTitle } from '../../src/shared/keys';
import { ID_KINDS, normaliseArxivId, type PaperIds } from '../../src/shared/record';

/** An arXiv DataCite DOI (`10.48550/arxiv.2401.01234`) names the arXiv preprint, not a publisher's version. */
const ARXIV_DOI = /^10\.48550\/arxiv\.(.+)$/i;

/**
 * The identifiers used for comparing works: an arXiv DOI becomes the arXiv id it spells (and is dropped as a DOI),
 * so a preprint cited by its arXiv DOI meets the record carrying the arXiv id, and a preprint's DOI never "conflicts"
 * with the publisher's DOI of the same paper.
 */
export function comparableIds(ids: PaperIds): PaperIds {
  const out: PaperIds = { ...ids };
  const arxivDoi = out.doi ? ARXIV_DOI.exec(out.doi) : null;
  if (arxivDoi) {
    const arxiv = normaliseArxivId(arxivDoi[1]);
    if (arxiv && !out.arxiv) out.arxiv = arxiv;
    delete out.doi;
  }
  return out;
}

/** `doi:10.1/x`, `arxiv:2401.01234`…: one string per identifier, in ID_KINDS order. */
export function idKeys(ids: PaperIds): string[] {
  // The first key in an array literal, which holds just that: `push` into an empty array reserves room for 16, and
  // most records and references have one identifier (a reference's keys stay with the outside work it names).
  let keys: string[] | null = null;
  for (const kind of ID_KINDS) {
    const value = ids[kind];
    if (typeof value !== 'string' || value === '') continue;
    if (keys === null) keys = [`${kind}:${value}`];
    else keys.push(`${kind}:${value}`);
  }
  return keys ?? [];
}

/**
 * `same` when the two share an identifier, `conflict` when they carry different values of one scheme (two DOIs, two
 * WoS UTs) and share none, `unknown` otherwise. Compare `comparableIds` forms.
 */
export function compareIds(a: PaperIds, b: PaperIds): 'same' | 'conflict' | 'unknown' {
  let conflict = false;
  for (const kind of ID_KINDS) {
    const x = a[kind];
    const y = b[kind];
    if (!x || !y) continue;
    if (x === y) return 'same';
    conflict = true;
  }
  return conflict ? 'conflict' : 'unknown';
}

/** Every DOI written inside a reference string (WoS writes `DOI [10.x, DOI 10.y]` for one work). */
export function doisInText(text: string | null): string[] {
  // Most reference texts hold no DOI: the cheap test spares them the expression (a tenth of resolving a WoS export).
  if (!text || !text.includes('10.')) return [];
  const found: string[] = [];
  for (const match of text.matchAll(/10\.\d{4,9}\/[^\s,;\]\[]+/g)) {
    const doi = match[0].replace(/[.,;:)}>'"]+$/, '').toLowerCase();
    if (!found.includes(doi)) found.push(doi);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Author family names. Sources spell names "Family, Given", "Family G.", "Family Given" (WoS cited references) or
// "Given Family" (arXiv, Hugging Face); a name with no comma and no initials is ambiguous, so it yields both ends.

const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'ten', 'ter', 'zu', 'y']);

function asciiLower(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function compact(words: string[]): string {
  return asciiLower(words.join('')).replace(/[^a-z0-9]/g, '');
}

/** "N.", "S.M.", "LJ", "J.-P." : initials, not a family name. */
function isInitials(token: string): boolean {
  return /^(?:\p{Lu}\.?-?){1,3}\.?$/u.test(token) && !/^\p{Lu}\p{Ll}/u.test(token);
}

function familyKeysOf(words: string[]): string[] {
  const keys = [compact(words)];
  let start = 0;
  while (start < words.length - 1 && PARTICLES.has(asciiLower(words[start]))) start += 1;
  keys.push(compact(words.slice(start)));
  return keys;
}

/**
 * Normalised keys under which an author's family name can be found: ASCII, lower-case, letters only, with and without
 * leading particles ("de Sousa Santos" → `desousasantos`, `sousasantos`). Empty for anonymous authors.
 */
export function familyNameKeys(name: string | null | undefined): string[] {
  if (typeof name !== 'string') return [];
  const text = name.replace(/\[[^\]]*\]/g, ' ').trim();
  if (text === '' || /^anonymous$|^anon\.?$/i.test(text)) return [];
  let keys: string[];
  const comma = text.indexOf(',');
  if (comma > 0) {
    keys = familyKeysOf(text.slice(0, comma).trim().split(/\s+/));
  } else {
    const words = text.split(/\s+/).filter(Boolean);
    let end = words.length;
    while (end > 1 && isInitials(words[end - 1])) end -= 1;
    let lastInitial = -1;
    for (let index = 0; index < end; index += 1) if (isInitials(words[index])) lastInitial = index;
    if (end < words.length) keys = familyKeysOf(words.slice(0, end)); // "Govil N.", "de Sousa Santos B."
    else if (lastInitial >= 0 && lastInitial < end - 1) keys = familyKeysOf(words.slice(lastInitial + 1)); // "Louis J. Kotze"
    else if (words.length === 1) keys = familyKeysOf(words);
    // "Escobar Arturo" (family first) or "Arturo Escobar" (given first): keep both ends and the whole.
    else keys = [...familyKeysOf(words.slice(-1)), ...familyKeysOf(words.slice(0, 1)), ...familyKeysOf(words)];
  }
  return [...new Set(keys.filter((key) => key.length >= 2))];
}

/** Whether two author names can be the same person's family name. */
export function sameFamilyName(a: string | null | undefined, b: string | null | undefined): boolean {
  const keys = new Set(familyNameKeys(a));
  return familyNameKeys(b).some((key) => keys.has(key));
}

// ---------------------------------------------------------------------------------------------------------------
// Titles and sources.

function words(text: string): string[] {
  const normal = normaliseTitle(text);
  return normal === '' ? [] : normal.split(' ');
}

/** A word without its plural "s" (`options` → `option`; never `process`, `analysis`, `status`, nor a short word). */
function singular(word: string): string {
  return word.length >= 4 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * Same title: equal once normalised; or one is the other cut short at a word boundary (a subtitle dropped, a reference
 * string truncated) and still 20+ characters; or 4+ words each with a word-set Dice coefficient of at least 0.85
 * (a word spelled differently; a plural "s" ignored). Looser rules would match different papers of one author and year.
 */
export function titlesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const x = normaliseTitle(a);
  const y = normaliseTitle(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 20 && long.startsWith(`${short} `)) return true;
  // A plural in one spelling and not the other ("Future option for hdd storage" / "Future options for HDD storage",
  // two Scopus references to one paper) is one word: 5 words of 5 shared, not 4 (Dice 0.8).
  const setA = new Set(words(a).map(singular));
  const setB = new Set(words(b).map(singular));
  if (setA.size < 4 || setB.size < 4) return false;
  let shared = 0;
  for (const word of setA) if (setB.has(word)) shared += 1;
  return (2 * shared) / (setA.size + setB.size) >= 0.85;
}

// Words that abbreviated journal names leave out (ISO 4 drops articles, prepositions and conjunctions).
const SOURCE_STOPWORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'an', 'a', 'und', 'et', 'de', 'del', 'della', 'des', 'du', 'la', 'le', 'les', 'der', 'die', 'das', 'fur', 'y']);

function sourceWords(text: string): string[] {
  return asciiLower(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !SOURCE_STOPWORDS.has(word));
}

/** "natl" abbreviates "national", "stud" "studies": same first letter, letters in order. */
function abbreviates(short: string, full: string): boolean {
  if (full.startsWith(short)) return true;
  if (short.length < 3 || short[0] !== full[0]) return false;
  let at = 0;
  for (const letter of full) if (letter === short[at]) at += 1;
  return at === short.length;
}

/**
 * Whether `abbreviated` can be an abbreviation of `full` ("SUSTAIN SCI" / "Sustainability Science",
 * "ENVIRON PLAN E-NAT" / "Environment and Planning E: Nature and Space"): every abbreviated word, in order, abbreviates
 * a word of the full name, the first words match, and the full name may go on (WoS cuts names at 20 or 29 characters).
 */
export function abbreviationMatches(abbreviated: string | null | undefined, full: string | null | undefined): boolean {
  if (!abbreviated || !full) return false;
  return wordsAbbreviate(sourceWords(abbreviated), sourceWords(full));
}

/** abbreviationMatches on the two names' sourceWords. */
function wordsAbbreviate(short: string[], long: string[]): boolean {
  if (short.length === 0 || long.length === 0 || short.join('').length < 3) return false;
  if (short.join('') === long.join('')) return true;
  if (!abbreviates(short[0], long[0])) return false;
  let at = 1;
  for (const word of short.slice(1)) {
    while (at < long.length && !abbreviates(word, long[at])) at += 1;
    if (at === long.length) return false;
    at += 1;
  }
  return true;
}

/** Abbreviation either way round (either side may be the abbreviated one). */
export function sourcesMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  return abbreviationMatches(a, b) || abbreviationMatches(b, a);
}

/** sourcesMatch, abbreviationMatches, sourceWordCount and sourceInitial with each name's words worked out once. */
export interface SourceMatcher {
  sourcesMatch(a: string | null | undefined, b: string | null | undefined): boolean;
  abbreviationMatches(abbreviated: string | null | undefined, full: string | null | undefined): boolean;
  sourceWordCount(text: string | null | undefined): number;
  /**
   * The first letter of a source's first significant word, or null when it has none: two names one of which
   * abbreviates the other always share it (`abbreviates` needs the same first letter), so it splits the candidates a
   * source can match into groups without losing one.
   */
  sourceInitial(text: string | null | undefined): string | null;
  /**
   * The characters of a source's significant words as bits (a–z, digits folded onto six bits), 0 without any. Every
   * word of an abbreviation abbreviates a word of the name, with the name's letters in it, so two sources match
   * (sourcesMatch) only when one's bits are all among the other's (mayMatchByLetters): a test of two numbers that
   * rules out most pairs of a family and year before their words are compared.
   */
  letterMask(text: string | null | undefined): number;
}

/** Whether two letterMasks allow sourcesMatch: one's characters all among the other's (necessary, not sufficient). */
export function mayMatchByLetters(a: number, b: number): boolean {
  return (a & ~b) === 0 || (b & ~a) === 0;
}

function lettersOf(words: string[]): number {
  let mask = 0;
  for (const word of words) {
    for (let at = 0; at < word.length; at++) {
      const code = word.charCodeAt(at);
      mask |= 1 << (code >= 97 ? code - 97 : 26 + ((code - 48) % 6));
    }
  }
  return mask;
}

/**
 * A SourceMatcher whose words are kept by name for as long as it is used: resolving compares a reference with every
 * paper and work of its author's family and year, and splitting the same venue into words for each comparison
 * (Unicode normalisation and a regular expression) was most of the time when that family is Wang or Li.
 */
export function createSourceMatcher(): SourceMatcher {
  const cache = new Map<string, string[]>();
  const masks = new Map<string, number>();
  function wordsOf(text: string): string[] {
    let found = cache.get(text);
    if (found === undefined) {
      found = sourceWords(text);
      cache.set(text, found);
    }
    return found;
  }
  function abbreviates(abbreviated: string | null | undefined, full: string | null | undefined): boolean {
    return Boolean(abbreviated && full) && wordsAbbreviate(wordsOf(abbreviated!), wordsOf(full!));
  }
  return {
    sourcesMatch: (a, b) => abbreviates(a, b) || abbreviates(b, a),
    abbreviationMatches: abbreviates,
    sourceWordCount: (text) => (text ? wordsOf(text).length : 0),
    sourceInitial: (text) => (text ? wordsOf(text)[0]?.[0] ?? null : null),
    letterMask: (text) => {
      if (!text) return 0;
      let mask = masks.get(text);
      if (mask === undefined) {
        mask = lettersOf(wordsOf(text));
        masks.set(text, mask);
      }
      return mask;
    },
  };
}

/** Number of significant words of a source string (a one-word source proves little about a book title). */
export function sourceWordCount(text: string | null | undefined): number {
  return text ? sourceWords(text).length : 0;
}
