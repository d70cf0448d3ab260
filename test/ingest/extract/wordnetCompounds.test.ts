// WordNet's multiword nouns: the established terms a generic head may end (concepts.ts keeps them whole).
import { describe, expect, it } from 'vitest';
import { isComparativeCompound, isWordNetCompound, readNounLemmas } from '../../../ingest/extract/wordnetCompounds';

describe('isWordNetCompound', () => {
  it('knows lexicalised nouns, of two words or more, with a generic head among them', () => {
    expect(isWordNetCompound(['test', 'case'])).toBe(true);
    expect(isWordNetCompound(['higher', 'education'])).toBe(true);
    expect(isWordNetCompound(['political', 'economy'])).toBe(true);
    expect(isWordNetCompound(['quality', 'of', 'life'])).toBe(true);
  });

  it('knows no free combination of a modifier and a head', () => {
    expect(isWordNetCompound(['adult', 'patient'])).toBe(false);
    expect(isWordNetCompound(['previous', 'study'])).toBe(false);
    expect(isWordNetCompound(['model'])).toBe(false);
  });

  it('still answers the comparative compounds the chunker asks about', () => {
    expect(isComparativeCompound('higher', 'education')).toBe(true);
    expect(isComparativeCompound('higher', 'accuracy')).toBe(false);
  });
});

describe('readNounLemmas', () => {
  it("sorts an index's lemmas into one-word nouns, compounds and comparative compounds, skipping the licence header", () => {
    const index = [
      '  1 This software and database is being provided to you, the LICENSEE, by  ',
      'abandon n 1 1 @ 1 0 05228018',
      'x-ray n 2 2 @ ~ 2 0 04230808 06294158',
      'higher_education n 1 1 @ 1 0 08410282',
      'quality_of_life n 1 1 @ 1 0 04839922',
      "rock_'n'_roll n 1 1 @ 1 0 07060097",
      '3-d n 1 1 @ 1 0 05014614',
      'her_majesty n 1 1 @ 1 0 06333653',
      '_bad n 1',
      'bad__line n 1',
      'nospace',
    ].join('\n');
    const { singles, compounds, comparatives } = readNounLemmas(index);
    expect([...singles]).toEqual(['abandon', 'x-ray']);
    expect([...compounds]).toEqual(['higher education', 'quality of life', "rock 'n' roll", 'her majesty']);
    expect([...comparatives]).toEqual(['higher education', 'her majesty']);
  });
});
