// Distinct strings numbered in the order they were added, found by the characters of a span of a longer text.
import { GrowableArray } from './rank/growable';

/**
 * A table of distinct strings, entry k the k-th added, looked up by a span `text[start, end)` in place: by a hash of
 * its characters, checked against the entry's characters, so a span already known costs no string. Hand-written for
 * speed: a Map looked up per token needs a fresh string (a slice, hashed again by the Map), which was the largest
 * single cost of tagging 20k papers and of building their TF-IDF matrix.
 */
export class SpanIndex {
  private hashes = new Int32Array(1 << 12);
  /** Entry + 1 per slot, 0 for an empty slot (open addressing, linear probing). */
  private slots = new Int32Array(1 << 12);
  // Each entry's characters, side by side: a candidate is checked against these rather than through a string (more
  // objects to fetch from scattered memory for every lookup).
  private chars = new GrowableArray(new Uint16Array(1 << 14));
  /** Entry k's characters are chars[starts[k] .. starts[k + 1]). */
  private starts = new GrowableArray(new Int32Array(1 << 12));

  constructor() {
    this.starts.push(0);
  }

  /** Number of entries. */
  get size(): number {
    return this.starts.length - 1;
  }

  /** The entry equal to `text[start, end)`, or -1. */
  find(text: string, start: number, end: number): number {
    return this.findHashed(text, start, end, hashOfSpan(text, start, end));
  }

  /** `find` for a caller that computed the span's hash as it read it (hashOfSpan's value, built with hashStep). */
  findHashed(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) return -1;
      if (this.hashes[slot] !== hash) continue;
      const from = this.starts.array[entry - 1];
      const length = this.starts.array[entry] - from;
      if (length !== end - start) continue;
      const chars = this.chars.array;
      let k = 0;
      while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return entry - 1;
    }
  }

  /** Adds `key` (not in the table: `find` gave -1 for it) and returns its entry. */
  add(key: string): number {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    for (let k = 0; k < key.length; k++) this.chars.push(key.charCodeAt(k));
    this.starts.push(this.chars.length);
    const hash = hashOfSpan(key, 0, key.length);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = this.size;
    this.hashes[slot] = hash;
    return this.size - 1;
  }

  private grow(): void {
    const { hashes, slots } = this;
    this.hashes = new Int32Array(slots.length * 2);
    this.slots = new Int32Array(slots.length * 2);
    const mask = this.slots.length - 1;
    for (let k = 0; k < slots.length; k++) {
      if (slots[k] === 0) continue;
      let slot = hashes[k] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[k];
      this.hashes[slot] = hashes[k];
    }
  }
}

/** The hash of an empty span: hashStep from here over a span's code units gives hashOfSpan. */
export const HASH_START = 0x811c9dc5 | 0;

/** FNV-1a's step for one UTF-16 code unit. */
export function hashStep(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, 0x01000193);
}

/** FNV-1a over the span's UTF-16 code units. */
export function hashOfSpan(text: string, start: number, end: number): number {
  let hash = HASH_START;
  for (let k = start; k < end; k++) hash = hashStep(hash, text.charCodeAt(k));
  return hash;
}
