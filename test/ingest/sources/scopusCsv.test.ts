// Scopus CSV reader on the real export (counts from ../shared/samples/README.md), on other header versions and on
// broken copies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { parseScopusCsv, scopusCsvReader } from '../../../ingest/sources/scopusCsv';
import type { RawListing } from '../../../ingest/types';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/scopus_export_agile_software.csv');

/** A current-style export of our own: other column order, `Author full names`, `;` between short names, no References. */
const CURRENT = [
  '\uFEFFAuthors,Author full names,Author(s) ID,Title,Year,Source title,DOI,Link,Abstract,Author Keywords,Index Keywords,PubMed ID,Document Type,EID',
  '"Govil N.; Sharma A.","Govil, Nikhil (57209571323); Sharma, Ashish (57220907015)","57209571323; 57220907015","Validation of agile methodology","2022","Advances in Engineering Software","10.1016/J.ADVENGSOFT.2022.103125","https://www.scopus.com/x","An abstract. © 2022 Elsevier Ltd","Agile; Fuzzy TOPSIS","Decision making; Software design","","Article","2-s2.0-85127865888"',
  '"[No author name available]","","","A second paper, with a comma","2021","Some Journal","","","[No abstract available]","","","123","Conference Paper","2-s2.0-1"',
].join('\r\n');

describe('Scopus CSV reader on other header versions', () => {
  it('maps columns by name: full author names, ids, keywords kept apart from index terms', () => {
    const { entries, warnings } = parseScopusCsv(CURRENT, 'current.csv');
    expect(warnings).toEqual([]);
    expect(entries[0]).toMatchObject({
      title: 'Validation of agile methodology',
      authors: ['Govil, Nikhil', 'Sharma, Ashish'],
      authorsCount: 2,
      year: 2022,
      date: '2022',
      venue: 'Advances in Engineering Software',
      abstract: 'An abstract.',
      keywords: ['Agile', 'Fuzzy TOPSIS'],
      indexTerms: ['Decision making', 'Software design'],
      ids: { doi: '10.1016/j.advengsoft.2022.103125', scopus: '2-s2.0-85127865888' },
      url: 'https://www.scopus.com/x',
      type: 'article',
      references: [],
      line: 2,
    });
    // Placeholders are not values.
    expect(entries[1]).toMatchObject({ authors: [], authorsCount: null, abstract: '', ids: { pmid: '123', scopus: '2-s2.0-1' }, line: 3 });
  });

  it('gives each row the line it starts on when a quoted field spans lines', () => {
    const rows = CURRENT.split('\r\n');
    const multiline = [rows[0], rows[1].replace('An abstract.', 'An abstract\r\nover two lines.'), rows[2]].join('\r\n');
    const { entries, warnings } = parseScopusCsv(multiline, 'm.csv');
    expect(warnings).toEqual([]);
    expect(entries.map((entry) => entry.line)).toEqual([2, 4]);
    expect(entries[0].abstract).toBe('An abstract over two lines.');
  });

  it('reads short names separated by commas in older exports', () => {
    const older = 'Authors,Title,Year,Source title,EID\n"Govil N., Sharma A.",A title,2022,A journal,2-s2.0-2\n';
    expect(parseScopusCsv(older, 'o.csv').entries[0].authors).toEqual(['Govil N.', 'Sharma A.']);
  });

  it('is recognised by its columns, not by any CSV', () => {
    expect(scopusCsvReader.detect(CURRENT, 'export.csv')).toBe(true);
    expect(readText(CURRENT, 'export.csv').format).toBe('scopus-csv');
    const unknown = readFileSync(join(__dirname, '../../fixtures/sources/unknown.csv'), 'utf8');
    expect(scopusCsvReader.detect(unknown, 'unknown.csv')).toBe(false);
    expect(scopusCsvReader.detect('title,abstract,year\nx,y,2020\n', 'table.csv')).toBe(false);
  });

  it('skips a broken row with its real line and keeps every other row', () => {
    const rows = CURRENT.split('\r\n');
    const third = rows[2].replace('"2-s2.0-1"', '"2-s2.0-3"');
    // A quote that never closes on line 3 would swallow the rest of the file.
    const badQuote = [rows[0], rows[1], rows[2].replace('"A second paper, with a comma"', '"A second paper, with a comma'), third].join('\n');
    const result = parseScopusCsv(badQuote, 'bad.csv');
    expect(result.entries.map((entry) => [entry.ids.scopus, entry.line])).toEqual([['2-s2.0-85127865888', 2], ['2-s2.0-3', 4]]);
    expect(result.warnings).toEqual([{ file: 'bad.csv', line: 3, reason: 'row has a broken quote ("); skipped' }]);
    // A row with too few fields would put values under the wrong columns.
    const short = parseScopusCsv([rows[0], '"Doe J.","A title only"', third].join('\n'), 'short.csv');
    expect(short.entries.map((entry) => entry.line)).toEqual([3]);
    expect(short.warnings).toEqual([{ file: 'short.csv', line: 2, reason: 'row has 2 fields, the header 14; skipped' }]);
    // A row without a title.
    const untitled = parseScopusCsv([rows[0], rows[1].replace('"Validation of agile methodology"', '""'), third].join('\n'), 'u.csv');
    expect(untitled.entries).toHaveLength(1);
    expect(untitled.warnings).toEqual([{ file: 'u.csv', line: 2, reason: 'row has no title; skipped' }]);
    expect(parseScopusCsv('', 'e.csv')).toEqual({ entries: [], warnings: [] });
    expect(parseScopusCsv(rows[0], 'header-only.csv')).toEqual({ entries: [], warnings: [] });
  });
});

