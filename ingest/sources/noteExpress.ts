// NoteExpress format (`{Reference Type}: Journal Article`, `{Title}: …`): CNKI's and Wanfang's "NoteExpress" export.
// Hand-written: a plain `{Field}: value` text, and no JavaScript library reads it.
import { emptyBibFields } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { addDoi, parseDate, parseYear } from './recordValues';
import { dateInYear, documentTypeOf, firstValue, readTaggedRecords, splitValues, type TaggedRecord } from './taggedBlocks';

const FIELD_LINE = /^\{([^{}\n]{1,40})\}:\s?(.*)$/;

function tagOf(line: string): { tag: string; value: string } | null {
  const match = FIELD_LINE.exec(line);
  return match ? { tag: match[1].trim().toLowerCase(), value: match[2] } : null;
}

function recordToListing(record: TaggedRecord, source: string): RawListing | null {
  const title = firstValue(record, 'title') ?? '';
  if (title === '') return null;
  const authors = splitValues(record, 'author');
  const dated = parseDate(firstValue(record, 'date', 'publication date'));
  const year = parseYear(firstValue(record, 'year') ?? '') ?? dated.year;
  return {
    ...emptyBibFields(),
    title,
    abstract: firstValue(record, 'abstract') ?? '',
    ids: addDoi({}, firstValue(record, 'doi')),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: firstValue(record, 'journal', 'secondary title', 'source', 'tertiary title'),
    date: dateInYear(dated, year),
    year,
    keywords: [...new Set(splitValues(record, 'keywords'))],
    url: firstValue(record, 'url', 'link'),
    organisation: splitValues(record, 'author address')[0] ?? null,
    type: documentTypeOf(firstValue(record, 'reference type')),
    source,
    line: record.tags.get('title')!.lines[0],
  };
}

/** Pure: NoteExpress text → full records; a record opens at its `{Reference Type}` line or after a blank line. */
export function parseNoteExpress(text: string, file: string): ReadResult {
  return readTaggedRecords(text, file, {
    tagOf,
    startsRecord: (tag) => tag === 'reference type',
    toListing: recordToListing,
    untitled: (index) => `NoteExpress record #${index + 1} has no {Title}; skipped`,
  });
}

export const noteExpressReader: SourceReader = {
  format: 'noteexpress',
  // By content: it opens with a `{Field}: value` line, and a `{Title}:` line follows in the first record.
  detect: (text) => {
    const lines = text.slice(0, 4000).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
    return FIELD_LINE.test(lines[0] ?? '') && lines.slice(0, 30).some((line) => /^\{Title\}:/i.test(line));
  },
  read: parseNoteExpress,
};
