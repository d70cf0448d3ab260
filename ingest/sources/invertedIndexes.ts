// Rewrites OpenAlex's abstract indexes (`"abstract_inverted_index": {"word": [0, 5], …}`) before JSON.parse: a clean
// index becomes the string of its words in position order, any other becomes a list `["word", [0, 5], …]`.
//
// Why: V8 gives every object JSON.parse builds a hidden class per sequence of keys. An inverted index's keys are the
// abstract's words, so each work's index makes a hundred-odd hidden classes of its own: JSON.parse of a 20k-work
// download (65 MB) took 2.2–2.6 s of CPU, against 0.7 s with the same indexes written as lists (0.1 s without them).
// Even as lists, parsing them and putting the words back in order cost ~1.4 s of CPU there (three million small
// arrays and strings, read once and dropped), against ~0.1 s to parse the same download with each abstract as one
// string. So the words are put in order here, on the bytes, for every index where that order is plain: whole
// positions, no two words at one position, no word twice (the reader's dense path, see openAlex.ts); the rest, rare,
// are written as lists and rebuilt by the reader, which explains what is wrong with them.
// Outside the indexes the text is unchanged, so the rest of the document parses exactly as before.

import { BACKSLASH, CLOSE_ARRAY, CLOSE_OBJECT, COLON, COMMA, isSpace, OPEN_ARRAY, OPEN_OBJECT, QUOTE, skipSpace, skipString } from '../../src/shared/jsonBytes';
import { GrowableArray } from '../extract/rank/growable';

/** The field rewritten. */
export const INVERTED_INDEX_FIELD = 'abstract_inverted_index';

const KEY = Buffer.from(`"${INVERTED_INDEX_FIELD}"`);

/** String.prototype.isWellFormed (no lone surrogates): in Node 20, not yet in TypeScript's ES2023 library. */
function isWellFormed(text: string): boolean {
  return (text as string & { isWellFormed(): boolean }).isWellFormed();
}

/** Brackets still open while skipping a value (reused: one value at a time). Deeper values are left unrewritten. */
const openBrackets = new Uint8Array(256);

/** Whether a byte can be part of a list of numbers: digits, `-+.eE`, commas and spaces. */
function isNumberListByte(byte: number): boolean {
  return (byte >= 0x30 && byte <= 0x39) || byte === COMMA || byte === 0x2d || byte === 0x2b || byte === 0x2e || byte === 0x65 || byte === 0x45 || isSpace(byte);
}

/**
 * Offset after the value starting at `at`: a string, a container (brackets matched by kind, strings skipped), or a
 * scalar (up to the next delimiter; JSON.parse judges its spelling). -1 when brackets do not match or the text ends.
 */
function skipValue(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return skipString(bytes, at);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    let i = at;
    while (i < bytes.length) {
      const byte = bytes[i];
      if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || isSpace(byte)) break;
      i++;
    }
    return i > at ? i : -1;
  }
  // The usual value, a list of positions: straight to its closing bracket.
  if (first === OPEN_ARRAY) {
    let i = at + 1;
    while (i < bytes.length && isNumberListByte(bytes[i])) i++;
    if (bytes[i] === CLOSE_ARRAY) return i + 1;
  }
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      const end = skipString(bytes, i);
      if (end === -1) return -1;
      i = end - 1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (depth === openBrackets.length) return -1;
      openBrackets[depth++] = byte;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      if (depth === 0 || openBrackets[--depth] !== (byte === CLOSE_OBJECT ? OPEN_OBJECT : OPEN_ARRAY)) return -1;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Rewrite the object whose `{` is at `open` as a list, if it follows the object grammar at its own level (members
 * are `"word": value`, separated by commas); the values are left as they are. Returns the offset after it, or -1
 * (nothing changed) when it does not: a broken document then stays broken, and is reported as before.
 */
