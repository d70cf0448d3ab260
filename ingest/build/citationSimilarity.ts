// Co-citation and bibliographic coupling between corpus papers, normalised with Salton's cosine (pure).

export interface PairStrength {
  /** Paper indices, a < b. */
  a: number;
  b: number;
  /** Raw count: papers citing both (co-citation) or references shared (coupling). */
  count: number;
  /** Salton's cosine: count / √(n_a · n_b), in (0, 1]. */
  weight: number;
}

export interface PairOptions {
  /** Least raw count for an edge. */
  minCount: number;
  /** Least cosine for an edge. */
  minWeight: number;
  /** An edge is kept when it is among the `perPaper` strongest of at least one of its two papers. */
  perPaper: number;
}

/**
 * Count pairs of items that share a group: for each group (the citers of a work, or the cited papers of a citing
 * paper), every pair of its members gains one. `size(i)` is each item's own total for the cosine.
 */
export function countSharedPairs(
  groups: Iterable<readonly number[]>,
  itemCount: number,
  size: (item: number) => number,
  options: PairOptions,
): PairStrength[] {
  const counts = new Map<number, number>();
  for (const members of groups) {
    if (members.length < 2) continue;
    for (let i = 0; i < members.length; i += 1) {
      const base = members[i] * itemCount;
      for (let j = i + 1; j < members.length; j += 1) {
        const key = base + members[j];
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: PairStrength[] = [];
  for (const [key, count] of counts) {
    if (count < options.minCount) continue;
    const a = Math.floor(key / itemCount);
    const b = key % itemCount;
    const weight = count / Math.sqrt(size(a) * size(b));
    if (weight >= options.minWeight) pairs.push({ a, b, count, weight: Math.min(1, weight) });
  }
  return keepStrongestPerItem(pairs, options.perPaper);
}

/** Keep each pair that is among the `limit` strongest of either end (ties: higher count, then lower index). */
export function keepStrongestPerItem(pairs: PairStrength[], limit: number): PairStrength[] {
  const order = (x: PairStrength, y: PairStrength) =>
    y.weight - x.weight || y.count - x.count || x.a - y.a || x.b - y.b;
  const byItem = new Map<number, PairStrength[]>();
  for (const pair of pairs) {
    for (const item of [pair.a, pair.b]) {
      const list = byItem.get(item) ?? [];
      list.push(pair);
      byItem.set(item, list);
    }
  }
  const kept = new Set<PairStrength>();
  for (const list of byItem.values()) for (const pair of list.sort(order).slice(0, limit)) kept.add(pair);
  return [...kept].sort((x, y) => x.a - y.a || x.b - y.b);
}
