// BibTeX structure scanner: entries, fields, @string macros and their real lines, with bounded recovery from bad input.
//
// Why not the parser's own scanner (Better BibTeX's `verbatim` stage)? It crashes the whole file on a @string doubling
// chain ("Invalid string length" is not one of its recoverable errors), resynchronises on the next "@" anywhere (an
// e-mail address in an abstract), reports an unclosed brace at the end of the file, and gives unresolved macros no
// line. This scanner only finds structure; Better BibTeX's parser still does all the LaTeX, names and keywords.

export interface BibtexLimits {
  /** Deeper brace nesting in one value is refused (the LaTeX parser recurses once per level). */
  maxBraceDepth: number;
  /** Longest value a field or @string macro may expand to, in characters. */
  maxValueChars: number;
}

export const DEFAULT_BIBTEX_LIMITS: BibtexLimits = { maxBraceDepth: 64, maxValueChars: 200_000 };

export interface RawBibField {
  /** The value as written, @string macros expanded, outer delimiters removed (LaTeX still in it). */
  value: string;
  /** 1-based line where the field's name is. */
  line: number;
}

export interface RawBibEntry {
  /** Entry type, lower-case (`article`, `inproceedings`, …). */
  type: string;
  /** Citation key as written; empty when the exporter wrote none (`@article{,`). */
  key: string;
  /** 1-based line of the `@`. */
  line: number;
  /** Fields by lower-case name, in file order. A repeated field keeps its first value (`keywords` are joined). */
  fields: Map<string, RawBibField>;
}

export interface BibScanWarning {
  line: number;
  reason: string;
}

export interface BibScan {
  entries: RawBibEntry[];
  warnings: BibScanWarning[];
}

/** BibTeX's month macros; expanded to month numbers, which is what a date needs. */
const MONTH_MACROS: Record<string, string> = {
  jan: '1', feb: '2', mar: '3', apr: '4', may: '5', jun: '6', jul: '7', aug: '8', sep: '9', oct: '10', nov: '11', dec: '12',
};
/**
 * Whole month names written bare in `month` (`month=July`, as the BibTeX of doi.org's content negotiation has it):
 * no macro any style defines, but a month all the same, so no "undefined @string".
 */
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** A syntax error that ends the current entry; `offset` is where it was found. */
class EntryError extends Error {
  constructor(
    message: string,
    /** Where scanning resumes from (the next entry header is searched after it). */
    readonly offset: number,
    /** The line to report, when it is not the line of `offset` (an unclosed brace is reported where it opened). */
    readonly line?: number,
  ) {
    super(message);
  }
}

/** A problem confined to one field: the field is dropped, the entry kept. */
class FieldError extends Error {}

