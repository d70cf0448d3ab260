// RefWorks tagged format (`RT Journal Article`, `A1 …`, `T1 …`): CNKI's and Wanfang's "RefWorks" export, also written
// by RefWorks itself and ProQuest. Hand-written: a plain tag-per-line text, and citation-js has no reader for it.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { markupToPlainText } from './latex';
import { addDoi, parseDate, parseYear } from './recordValues';
import { dateInYear, documentTypeOf, firstValue, readTaggedRecords, splitValues, type TaggedRecord } from './taggedBlocks';

/**
 * The RefWorks tags (RefWorks writes `vo` in lower case). Only these make a tag line: a wrapped abstract line such as
 * "of the model" must not be read as a tag `OF`.
 */
const TAGS = new Set([
  'RT', 'SR', 'ID', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'T1', 'T2', 'T3', 'JF', 'JO', 'JA', 'YR', 'FD', 'VO', 'IS', 'SP',
  'OP', 'K1', 'AB', 'NO', 'PB', 'PP', 'ED', 'SN', 'AD', 'AN', 'LA', 'CL', 'DO', 'LK', 'DS', 'UL', 'WT', 'WP', 'RD', 'CN',
  'SF', 'OL', 'U1', 'U2', 'U3', 'U4', 'U5',
]);

function tagOf(line: string): { tag: string; value: string } | null {
  const match = /^([A-Za-z][A-Za-z0-9]) (.*)$/.exec(line) ?? /^([A-Za-z][A-Za-z0-9])$/.exec(line);
  const tag = match?.[1].toUpperCase();
  return match && tag && TAGS.has(tag) ? { tag, value: match[2] ?? '' } : null;
}

function recordToListing(record: TaggedRecord, source: string): RawListing | null {
  const title = markupToPlainText(firstValue(record, 'T1') ?? '');
  if (title === '') return null;
  const authors = splitValues(record, 'A1').map((name) => markupToPlainText(name));
  const dated = parseDate(firstValue(record, 'FD'));
  const year = parseYear(firstValue(record, 'YR') ?? '') ?? dated.year;
  const ids = addDoi({}, firstValue(record, 'DO'));
  const url = firstValue(record, 'LK', 'UL');
  if (url && /arxiv\.org\/(?:abs|pdf)\//i.test(url)) setId(ids, 'arxiv', url);
  const venue = firstValue(record, 'JF', 'JO', 'T2');
  const organisation = splitValues(record, 'AD')[0] ?? null;
  return {
    ...emptyBibFields(),
    title,
    abstract: markupToPlainText(firstValue(record, 'AB') ?? ''),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venue === null ? null : markupToPlainText(venue),
    date: dateInYear(dated, year),
    year,
    keywords: [...new Set(splitValues(record, 'K1').map((word) => markupToPlainText(word)))],
    url,
    organisation,
    type: documentTypeOf(firstValue(record, 'RT')),
    source,
    line: record.tags.get('T1')!.lines[0],
  };
}

/** Pure: RefWorks tagged text → full records; a record opens at its `RT` line or after a blank line. */
export function parseRefworks(text: string, file: string): ReadResult {
  return readTaggedRecords(text, file, {
    tagOf,
    startsRecord: (tag) => tag === 'RT',
    toListing: recordToListing,
    untitled: (index) => `RefWorks record #${index + 1} has no title (T1); skipped`,
  });
}

export const refworksReader: SourceReader = {
  format: 'refworks',
  // By content: it opens with a record's `RT` line, and a title line `T1` follows in the first record.
  detect: (text) => {
    const lines = text.slice(0, 4000).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
    return /^RT \S/.test(lines[0] ?? '') && lines.slice(0, 30).some((line) => /^T1 \S/.test(line));
  },
  read: parseRefworks,
};