/** Lower case, accents and punctuation away: how a matcher compares a reference's parts with a record. */
const normalise = (text: string | null) =>
  (text ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describeShared(sharedPath('samples/biblio'), 'Scopus CSV reader on the real export', () => {
  const text = readFileSync(sample, 'utf8');
  const { entries, warnings } = parseScopusCsv(text, sample);

  it('reads all 81 records with the README counts and no warnings', () => {
    expect(warnings).toEqual([]);
    expect(readText(text, 'scopus_export_agile_software.csv').format).toBe('scopus-csv');
    expect(entries).toHaveLength(81);
    expect(entries.filter((entry) => entry.abstract !== '')).toHaveLength(81);
    expect(entries.filter((entry) => entry.references.length > 0)).toHaveLength(79);
    // 2,355 pieces on "; ", of which 43 continue the reference before them (link tails, sources with "; ").
    expect(entries.reduce((sum, entry) => sum + entry.references.length, 0)).toBe(2312);
    expect(entries.filter((entry) => entry.ids.doi)).toHaveLength(74);
    expect(entries.filter((entry) => entry.keywords.length > 0)).toHaveLength(72);
    expect(new Set(entries.map((entry) => entry.ids.scopus)).size).toBe(81);
    expect(entries.filter((entry) => entry.type === 'conference paper')).toHaveLength(60);
    expect(entries.every((entry) => !/©/.test(entry.abstract))).toBe(true);
    // Rows are one line each here: row n is on line n + 1.
    expect(entries.map((entry) => entry.line)).toEqual(entries.map((_, index) => index + 2));
  });

  it('reads the first record whole', () => {
    expect(entries[0]).toMatchObject({
      title: 'Validation of agile methodology as ideal software development process using Fuzzy-TOPSIS method',
      authors: ['Govil N.', 'Sharma A.'],
      year: 2022,
      venue: 'Advances in Engineering Software',
      ids: { doi: '10.1016/j.advengsoft.2022.103125', scopus: '2-s2.0-85127865888' },
      type: 'article',
      line: 2,
    });
    expect(entries[0].keywords).toContain('Fuzzy TOPSIS');
    expect(entries[0].indexTerms).toContain('Budget control');
    expect(entries[0].references[0]).toMatchObject({
      firstAuthor: 'Nayak', year: 2018, title: 'A survey on multi-criteria decision making methods in software engineering',
      source: 'Int J Innovat Sci Res Technol',
    });
  });

  it('its references find the 3 citing pairs inside the file by title and year, and no others', () => {
    const byTitle = new Map<string, RawListing>(entries.map((entry) => [normalise(entry.title), entry]));
    const pairs: [number, number][] = [];
    for (const entry of entries) {
      for (const reference of entry.references) {
        const cited = byTitle.get(normalise(reference.title));
        if (cited && cited !== entry && cited.year === reference.year) {
          pairs.push([entry.line, cited.line]);
          expect(normalise(reference.firstAuthor)).toBe(normalise(cited.authors[0].split(' ')[0]));
        }
      }
    }
    expect(pairs).toHaveLength(3);
  });

  it('keeps the other rows of a copy with a broken quote', () => {
    const lines = text.split('\n');
    // Drop the closing quote of the 10th row's title.
    const row = lines[10];
    const title = entries[9].title;
    expect(row).toContain(`"${title}"`);
    lines[10] = row.replace(`"${title}"`, `"${title}`);
    const result = parseScopusCsv(lines.join('\n'), 'broken.csv');
    expect(result.warnings).toEqual([{ file: 'broken.csv', line: 11, reason: 'row has a broken quote ("); skipped' }]);
    expect(result.entries).toHaveLength(80);
    expect(result.entries.map((entry) => entry.title)).toEqual(entries.filter((_, index) => index !== 9).map((entry) => entry.title));
  });
});
