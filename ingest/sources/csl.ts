// CSL-JSON reader (Zotero, Better BibTeX, citation.js exports): items → full records with ids, names, venue and dates.
import { emptyBibFields, setId, type PaperIds } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult } from '../types';
import { readJsonFile, type JsonSourceReader } from './jsonReader';
import { describeNonRecord, LineIndex, type JsonDocument } from './jsonRecords';
import { collapseWhitespace, sourceName } from './text';
import { dropAbstractLabel } from './exportText';
import { decodeDoubleDollarMath } from './latex';
import { addExtraFieldIds, parseDateParts } from './recordValues';

/** The CSL-JSON fields we read; real files carry many more. Date parts may be numbers or strings. */
export interface CslItem {
  id?: string | number;
  type?: string;
  title?: string;
  abstract?: string;
  author?: unknown[];
  /**
   * CSL-JSON's object; in CSL YAML also an EDTF date string (`2021-04-25`, Pandoc) or a bare year, or a list of
   * `{year, month, day}` (Better BibTeX, Zotero and older pandoc-citeproc).
   */
  issued?: { 'date-parts'?: unknown[][]; raw?: string; literal?: string; year?: unknown; month?: unknown; day?: unknown } | string | number | unknown[];
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
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return firstString(value[0]);
  return null;
}

/** arXiv's own DOIs (`10.48550/arXiv.2106.01234`) name the arXiv id too. */
export function arxivIdFromDoi(doi: string | null | undefined): string | null {
  const match = typeof doi === 'string' ? /^10\.48550\/arxiv\.(.+)$/i.exec(doi) : null;
  return match ? match[1] : null;
}

/**
 * Read `issued`: ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the parts go. Parts may be numbers or strings
 * (Better BibTeX writes the year as a string).
 */
export function cslIssued(issued: CslItem['issued']): { date: string | null; year: number | null } {
  if (typeof issued === 'string' || typeof issued === 'number') return cslIssued({ raw: String(issued) });
  if (Array.isArray(issued)) return cslIssued(issued[0] as CslItem['issued']);
  if (issued && typeof issued === 'object' && 'year' in issued) return parseDateParts([[issued.year, issued.month, issued.day]]);
  if (Array.isArray(issued?.['date-parts']?.[0]) && issued['date-parts'][0].length > 0) return parseDateParts(issued['date-parts']);
  const raw = issued?.raw ?? issued?.literal;
  const match = typeof raw === 'string' ? /\b(1[5-9]\d\d|20\d\d)(?:-(\d\d)(?:-(\d\d))?)?\b/.exec(raw) : null;
  if (!match) return { date: null, year: null };
  return { date: match.slice(1).filter(Boolean).join('-'), year: Number(match[1]) };
}

/** CSL name → "Family, Given" (particles and suffix kept), or the literal name. */
export function cslName(name: unknown): string | null {
  if (typeof name !== 'object' || name === null) return null;
  const part = (key: string) => {
    const value = (name as Record<string, unknown>)[key];
    return typeof value === 'string' ? stripCslMarkup(value) : '';
  };
  if (part('literal') !== '') return part('literal');
  const family = [part('non-dropping-particle'), part('family')].filter(Boolean).join(' ');
  const given = [part('given'), part('dropping-particle')].filter(Boolean).join(' ');
  if (family === '') return given || null;
  return [family, part('suffix'), given].filter(Boolean).join(', ');
}

/** Identifiers of a CSL item: DOI (full form preferred over a shortDOI), arXiv, PMID, PMCID. */
export function cslIds(item: CslItem): PaperIds {
  const ids: PaperIds = {};
  const url = firstString(item.URL) ?? '';
  const doiField = firstString(item.DOI);
  setId(ids, 'doi', doiField);
  // doi.org links and publishers' `/doi/10.…` pages carry the full DOI.
  if (!ids.doi && /doi\.org\/|\/doi\/(?:abs\/|full\/|pdf\/)?10\./i.test(url)) setId(ids, 'doi', url);
  // A shortDOI (`10/fqd6hj`) resolves at doi.org but matches no full DOI; kept only when nothing better is given.
  if (!ids.doi && doiField && /^10\/[a-z0-9]+$/i.test(doiField)) ids.doi = doiField.toLowerCase();
  const arxivSource = [firstString(item.number), firstString(item.archive_location), url].find(
    (value) => value !== null && /arxiv/i.test(`${value} ${firstString(item.publisher) ?? ''} ${firstString(item.archive) ?? ''}`),
  );
  setId(ids, 'arxiv', arxivIdFromDoi(ids.doi) ?? arxivSource ?? null);
  setId(ids, 'pmid', firstString(item.PMID));
  setId(ids, 'pmcid', firstString(item.PMCID));
  // Zotero's CSL-JSON writes the item's Extra field as `note`.
  addExtraFieldIds(ids, firstString(item.note));
  return ids;
}

