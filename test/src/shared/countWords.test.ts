// Counts as words: one helper for the app and the shared exchange code, singular for exactly one.
import { describe, expect, it } from 'vitest';
import { countOf as appCountOf } from '../../../src/core/format';
import { countOf, wordFor } from '../../../src/shared/countWords';

describe('countOf', () => {
  it('writes one in the singular and every other count in the plural, grouped by the locale given', () => {
    expect(countOf(1, 'node', undefined, 'en')).toBe('1 node');
    expect(countOf(0, 'node', undefined, 'en')).toBe('0 nodes');
    expect(countOf(1234, 'edge', undefined, 'en')).toBe('1,234 edges');
    expect(countOf(2, 'community', 'communities', 'en')).toBe('2 communities');
    expect(wordFor(1, 'cluster')).toBe('cluster');
    expect(wordFor(3, 'cluster')).toBe('clusters');
  });

  it('is the same helper the app uses', () => {
    expect(appCountOf).toBe(countOf);
  });
});
