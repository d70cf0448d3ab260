// Counting a text's function words (words of two lists) in one scan, without splitting the text into an array of words.
//
// Why: the listing reader asks of every abstract how many English and other-language function words it holds
// (writtenInAnotherLanguage). `text.toLowerCase().match(/\p{L}+/gu)` then a set lookup per word built an array of
// every word of every abstract, and a string per word to hash: the largest part of reading a large listing page (about
// a quarter at 100k papers).
import { ASCII_LETTER, LETTER } from '../letterCounts';

/** Longest word packed into a number: 27^6 < 2^31, so six letters a–z as base-27 digits (1–26) stay a small integer. */
const MOST_PACKED = 6;

/** A word of letters a–z, at most MOST_PACKED of them, as one number (distinct words, distinct numbers); -1 otherwise. */
function packWord(word: string): number {
  if (word.length > MOST_PACKED) return -1;
  let packed = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return -1;
    packed = packed * 27 + (code - 96);
  }
  return packed;
}

interface WordList {
  /** The list's words of letters a–z, packed; the others (non-ASCII, long) as strings. */
  packed: Set<number>;
  other: ReadonlySet<string>;
  longest: number;
}

const lists = new WeakMap<ReadonlySet<string>, WordList>();

function wordList(words: ReadonlySet<string>): WordList {
  let list = lists.get(words);
  if (list === undefined) {
    const packed = new Set<number>();
    const other = new Set<string>();
    let longest = 0;
    for (const word of words) {
      longest = Math.max(longest, word.length);
      const code = packWord(word);
      if (code >= 0) packed.add(code);
      else other.add(word);
    }
    list = { packed, other, longest };
    lists.set(words, list);
  }
  return list;
}

export interface FunctionWordCounts {
  /** Words of `text` in the first list, then in the second (a word in both counts in both). */
  first: number;
  second: number;
}

/**
 * How many words of `text` are in `first` and in `second`: a word is a maximal run of letters (`\p{L}`, by code point)
 * of the lower-cased text, so the counts equal those of `text.toLowerCase().match(/\p{L}+/gu)` looked up one by one. A
 * word of letters a–z is looked up as the number packWord makes of it, without cutting it out of the text; a longer
 * word than any listed is not looked up at all.
 */
export function countFunctionWords(text: string, first: ReadonlySet<string>, second: ReadonlySet<string>): FunctionWordCounts {
  const a = wordList(first);
  const b = wordList(second);
  const longest = Math.max(a.longest, b.longest);
  const lower = text.toLowerCase();
  let inFirst = 0;
  let inSecond = 0;
  /** Where the current word starts (-1: between words), its letters a–z packed while it has only those (-1 then not). */
  let start = -1;
  let packed = 0;
  const end = lower.length;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? lower.charCodeAt(i) : 32;
    let letter: boolean;
    let width = 1;
    if (code < 128) {
      letter = ASCII_LETTER[code] === 1;
    } else {
      const point = lower.codePointAt(i)!;
      if (point > 0xffff) width = 2;
      letter = LETTER.test(String.fromCodePoint(point));
    }
    if (letter) {
      if (start === -1) {
        start = i;
        packed = 0;
      }
      // A letter outside a–z, or a seventh letter, ends packing: the word is then looked up as a string if short enough.
      if (packed >= 0) packed = code >= 97 && code <= 122 && i - start < MOST_PACKED ? packed * 27 + (code - 96) : -1;
    } else if (start !== -1) {
      if (packed >= 0) {
        if (a.packed.has(packed)) inFirst++;
        if (b.packed.has(packed)) inSecond++;
      } else if (i - start <= longest) {
        const word = lower.slice(start, i);
        if (a.other.has(word)) inFirst++;
        if (b.other.has(word)) inSecond++;
      }
      start = -1;
    }
    i += width - 1;
  }
  return { first: inFirst, second: inSecond };
}