/** CSL `keyword` is one string ("a, b" from Zotero) or, from some tools, a list. */
function cslKeywords(value: unknown): string[] {
  const items = Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : typeof value === 'string'
      ? value.split(value.includes(';') ? ';' : ',')
      : [];
  return [...new Set(items.map((item) => stripCslMarkup(item)).filter((item) => item !== ''))];
}

/** One CSL item → one full record; null when it has no title (not a paper we can show). */
export function cslItemToListing(item: CslItem, source: string, line: number): RawListing | null {
  const title = typeof item.title === 'string' ? stripCslMarkup(item.title) : '';
  if (title === '') return null;
  const { date, year } = cslIssued(item.issued);
  const authors = Array.isArray(item.author) ? item.author.map(cslName).filter((name): name is string => name !== null) : [];
  const venue = firstString(item['container-title']) ?? firstString(item['collection-title']) ?? firstString(item['event-title']) ?? firstString(item.event);
  const ids = cslIds(item);
  return {
    ...emptyBibFields(),
    title,
    // Zotero keeps the heading of an abstract it took from a publisher's page ("Abstract Background …").
    abstract: typeof item.abstract === 'string' ? dropAbstractLabel(decodeDoubleDollarMath(stripCslMarkup(item.abstract))) : '',
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venue !== null ? stripCslMarkup(venue) : ids.arxiv ? 'arXiv' : null,
    date,
    year,
    keywords: cslKeywords(item.keyword),
    url: firstString(item.URL),
    organisation: firstString(item.authority) ?? (item.type === 'thesis' || item.type === 'report' ? firstString(item.publisher) : null),
    type: typeof item.type === 'string' && item.type.trim() !== '' ? item.type.trim().toLowerCase() : null,
    source,
    line,
  };
}

function isCslObject(value: unknown): value is CslItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The CSL item itself: citation items as Mendeley and Zotero store them in documents (and citation tools pass them
 * on) wrap it as `{"id": "ITEM-1", "itemData": {…}, "uris": […]}`.
 */
export function cslItemOf(item: CslItem): CslItem {
  const data = (item as Record<string, unknown>).itemData;
  return isCslObject(data) ? data : item;
}

/** Pure: a loaded CSL-JSON document (array or single item) → records at their title's line; title-less items reported. */
export function readCslJson(doc: JsonDocument, file: string): ReadResult {
  const items: unknown[] = Array.isArray(doc.data) ? doc.data : [doc.data];
  const lines = new LineIndex(doc.text);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const source = sourceName(file);
  const starts = items.map((item) => (isCslObject(item) ? doc.lineOf(item) : undefined));
  items.forEach((item, index) => {
    const start = starts[index];
    if (!isCslObject(item)) {
      const line = Array.isArray(doc.data) ? doc.lineOfElement(doc.data, index) : undefined;
      const reason = `CSL-JSON item #${index + 1} is ${describeNonRecord(item)}, not an item object; skipped`;
      warnings.push({ file, ...(line ? { line } : {}), reason });
      return;
    }
    // The title's own line when it is on a line of this item (pretty-printed files), else the item's first line.
    const end = starts.slice(index + 1).find((line) => line !== undefined) ?? lines.length + 1;
    let line = start ?? 1;
    for (let candidate = line; start !== undefined && candidate < end; candidate++) {
      if (/^\s*"title"\s*:/.test(lines.lineText(candidate))) {
        line = candidate;
        break;
      }
    }
    const entry = cslItemToListing(cslItemOf(item), source, line);
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `CSL-JSON item #${index + 1} has no title; skipped` });
  });
  return { entries, warnings };
}

/** Pure: CSL-JSON text → records (parsed by the shared JSON loader, so a truncated file keeps its complete items). */
export function parseCslJson(text: string, file: string): ReadResult {
  return readJsonFile(text, file, readCslJson);
}

export const cslJsonReader: JsonSourceReader = {
  format: 'csl-json',
  // JSON files are routed by the shape of their records (detect.ts); this is for direct use of the reader.
  detect: (text) => /^\s*[[{]/.test(text) && /"type"\s*:/.test(text) && /"(issued|author)"\s*:/.test(text),
  read: parseCslJson,
  readJson: readCslJson,
};
