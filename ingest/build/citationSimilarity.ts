// Co-citation and bibliographic coupling between corpus papers, normalised with Salton's cosine (pure).
import { GrowableArray } from '../extract/rank/growable';

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
 * at a time into a dense scratch array, so memory stays linear in the items however many pairs there are. The groups'
 * members are kept in one flat array and each item's groups in compressed rows: a small array per group and per item
 * (170k of them for coupling at 20k papers) was most of this step's garbage. Pairs come out ascending by (a, b).
 */
export function countSharedPairs(
  groups: Iterable<readonly number[]>,
  itemCount: number,
  size: (item: number) => number,
  options: PairOptions,
): PairStrength[] {
  const index = indexGroups(groups, itemCount);
  const limit = options.perPaper;
  // Each item's strongest pairs so far, at most `limit` (StrongestPairs): a pair is kept when it is among
  // the `limit` strongest of either of its items, so these slots are all that is kept while counting. Storing every
  // pair that passed the thresholds first (as keepStrongestPerItem does) grew with the square of the papers citing a
  // popular work: on 20k papers whose 20 most cited works each have a fifth of them as citers, 16 s, and at 50k the
  // process ran out of memory.
  const bounded = Number.isFinite(limit) && limit >= 0 && itemCount * limit <= 2 ** 28;
  if (!bounded) {
    const pairs: PairStrength[] = [];
    forEachCountedPair(index, size, options, true, (a, b, count, weight) => pairs.push({ a, b, count, weight }));
    return keepStrongestPerItem(pairs, limit);
  }
  const slots = new StrongestPairs(itemCount, limit);
  // The slots keep the same pairs whatever order they are offered in (the order of strength is total), so partners
  // are visited unsorted.
  forEachCountedPair(index, size, options, false, (a, b, count, weight) => {
    slots.offer(a, b, count, weight);
    slots.offer(b, a, count, weight);
  });
  return slots.pairs();
}

/**
 * Each item's `limit` strongest pairs, kept in fixed slots, best first: higher weight, then higher count, then the pair
 * first in ascending (a, b) order (keepStrongestPerItem's order). A class, not closures made per call: the loader that
 * runs the pipeline from TypeScript (tsx: the tests and tools; the CLI runs a build without it) names every arrow
 * function as it is created, which cost more than the counting itself when a closure was made per offered pair.
 */
class StrongestPairs {
  private readonly partner: Int32Array;
  private readonly count: Int32Array;
  private readonly weight: Float64Array;
  private readonly filled: Int32Array;

  constructor(
    private readonly itemCount: number,
    private readonly limit: number,
  ) {
    this.partner = new Int32Array(itemCount * limit);
    this.count = new Int32Array(itemCount * limit);
    this.weight = new Float64Array(itemCount * limit);
    this.filled = new Int32Array(itemCount);
  }

  /** Whether pair (lower, upper) with `count` and `weight` is stronger than the pair in `slot` of `item`. */
  private beats(slot: number, item: number, lower: number, upper: number, count: number, weight: number): boolean {
    if (weight !== this.weight[slot]) return weight > this.weight[slot];
    if (count !== this.count[slot]) return count > this.count[slot];
    const slotOther = this.partner[slot];
    const slotLower = Math.min(item, slotOther);
    return lower !== slotLower ? lower < slotLower : upper < Math.max(item, slotOther);
  }

  /** Offer pair (item, other) to item's slots: kept when among its `limit` strongest so far. */
  offer(item: number, other: number, count: number, weight: number): void {
    const { limit } = this;
    const base = item * limit;
    let at = this.filled[item];
    const lower = Math.min(item, other);
    const upper = Math.max(item, other);
    if (at === limit) {
      if (limit === 0 || !this.beats(base + limit - 1, item, lower, upper, count, weight)) return;
      at = limit - 1;
    } else {
      this.filled[item] = at + 1;
    }
    // Insertion into the sorted slots: shift the weaker ones down.
    while (at > 0 && this.beats(base + at - 1, item, lower, upper, count, weight)) {
      this.partner[base + at] = this.partner[base + at - 1];
      this.count[base + at] = this.count[base + at - 1];
      this.weight[base + at] = this.weight[base + at - 1];
      at -= 1;
    }
    this.partner[base + at] = other;
    this.count[base + at] = count;
    this.weight[base + at] = weight;
  }

  private keeps(item: number, partner: number): boolean {
    const base = item * this.limit;
    for (let slot = base; slot < base + this.filled[item]; slot += 1) if (this.partner[slot] === partner) return true;
    return false;
  }

  /** The kept pairs, each once, ascending by (a, b): a pair both ends keep is given by its lower end's slots. */
  pairs(): PairStrength[] {
    const pairs: PairStrength[] = [];
    for (let item = 0; item < this.itemCount; item += 1) {
      const base = item * this.limit;
      for (let slot = base; slot < base + this.filled[item]; slot += 1) {
        const other = this.partner[slot];
        if (other > item || !this.keeps(other, item)) {
          pairs.push({ a: Math.min(item, other), b: Math.max(item, other), count: this.count[slot], weight: this.weight[slot] });
        }
      }
    }
    return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
  }
}

/** Groups and their members in compressed rows, both ways. */
interface GroupIndex {
  itemCount: number;
  /** Group g's members, ascending and distinct: members[groupStart[g] .. groupStart[g + 1]). */
  groupStart: Int32Array;
  members: Int32Array;
  /** Item i's groups, ascending: itemGroups[itemStart[i] .. itemStart[i + 1]). */
  itemStart: Int32Array;
  itemGroups: Int32Array;
}

