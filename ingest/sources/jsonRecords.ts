// Loads a JSON (or JSON Lines) file for the record readers: the parsed value, the line each record starts on, and the
// complete records before a syntax error or a truncation.
//
// Why a hand-written scanner: JSON.parse gives neither the line of each record nor (in Node 20, for many errors) the
// position of a syntax error, and it keeps nothing of a file cut off in the middle. The streaming parsers on npm
// (@streamparser/json, stream-json) would add a dependency and a slower second parse, and still not report where
// each element starts. The scanner below only validates the grammar and notes offsets (one linear, iterative pass:
// no recursion, so deep nesting cannot overflow the stack); values are still built by the native JSON.parse.

import { parseJsonRewritingIndexes } from './invertedIndexes';

/** Where a record array sits in the document: '' for the root array, '.results', '.message.items'… */
type ArrayPath = string;

/** Arrays deeper than this many containers are not record lists (they are fields inside records). */
const MAX_TRACKED_DEPTH = 4;

interface Frame {
  kind: 'array' | 'object';
  /** Path for record-array tracking; null when the frame sits inside an array element (a record's own fields). */
  path: ArrayPath | null;
  /** Offset of the opening bracket. */
  start: number;
  /** Complete elements (arrays) or properties (objects) so far. */
  count: number;
  /** Offset just after the last complete element. */
  lastEnd: number;
  /** Key of the property being read (objects with a tracked path only). */
  key: string | null;
}

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

export interface JsonScan {
  /** First syntax error (or the end of a truncated file); null when the text is one valid JSON value. */
  error: JsonSyntaxError | null;
  /** Offset just after the first complete root value, or -1 when it never completed. */
  rootEnd: number;
  /** Start offsets of the elements of each record array, by path. */
  elementStarts: Map<ArrayPath, number[]>;
  /** Start offsets of the values of the root object's properties (a Crossref response's `message`). */
  propertyStarts: Map<string, number>;
  /**
   * When the text breaks inside an array (the outermost one still open): keep the text up to the end of its last
   * complete element and close the containers still open. Null when no array was open at the break.
   */
  cut: { offset: number; closers: string; path: ArrayPath; kept: number } | null;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** Pure: validate the JSON grammar of `text` and note where record-array elements start. Linear in the text. */
export function scanJson(text: string): JsonScan {
  const n = text.length;
  const stack: Frame[] = [];
  const elementStarts = new Map<ArrayPath, number[]>();
  const propertyStarts = new Map<string, number>();
  let rootEnd = -1;
  let i = 0;
  // What the grammar expects next.
  type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close';
  // Typed through `as` so TypeScript does not narrow it: valueDone() changes it from inside a closure.
  let expect = 'value' as Expect;
  let error: JsonSyntaxError | null = null;

  const fail = (offset: number, message: string) => {
    error = { offset, message };
  };

  /** A value ended at `end`: update the enclosing frame. */
  const valueDone = (end: number) => {
    const top = stack[stack.length - 1];
    if (!top) {
      rootEnd = end;
      return;
    }
    top.count++;
    top.lastEnd = end;
    top.key = null;
    expect = 'comma-or-close';
  };

  /** Read a string starting at the quote at `i`; returns the offset after the closing quote, or -1 on error. */
  const skipString = (from: number): number => {
    let j = from + 1;
    for (;;) {
      if (j >= n) {
        fail(n, 'the file ends inside a string');
        return -1;
      }
      const code = text.charCodeAt(j);
      if (code === 0x22) return j + 1;
      if (code === 0x5c) {
        const next = text[j + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
            fail(j, 'bad \\u escape in a string');
            return -1;
          }
          j += 6;
        } else if (next !== undefined && ESCAPES.has(next)) {
          j += 2;
        } else {
          fail(j, next === undefined ? 'the file ends inside a string' : `bad escape "\\${next}" in a string`);
          return -1;
        }
        continue;
      }
      if (code < 0x20) {
        fail(j, code === 0x0a || code === 0x0d ? 'a line break inside a string (strings must be on one line)' : 'a control character inside a string');
        return -1;
      }
      j++;
    }
  };

