// EndNote's text export in its "Show All Fields" output style (`Reference Type:  Journal Article`, `Record Number: 39`,
// `Author: Zuo, Y. and Zhu, Z.`, `Title: …`, `Keywords: first` then one keyword a line, `Abstract: …`), one record
// after another. Hand-written: a plain `Field: value` text of EndNote's own, which no kept library reads.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { dropAbstractLabel } from './exportText';
import { markupToPlainText } from './latex';
import { addDoi, parseDate, parseYear } from './recordValues';
import { parseReferenceText, splitScopusReferences } from './referenceText';
import { stripCopyright } from './scopusCsv';
import { dateInYear, documentTypeOf } from './taggedBlocks';
import { sourceName } from './text';

/**
 * EndNote's field names. Only these make a field line, so that a structured abstract's "Results: …" line or a title
 * with a colon continues the field before it.
 */
const FIELDS = new Set([
  'reference type', 'record number', 'author', 'year', 'title', 'journal', 'secondary author', 'secondary title',
  'tertiary author', 'tertiary title', 'subsidiary author', 'translated author', 'translated title', 'editor',
  'series editor', 'series title', 'book title', 'place published', 'publisher', 'volume', 'number of volumes', 'issue',
  'number', 'pages', 'section', 'edition', 'date', 'epub date', 'type of article', 'type of work', 'short title',
  'alternate journal', 'alternate title', 'original publication', 'reprint edition', 'reviewed item', 'issn', 'isbn',
  'issn/isbn', 'doi', 'accession number', 'call number', 'label', 'keywords', 'abstract', 'notes', 'research notes', 'url',
  'link to pdf', 'file attachments', 'author address', 'figure', 'caption', 'access date', 'name of database',
  'database provider', 'language', 'pmcid', 'nihmsid', 'conference name', 'conference location', 'university',
  'department', 'degree', 'custom 1', 'custom 2', 'custom 3', 'custom 4', 'custom 5', 'custom 6', 'custom 7', 'custom 8',
]);

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9 /]{0,30}):\s*(.*)$/;

interface FieldRecord {
  line: number;
  fields: Map<string, { lines: string[]; line: number }>;
}

function value(record: FieldRecord, ...names: string[]): string | null {
  for (const name of names) {
    const text = markupToPlainText((record.fields.get(name)?.lines ?? []).join(' '));
    if (text !== '') return text;
  }
  return null;
}

/** "Zuo, Y. and Zhu, Z." or one name a line; an "and" inside a corporate name ("Food and Drug Administration") stays. */
function authorsOf(record: FieldRecord): string[] {
  return (record.fields.get('author')?.lines ?? [])
    .flatMap((line) => line.split(/\s+and\s+(?=[^,]+,)/))
    .map((name) => markupToPlainText(name))
    .filter((name) => name !== '');
}

function recordToListing(record: FieldRecord, source: string): RawListing | null {
  const title = value(record, 'title');
  if (title === null) return null;
  const authors = authorsOf(record);
  const year = parseYear(value(record, 'year') ?? '');
  const keywords = (record.fields.get('keywords')?.lines ?? [])
    .flatMap((line) => line.split(/\s*;\s*/))
    .map((keyword) => markupToPlainText(keyword))
    .filter((keyword) => keyword !== '');
  // A record EndNote imported from Scopus keeps Scopus's "References: a; b; …" line among its notes.
  const referenceLine = (record.fields.get('notes')?.lines ?? []).find((line) => /^References: /.test(line)) ?? '';
  const url = value(record, 'url');
  const ids = addDoi({}, value(record, 'doi'));
  // A record imported from Scopus links its Scopus page, whose `eid` is the record's Scopus id.
  setId(ids, 'scopus', /scopus\.com\/.*[?&]eid=(2-s2\.0-\d+)/.exec(url ?? '')?.[1] ?? '');
  return {
    ...emptyBibFields(),
    title,
    abstract: dropAbstractLabel(stripCopyright(value(record, 'abstract') ?? '')),
    references: splitScopusReferences(referenceLine.replace(/^References: /, '')).map((reference) => parseReferenceText(reference, 'scopus')),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: value(record, 'journal', 'secondary title', 'book title', 'conference name'),
    date: dateInYear(parseDate(`${year ?? ''} ${value(record, 'date') ?? ''}`.trim()), year),
    year,
    keywords: [...new Set(keywords)],
    url,
    organisation: (record.fields.get('author address')?.lines[0] ?? '').trim() || null,
    type: documentTypeOf(value(record, 'reference type')),
    source,
    line: record.fields.get('title')!.line,
  };
}

/** Pure: EndNote "Show All Fields" text → entries; a record opens at its `Reference Type:` line. */
export function parseEndnoteFields(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const records: FieldRecord[] = [];
  const warnings: IngestWarning[] = [];
  let record: FieldRecord | null = null;
  let last: string[] | null = null;
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const field = FIELD_LINE.exec(line);
    const name = field?.[1].toLowerCase();
    if (field && name !== undefined && FIELDS.has(name)) {
      if (name === 'reference type' || !record) {
        record = { line: index + 1, fields: new Map() };
        records.push(record);
      }
      const slot = record.fields.get(name) ?? { lines: [], line: index + 1 };
      slot.lines.push(field[2]);
      record.fields.set(name, slot);
      last = slot.lines;
      return;
    }
    // Keywords and names one a line, wrapped abstracts: the line belongs to the field before it.
    if (last) last.push(line);
  });
  const entries: RawListing[] = [];
  records.forEach((each, at) => {
    const entry = recordToListing(each, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: each.line, reason: `EndNote record #${at + 1} has no Title; skipped` });
  });
  return { entries, warnings };
}

export const endnoteFieldsReader: SourceReader = {
  format: 'endnote-fields',
  // By content: it opens with a `Reference Type:` line, and a `Title:` line follows in the first record.
  detect: (text) => {
    const lines = text.slice(0, 8000).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
    return /^Reference Type:\s+\S/.test(lines[0] ?? '') && lines.slice(0, 30).some((line) => /^Title:\s*\S/.test(line));
  },
  read: parseEndnoteFields,
};