function listObject(bytes: Uint8Array, open: number): number {
  const colons: number[] = [];
  let at = skipSpace(bytes, open + 1);
  if (bytes[at] !== CLOSE_OBJECT) {
    for (;;) {
      if (bytes[at] !== QUOTE) return -1;
      at = skipString(bytes, at);
      if (at === -1) return -1;
      at = skipSpace(bytes, at);
      if (bytes[at] !== COLON) return -1;
      colons.push(at);
      at = skipValue(bytes, skipSpace(bytes, at + 1));
      if (at === -1) return -1;
      at = skipSpace(bytes, at);
      if (bytes[at] === CLOSE_OBJECT) break;
      if (bytes[at] !== COMMA) return -1;
      at = skipSpace(bytes, at + 1);
    }
  }
  bytes[open] = OPEN_ARRAY;
  for (const colon of colons) bytes[colon] = COMMA;
  bytes[at] = CLOSE_ARRAY;
  return at + 1;
}

/** rebuildObject's scratch, reused from index to index (each is emptied when an index starts and grows as needed). */
const scratch = {
  /** Per member: the raw bytes of its word, [wordStart, wordEnd), escapes as written. */
  wordStart: new GrowableArray(new Int32Array(256)),
  wordEnd: new GrowableArray(new Int32Array(256)),
  /** Per member: where its word's own bytes are, to tell repeated words apart: -1 for the raw bytes (a word without
   * escapes), else the start of its decoded bytes in `decoded` (then they end at decodedEnd). */
  decodedStart: new GrowableArray(new Int32Array(256)),
  decodedEnd: new GrowableArray(new Int32Array(256)),
  decoded: new GrowableArray(new Uint8Array(256)),
  /** Per member: FNV-1a hash of its word's own bytes (decoded when escaped), computed as the word is read. */
  wordHash: new GrowableArray(new Int32Array(256)),
  /** Per position read: the member it belongs to and its value. */
  positionMember: new GrowableArray(new Int32Array(1024)),
  positionValue: new GrowableArray(new Int32Array(1024)),
  /** By position: the member placed there, or -1 (only reserved and filled, never pushed). */
  slot: new GrowableArray(new Int32Array(1024)),
  /** Open-addressing table of members by a hash of their word's bytes (member + 1; 0 is empty; reserved and filled). */
  table: new GrowableArray(new Int32Array(1024)),
};

const SPACE = 0x20;
/** FNV-1a, 32 bits: the hash telling repeated words apart. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** More digits than this, and a position is past any abstract's length anyway: left to the reader. */
const MAX_POSITION_DIGITS = 9;

/** A member's word as UTF-8 bytes: the source holding them and their range. */
function wordBytes(bytes: Uint8Array, member: number): [Uint8Array, number, number] {
  const start = scratch.decodedStart.array[member];
  return start === -1 ? [bytes, scratch.wordStart.array[member], scratch.wordEnd.array[member]] : [scratch.decoded.array, start, scratch.decodedEnd.array[member]];
}

/** Whether two members' words are the same (compared decoded: "\u0041" and "A" are one word to JSON.parse). */
function sameWord(bytes: Uint8Array, a: number, b: number): boolean {
  const [sourceA, startA, endA] = wordBytes(bytes, a);
  const [sourceB, startB, endB] = wordBytes(bytes, b);
  if (endA - startA !== endB - startB) return false;
  for (let i = 0; i < endA - startA; i++) if (sourceA[startA + i] !== sourceB[startB + i]) return false;
  return true;
}

/** Whether any word is listed twice (JSON.parse keeps the last one's positions: the reader's list path decides). */
function hasRepeatedWord(bytes: Uint8Array, members: number): boolean {
  let size = 16;
  while (size < 2 * members) size *= 2;
  scratch.table.reserve(size);
  const table = scratch.table.array.fill(0, 0, size);
  const hashes = scratch.wordHash.array;
  for (let member = 0; member < members; member++) {
    let at = (hashes[member] >>> 0) & (size - 1);
    while (table[at] !== 0) {
      if (sameWord(bytes, table[at] - 1, member)) return true;
      at = (at + 1) & (size - 1);
    }
    table[at] = member + 1;
  }
  return false;
}

