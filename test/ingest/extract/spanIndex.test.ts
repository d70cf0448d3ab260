import { describe, expect, it } from 'vitest';
import { SpanIndex } from '../../../ingest/extract/spanIndex';

describe('SpanIndex', () => {
  it('finds a span of a longer text by its characters, entries numbered in the order added', () => {
    const index = new SpanIndex();
    const text = 'graph neural networks on graphs';
    expect(index.find(text, 0, 5)).toBe(-1);
    expect(index.add('graph')).toBe(0);
    expect(index.add('graphs')).toBe(1);
    expect(index.find(text, 0, 5)).toBe(0);
    expect(index.find(text, 25, 31)).toBe(1);
    // Same first characters, other length; empty span.
    expect(index.find(text, 25, 30)).toBe(0);
    expect(index.find(text, 6, 12)).toBe(-1);
    expect(index.find(text, 3, 3)).toBe(-1);
    expect(index.size).toBe(2);
  });

  it('keeps every entry as it grows, astral characters included', () => {
    const index = new SpanIndex();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}😀`);
    words.forEach((word, i) => expect(index.add(word)).toBe(i));
    const text = words.join(' ');
    let start = 0;
    words.forEach((word, i) => {
      expect(index.find(text, start, start + word.length)).toBe(i);
      start += word.length + 1;
    });
    expect(index.find('w5000😀', 0, 7)).toBe(-1);
  });
});
