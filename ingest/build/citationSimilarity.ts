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
 * paper), every pair of its members gains one. `size(i)` is each item's own total for the cosine. Counted one item
 * at a time into a dense scratch array, so memory stays linear in the items however many pairs there are.
 */
export function countSharedPairs(
  groups: Iterable<readonly number[]>,
  itemCount: number,
  size: (item: number) => number,
  options: PairOptions,
): PairStrength[] {
  const lists: (readonly number[])[] = [];
  const groupsOf: number[][] = Array.from({ length: itemCount }, () => []);
  for (const members of groups) {
    if (members.length < 2) continue;
    let ascending = true;
    for (let at = 1; at < members.length && ascending; at += 1) ascending = members[at - 1] < members[at];
    const sorted = ascending ? members : [...new Set(members)].sort((x, y) => x - y);
    for (const member of sorted) groupsOf[member].push(lists.length);
    lists.push(sorted);
  }
  const scratch = new Int32Array(itemCount);
  const touched: number[] = [];
  const pairs: PairStrength[] = [];
  for (let a = 0; a < itemCount; a += 1) {
    for (const group of groupsOf[a]) {
      const members = lists[group];
      for (let at = members.length - 1; at >= 0 && members[at] > a; at -= 1) {
        const b = members[at];
        if (scratch[b] === 0) touched.push(b);
        scratch[b] += 1;
      }
    }
    for (const b of touched) {
      const count = scratch[b];
      scratch[b] = 0;
      if (count < options.minCount) continue;
      const weight = count / Math.sqrt(size(a) * size(b));
      if (weight >= options.minWeight) pairs.push({ a, b, count, weight: Math.min(1, weight) });
    }
    touched.length = 0;
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
