// Ovid's labelled text export (format `ovid`): each record opens with its number in angle brackets (`<1>`), then one
// field per label line (`Title`, `Author`, `Source`, `Abstract`…) with its value on the indented lines under it, as
// Ovid (Journals@Ovid, Ovid MEDLINE, Embase, PsycINFO) displays and saves records with labels.
// Hand-written: no JavaScript library reads this layout.
import { emptyBibFields } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { medlineAffiliation } from './pubmed';
import { addDoi, formatDate, httpUrl, parseYear, uniqueStrings } from './recordValues';
import { sourceName } from './text';
import { findWrittenDate } from './writtenDates';

const RECORD_START = /^\s*<(\d+)>\s*$/;

interface OvidRecord {
  line: number;
  /** The record's number as Ovid wrote it (`<8>`). */
  number: string;
  /** Each label (lower-cased) with its value lines, as written (trimmed). */
  fields: Map<string, { lines: string[]; line: number }>;
}

/** Labels Ovid writes for the fields read here; one of them must follow the first record number for the file to be Ovid's. */
const KNOWN_LABELS = new Set([
  'title', 'author', 'authors', 'authors full name', 'source', 'abstract', 'accession number', 'unique identifier',
  'institution', 'author keywords', 'keyword heading', 'mesh subject headings', 'year of publication', 'doi number',
  'digital object identifier', 'document type', 'publication type', 'language', 'issn', 'status', 'score',
]);

/** Pure: the records of an Ovid text (label lines at the margin, their values indented under them). */
function parseRecords(text: string): OvidRecord[] {
  const records: OvidRecord[] = [];
  let record: OvidRecord | null = null;
  let field: { lines: string[]; line: number } | null = null;
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((line, index) => {
    const start = RECORD_START.exec(line);
    if (start) {
      record = { line: index + 1, number: start[1], fields: new Map() };
      records.push(record);
      field = null;
      return;
    }
    if (!record || line.trim() === '') return;
    if (/^\S/.test(line)) {
      field = { lines: [], line: index + 1 };
      // A label written twice in a record keeps its first value.
      const label = line.trim().replace(/:$/, '').toLowerCase();
      if (!record.fields.has(label)) record.fields.set(label, field);
    } else if (field) {
      field.lines.push(line.trim());
    }
  });
  return records;
}

/**
 * Whether a text is Ovid's labelled export: a record number line, then a known label with an indented value. Lines
 * before the first record (a saved search's database and strategy) are allowed and not read.
 */
export function isOvidText(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/, 300).filter((line) => line.trim() !== '');
  const start = lines.findIndex((line) => RECORD_START.test(line));
  return start !== -1 && KNOWN_LABELS.has(lines[start + 1]?.trim().toLowerCase() ?? '') && /^\s+\S/.test(lines[start + 2] ?? '');
}

/** The first of several labels a record has, its lines joined by spaces. */
function valueOf(record: OvidRecord, ...labels: string[]): string | null {
  for (const label of labels) {
    const value = record.fields.get(label)?.lines.join(' ').trim();
    if (value) return value;
  }
  return null;
}

/**
 * One author as Ovid lists them (`Verbeek, Jan MD *`, `van Vugt, Arie MD, PhD +`, `Holstiege, Jakob 1`): the marks
 * and numbers that point at the institutions, and the degrees after the given name (words of two or more capitals),
 * are no part of the name. Without a comma ("Smith JA", MEDLINE's short form) the name is kept as written.
 */
function authorName(raw: string): string | null {
  let name = raw.replace(/[\s,]*[*+†‡§¶#\d,]+$/u, '').trim();
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim().split(/,?\s+/);
    while (given.length > 1 && /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}\.?$/.test(given[given.length - 1])) given.pop();
    name = `${family}, ${given.join(' ')}`;
  }
  return name === '' ? null : name;
}

/** `Nature. 604(7907):684-688, 2022 Apr.` or `Journal of Orthopaedic Trauma. `: the journal, and the year at its end. */
function readSource(source: string | null): { venue: string | null; year: number | null } {
  if (source === null) return { venue: null, year: null };
  const venue = (/^(.*?)\.(?:\s+(?=\d)|\s*$)/.exec(source)?.[1] ?? source).trim();
  const year = /,\s*((?:1[5-9]|2[01])\d\d)\b[^,]*$/.exec(source)?.[1];
  return { venue: venue === '' ? null : venue, year: year ? Number(year) : null };
}

/** `Original Article:  PDF Only.` → `original article`. */
function typeOf(value: string | null): string | null {
  const type = value?.split(/[:.]/)[0].trim().toLowerCase();
  return type ? type : null;
}

/** `a;  b;  c.` → `a`, `b`, `c`. */
function terms(value: string | null): string[] {
  return value === null ? [] : uniqueStrings(value.split(/\s*;\s*/).map((term) => term.replace(/\.$/, '').replace(/^\*/, '').trim()));
}

function recordToListing(record: OvidRecord, source: string): RawListing | null {
  // Journals@Ovid closes the title with the article's kind in brackets: "…pelvic ring fractures.[Article]".
  const title = valueOf(record, 'title')?.replace(/\.\s*\[[^\]]{1,40}\]$/, '.') ?? '';
  if (title === '') return null;
  const authorList = valueOf(record, 'authors full name', 'authors', 'author');
  const authors = authorList === null ? [] : authorList.split(/\s*;\s*/).map(authorName).filter((name): name is string => name !== null);
  const cited = readSource(valueOf(record, 'source'));
  // The year: its own field, else the source's, else the date of an ahead-of-print record's status
  // ("Publish Ahead of Print, POST ACCEPTANCE, 30 November 2015").
  const status = findWrittenDate(valueOf(record, 'status') ?? '');
  const year = parseYear(valueOf(record, 'year of publication') ?? '') ?? cited.year ?? status?.year ?? null;
  const institution = record.fields.get('institution')?.lines[0] ?? null;
  return {
    ...emptyBibFields(),
    title,
    abstract: valueOf(record, 'abstract') ?? '',
    ids: addDoi({}, valueOf(record, 'doi number', 'digital object identifier')),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: cited.venue,
    date: year === null ? null : status && status.year === year ? formatDate(year, status.month, status.day) : String(year),
    year,
    keywords: terms(valueOf(record, 'author keywords', 'keyword heading', 'keywords')),
    categories: terms(valueOf(record, 'mesh subject headings', 'subject headings')),
    url: httpUrl(valueOf(record, 'link to the ovid full text or citation')),
    // "(*)Department …", "(1)Institute …": the mark pointing back at its authors goes, with the space it leaves.
    organisation: institution === null ? null : medlineAffiliation(institution.replace(/\((?:[*+†‡§¶#]+|\d+)\)\s*/gu, '')),
    type: typeOf(valueOf(record, 'document type', 'publication type')),
    source,
    line: record.fields.get('title')?.line ?? record.line,
  };
}

/** Pure: Ovid labelled text → entries; a record without a title is a warning with its line. */
export function parseOvidText(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  parseRecords(text).forEach((record, index) => {
    const entry = recordToListing(record, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: record.line, reason: `Ovid record #${index + 1} (<${record.number}>) has no title; skipped` });
  });
  return { entries, warnings };
}

export const ovidTextReader: SourceReader = {
  format: 'ovid',
  detect: (text) => isOvidText(text),
  read: parseOvidText,
};