/** The groups of two or more members, indexed (see GroupIndex). */
function indexGroups(groups: Iterable<readonly number[]>, itemCount: number): GroupIndex {
  const groupStart = new GrowableArray(new Int32Array(1024));
  const members = new GrowableArray(new Int32Array(4096));
  groupStart.push(0);
  const itemStart = new Int32Array(itemCount + 1);
  for (const list of groups) {
    if (list.length < 2) continue;
    let ascending = true;
    for (let at = 1; at < list.length && ascending; at += 1) ascending = list[at - 1] < list[at];
    const sorted = ascending ? list : [...new Set(list)].sort((x, y) => x - y);
    for (const member of sorted) {
      members.push(member);
      itemStart[member + 1] += 1;
    }
    groupStart.push(members.length);
  }
  for (let item = 0; item < itemCount; item += 1) itemStart[item + 1] += itemStart[item];
  const itemGroups = new Int32Array(itemStart[itemCount]);
  const fill = itemStart.slice(0, itemCount);
  const groupCount = groupStart.length - 1;
  const starts = groupStart.array;
  const flat = members.array;
  for (let group = 0; group < groupCount; group += 1) {
    for (let at = starts[group]; at < starts[group + 1]; at += 1) itemGroups[fill[flat[at]]++] = group;
  }
  return { itemCount, groupStart: starts, members: flat, itemStart, itemGroups };
}

/**
 * Every pair (a < b) sharing at least `minCount` groups with a cosine of at least `minWeight`, passed to `visit` with
 * its count and cosine (capped at 1): by ascending a, and by ascending b when `ascending`. Counted one item at a time into a dense scratch
 * array, so memory stays linear in the items however many pairs there are.
 */
function forEachCountedPair(
  { itemCount, itemStart, itemGroups, groupStart: starts, members: flat }: GroupIndex,
  size: (item: number) => number,
  options: PairOptions,
  ascending: boolean,
  visit: (a: number, b: number, count: number, weight: number) => void,
): void {
  const scratch = new Int32Array(itemCount);
  const touched = new Int32Array(itemCount);
  for (let a = 0; a < itemCount; a += 1) {
    let touchedCount = 0;
    for (let j = itemStart[a]; j < itemStart[a + 1]; j += 1) {
      const group = itemGroups[j];
      for (let at = starts[group + 1] - 1; at >= starts[group] && flat[at] > a; at -= 1) {
        const b = flat[at];
        if (scratch[b] === 0) touched[touchedCount++] = b;
        scratch[b] += 1;
      }
    }
    // Only the partners sharing enough are sorted, when asked (most share one group: sorting them all was most of the step).
    let partnerCount = 0;
    for (let t = 0; t < touchedCount; t += 1) {
      const b = touched[t];
      if (scratch[b] >= options.minCount) touched[partnerCount++] = b;
      else scratch[b] = 0;
    }
    const partners = ascending ? touched.subarray(0, partnerCount).sort() : touched.subarray(0, partnerCount);
    for (let t = 0; t < partnerCount; t += 1) {
      const b = partners[t];
      const count = scratch[b];
      scratch[b] = 0;
      const weight = count / Math.sqrt(size(a) * size(b));
      if (weight >= options.minWeight) visit(a, b, count, Math.min(1, weight));
    }
  }
}

/**
 * Keep each pair that is among the `limit` strongest of either end (ties: higher count, then lower index); pairs are
 * distinct (a, b) and come back ascending by (a, b). Each item's pairs are indices in compressed rows, sorted only
 * when there are more than `limit` of them (a list per item in a Map, each sorted, was a fifth of coupling).
 */
export function keepStrongestPerItem(pairs: PairStrength[], limit: number): PairStrength[] {
  const order = (x: PairStrength, y: PairStrength) =>
    y.weight - x.weight || y.count - x.count || x.a - y.a || x.b - y.b;
  let items = 0;
  for (const { a, b } of pairs) items = Math.max(items, a + 1, b + 1);
  const start = new Int32Array(items + 1);
  for (const { a, b } of pairs) {
    start[a + 1] += 1;
    start[b + 1] += 1;
  }
  for (let item = 0; item < items; item += 1) start[item + 1] += start[item];
  const fill = start.slice(0, items);
  const byItem = new Int32Array(start[items]);
  pairs.forEach(({ a, b }, index) => {
    byItem[fill[a]++] = index;
    byItem[fill[b]++] = index;
  });
  const kept = new Uint8Array(pairs.length);
  for (let item = 0; item < items; item += 1) {
    const from = start[item];
    const to = start[item + 1];
    if (to - from <= limit) {
      for (let at = from; at < to; at += 1) kept[byItem[at]] = 1;
      continue;
    }
    const strongest = Array.from(byItem.subarray(from, to)).sort((x, y) => order(pairs[x], pairs[y]));
    for (let at = 0; at < limit; at += 1) kept[strongest[at]] = 1;
  }
  const result = pairs.filter((_, index) => kept[index] === 1);
  let ascending = true;
  for (let at = 1; at < result.length && ascending; at += 1) {
    ascending = result[at - 1].a < result[at].a || (result[at - 1].a === result[at].a && result[at - 1].b < result[at].b);
  }
  return ascending ? result : result.sort((x, y) => x.a - y.a || x.b - y.b);
}
