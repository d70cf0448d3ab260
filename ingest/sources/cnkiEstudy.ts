// CNKI's "E-Study" export (知网研学, CNKI's own format: `DataType: 1`, `Title-题名: …`, `Author-作者: 张三;李四;`).
// Hand-written: a plain `Field-名称: value` text that no JavaScript library reads. Each line names its field twice,
// in English and in Chinese; the Chinese name changes with the kind of document (`Source-刊名` for a journal,
// `Source-学位授予单位` for a thesis, `Source-来源` for a conference), the English one does not, so it is the tag.
import { emptyBibFields } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { addDoi, parseDate, parseYear } from './recordValues';
import { dateInYear, firstValue, readTaggedRecords, splitValues, type TaggedRecord } from './taggedBlocks';

/**
 * `Title-题名: value`: the English name, a hyphen, the Chinese name (or the English one again, `DOI-DOI`), a colon
 * (either width).
 */
const FIELD_LINE = /^([A-Za-z][A-Za-z_.]{0,30})-(?:[^\x00-\x7F][^:：\n]{0,20}|\1)[:：]\s?(.*)$/;
/** `DataType: 1` opens each record. */
const DATA_TYPE_LINE = /^DataType[:：]\s?(.*)$/i;

function tagOf(line: string): { tag: string; value: string } | null {
  const dataType = DATA_TYPE_LINE.exec(line);
  if (dataType) return { tag: 'datatype', value: dataType[1] };
  const match = FIELD_LINE.exec(line);
  return match ? { tag: match[1].toLowerCase(), value: match[2] } : null;
}

/** CNKI's document kinds by `DataType` number (1 journal, 2 thesis, 3 conference, 4 newspaper, 6 yearbook). */
const DATA_TYPES: Record<string, string> = { '1': 'article', '2': 'thesis', '3': 'inproceedings', '4': 'article', '6': 'incollection' };

function recordToListing(record: TaggedRecord, source: string): RawListing | null {
  const title = firstValue(record, 'title') ?? '';
  if (title === '') return null;
  const authors = splitValues(record, 'author');
  const dated = parseDate(firstValue(record, 'pubtime'));
  const year = parseYear(firstValue(record, 'year') ?? '') ?? dated.year;
  // CNKI opens abstracts taken from the text itself with `<正>` ("main text"), which is no part of the abstract.
  const abstract = (firstValue(record, 'summary') ?? '').replace(/^<正>\s*/, '');
  const dataType = firstValue(record, 'datatype') ?? '';
  return {
    ...emptyBibFields(),
    title,
    abstract,
    ids: addDoi({}, firstValue(record, 'doi')),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: firstValue(record, 'source', 'meeting'),
    date: dateInYear(dated, year),
    year,
    keywords: [...new Set(splitValues(record, 'keyword'))],
    url: firstValue(record, 'link'),
    organisation: splitValues(record, 'organ')[0] ?? null,
    type: DATA_TYPES[dataType.trim()] ?? null,
    source,
    line: record.tags.get('title')!.lines[0],
  };
}

/** Pure: E-Study text → full records; a record opens at its `DataType` line or after a blank line. */
export function parseCnkiEstudy(text: string, file: string): ReadResult {
  return readTaggedRecords(text, file, {
    tagOf,
    startsRecord: (tag) => tag === 'datatype',
    toListing: recordToListing,
    untitled: (index) => `CNKI E-Study record #${index + 1} has no Title-题名; skipped`,
  });
}

export const cnkiEstudyReader: SourceReader = {
  format: 'cnki-estudy',
  // By content: the first line is `DataType: n` and a `Title-题名:` line follows in the first record.
  detect: (text) => {
    const lines = text.slice(0, 4000).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
    return DATA_TYPE_LINE.test(lines[0] ?? '') && lines.slice(1, 30).some((line) => /^Title-[^:：]*[:：]/.test(line));
  },
  read: parseCnkiEstudy,
};
