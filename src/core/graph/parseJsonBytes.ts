// JSON from bytes, for graph files larger than the browser's longest string (readGraphText.ts): the top-level object's
// values are parsed one by one, and a value that is an array element by element, each from its own slice of the bytes.
//
// Why by hand: JSON.parse needs the whole text as one string, which a graph of 100k papers with abstracts (637 MB,
// measured) does not fit in; streaming JSON libraries parse every token in JavaScript, several times slower than
// JSON.parse on each node and edge. Only the boundaries of values are found here (strings, brackets); every value
// itself is still read by JSON.parse, so what it accepts and builds is JSON.parse's.

import { CLOSE_ARRAY, CLOSE_OBJECT, COLON, COMMA, isSpace, OPEN_ARRAY, OPEN_OBJECT, QUOTE, skipSpace, skipString } from '../../shared/jsonBytes';

/** How often a long read reports progress, in bytes parsed. */
export const PROGRESS_EVERY_BYTES = 16 * 2 ** 20;

class JsonBytes {
  // Not fatal: bytes that are no UTF-8 become U+FFFD, as in the text Blob.text() gives JSON.parse.
  readonly decoder = new TextDecoder('utf-8');
  at = 0;
  private reported = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly onProgress: ((done: number, total: number) => void) | undefined,
    private readonly progressEvery: number,
  ) {
    // A UTF-8 byte order mark, which JSON.parse of the decoded text would not see either (TextDecoder drops it).
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.at = 3;
  }

  fail(what: string): never {
    throw new SyntaxError(`Not a JSON file: ${what} at byte ${this.at}.`);
  }

  skipSpace(): void {
    this.at = skipSpace(this.bytes, this.at);
  }

  peek(): number {
    return this.at < this.bytes.length ? this.bytes[this.at] : -1;
  }

  expect(byte: number, what: string): void {
    this.skipSpace();
    if (this.peek() !== byte) this.fail(`expected ${what}`);
    this.at++;
  }

  /** The end (exclusive) of the value starting at `at`: a string, a container with its strings, or a scalar. */
  valueEnd(): number {
    const bytes = this.bytes;
    let i = this.at;
    const first = bytes[i];
    if (first === QUOTE) return this.stringEnd(i);
    if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
      let depth = 0;
      for (; i < bytes.length; i++) {
        const byte = bytes[i];
        if (byte === QUOTE) i = this.stringEnd(i) - 1;
        else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
        else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
          depth--;
          if (depth === 0) return i + 1;
        }
      }
      return this.fail('a value that does not end');
    }
    while (i < bytes.length) {
      const byte = bytes[i];
      if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || isSpace(byte)) break;
      i++;
    }
    if (i === this.at) this.fail('a missing value');
    return i;
  }

  stringEnd(start: number): number {
    const end = skipString(this.bytes, start);
    return end === -1 ? this.fail('a string that does not end') : end;
  }

  /** The value at `at`, read by JSON.parse from its own bytes; `at` moves past it. */
  value(): unknown {
    this.skipSpace();
    if (this.at >= this.bytes.length) this.fail('a missing value');
    const end = this.valueEnd();
    const text = this.decoder.decode(this.bytes.subarray(this.at, end));
    const at = this.at;
    this.at = end;
    try {
      return JSON.parse(text);
    } catch (error) {
      this.at = at;
      return this.fail((error as Error).message);
    }
  }

  /** An array at `at`, each element read by `value`. */
  array(): unknown[] {
    this.expect(OPEN_ARRAY, '[');
    const items: unknown[] = [];
    this.skipSpace();
    if (this.peek() === CLOSE_ARRAY) {
      this.at++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      if (this.onProgress && this.at - this.reported >= this.progressEvery) {
        this.reported = this.at;
        this.onProgress(this.at, this.bytes.length);
      }
      this.skipSpace();
      const byte = this.peek();
      this.at++;
      if (byte === CLOSE_ARRAY) return items;
      if (byte !== COMMA) this.fail('expected , or ]');
    }
  }

  /** The top-level object: its arrays element by element, its other values whole. */
  object(): Record<string, unknown> {
    this.expect(OPEN_OBJECT, '{');
    const result: Record<string, unknown> = {};
    this.skipSpace();
    if (this.peek() === CLOSE_OBJECT) {
      this.at++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.peek() !== QUOTE) this.fail('expected a key');
      const key = this.value() as string;
      this.expect(COLON, ':');
      this.skipSpace();
      const value = this.peek() === OPEN_ARRAY ? this.array() : this.value();
      // As JSON.parse does, `__proto__` is an own key, never the object's prototype; a repeated key keeps its last value.
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      this.skipSpace();
      const byte = this.peek();
      this.at++;
      if (byte === CLOSE_OBJECT) return result;
      if (byte !== COMMA) this.fail('expected , or }');
    }
  }
}

/**
 * The JSON document in `bytes` (UTF-8), as JSON.parse of its text gives it, for a document whose top level is an object
 * (a graphology file); any other document is decoded and parsed whole. Throws a SyntaxError "Not a JSON file: … at
 * byte N." where JSON.parse would throw. `onProgress` hears the bytes parsed every `progressEvery` bytes of array
 * elements, and once at the end.
 */
export function parseJsonBytes(
  bytes: Uint8Array,
  onProgress?: (done: number, total: number) => void,
  progressEvery = PROGRESS_EVERY_BYTES,
): unknown {
  const reader = new JsonBytes(bytes, onProgress, progressEvery);
  reader.skipSpace();
  if (reader.peek() !== OPEN_OBJECT) {
    try {
      return JSON.parse(reader.decoder.decode(bytes));
    } catch (error) {
      return reader.fail((error as Error).message);
    }
  }
  const result = reader.object();
  reader.skipSpace();
  if (reader.at < bytes.length) reader.fail('text after the end');
  onProgress?.(bytes.length, bytes.length);
  return result;
}