  const childPath = (): ArrayPath | null => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (stack.length >= MAX_TRACKED_DEPTH || top.path === null) return null;
    // Elements of an array are records: their own fields are not tracked.
    if (top.kind === 'array') return null;
    return top.key === null ? null : `${top.path}.${top.key}`;
  };

  while (error === null) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (stack.length === 0 && rootEnd !== -1) {
      if (i < n) fail(i, 'unexpected text after the end of the JSON value');
      break;
    }
    if (i >= n) {
      fail(n, stack.length > 0 || expect === 'colon' ? 'the file ends before the JSON is complete (truncated?)' : 'the file holds no JSON value');
      break;
    }
    const char = text[i];
    const top = stack[stack.length - 1];

    if (expect === 'comma-or-close') {
      if (char === ',') {
        expect = top.kind === 'array' ? 'value' : 'key';
        i++;
      } else if ((char === ']' && top.kind === 'array') || (char === '}' && top.kind === 'object')) {
        stack.pop();
        i++;
        valueDone(i);
      } else {
        fail(i, top.kind === 'array' ? `expected "," or "]" but found ${JSON.stringify(char)}` : `expected "," or "}" but found ${JSON.stringify(char)}`);
      }
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (char === '}' && expect === 'key-or-close') {
        stack.pop();
        i++;
        valueDone(i);
      } else if (char === '"') {
        const end = skipString(i);
        if (end === -1) break;
        if (top.path !== null) {
          const raw = text.slice(i + 1, end - 1);
          top.key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
        }
        i = end;
        expect = 'colon';
      } else {
        fail(i, `expected a property name in double quotes but found ${JSON.stringify(char)}`);
      }
      continue;
    }
    if (expect === 'colon') {
      if (char === ':') {
        i++;
        expect = 'value';
      } else {
        fail(i, `expected ":" after a property name but found ${JSON.stringify(char)}`);
      }
      continue;
    }
    // A value (or, right after "[", the closing bracket).
    if (char === ']' && expect === 'value-or-close') {
      stack.pop();
      i++;
      valueDone(i);
      continue;
    }
    if (stack.length === 1 && top.kind === 'object' && top.key !== null) propertyStarts.set(top.key, i);
    if (top?.kind === 'array' && top.path !== null) {
      let starts = elementStarts.get(top.path);
      if (!starts) elementStarts.set(top.path, (starts = []));
      starts.push(i);
    }
    if (char === '{' || char === '[') {
      stack.push({ kind: char === '{' ? 'object' : 'array', path: childPath(), start: i, count: 0, lastEnd: i + 1, key: null });
      i++;
      expect = char === '{' ? 'key-or-close' : 'value-or-close';
    } else if (char === '"') {
      const end = skipString(i);
      if (end === -1) break;
      i = end;
      valueDone(i);
    } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
      i += 4;
      valueDone(i);
    } else if (text.startsWith('false', i)) {
      i += 5;
      valueDone(i);
    } else {
      NUMBER.lastIndex = i;
      if (NUMBER.test(text)) {
        i = NUMBER.lastIndex;
        valueDone(i);
      } else {
        fail(i, `expected a value but found ${JSON.stringify(text.slice(i, i + 12).split(/\s/)[0] || char)}`);
      }
    }
  }

  let cut: JsonScan['cut'] = null;
  if (error !== null) {
    const arrayIndex = stack.findIndex((frame) => frame.kind === 'array');
    if (arrayIndex !== -1) {
      const frame = stack[arrayIndex];
      const closers = stack
        .slice(0, arrayIndex + 1)
        .reverse()
        .map((f) => (f.kind === 'array' ? ']' : '}'))
        .join('');
      cut = { offset: frame.lastEnd, closers, path: frame.path ?? '', kept: frame.count };
    }
  }
  return { error, rootEnd, elementStarts, propertyStarts, cut };
}

/** Line starts of a text, for turning many offsets into 1-based lines without rescanning. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
  }
  line(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1] + 1;
  }
  get length(): number {
    return this.starts.length;
  }
  lineText(line: number): string {
    return this.text.slice(this.starts[line - 1], line < this.starts.length ? this.starts[line] : undefined);
  }
}

/** A problem found while loading (a broken JSON Lines line, the break of a truncated file). */
export interface JsonProblem {
  line: number;
  reason: string;
}

export interface JsonDocument {
  /** The parsed value: for JSON Lines the array of the lines' values; for a broken file the complete part. */
  data: unknown;
  /**
   * A valid JSON text of `data` with every record on its original line: the file itself, the complete part of a
   * broken file, or JSON Lines turned into one array (for readers that parse text themselves).
   */
  text: string;
  jsonLines: boolean;
  /** 1-based line where a record object (element of a record array, a JSON Lines value, the root) starts. */
  lineOf(value: unknown): number | undefined;
  /**
   * 1-based line of the element at `index` of a record array, whatever it is: a `null` or a string in a record list
   * (a Semantic Scholar batch answer writes `null` where it found no paper) has no identity for `lineOf` to key on.
   */
  lineOfElement(array: unknown[], index: number): number | undefined;
  problems: JsonProblem[];
  /**
   * Whether OpenAlex abstract indexes (`abstract_inverted_index` objects) in `data` were rewritten before parsing,
   * each as the string of its words in order or as a list `[word, positions, word, positions…]` (see
   * invertedIndexes.ts); absent means they were not.
   */
  indexesRewritten?: boolean;
}

