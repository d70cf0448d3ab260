// Growable typed arrays: per-corpus tables whose sizes are known only once the corpus has been read.
type NumberArray = Int32Array | Uint16Array | Uint8Array | Float64Array;
type NumberArrayConstructor = (new (size: number) => NumberArray) & (new (buffer: ArrayBufferLike) => NumberArray) & { BYTES_PER_ELEMENT: number };

/**
 * A typed array that doubles when full, read back trimmed. Per-document results go into one of these for the whole
 * corpus rather than into small arrays or maps per document: each small typed array has a backing store of its own,
 * and 20k documents' worth of them were steady garbage-collection work.
 */
export class GrowableArray<T extends NumberArray> {
  length = 0;
  /** The capacity of an array given away by `take`: the next one is made at least this large when first needed. */
  private capacityTaken = 0;
  constructor(
    public array: T,
    /** Whether arrays made as it grows are in shared memory, so that what `take` gives is posted to other threads
     * without a copy (a SharedArrayBuffer is shared, not cloned). */
    private readonly shared = false,
  ) {}

  private allocate(size: number): T {
    const type = this.array.constructor as NumberArrayConstructor;
    return (this.shared ? new type(new SharedArrayBuffer(size * type.BYTES_PER_ELEMENT)) : new type(size)) as T;
  }

  push(value: number): void {
    if (this.length === this.array.length) this.reserve(this.length + 1);
    this.array[this.length++] = value;
  }

  /** Room for at least `size` entries (the array may be replaced: read `array` after calling). */
  reserve(size: number): void {
    if (size <= this.array.length) return;
    const bigger = this.allocate(Math.max(size, this.array.length * 2, this.capacityTaken));
    bigger.set(this.array);
    this.array = bigger;
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

  /**
   * The entries pushed so far as a view of the array itself, which this one then gives up: it starts again from no
   * entries, in an array of the same capacity made at the first push. For large tables, where done()'s copy (and the
   * new memory it fills) costs more than the unused capacity the view keeps (100k papers' candidate tables: ~0.3 s).
   * The view keeps the whole array's buffer: posted to a thread in a structured clone, all of it is copied, unless the
   * array is in shared memory (see `shared`).
   */
  take(): T {
    const taken = this.array.subarray(0, this.length) as T;
    this.capacityTaken = this.array.length;
    this.array = this.allocate(0);
    this.length = 0;
    return taken;
  }
}