/**
 * The index object whose `{` is at `open`, written to `out` as the JSON string of its words in position order, joined
 * by single spaces (exactly what the reader's dense rebuild joins, before it collapses whitespace). Returns the offset
 * after the object, or -1 (nothing written) when the object is not that plain: a word with a control character or an
 * escape JSON.parse refuses, a value that is not a list of whole numbers written plainly, two words at one position, a
 * word listed twice (compared decoded), a position far past the word count (the reader reports it), or anything that
 * breaks the object grammar. Escapes are copied as written: the output string decodes them as the key would have been.
 */
function rebuildObject(bytes: Uint8Array, open: number, out: GrowableArray<Uint8Array>): number {
  const { wordStart, wordEnd, decodedStart, decodedEnd, decoded, wordHash, positionMember, positionValue } = scratch;
  wordStart.length = wordEnd.length = decodedStart.length = decodedEnd.length = decoded.length = wordHash.length = 0;
  positionMember.length = positionValue.length = 0;
  let largest = -1;
  let at = skipSpace(bytes, open + 1);
  if (bytes[at] !== CLOSE_OBJECT) {
    for (;;) {
      if (bytes[at] !== QUOTE) return -1;
      let end = at + 1;
      let escaped = false;
      let hash = FNV_OFFSET;
      for (let byte = bytes[end]; end < bytes.length && byte !== QUOTE; byte = bytes[end]) {
        if (byte < SPACE) return -1; // not JSON: JSON.parse will say so
        if (byte === BACKSLASH) {
          escaped = true;
          end++;
        }
        hash = Math.imul(hash ^ byte, FNV_PRIME);
        end++;
      }
      if (end >= bytes.length) return -1;
      wordStart.push(at + 1);
      wordEnd.push(end);
      if (escaped) {
        // Rare ("35\\%", "\"quoted\""): the escapes are copied as written, which the output string decodes the same
        // way; only telling repeated words apart needs the decoded word.
        let word: unknown;
        try {
          word = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + at, end + 1 - at).toString('utf8'));
        } catch {
          return -1;
        }
        const utf8 = Buffer.from(word as string, 'utf8');
        decodedStart.push(decoded.length);
        decoded.append(utf8, 0, utf8.length);
        decodedEnd.push(decoded.length);
        hash = FNV_OFFSET;
        for (const byte of utf8) hash = Math.imul(hash ^ byte, FNV_PRIME);
      } else {
        decodedStart.push(-1);
        decodedEnd.push(-1);
      }
      wordHash.push(hash);
      at = skipSpace(bytes, end + 1);
      if (bytes[at] !== COLON) return -1;
      at = skipSpace(bytes, at + 1);
      if (bytes[at] !== OPEN_ARRAY) return -1;
      at = skipSpace(bytes, at + 1);
      if (bytes[at] !== CLOSE_ARRAY) {
        for (;;) {
          // A JSON integer ≥ 0: "0" or a digit 1–9 and more digits.
          let value = 0;
          let digits = 0;
          if (bytes[at] === 0x30) {
            at++;
            digits = 1;
          } else {
            while (at < bytes.length && bytes[at] >= 0x30 && bytes[at] <= 0x39) {
              value = value * 10 + (bytes[at++] - 0x30);
              if (++digits > MAX_POSITION_DIGITS) return -1;
            }
          }
          if (digits === 0) return -1;
          positionMember.push(wordStart.length - 1);
          positionValue.push(value);
          if (value > largest) largest = value;
          at = skipSpace(bytes, at);
          if (bytes[at] === CLOSE_ARRAY) break;
          if (bytes[at] !== COMMA) return -1;
          at = skipSpace(bytes, at + 1);
        }
      }
      at = skipSpace(bytes, at + 1);
      if (bytes[at] === CLOSE_OBJECT) break;
      if (bytes[at] !== COMMA) return -1;
      at = skipSpace(bytes, at + 1);
    }
  }
  // The reader's bound for its dense path (a position this far out is reported there).
  const count = positionValue.length;
  if (largest >= 2 * count + 16) return -1;
  scratch.slot.reserve(largest + 1);
  const slot = scratch.slot.array.fill(-1, 0, largest + 1);
  for (let k = 0; k < count; k++) {
    const position = positionValue.array[k];
    if (slot[position] !== -1) return -1;
    slot[position] = positionMember.array[k];
  }
  if (wordStart.length > 1 && hasRepeatedWord(bytes, wordStart.length)) return -1;
  out.push(QUOTE);
  let first = true;
  for (let position = 0; position <= largest; position++) {
    const member = slot[position];
    if (member === -1) continue;
    if (!first) out.push(SPACE);
    out.append(bytes, wordStart.array[member], wordEnd.array[member]);
    first = false;
  }
  out.push(QUOTE);
  return at + 1;
}

