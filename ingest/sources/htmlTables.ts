// HTML tables written into a Markdown file (GitHub READMEs and awesome lists do this to size their columns) → the
// Markdown table rows the listing reader already reads (`| Title | Venue |`, the delimiter row, one row a line); and
// HTML links written inline in a Markdown line (`<div class="paper-title"><a href="…">Title</a></div>`) → Markdown links.
//
// The table's HTML is parsed by domino (the HTML parser turndown uses in Node, already used for saved pages) and each
// cell's content converted to inline Markdown by turndown, so links, emphasis and entities come out as in the rest of
// the file. Hand-written is only the part no library does: finding the table in the Markdown and keeping the file's
// line numbers (each row at the line its `<tr>` is on).
import domino from '@mixmark-io/domino';
import TurndownService from 'turndown';

export interface RawLine {
  number: number;
  raw: string;
}

const TABLE_OPEN = /<table\b/gi;
const TABLE_CLOSE = /<\/table\s*>/gi;
/** Lines an HTML table may span; an unclosed `<table>` is left as it is rather than swallowing the rest of the file. */
const MAX_TABLE_LINES = 5000;
const FENCE = /^\s*(`{3,}|~{3,})/;

let converter: TurndownService | null = null;

/** turndown set up for one cell: no escapes (the reader reads text as written), blocks reduced to their text. */
function cellConverter(): TurndownService {
  if (converter) return converter;
  converter = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  converter.remove(['script', 'style', 'svg' as keyof HTMLElementTagNameMap]);
  converter.escape = (text: string) => text;
  return converter;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** A cell's content as one line of inline Markdown: block markers (headings, bullets, quotes) dropped, lines joined. */
function cellText(cell: Element): string {
  const markdown = cellConverter().turndown(cell as unknown as HTMLElement);
  return markdown
    .split('\n')
    .map((line) => line.replace(/^\s*(?:#{1,6}\s+|[-*+]\s+|>\s?)/, '').trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/\|/g, '\\|');
}

/** The rows of one table (not those of tables nested in its cells), each with its cells and whether all are `<th>`. */
function tableRows(table: Element): { element: Element; cells: Element[]; header: boolean }[] {
  return Array.from(table.querySelectorAll('tr'))
    .filter((row) => row.closest('table') === table)
    .map((row) => {
      const cells = Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
      return { element: row, cells, header: cells.length > 0 && cells.every((cell) => cell.tagName === 'TH') };
    })
    .filter((row) => row.cells.length > 0);
}

/**
 * One HTML table (its lines) → Markdown table lines. The header is the first row when all its cells are `<th>`; a table
 * without one gets an empty header, so its rows are read by their content only. Each row keeps the line its `<tr>` is
 * on (the table's first line when the rows cannot be matched to their tags, e.g. `<th>`s with no `<tr>` around them).
 */
function tableAsRows(lines: RawLine[]): RawLine[] {
  const html = lines.map((line) => line.raw).join('\n');
  const document = domino.createDocument(`<!doctype html><html><body>${html}</body></html>`);
  const table = document.querySelector('table');
  if (table === null) return lines;
  const rows = tableRows(table);
  if (rows.length === 0) return [];
  // The line of each `<tr>` tag in the text, in document order, matched to the parsed rows when they are as many.
  const allRows: Element[] = Array.from(table.querySelectorAll('tr'));
  const starts: number[] = [];
  let line = 0;
  let scanned = 0;
  for (const match of html.matchAll(/<tr\b/gi)) {
    for (; scanned < match.index; scanned++) if (html.charCodeAt(scanned) === 10) line++;
    starts.push(lines[line].number);
  }
  const lineOf = (row: Element) => (starts.length === allRows.length ? starts[allRows.indexOf(row)] : lines[0].number);
  const width = Math.max(...rows.map((row) => row.cells.length));
  const asRow = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const out: RawLine[] = [];
  const [first, ...rest] = rows;
  const body = first.header ? rest : rows;
  const headerCells = first.header ? first.cells.map(cellText) : [];
  while (headerCells.length < width) headerCells.push('');
  const headerLine = first.header ? lineOf(first.element) : lines[0].number;
  out.push({ number: headerLine, raw: asRow(headerCells) });
  out.push({ number: headerLine, raw: asRow(headerCells.map(() => '---')) });
  for (const row of body) out.push({ number: lineOf(row.element), raw: asRow(row.cells.map(cellText)) });
  return out;
}

/**
 * For each line, the line where a table opened on it would close: the first line at or after it where the count of
 * `<table>` tags opened minus closed, from that line on, falls to zero (-1: never). One pass from the end with a stack
 * of running balances (the next position whose balance is not above this one's), so a file of many unclosed tables
 * costs no more than its length.
 */
function closingLines(lines: RawLine[]): number[] {
  // balance[k]: tags opened minus closed in the lines before line k.
  const balance = [0];
  for (const line of lines) {
    const delta = line.raw.includes('<') ? count(line.raw, TABLE_OPEN) - count(line.raw, TABLE_CLOSE) : 0;
    balance.push(balance.at(-1)! + delta);
  }
  const closes = new Array<number>(lines.length).fill(-1);
  const stack: number[] = [];
  for (let at = lines.length; at >= 0; at--) {
    while (stack.length > 0 && balance[stack.at(-1)!] > balance[at]) stack.pop();
    // The next position after `at` whose balance is at most this one's: the table opened on line `at` has closed
    // by the line before it.
    if (at < lines.length && stack.length > 0) closes[at] = stack.at(-1)! - 1;
    stack.push(at);
  }
  return closes;
}

/**
 * Pure: a Markdown file's lines with each HTML table (outside code fences) replaced by the same table as Markdown rows.
 * Lines without `<table` pass through untouched; a file without one is returned as it is.
 */
export function htmlTablesAsRows(lines: RawLine[]): RawLine[] {
  if (!lines.some((line) => /<table\b/i.test(line.raw))) return lines;
  const closes = closingLines(lines);
  const out: RawLine[] = [];
  let fence: string | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fenceMark = FENCE.exec(line.raw)?.[1];
    if (fenceMark !== undefined && (fence === null || fenceMark.startsWith(fence))) fence = fence === null ? fenceMark : null;
    const at = fence === null ? line.raw.search(/<table\b/i) : -1;
    if (at === -1) {
      out.push(line);
      continue;
    }
    // The table runs to the line where its tags balance (a table nested in a cell closes before it does).
    const end = closes[index] !== -1 && closes[index] - index <= MAX_TABLE_LINES ? closes[index] : -1;
    if (end === -1) {
      out.push(line);
      continue;
    }
    // Text before the table on its first line, or after it on its last, stays a line of its own.
    const before = line.raw.slice(0, at);
    const lastRaw = lines[end].raw;
    const closing = [...lastRaw.matchAll(TABLE_CLOSE)].at(-1);
    const closeEnd = closing === undefined ? lastRaw.length : closing.index + closing[0].length;
    const tableLines = lines.slice(index, end + 1).map((item, offset) => {
      let raw = item.raw;
      if (offset === end - index) raw = raw.slice(0, closeEnd);
      if (offset === 0) raw = raw.slice(at);
      return { number: item.number, raw };
    });
    if (before.trim() !== '') out.push({ number: line.number, raw: before });
    out.push(...tableAsRows(tableLines));
    const after = lastRaw.slice(closeEnd);
    if (after.trim() !== '') out.push({ number: lines[end].number, raw: after });
    index = end;
  }
  return out;
}

/** An `<a …>…</a>` element written on one line (its text holds no other link). */
const INLINE_ANCHOR = /<a\s[^<>]*\bhref\s*=[^<>]*>(?:(?!<\/?a\b)[\s\S])*?<\/a\s*>/gi;

/**
 * Pure: a Markdown line with each HTML link on it written as a Markdown link (`[Title](https://arxiv.org/abs/…)`), as
 * turndown converts it (entities decoded, emphasis inside kept as Markdown), so the line's links are read as those of
 * the rest of the file. Only the `<a>` elements are converted; the tags around them are left to the line's reader.
 */
export function htmlLinksAsMarkdown(line: string): string {
  if (!/<a\s/i.test(line)) return line;
  return line.replace(INLINE_ANCHOR, (element) => {
    const document = domino.createDocument(`<!doctype html><html><body>${element}</body></html>`);
    return cellText(document.body as unknown as Element).replace(/\\\|/g, '|');
  });
}
