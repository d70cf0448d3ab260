// WordNet's multiword nouns: the established terms a generic head may end (concepts.ts keeps them whole).
import { describe, expect, it } from 'vitest';
import { isComparativeCompound, isWordNetCompound } from '../../../ingest/extract/wordnetCompounds';

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