const ENTRY_HEADER = /[ \t]*@[A-Za-z][\w-]*[ \t]*[{(]/y;
const NAME_CHAR = /[^\s=,{}()"#%]/;
/** A parenthesised part of a field name and the name characters after it (`(Last-180-days)`). */
const NAME_PARENTHESIS = /\([^\s=,{}()"#%]+\)[^\s=,{}()"#%]*/y;
const FIELD_LINE = /[ \t]*[A-Za-z][\w:.+-]*[ \t]*=[ \t]*[{"0-9A-Za-z]/y;

/** Pure: find the entries of a BibTeX/biblatex text. Never throws; each problem becomes a warning with its line. */
export function scanBibtex(text: string, limits: BibtexLimits = DEFAULT_BIBTEX_LIMITS): BibScan {
  const newlines: number[] = [];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) newlines.push(index);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (newlines[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
  /** Whether an entry header (`@type{` at the start of a line) begins right after the newline at `offset`. */
  const headerAfterNewline = (offset: number): boolean => {
    ENTRY_HEADER.lastIndex = offset + 1;
    return ENTRY_HEADER.test(text);
  };

  /** Whether the line after the newline at `offset` is a field assignment (`  year = {2020},`). */
  const fieldLineAfter = (offset: number): boolean => {
    FIELD_LINE.lastIndex = offset + 1;
    return FIELD_LINE.test(text);
  };

  const entries: RawBibEntry[] = [];
  const warnings: BibScanWarning[] = [];
  const strings = new Map<string, string>();
  const droppedMacros = new Set<string>();
  const reportedMacros = new Set<string>();
  let pos = 0;

  const skipSpace = () => {
    while (pos < text.length) {
      const char = text[pos];
      if (char === '%') {
        // Comment to the end of the line (biber's and Better BibTeX's reading; classic BibTeX has none inside entries).
        const end = text.indexOf('\n', pos);
        pos = end === -1 ? text.length : end;
      } else if (char === ' ' || char === '\t' || char === '\r' || char === '\n') pos++;
      else break;
    }
  };
  const readName = (): string => {
    const start = pos;
    while (pos < text.length && NAME_CHAR.test(text[pos])) pos++;
    return text.slice(start, pos);
  };
  /** Is `pos` at the start of the next entry, i.e. the current one ran into it? */
  const atNextEntry = (): boolean => {
    if (text[pos] !== '@') return false;
    const lineStart = text.lastIndexOf('\n', pos - 1);
    if (!/^[ \t]*$/.test(text.slice(lineStart + 1, pos))) return false;
    ENTRY_HEADER.lastIndex = lineStart + 1;
    return ENTRY_HEADER.test(text);
  };

  /**
   * A `{…}` or `"…"` value part starting at `pos`. Backslash escapes the next character (as Better BibTeX reads it).
   * A value that reaches the next line-start entry header is unclosed: that header is the resynchronisation point.
   */
  const readDelimited = (field: string): { text: string; tooDeep: number } => {
    const open = pos;
    const quoted = text[pos] === '"';
    let depth = quoted ? 0 : 1;
    let deepest = depth;
    pos++;
    const start = pos;
    while (pos < text.length) {
      const char = text[pos];
      if (char === '\\') pos++;
      else if (char === '{') {
        depth++;
        if (depth > deepest) deepest = depth;
      } else if (char === '}') {
        depth--;
        if (!quoted && depth === 0) {
          pos++;
          return { text: text.slice(start, pos - 1), tooDeep: deepest > limits.maxBraceDepth ? deepest : 0 };
        }
      } else if (char === '"' && quoted && depth <= 0) {
        pos++;
        return { text: text.slice(start, pos - 1), tooDeep: deepest > limits.maxBraceDepth ? deepest : 0 };
      } else if (char === '\n' && headerAfterNewline(pos)) {
        pos++;
        break;
      } else if (char === '\n' && !quoted && depth === 1 && fieldLineAfter(pos)) {
        // `title = {Broken {title},` then `year = {2020}` on the next line: the closing brace was forgotten. Read the
        // value to the end of its line and go on with the next field instead of swallowing the entry.
        const comma = text.lastIndexOf(',', pos);
        if (comma >= start && /^\s*$/.test(text.slice(comma + 1, pos))) {
          const nextLine = lineAt(pos + 1);
          warnings.push({
            line: lineAt(open),
            reason: `the "{" opening field "${field}" on line ${lineAt(open)} is not closed before the next field (line ${nextLine}); read to the end of line ${nextLine - 1}`,
          });
          const value = text.slice(start, comma);
          pos++;
          return { text: value, tooDeep: deepest > limits.maxBraceDepth ? deepest : 0 };
        }
      }
      pos++;
    }
    if (pos > text.length) pos = text.length;
    while (pos < text.length && text[pos] !== '@') pos++;
    const where = pos < text.length ? `before the next entry (line ${lineAt(pos)})` : 'before the end of the file';
    throw new EntryError(
      `the ${quoted ? 'quote' : '"{"'} opening field "${field}" on line ${lineAt(open)} is not closed ${where}`,
      pos,
      lineAt(open),
    );
  };

  /** A value: parts joined by `#`, macros expanded; capped in length. */
  const readValue = (field: string, what: 'field' | '@string'): string => {
    let value = '';
    let tooLong = false;
    let tooDeep = 0;
    const valueLine = lineAt(pos);
    for (;;) {
      skipSpace();
      const char = text[pos];
      let part: string;
      if (char === '{' || char === '"') {
        const read = readDelimited(field);
        part = read.text;
        tooDeep = Math.max(tooDeep, read.tooDeep);
      } else if (char !== undefined && /[0-9]/.test(char)) {
        const start = pos;
        while (pos < text.length && /[0-9]/.test(text[pos])) pos++;
        part = text.slice(start, pos);
      } else if (char !== undefined && NAME_CHAR.test(char)) {
        const nameLine = lineAt(pos);
        const name = readName();
        part = expandMacro(name, field, nameLine);
      } else if (value === '' && (char === ',' || char === '}' || char === ')')) {
        // `volume    =  ,` (Paperpile writes a field it has no value for so): the field is empty, the entry is kept.
        throw new FieldError(`${what} "${field}" on line ${valueLine} has no value (found ${JSON.stringify(char)}); ignored`);
      } else {
        throw new EntryError(
          char === undefined ? `field "${field}" has no value before the end of the file` : `field "${field}" has no value (found ${JSON.stringify(char)})`,
          pos,
        );
      }
      if (!tooLong && value.length + part.length > limits.maxValueChars) tooLong = true;
      if (!tooLong) value += part;
      skipSpace();
      if (text[pos] !== '#') break;
      pos++;
    }
    if (tooDeep > 0) {
      throw new FieldError(`${what} "${field}" on line ${valueLine} nests braces ${tooDeep} deep (limit ${limits.maxBraceDepth}); dropped`);
    }
    if (tooLong) {
      throw new FieldError(`${what} "${field}" on line ${valueLine} expands to more than ${limits.maxValueChars.toLocaleString('en')} characters; dropped`);
    }
    return value;
  };

  const expandMacro = (name: string, field: string, line: number): string => {
    const key = name.toLowerCase();
    const defined = strings.get(key);
    if (defined !== undefined) return defined;
    if (key in MONTH_MACROS) return MONTH_MACROS[key];
    if (field.toLowerCase() === 'month' && MONTH_NAMES.includes(key)) return String(MONTH_NAMES.indexOf(key) + 1);
    if (!reportedMacros.has(key)) {
      reportedMacros.add(key);
      warnings.push({
        line,
        reason: droppedMacros.has(key)
          ? `@string "${name}" used in "${field}" was dropped (see its definition); expanded to nothing`
          : `undefined @string "${name}" in "${field}"; kept as the text "${name}"`,
      });
    }
    return droppedMacros.has(key) ? '' : name;
  };

  /** `name = value` pairs up to the closing delimiter; for entries and @string alike. */
  const readFields = (
    close: string,
    store: (name: string, value: string, line: number) => void,
    what: 'field' | '@string',
    onDropped: (name: string) => void = () => {},
  ): 'closed' | 'unclosed' => {
    for (;;) {
      skipSpace();
      if (pos >= text.length || atNextEntry()) return 'unclosed';
      const char = text[pos];
      if (char === close) {
        pos++;
        return 'closed';
      }
      if (char === ',') {
        pos++;
        continue;
      }
      const nameOffset = pos;
      let name = readName();
      // Web of Science's BibTeX names a field `Usage-Count-(Last-180-days)`. BibTeX keeps parentheses out of names
      // because they may delimit an entry; inside an entry closed by "}" they cannot end it.
      while (name !== '' && close !== ')' && text[pos] === '(') {
        NAME_PARENTHESIS.lastIndex = pos;
        if (!NAME_PARENTHESIS.test(text)) break;
        name += text.slice(pos, NAME_PARENTHESIS.lastIndex);
        pos = NAME_PARENTHESIS.lastIndex;
      }
      if (name === '') throw new EntryError(`unexpected ${JSON.stringify(char)} where a field name should be`, pos);
      skipSpace();
      if (text[pos] !== '=') {
        // `year 2021,`: skip to the end of what looks like this field and go on with the next one.
        const line = lineAt(nameOffset);
        while (pos < text.length && text[pos] !== ',' && text[pos] !== '\n' && text[pos] !== close) pos++;
        warnings.push({ line, reason: `"${name}" on line ${line} is not followed by "="; ignored up to the next field` });
        continue;
      }
      pos++;
      try {
        store(name.toLowerCase(), readValue(name.toLowerCase(), what), lineAt(nameOffset));
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        warnings.push({ line: lineAt(nameOffset), reason: error.message });
        onDropped(name.toLowerCase());
      }
    }
  };

  /** Skip a balanced `{…}` / `(…)` group (@comment, @preamble) without reading it. */
  const skipGroup = (close: string) => {
    let depth = 1;
    pos++;
    while (pos < text.length && depth > 0) {
      const char = text[pos];
      if (char === '\\') pos++;
      else if (char === '{' || (close === ')' && char === '(')) depth++;
      else if (char === '}' || (close === ')' && char === ')')) depth--;
      else if (char === '\n' && headerAfterNewline(pos)) break;
      pos++;
    }
  };

  while (pos < text.length) {
    // Outside entries everything but `@` is ignored (BibTeX's own rule); `%` lines are comments.
    const at = text.indexOf('@', pos);
    if (at === -1) break;
    const lineStart = Math.max(text.lastIndexOf('\n', at), pos - 1);
    if (text.slice(lineStart + 1, at).includes('%')) {
      const end = text.indexOf('\n', at);
      pos = end === -1 ? text.length : end;
      continue;
    }
    pos = at + 1;
    const type = readName().toLowerCase();
    skipSpace();
    const open = text[pos];
    if (type === '' || (open !== '{' && open !== '(')) continue; // an "@" in free text between entries
    const close = open === '{' ? '}' : ')';
    const entryLine = lineAt(at);
    if (type === 'comment' || type === 'preamble') {
      skipGroup(close);
      continue;
    }
    pos++;
    let key = '';
    const label = () => (key === '' ? `BibTeX @${type} entry on line ${entryLine}` : `BibTeX entry "${key}" (line ${entryLine})`);
    try {
      if (type === 'string') {
        const state = readFields(
          close,
          (name, value) => strings.set(name, value),
          '@string',
          (name) => droppedMacros.add(name),
        );
        if (state === 'unclosed') warnings.push({ line: entryLine, reason: '@string is not closed; its definition was still read' });
        continue;
      }
      skipSpace();
      if (text[pos] === '@') {
        // `@article{@article{key, …}}`: an entry header pasted twice. The inner header opens the real entry.
        warnings.push({ line: entryLine, reason: `BibTeX @${type} entry on line ${entryLine} opens twice ("@${type}{@…"); read from its second header` });
        continue;
      }
      const keyStart = pos;
      key = readName();
      const fields = new Map<string, RawBibField>();
      const store = (name: string, value: string, line: number) => {
        const previous = fields.get(name);
        if (!previous) fields.set(name, { value, line });
        else if (name === 'keywords') previous.value += `, ${value}`;
      };
      skipSpace();
      if (text[pos] === '=') {
        // No key at all: the first thing is a field (`@article{title = …`).
        pos = keyStart;
        key = '';
      } else if (text[pos] === ',') pos++;
      else if (text[pos] !== close) throw new EntryError(`"," expected after the key "${key}"`, pos);
      const state = readFields(close, store, 'field');
      const entry: RawBibEntry = { type, key, line: entryLine, fields };
      if (state === 'unclosed') {
        const where = pos < text.length ? `before the next entry (line ${lineAt(pos)})` : 'before the end of the file';
        warnings.push({
          line: entryLine,
          reason: `${label()} is not closed ${where}; kept the fields read`,
        });
      }
      entries.push(entry);
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      warnings.push({
        line: error.line ?? lineAt(Math.min(error.offset, text.length)),
        reason: type === 'string'
          ? `@string on line ${entryLine}: ${error.message}; definition skipped`
          : `${label()}: ${error.message}; entry skipped`,
      });
      // Resynchronise on the next entry header at the start of a line after the error.
      pos = Math.max(error.offset, at + 1);
      while (pos < text.length && !atNextEntry()) {
        const next = text.indexOf('\n', pos);
        if (next === -1) pos = text.length;
        else {
          pos = next + 1;
          while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
        }
      }
    }
  }
  return { entries, warnings };
}