/**
 * Pure: the text with every `"abstract_inverted_index": {…}` member rewritten, or null when the text has none to
 * rewrite: a plain index as the string of its words in position order (see rebuildObject), any other as a list of its
 * words and their positions (`["word", [0, 5], …]`, in the object's order). Also null when one of them is not an
 * object (then a list or a string could not be told from a rewritten index) or the text is not well-formed UTF-16:
 * the caller then parses the text as it is.
 *
 * A key is recognised only where it is one: an unescaped quote followed by the field name and its closing quote can
 * only open a string in valid JSON, and a colon after it makes it a key. (In invalid JSON the rewrite cannot make the
 * text valid: everything outside the rewritten objects stays as it was, and inside them the members are checked.)
 */
export function rewriteInvertedIndexes(text: string): string | null {
  if (!text.includes(KEY.toString()) || !isWellFormed(text)) return null;
  // Bytes: UTF-8 never uses ASCII byte values inside a multi-byte character, so the ASCII delimiters can be found and
  // a word's bytes copied whole, where a string would have to be cut and joined at every colon.
  const bytes = Buffer.from(text, 'utf8');
  const out = new GrowableArray(new Uint8Array(bytes.length));
  let copied = 0;
  let changed = false;
  for (let found = bytes.indexOf(KEY); found !== -1; found = bytes.indexOf(KEY, found + KEY.length)) {
    if (found > 0 && bytes[found - 1] === BACKSLASH) continue; // inside a string: `\"abstract_inverted_index\"`
    let at = skipSpace(bytes, found + KEY.length);
    if (bytes[at] !== COLON) continue; // a string value that happens to be the field name
    at = skipSpace(bytes, at + 1);
    if (bytes[at] !== OPEN_OBJECT) {
      // null (no abstract) is common and harmless; a list or anything else could be mistaken for a rewritten index.
      if (bytes[at] === 0x6e /* n */ && bytes.subarray(at, at + 4).toString() === 'null') continue;
      return null;
    }
    out.append(bytes, copied, at);
    let end = rebuildObject(bytes, at, out);
    if (end === -1) {
      end = listObject(bytes, at);
      if (end === -1) return null;
      out.append(bytes, at, end);
    }
    copied = end;
    changed = true;
    found = end - KEY.length;
  }
  out.append(bytes, copied, bytes.length);
  return changed ? Buffer.from(out.array.buffer, 0, out.length).toString('utf8') : null;
}

/**
 * JSON.parse, with OpenAlex abstract indexes rewritten (see above). `indexesRewritten` says whether they were: then
 * every `abstract_inverted_index` in the value that was an object is either the string of its words in position
 * order or a list `[word, positions, word, positions…]` (see rebuildAbstract in openAlex.ts).
 */
export function parseJsonRewritingIndexes(text: string): { data: unknown; indexesRewritten: boolean } {
  const rewritten = rewriteInvertedIndexes(text);
  if (rewritten === null) return { data: JSON.parse(text) as unknown, indexesRewritten: false };
  return { data: JSON.parse(rewritten) as unknown, indexesRewritten: true };
}
