// NoteExpress format (`{Reference Type}: Journal Article`, `{Title}: …`): CNKI's and Wanfang's "NoteExpress" export.
// Hand-written: a plain `{Field}: value` text, and no JavaScript library reads it.
import { emptyBibFields } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { addDoi, parseDate, parseYear } from './recordValues';
import { documentTypeOf, firstValue, parseTaggedBlocks, splitValues, type TaggedRecord } from './taggedBlocks';
import { sourceName } from './text';

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
    date: dated.year !== null && dated.year === year ? dated.date : year === null ? null : String(year),
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
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  parseTaggedBlocks(text, tagOf, (tag) => tag === 'reference type').forEach((record, index) => {
    const entry = recordToListing(record, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: record.line, reason: `NoteExpress record #${index + 1} has no {Title}; skipped` });
  });
  return { entries, warnings };
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
