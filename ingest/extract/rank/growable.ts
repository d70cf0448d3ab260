// Growable typed arrays: per-corpus tables whose sizes are known only once the corpus has been read.
type NumberArray = Int32Array | Uint16Array | Uint8Array | Float64Array;

/**
 * A typed array that doubles when full, read back trimmed. Per-document results go into one of these for the whole
 * corpus rather than into small arrays or maps per document: each small typed array has a backing store of its own,
 * and 20k documents' worth of them were steady garbage-collection work.
 */
export class GrowableArray<T extends NumberArray> {
  length = 0;
  constructor(public array: T) {}

  push(value: number): void {
    if (this.length === this.array.length) this.reserve(this.length + 1);
    this.array[this.length++] = value;
  }

  /** Room for at least `size` entries (the array may be replaced: read `array` after calling). */
  reserve(size: number): void {
    if (size > this.array.length) this.array = grownTo(this.array, size);
  }

  /** Pushes source[from, to). */
  append(source: T, from: number, to: number): void {
    if (to <= from) return;
    this.reserve(this.length + to - from);
    // Short runs (words) by a loop, which costs less than making a subarray to copy natively; long runs natively.
    if (to - from < 32) for (let i = from; i < to; i++) this.array[this.length++] = source[i];
    else {
      this.array.set(source.subarray(from, to), this.length);
      this.length += to - from;
    }
  }

  /** Starts again from no entries, keeping the array. */
  clear(): void {
    this.length = 0;
  }

  /** The entries pushed so far, in an array of their own. */
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

/** A copy of `array` at least `size` long, and at least twice as long (so growing one entry at a time stays linear),
 * zeros after its values. */
export function grownTo<T extends NumberArray>(array: T, size: number): T {
  const bigger = new (array.constructor as new (size: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}