export type JsonLoad = ({ ok: true } & JsonDocument) | { ok: false; line: number; reason: string };

function valueAtPath(data: unknown, path: ArrayPath): unknown {
  if (path === '') return data;
  let value: unknown = data;
  for (const key of path.slice(1).split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

interface RecordLines {
  lineOf(value: unknown): number | undefined;
  lineOfElement(array: unknown[], index: number): number | undefined;
}

/** The two line look-ups of a document from a map of its records and the element lines of its record arrays. */
function lineLookups(map: WeakMap<object, number>, arrays: WeakMap<unknown[], number[]>): RecordLines {
  return {
    lineOf: (value) => (typeof value === 'object' && value !== null ? map.get(value) : undefined),
    lineOfElement: (array, index) => arrays.get(array)?.[index],
  };
}

function recordLines(data: unknown, scan: JsonScan, lines: LineIndex, rootStart: number): RecordLines {
  const map = new WeakMap<object, number>();
  const arrays = new WeakMap<unknown[], number[]>();
  if (typeof data === 'object' && data !== null) map.set(data, lines.line(rootStart));
  if (isObject(data)) {
    for (const [key, offset] of scan.propertyStarts) {
      const value = data[key];
      if (isObject(value)) map.set(value, lines.line(offset));
    }
  }
  for (const [path, starts] of scan.elementStarts) {
    const array = valueAtPath(data, path);
    if (!Array.isArray(array)) continue;
    const count = Math.min(array.length, starts.length);
    const elementLines: number[] = [];
    for (let index = 0; index < count; index++) {
      const element = array[index];
      elementLines.push(lines.line(starts[index]));
      if (typeof element === 'object' && element !== null) map.set(element, elementLines[index]);
    }
    arrays.set(array, elementLines);
  }
  return lineLookups(map, arrays);
}

function describeAt(lines: LineIndex, error: JsonSyntaxError): string {
  return `line ${lines.line(error.offset)}, column ${lines.column(error.offset)}: ${error.message}`;
}

/** JSON Lines: one value per line; a line that does not parse is a problem and every other line is kept. */
function loadJsonLines(text: string, lines: LineIndex): JsonLoad {
  const values: unknown[] = [];
  const map = new WeakMap<object, number>();
  const valueLines: number[] = [];
  const problems: JsonProblem[] = [];
  const arrayLines: string[] = [];
  for (let line = 1; line <= lines.length; line++) {
    const content = lines.lineText(line).trim();
    arrayLines.push('');
    if (content === '') continue;
    const scan = scanJson(content);
    if (scan.error) {
      const cut = text.trimEnd().endsWith(content) ? ' (the file ends here: truncated?)' : '';
      problems.push({ line, reason: `JSON Lines record is broken at column ${scan.error.offset + 1}: ${scan.error.message}${cut}; skipped` });
      continue;
    }
    const value = JSON.parse(content) as unknown;
    if (typeof value === 'object' && value !== null) map.set(value, line);
    arrayLines[line - 1] = `${values.length > 0 ? ',' : ''}${content}`;
    values.push(value);
    valueLines.push(line);
  }
  const arrayText = `[${arrayLines.join('\n')}]`;
  return { ok: true, data: values, text: arrayText, jsonLines: true, ...lineLookups(map, new WeakMap([[values, valueLines]])), problems };
}

/**
 * Pure: parse a JSON or JSON Lines text. A syntax error or truncation inside a record array keeps the complete
 * records before it (one problem names the line of the break); with nothing complete before it, the load fails
 * with the error's line and column.
 */
export function loadJson(input: string): JsonLoad {
  // A byte-order mark is not JSON whitespace; a space keeps every offset (and so every line) where it was.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  const lines = new LineIndex(text);
  if (lines.length === 1) {
    const oneLine = loadOneLine(text);
    if (oneLine) return oneLine;
  }
  const scan = scanJson(text);
  const rootStart = text.search(/\S/);
  if (scan.error === null) {
    const { data, indexesRewritten } = parseJsonRewritingIndexes(text);
    return { ok: true, data, text, jsonLines: false, ...recordLines(data, scan, lines, rootStart), problems: [], indexesRewritten };
  }
  const error: JsonSyntaxError = scan.error;
  // A complete value followed by more values on later lines, or lines that each hold one object: JSON Lines.
  const firstValueThenMore =
    scan.rootEnd !== -1 && /[[{]/.test(text[rootStart]) && !text.slice(rootStart, scan.rootEnd).includes('\n') &&
    /^[ \t\r]*\n/.test(text.slice(scan.rootEnd, scan.rootEnd + 4096));
  if (firstValueThenMore || looksLikeJsonLines(text)) return loadJsonLines(text, lines);
  const cut = scan.cut;
  // Keep what came before the break unless that is nothing at all (a root array cut before its first record).
  if (cut && (cut.kept > 0 || cut.path !== '')) {
    const repaired = text.slice(0, cut.offset) + cut.closers;
    const { data, indexesRewritten } = parseJsonRewritingIndexes(repaired);
    const lookups = recordLines(data, scan, lines, rootStart);
    const truncated = error.offset >= text.trimEnd().length;
    const what = truncated ? 'the file ends in the middle of a record (truncated?)' : `JSON error at ${describeAt(lines, error)}`;
    const listName = cut.path.slice(cut.path.lastIndexOf('.') + 1);
    const plural = (count: number, noun: string) => `${count} complete ${noun}${count === 1 ? '' : 's'}`;
    // The cut array is the document's record list (root, `results`, `items`…) or a list inside one record.
    const kept = cut.path === '' || RECORD_LISTS.has(listName.toLowerCase())
      ? `kept the ${plural(cut.kept, 'record')} before it`
      : `kept what came before it (its "${listName}" list ends after ${plural(cut.kept, 'entry').replace(/entrys$/, 'entries')})`;
    return {
      ok: true,
      data,
      text: repaired,
      jsonLines: false,
      ...lookups,
      problems: [{ line: lines.line(Math.min(error.offset, Math.max(0, text.length - 1))), reason: `${what}: ${kept}, the rest is not read` }],
      indexesRewritten,
    };
  }
  const offset = Math.min(error.offset, Math.max(0, text.length - 1));
  return { ok: false, line: lines.line(offset), reason: describeAt(lines, { ...error, offset }) };
}

/**
 * A valid JSON text on one line (what the APIs send: OpenAlex, Crossref and Hugging Face pages): every record is on
 * line 1, so the scanner, which is there to find lines and breaks, has nothing to add and is skipped. The records
 * are the objects `scanJson` tracks (the root, its properties' values, the elements of arrays at most
 * MAX_TRACKED_DEPTH containers deep outside any array), found by walking the parsed value by the same rules.
 * Null when the text does not parse: the scanner then says where it breaks and what can be kept.
 */
function loadOneLine(text: string): JsonLoad | null {
  let parsed: ReturnType<typeof parseJsonRewritingIndexes>;
  try {
    parsed = parseJsonRewritingIndexes(text);
  } catch {
    return null;
  }
  const { data, indexesRewritten } = parsed;
  const records = new WeakSet<object>();
  const walk = (value: unknown, depth: number) => {
    if (typeof value !== 'object' || value === null || depth >= MAX_TRACKED_DEPTH) return;
    if (Array.isArray(value)) {
      for (const element of value) if (typeof element === 'object' && element !== null) records.add(element);
      return;
    }
    for (const key in value) {
      const child = (value as Record<string, unknown>)[key];
      if (depth === 0 && isObject(child)) records.add(child);
      walk(child, depth + 1);
    }
  };
  if (typeof data === 'object' && data !== null) records.add(data);
  walk(data, 0);
  return {
    ok: true,
    data,
    text,
    jsonLines: false,
    lineOf: (value) => (typeof value === 'object' && value !== null && records.has(value) ? 1 : undefined),
    lineOfElement: (array, index) => (index < array.length ? 1 : undefined),
    problems: [],
    indexesRewritten,
  };
}

/** Names under which APIs wrap their list of records (`{meta, results}`, `{message: {items}}`, `{data}`…). */
const RECORD_LISTS = new Set(['results', 'items', 'data', 'records', 'papers', 'works', 'entries', 'hits']);

/**
 * Whether the first lines each hold one object (JSON Lines), even if one of them is broken: every line opens an
 * object and all but one close it. A pretty-printed document has lines such as `"title": …` or a lone `{` instead.
 */
function looksLikeJsonLines(text: string): boolean {
  const first = text.split('\n', 21).map((line) => line.trim()).filter((line) => line !== '');
  if (first.length < 2) return false;
  const closed = first.filter((line) => line.endsWith('}')).length;
  return first.every((line) => line.length > 2 && line.startsWith('{')) && closed >= first.length - 1;
}

/**
 * What a list element that is not a record is, for a warning naming it: `null` (an empty place, as hand-joined files
 * and batch answers leave), `a list`, `the string "…"` (cut), `the number 3`.
 */
export function describeNonRecord(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `the ${typeof value} ${String(value)}`;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
