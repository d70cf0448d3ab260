// A text's tokens as the written forms they are, without building a string per token (tokenize's regex, resolved).
import { HASH_START, SpanIndex, hashStep } from './spanIndex';
import type { WordType } from './text';

/** Character classes of TOKEN_PATTERN (text.ts): word characters (\p{L}, \p{N}), whitespace (\s), anything else. */
const WORD = 1;
const SPACE = 2;
const OTHER = 3;

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

// Classes of BMP code units, filled on first use from the same regular expressions the pattern uses.
const unitClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classOfCodePoint(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
}

/** The class of the code point at `i` and its length in code units (2 for a surrogate pair, as /u reads it). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const codePoint = (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let known = astralClass.get(codePoint);
      if (known === undefined) astralClass.set(codePoint, (known = classOfCodePoint(codePoint)));
      return known | 4; // bit 2: two code units
    }
  }
  let known = unitClass[unit];
  // A lone surrogate is a code point of its own under /u: neither a word character nor whitespace.
  if (known === 0) unitClass[unit] = known = unit >= 0xd800 && unit <= 0xdfff ? OTHER : classOfCodePoint(unit);
  return known;
}

/** The joiners of TOKEN_PATTERN: a word continues through one of them when a word character follows. */
function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2e || unit === 0x2d || unit === 0x2b;
}

/** ".", "?", "!" or ";": a one-character token that ends a sentence. */
function isSentenceEnd(unit: number): boolean {
  return unit === 0x2e || unit === 0x3f || unit === 0x21 || unit === 0x3b;
}

/** End (exclusive) of the run of word characters starting at `i`. */
export function wordRunEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = classAt(text, i);
    if ((c & 3) !== WORD) break;
    i += c & 4 ? 2 : 1;
  }
  return i;
}

/**
 * Start of the first word character at or after `i` (text.length when none): with wordRunEnd, the matches of
 * /[\p{L}\p{N}]+/gu without a match object per word.
 */
export function wordRunStart(text: string, i: number): number {
  while (i < text.length) {
    const c = classAt(text, i);
    if ((c & 3) === WORD) break;
    i += c & 4 ? 2 : 1;
  }
  return i;
}

/**
 * Splits texts into tokens exactly as `tokenize` (text.ts) does and returns each token's WordType. Hand-written for
 * speed: looking every token up by a fresh string (the regular expression's match, hashed again by the Map of
 * types) was the largest single cost of tagging 20k papers. Here a known form is found by a hash of its characters
 * computed while scanning and checked against the form's text in place (a SpanIndex); a string is built only for a
 * form not seen before, and `resolve` (WordTable.wordType) is asked for it in token order, so forms are created in
 * the same order.
 */
export class FormScanner {
  /** The known forms; form k's WordType is types[k]. */
  private forms = new SpanIndex();
  private types: WordType[] = [];

  constructor(
    private readonly resolve: (text: string) => WordType,
    /** Changes when the resolver forgets its forms: the scanner then forgets them too. */
    private readonly generation: () => number,
  ) {}

  private seenGeneration = -1;

  /** The WordTypes of the tokens of `text`, in order. */
  typesOf(text: string): WordType[] {
    return this.scan(text, false)[0] ?? [];
  }

  /**
   * The WordTypes of the tokens of `text` in sentences, split as splitSentences (text.ts) splits tokens: after each
   * ".", "?", "!" or ";" token (known here by its character, without reading its WordType).
   */
  sentencesOf(text: string): WordType[][] {
    return this.scan(text, true);
  }

  private scan(text: string, split: boolean): WordType[][] {
    if (this.seenGeneration !== this.generation()) this.forget();
    const sentences: WordType[][] = [];
    let found: WordType[] = [];
    let i = 0;
    while (i < text.length) {
      const c = classAt(text, i);
      if ((c & 3) === SPACE) {
        i += c & 4 ? 2 : 1;
        continue;
      }
      const start = i;
      // The token's hash (SpanIndex's) is computed as its code units are read, rather than in a second pass over them.
      let hash = hashStep(HASH_START, text.charCodeAt(i));
      if (c & 4) hash = hashStep(hash, text.charCodeAt(i + 1));
      i += c & 4 ? 2 : 1;
      if ((c & 3) === WORD) {
        // Word characters, through a joiner followed by a word character, then any "+" (as TOKEN_PATTERN reads them).
        for (;;) {
          while (i < text.length) {
            const next = classAt(text, i);
            if ((next & 3) !== WORD) break;
            hash = hashStep(hash, text.charCodeAt(i));
            if (next & 4) hash = hashStep(hash, text.charCodeAt(i + 1));
            i += next & 4 ? 2 : 1;
          }
          if (!(i + 1 < text.length && isJoiner(text.charCodeAt(i)) && (classAt(text, i + 1) & 3) === WORD)) break;
          hash = hashStep(hash, text.charCodeAt(i));
          i++;
        }
        while (i < text.length && text.charCodeAt(i) === 0x2b) {
          hash = hashStep(hash, 0x2b);
          i++;
        }
      }
      found.push(this.typeOf(text, start, i, hash));
      if (split && i === start + 1 && isSentenceEnd(text.charCodeAt(start))) {
        sentences.push(found);
        found = [];
      }
    }
    if (found.length > 0) sentences.push(found);
    return sentences;
  }

  private typeOf(text: string, start: number, end: number, hash: number): WordType {
    const known = this.forms.findHashed(text, start, end, hash);
    if (known >= 0) return this.types[known];
    const type = this.resolve(text.slice(start, end));
    // Resolving may have made the resolver forget its forms (it holds a bounded number): start afresh, as it does.
    if (this.seenGeneration !== this.generation()) this.forget();
    else {
      this.types.push(type);
      this.forms.add(type.text);
    }
    return type;
  }

  private forget(): void {
    this.forms = new SpanIndex();
    this.types = [];
    this.seenGeneration = this.generation();
  }
}
