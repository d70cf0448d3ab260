// A text's tokens as the written forms they are, without building a string per token (tokenize's regex, resolved).
import { GrowableArray } from './rank/growable';
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

/** Offsets into the characters table: form k's characters are [starts[k], starts[k + 1]), so the table starts at 0. */
function formStarts(): GrowableArray<Int32Array> {
  const starts = new GrowableArray(new Int32Array(1 << 12));
  starts.push(0);
  return starts;
}

/**
 * Splits texts into tokens exactly as `tokenize` (text.ts) does and returns each token's WordType. Hand-written for
 * speed: looking every token up by a fresh string (the regular expression's match, hashed again by the Map of
 * types) was the largest single cost of tagging 20k papers. Here a known form is found by a hash of its characters
 * computed while scanning and checked against the form's text in place; a string is built only for a form not seen
 * before, and `resolve` (WordTable.wordType) is asked for it in token order, so forms are created in the same order.
 */
export class FormScanner {
  private hashes = new Int32Array(1 << 12);
  /** Index + 1 into `types` per slot, 0 for an empty slot. */
  private slots = new Int32Array(1 << 12);
  private types: WordType[] = [];
  // Each known form's characters, side by side: a candidate is checked against these rather than through its
  // WordType's string (two more objects to fetch from scattered memory for every token).
  private chars = new GrowableArray(new Uint16Array(1 << 14));
  private charStarts = formStarts();

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
      if ((c & 3) === WORD) {
        i = wordRunEnd(text, i);
        while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && (classAt(text, i + 1) & 3) === WORD) i = wordRunEnd(text, i + 1);
        while (i < text.length && text.charCodeAt(i) === 0x2b) i++;
      } else i += c & 4 ? 2 : 1;
      found.push(this.typeOf(text, start, i));
      if (split && i === start + 1 && isSentenceEnd(text.charCodeAt(start))) {
        sentences.push(found);
        found = [];
      }
    }
    if (found.length > 0) sentences.push(found);
    return sentences;
  }

  private typeOf(text: string, start: number, end: number): WordType {
    let hash = 0x811c9dc5 | 0;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      if (this.hashes[slot] === hash) {
        const from = this.charStarts.array[entry - 1];
        const length = this.charStarts.array[entry] - from;
        if (length === end - start) {
          const chars = this.chars.array;
          let k = 0;
          while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
          if (k === length) return this.types[entry - 1];
        }
      }
      slot = (slot + 1) & mask;
    }
    const type = this.resolve(text.slice(start, end));
    // Resolving may have made the resolver forget its forms (it holds a bounded number): start afresh, as it does.
    if (this.seenGeneration !== this.generation()) this.forget();
    else this.insert(hash, type);
    return type;
  }

  private insert(hash: number, type: WordType): void {
    if ((this.types.length + 1) * 2 > this.slots.length) this.grow();
    this.types.push(type);
    for (let k = 0; k < type.text.length; k++) this.chars.push(type.text.charCodeAt(k));
    this.charStarts.push(this.chars.length);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = this.types.length;
    this.hashes[slot] = hash;
  }

  private grow(): void {
    const { hashes, slots } = this;
    this.hashes = new Int32Array(slots.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < slots.length; k++) {
      if (slots[k] === 0) continue;
      let slot = hashes[k] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[k];
      this.hashes[slot] = hashes[k];
    }
  }

  private forget(): void {
    this.hashes = new Int32Array(1 << 12);
    this.slots = new Int32Array(1 << 12);
    this.types = [];
    this.chars = new GrowableArray(new Uint16Array(1 << 14));
    this.charStarts = formStarts();
    this.seenGeneration = this.generation();
  }
}
