import { describe, expect, it } from 'vitest';
import { countFunctionWords } from '../../../ingest/sources/functionWords';

const ENGLISH = new Set(['the', 'of', 'and', 'for', 'with']);
const OTHER = new Set(['der', 'und', 'más', 'que', 'y', 'et', 'della']);

/** The counts as the listing reader took them before: every word of the lower-cased text, looked up one by one. */
function bySplitting(text: string) {
  let first = 0;
  let second = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) first++;
    if (OTHER.has(word)) second++;
  }
  return { first, second };
}

describe('countFunctionWords', () => {
  it('counts the words of each list, in any case, whole words only', () => {
    expect(countFunctionWords('The Theory of the Other and THE rest', ENGLISH, OTHER)).toEqual({ first: 5, second: 0 });
    expect(countFunctionWords('Der Ansatz und der Rest, y más que eso.', ENGLISH, OTHER)).toEqual({ first: 0, second: 6 });
  });

  it('agrees with splitting the text into words, across scripts and at word edges', () => {
    const texts = [
      '',
      'the',
      'de la y del Más QUE; et al. della-della',
      'théorie the über und 𝐀𝐁 und 𝐝𝐞𝐫 der',
      'İL and ſe and Ⅻ of ﬁ the',
      'Ａｎｄ and 日本語のthe文 und',
      'a\ud800the lone surrogate and',
      'thethe theory andy yes ydella',
    ];
    for (const text of texts) expect(countFunctionWords(text, ENGLISH, OTHER)).toEqual(bySplitting(text));
  });
});
