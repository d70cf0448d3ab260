import { describe, expect, it } from 'vitest';
import { countSharedPairs, keepStrongestPerItem, type PairOptions, type PairStrength } from '../../../ingest/build/citationSimilarity';
import { createRng } from '../../../src/shared';

/** Every pair sharing groups, counted the plain way (a map per pair), then thresholded: the definition. */
function allPairs(groups: number[][], size: (item: number) => number, options: PairOptions): PairStrength[] {
  const counts = new Map<string, number>();
  for (const group of groups) {
    const members = [...new Set(group)].sort((x, y) => x - y);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const key = `${members[i]},${members[j]}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: PairStrength[] = [];
  for (const [key, count] of counts) {
    const [a, b] = key.split(',').map(Number);
    const weight = count / Math.sqrt(size(a) * size(b));
    if (count >= options.minCount && weight >= options.minWeight) pairs.push({ a, b, count, weight: Math.min(1, weight) });
  }
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}

/** Groups with a few hubs (works cited by a large share of the papers) and a long tail of small ones. */
function hubbyGroups(items: number, seed: number): number[][] {
  const rng = createRng(seed);
  const groups: number[][] = [];
  for (let hub = 0; hub < 4; hub++) groups.push(Array.from({ length: items }, (_, i) => i).filter(() => rng() < 0.3));
  for (let g = 0; g < items * 2; g++) groups.push(Array.from({ length: 2 + Math.floor(rng() * 3) }, () => Math.floor(rng() * items)));
  return groups;
}

describe('countSharedPairs', () => {
  it('keeps exactly the pairs among the strongest of either paper, as filtering every pair does, ties included', () => {
    for (const seed of [1, 2, 3]) {
      const groups = hubbyGroups(300, seed);
      // Sizes from a few values only, so many pairs tie on weight and count and the tie rules decide.
      const size = (item: number) => 4 + (item % 3);
      for (const options of [
        { minCount: 1, minWeight: 0, perPaper: 1 },
        { minCount: 2, minWeight: 0.1, perPaper: 5 },
        { minCount: 1, minWeight: 0.2, perPaper: 3 },
      ]) {
        const expected = keepStrongestPerItem(allPairs(groups, size, options), options.perPaper);
        expect(expected.length).toBeGreaterThan(0);
        expect(countSharedPairs(groups, 300, size, options)).toEqual(expected);
      }
    }
  });

  it('keeps memory to a few pairs per paper when works are cited by a large share of the papers', () => {
    // 3,000 papers, four works each cited by ~900 of them: ~1.6 million pairs share a work, 5 kept per paper at most.
    const groups = hubbyGroups(3000, 4);
    const pairs = countSharedPairs(groups, 3000, () => 6, { minCount: 1, minWeight: 0, perPaper: 5 });
    expect(pairs.length).toBeLessThanOrEqual(3000 * 5);
    const perPaper = new Map<number, number>();
    for (const { a, b } of pairs) for (const item of [a, b]) perPaper.set(item, (perPaper.get(item) ?? 0) + 1);
    // Each pair is among the 5 strongest of at least one end: no paper is in more than 5 pairs it chose plus those
    // chosen by others, and every paper that shares a work has at least one pair.
    expect(perPaper.size).toBeGreaterThan(2900);
  });
});
