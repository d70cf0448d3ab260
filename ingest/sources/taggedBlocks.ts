// Tagged-line records shared by the RefWorks and NoteExpress readers: `TAG value` lines, a record per block.
//
// Both formats (as China's CNKI and Wanfang export them) write one field a line, a blank line between records and no
// end tag; a line that is not a tag line continues the previous field (a wrapped abstract).

import type { IngestWarning, RawListing, ReadResult } from '../types';
import { sourceName } from './text';

export interface TaggedRecord {
  /** 1-based line of the record's first tag. */
  line: number;
  tags: Map<string, { values: string[]; lines: number[] }>;
}

/**
 * Pure: text → records. `tagOf` gives a line's tag and value, or null for a continuation line; `startsRecord` says
 * whether a tag opens a new record even without a blank line before it.
 */
export function parseTaggedBlocks(
  text: string,
  tagOf: (line: string) => { tag: string; value: string } | null,
  startsRecord: (tag: string) => boolean,
): TaggedRecord[] {
  const records: TaggedRecord[] = [];
  let record: TaggedRecord | null = null;
  let last: string[] | null = null;
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line.trim() === '') {
      record = null;
      last = null;
      return;
    }
    const tagged = tagOf(line);
    if (tagged) {
      if (!record || (startsRecord(tagged.tag) && record.tags.size > 0)) {
        record = { line: index + 1, tags: new Map() };
        records.push(record);
      }
      const slot = record.tags.get(tagged.tag) ?? { values: [], lines: [] };
      slot.values.push(tagged.value.trim());
      slot.lines.push(index + 1);
      record.tags.set(tagged.tag, slot);
      last = slot.values;
    } else if (last) {
      const values: string[] = last;
      values[values.length - 1] += ` ${line.trim()}`;
    }
  });
  return records;
}

/** How one tagged format reads: its tag lines, the tag that opens a record, a record → entry, the untitled warning. */
export interface TaggedFormat {
  tagOf: (line: string) => { tag: string; value: string } | null;
  startsRecord: (tag: string) => boolean;
  /** Null when the record has no title. */
  toListing: (record: TaggedRecord, source: string) => RawListing | null;
  /** The warning's reason for the record at `index` (0-based) that has no title. */
  untitled: (index: number) => string;
}

/** Pure: tagged text → full records; a record without a title is a warning at its first line, the others are kept. */
export function readTaggedRecords(text: string, file: string, format: TaggedFormat): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  parseTaggedBlocks(text, format.tagOf, format.startsRecord).forEach((record, index) => {
    const entry = format.toListing(record, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: record.line, reason: format.untitled(index) });
  });
  return { entries, warnings };
}

/** A record's date: the written date when it falls in the record's year, else the year alone (null without one). */
export function dateInYear(dated: { date: string | null; year: number | null }, year: number | null): string | null {
  return dated.year !== null && dated.year === year ? dated.date : year === null ? null : String(year);
}

/** First non-empty value of the first tag that has one. */
export function firstValue(record: TaggedRecord, ...tags: string[]): string | null {
  for (const tag of tags) {
    const value = record.tags.get(tag)?.values.find((item) => item !== '');
    if (value !== undefined) return value;
  }
  return null;
}

/** Every value of the tags, each split at `;` (Chinese databases list names and keywords so: `张三;李四;`). */
export function splitValues(record: TaggedRecord, ...tags: string[]): string[] {
  return tags
    .flatMap((tag) => record.tags.get(tag)?.values ?? [])
    .flatMap((value) => value.split(/\s*[;；]\s*/))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** Reference types as these exports name them (`Journal Article`, `Dissertation`…) → the record's document type. */
const TYPE_NAMES: Record<string, string> = {
  'journal article': 'article', 'newspaper article': 'article', 'magazine article': 'article',
  'conference proceedings': 'inproceedings', 'conference paper': 'inproceedings', book: 'book', 'book section': 'incollection',
  'book, section': 'incollection', dissertation: 'thesis', 'dissertation/thesis': 'thesis', thesis: 'thesis', report: 'report',
  patent: 'patent', generic: 'misc',
};

export function documentTypeOf(value: string | null): string | null {
  if (value === null || value.trim() === '') return null;
  const name = value.trim().toLowerCase();
  return TYPE_NAMES[name] ?? name;
}
