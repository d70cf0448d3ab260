// CSL-JSON items (the common form citation-js turns BibTeX and RIS into) → RawListing, plus the CSL-JSON file reader.
import { emptyBibFields } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { collapseWhitespace, lineAt, parseJsonText, sourceName } from './text';

/** The CSL-JSON fields we read; real files carry many more. Date parts may be numbers or strings. */
export interface CslItem {
  id?: string | number;
  type?: string;
  title?: string;
  abstract?: string;
  author?: unknown[];
  issued?: { 'date-parts'?: unknown[][]; raw?: string; literal?: string };
  'container-title'?: string | string[];
  'collection-title'?: string;
  publisher?: string;
  authority?: string;
  [field: string]: unknown;
}

/**
 * CSL rich text allows a small fixed set of HTML-like tags (<i>, <b>, <sup>, <sub>, <span class="nocase">, ...).
 * Titles are shown as text, so the tags are removed rather than rendered; a regex suffices for that closed set.
 */
export function stripCslMarkup(text: string): string {
  return collapseWhitespace(
    text
      // LaTeX writes ï as {\"\i} (dotless i + diaeresis); compose it to the letter readers and search expect.
      .replace(/\u0131(?=[\u0300-\u036f])/g, 'i')
      .normalize('NFC')
      .replace(/<\/?(?:i|b|sup|sub|span|sc|jats:[a-z-]+)(?:\s[^>]*)?>/gi, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return firstString(value[0]);
  return null;
}

/** Read `issued`: an ISO date only when year, month and day are all known (the graph's date forms), else just the year. */
export function cslIssued(issued: CslItem['issued']): { date: string | null; year: number | null } {
  const parts = issued?.['date-parts']?.[0];
  if (Array.isArray(parts) && parts.length > 0) {
    const [year, month, day] = parts.map((part) => Number(part));
    if (!Number.isInteger(year)) return { date: null, year: null };
    const full = Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    const pad = (n: number) => String(n).padStart(2, '0');
    return { date: full ? `${year}-${pad(month)}-${pad(day)}` : null, year };
  }
  const raw = issued?.raw ?? issued?.literal;
  const match = typeof raw === 'string' ? /\b(1[5-9]\d\d|20\d\d)\b/.exec(raw) : null;
  return { date: null, year: match ? Number(match[1]) : null };
}

/** Venue first (what readers recognise), then publisher, then issuing authority. */
export function cslOrganisation(item: CslItem): string | null {
  const name =
    firstString(item['container-title']) ?? firstString(item['collection-title']) ?? firstString(item.publisher) ??
    firstString(item.authority);
  return name === null ? null : stripCslMarkup(name);
}

/** One CSL item → one entry; null when it has no title (not a paper we can show). */
export function cslItemToListing(item: CslItem, source: string, line: number): RawListing | null {
  const title = typeof item.title === 'string' ? stripCslMarkup(item.title) : '';
  if (title === '') return null;
  const { date, year } = cslIssued(item.issued);
  return {
    ...emptyBibFields(),
    title,
    abstract: typeof item.abstract === 'string' ? stripCslMarkup(item.abstract) : '',
    authorsCount: Array.isArray(item.author) && item.author.length > 0 ? item.author.length : null,
    date,
    year,
    organisation: cslOrganisation(item),
    upvotes: null,
    source,
    line,
  };
}

function isCslItem(value: unknown): value is CslItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Line of a CSL item in the JSON text: its `"id"` if we can find it, else its title. */
function findItemLine(text: string, item: CslItem, from: number): { line: number; offset: number } {
  const needles = [
    item.id !== undefined ? `"id": ${JSON.stringify(item.id)}` : null,
    typeof item.title === 'string' ? JSON.stringify(item.title).slice(0, 60) : null,
  ];
  for (const needle of needles) {
    if (needle === null) continue;
    const offset = text.indexOf(needle, from);
    if (offset !== -1) return { line: lineAt(text, offset), offset };
  }
  return { line: 1, offset: from };
}

/** Pure: a CSL-JSON array (or single item) → entries; items without a title are reported. */
export function parseCslJson(text: string, file: string): ReadResult {
  const parsed = parseJsonText(text);
  if ('error' in parsed) {
    return { entries: [], warnings: [{ file, ...(parsed.line ? { line: parsed.line } : {}), reason: `not valid CSL-JSON: ${parsed.error}; skipped` }] };
  }
  const data = parsed.data;
  const items = Array.isArray(data) ? data : [data];
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const source = sourceName(file);
  let from = 0;
  items.forEach((item, index) => {
    if (!isCslItem(item)) {
      warnings.push({ file, reason: `CSL-JSON item #${index + 1} is not an object; skipped` });
      return;
    }
    const found = findItemLine(text, item, from);
    from = found.offset;
    const entry = cslItemToListing(item, source, found.line);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: found.line, reason: `CSL-JSON item #${index + 1} has no title; skipped` });
  });
  return { entries, warnings };
}

export const cslJsonReader: SourceReader = {
  format: 'csl-json',
  detect(text, fileName) {
    if (/\.csl\.json$/i.test(fileName)) return true;
    // Plain .json: CSL items have a "type" and an "issued" or "title" field; OpenAlex works have "abstract_inverted_index".
    return /^\s*\[?\s*\{/.test(text) && /"type"\s*:/.test(text) && /"(issued|title)"\s*:/.test(text) &&
      !/"abstract_inverted_index"|"openalex\.org/.test(text.slice(0, 20000));
  },
  read: parseCslJson,
};
