// Web of Science plain-text reader on the real export (counts from ../shared/samples/README.md) and on broken copies.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSources, readText } from '../../../ingest/sources';
import { parseWos, wosDate, wosReader } from '../../../ingest/sources/wos';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import { normaliseWosId } from '../../../src/shared/record';
import { describeShared, sharedPath } from '../../sharedData';

const sample = sharedPath('samples/biblio/wos_savedrecs_pluriversal_sustainability.txt');
const NAME = 'wos_savedrecs_pluriversal_sustainability.txt';

/** A small export of our own: header, two records (CRLF), continuation lines, no BOM. */
const SMALL = [
  'FN Clarivate Analytics Web of Science',
  'VR 1.0',
  'PT J',
  'AU Doe, J',
  '   Roe, R',
  'AF Doe, Jane',
  '   Roe, Richard',
  'TI A first title that wraps',
  '   onto a second line',
  'SO JOURNAL OF TESTS',
  'DE alpha; beta;',
  '   gamma',
  'PY 2020',
  'PD MAR 3',
  'CR Roe R, 2019, J TESTS, V1, P2, DOI 10.1000/xyz',
  '   [Anonymous], 2018, REPORT',
  'UT WOS:000000000000001',
  'ER',
  '',
  'PT J',
  'AU Roe, R',
  'TI Second record',
  'EA JUN 2022',
  'DI 10.1000/XYZ',
  'UT WOS:000000000000002',
  'ER',
  '',
  'EF',
].join('\r\n');

describe('WoS reader on a small export', () => {
  it('reads continuation lines, full names, lists, dates and cited references', () => {
    const { entries, warnings } = parseWos(SMALL, 'small.txt');
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      title: 'A first title that wraps onto a second line',
      authors: ['Doe, Jane', 'Roe, Richard'],
      authorsCount: 2,
      venue: 'JOURNAL OF TESTS',
      keywords: ['alpha', 'beta', 'gamma'],
      date: '2020-03-03',
      year: 2020,
      ids: { wos: 'WOS:000000000000001' },
      line: 3,
    });
    expect(entries[0].references.map((reference) => [reference.firstAuthor, reference.year, reference.ids.doi ?? null])).toEqual([
      ['Roe', 2019, '10.1000/xyz'],
      [null, 2018, null],
    ]);
    // No PY: the early-access date gives the year; the DOI is normalised, so the first record's reference resolves to it.
    expect(entries[1]).toMatchObject({ date: '2022-06', year: 2022, ids: { doi: '10.1000/xyz' }, line: 20 });
    expect(JSON.stringify(entries)).not.toContain('\r');
  });

  it('takes book authors or a group author when a record has no AU', () => {
    const book = 'PT B\nBA Smith, J\nBF Smith, John\nTI A book\nER\nPT J\nCA Some Consortium\nTI A report\nER\n';
    expect(parseWos(book, 'b.txt').entries.map((entry) => entry.authors)).toEqual([['Smith, John'], ['Some Consortium']]);
  });

  it('reads WoS dates: day, month, season, range, early access', () => {
    expect(wosDate('2019', 'SEP 10', '')).toEqual({ date: '2019-09-10', year: 2019 });
    expect(wosDate('2021', 'JUL-DEC', '')).toEqual({ date: '2021', year: 2021 });
    expect(wosDate('2020', 'SUM', 'MAR 2020')).toEqual({ date: '2020', year: 2020 });
    expect(wosDate('', '', 'APR 2022')).toEqual({ date: '2022-04', year: 2022 });
    expect(wosDate('', '', '')).toEqual({ date: null, year: null });
  });

  it('is recognised by its header, also without BOM, and not confused with other formats', () => {
    expect(wosReader.detect(SMALL, 'export.txt')).toBe(true);
    expect(wosReader.detect(`\uFEFF${SMALL}`, 'savedrecs.txt')).toBe(true);
    expect(wosReader.detect(SMALL.split('\r\n').slice(2).join('\n'), 'records.txt')).toBe(true);
    expect(wosReader.detect('TY  - JOUR\nTI  - x\nER  - \n', 'a.ris')).toBe(false);
    expect(wosReader.detect('PMID- 1\nTI  - x\n', 'a.nbib')).toBe(false);
    expect(readText(SMALL, 'export.txt').format).toBe('wos');
  });

  it('keeps every other record when one is broken, with warnings at the real lines', () => {
    const lines = SMALL.split('\r\n');
    // Missing ER: the first record ends at the next PT and is kept.
    const noEr = parseWos(lines.filter((_, index) => index !== 17).join('\n'), 'x.txt');
    expect(noEr.entries.map((entry) => entry.title)).toEqual(['A first title that wraps onto a second line', 'Second record']);
    expect(noEr.warnings).toEqual([{ file: 'x.txt', line: 3, reason: expect.stringMatching(/no ER before the next PT at line 19; record kept/) }]);
    // Cut in the middle of the second record: the first is whole, the second kept with what it has.
    const cut = parseWos(lines.slice(0, 22).join('\n'), 'x.txt');
    expect(cut.entries).toHaveLength(2);
    expect(cut.warnings).toEqual([{ file: 'x.txt', line: 20, reason: expect.stringMatching(/file ends inside the record/) }]);
    // Cut before the second record's title: that record is skipped, the first kept.
    const cutEarly = parseWos(lines.slice(0, 21).join('\n'), 'x.txt');
    expect(cutEarly.entries.map((entry) => entry.line)).toEqual([3]);
    expect(cutEarly.warnings).toEqual([{ file: 'x.txt', line: 20, reason: expect.stringMatching(/no title \(TI\); skipped/) }]);
    // A stray line is reported where it is.
    const stray = parseWos([...lines.slice(0, 10), 'this is not a field', ...lines.slice(10)].join('\n'), 'x.txt');
    expect(stray.entries).toHaveLength(2);
    expect(stray.warnings).toEqual([{ file: 'x.txt', line: 11, reason: expect.stringMatching(/neither a WoS field/) }]);
  });

  it('reads an empty export without failing', () => {
    expect(parseWos('', 'e.txt')).toEqual({ entries: [], warnings: [] });
    expect(parseWos('FN Clarivate Analytics Web of Science\nVR 1.0\nEF', 'e.txt')).toEqual({ entries: [], warnings: [] });
    expect(readText('', 'e.txt').warnings[0].reason).toMatch(/empty/);
  });
});

describeShared(sharedPath('samples/biblio'), 'WoS reader on the real export', () => {
  const text = readFileSync(sample, 'utf8');
  const { entries, warnings } = parseWos(text, sample);

  it('reads all 103 records with the README counts and no warnings', async () => {
    const result = await readSources([sample]);
    expect(result.files[0]).toMatchObject({ format: 'wos', entries: 103 });
    expect(result.warnings).toEqual([]);
    expect(warnings).toEqual([]);
    expect(entries).toHaveLength(103);
    expect(entries.filter((entry) => entry.abstract !== '')).toHaveLength(94);
    expect(entries.filter((entry) => entry.references.length > 0)).toHaveLength(102);
    expect(entries.reduce((sum, entry) => sum + entry.references.length, 0)).toBe(6386);
    expect(entries.filter((entry) => entry.ids.doi)).toHaveLength(98);
    expect(entries.filter((entry) => entry.keywords.length > 0)).toHaveLength(85);
    expect(entries.filter((entry) => (entry.indexTerms ?? []).length > 0)).toHaveLength(64);
    expect(new Set(entries.map((entry) => entry.ids.wos)).size).toBe(103);
    // 12 early-access records have no PY: their year comes from EA.
    expect(text.split(/\r?\n/).filter((line) => line.startsWith('PY '))).toHaveLength(91);
    expect(entries.every((entry) => entry.year !== null && entry.date !== null)).toBe(true);
    expect(entries.every((entry) => entry.type !== null && entry.categories.length > 0)).toBe(true);
  });

  it('reads the first record whole, at the line of its PT', () => {
    const [first] = entries;
    expect(first).toMatchObject({
      title: 'Environmental Law and the Unsustainability of Sustainable Development: A Tale of Disenchantment and of Hope',
      authors: ['Kotze, Louis J.', 'Adelman, Sam'],
      venue: 'LAW AND CRITIQUE',
      date: '2022-09',
      year: 2022,
      ids: { doi: '10.1007/s10978-022-09323-4', wos: 'WOS:000852249500001' },
      categories: ['Law', 'Government & Law'],
      organisation: 'North West University - South Africa',
      type: 'article',
      source: NAME,
      line: 3,
    });
    expect(first.keywords).toContain('Buen vivir');
    expect(first.indexTerms).toContain('BUEN-VIVIR');
    expect(first.keywords).not.toContain('BUEN-VIVIR');
    expect(first.abstract).toMatch(/^In this article we argue that sustainable development/);
    // The publisher's copyright line is not part of the abstract (one record ends with `(c) 2023 Elsevier Ltd. …`).
    expect(entries.filter((entry) => /\(c\) \d{4}|rights reserved/i.test(entry.abstract))).toEqual([]);
    expect(entries.filter((entry) => entry.abstract.endsWith('and pluriversal futures.'))).toHaveLength(1);
    expect(first.references[0]).toMatchObject({
      firstAuthor: 'Adelman', year: 2021, source: 'ONATI SOCIO-LEGAL S', ids: { doi: '10.35295/osls.iisl/0000-0000-0000-1177' },
    });
    // Each record's line is its PT line.
    const ptLines = text.split(/\r?\n/).flatMap((line, index) => (line.startsWith('PT ') ? [index + 1] : []));
    expect(entries.map((entry) => entry.line)).toEqual(ptLines);
  });

  it('its cited DOIs give the 16 citing pairs inside the file (15 citing, 11 cited) and one self-listing', () => {
    const byDoi = new Map(entries.filter((entry) => entry.ids.doi).map((entry) => [entry.ids.doi as string, entry]));
    const pairs = new Set<string>();
    let selfListings = 0;
    for (const entry of entries) {
      for (const reference of entry.references) {
        for (const doi of [reference.ids.doi, ...(reference.otherDois ?? [])]) {
          const cited = doi ? byDoi.get(doi) : undefined;
          if (cited === entry) selfListings++;
          else if (cited) pairs.add(`${entry.ids.wos}>${cited.ids.wos}`);
        }
      }
    }
    expect(pairs.size).toBe(16);
    expect(new Set([...pairs].map((pair) => pair.split('>')[0])).size).toBe(15);
    expect(new Set([...pairs].map((pair) => pair.split('>')[1])).size).toBe(11);
    expect(selfListings).toBe(1);
  });

  it('keeps the other records of a broken copy: cut in the middle, missing ER, no title', () => {
    const lines = text.split('\n');
    const ptLines = lines.flatMap((line, index) => (line.startsWith('PT ') ? [index] : []));
    const erLines = lines.flatMap((line, index) => (/^ER\s*$/.test(line) ? [index] : []));
    // Cut inside the 50th record, just after its title.
    const titleOf50 = lines.findIndex((line, index) => index > ptLines[49] && line.startsWith('TI '));
    const cut = parseWos(lines.slice(0, titleOf50 + 1).join('\n'), 'cut.txt');
    expect(cut.entries).toHaveLength(50);
    expect(cut.warnings).toEqual([{ file: 'cut.txt', line: ptLines[49] + 1, reason: expect.stringMatching(/file ends inside/) }]);
    // The 10th record loses its ER.
    const noEr = parseWos(lines.filter((_, index) => index !== erLines[9]).join('\n'), 'no-er.txt');
    expect(noEr.entries).toHaveLength(103);
    expect(noEr.warnings).toEqual([{ file: 'no-er.txt', line: ptLines[9] + 1, reason: expect.stringMatching(/no ER/) }]);
    expect(noEr.entries[9].references).toEqual(entries[9].references);
    // The 5th record loses its title (the TI line and its continuation lines).
    const titleOf5 = lines.findIndex((line, index) => index > ptLines[4] && line.startsWith('TI '));
    let titleEnd = titleOf5 + 1;
    while (lines[titleEnd].startsWith('   ')) titleEnd++;
    const noTitle = parseWos([...lines.slice(0, titleOf5), ...lines.slice(titleEnd)].join('\n'), 'no-title.txt');
    expect(noTitle.entries).toHaveLength(102);
    expect(noTitle.warnings).toEqual([{ file: 'no-title.txt', line: ptLines[4] + 1, reason: expect.stringMatching(/no title/) }]);
  });

  it('reads the same records from the tab-delimited variant of the export', () => {
    // Rewrite the plain-text export as WoS writes tab-delimited files: one record a line, list items joined by "; ".
    const header = ['PT', 'AU', 'AF', 'TI', 'SO', 'DT', 'DE', 'ID', 'AB', 'C1', 'C3', 'CR', 'PD', 'PY', 'EA', 'DI', 'WC', 'SC', 'UT', 'PM'];
    const rows: string[] = [header.join('\t')];
    let record: Map<string, string[]> | null = null;
    let tag = '';
    for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
      if (line.startsWith('PT ')) record = new Map();
      if (!record) continue;
      if (/^ER\s*$/.test(line)) {
        const current = record;
        const separator = (name: string) => (['AU', 'AF', 'C1', 'CR'].includes(name) ? '; ' : ' ');
        rows.push(header.map((name) => (current.get(name) ?? []).join(separator(name))).join('\t'));
        record = null;
        continue;
      }
      const match = /^([A-Z][A-Z0-9]) (.*)$/.exec(line);
      if (match) {
        tag = match[1];
        record.set(tag, [...(record.get(tag) ?? []), match[2]]);
      } else if (line.startsWith('   ')) {
        record.get(tag)?.push(line.slice(3));
      }
    }
    const tabbed = rows.join('\r\n');
    expect(wosReader.detect(tabbed, 'savedrecs.txt')).toBe(true);
    const result = parseWos(tabbed, 'savedrecs.txt');
    expect(result.warnings).toEqual([]);
    expect(result.entries).toHaveLength(103);
    const summary = (entry: (typeof entries)[number]) => [entry.title, entry.authors, entry.ids, entry.year, entry.keywords, entry.references.length];
    expect(result.entries.map(summary)).toEqual(entries.map(summary));
    expect(result.entries.map((entry) => entry.line)).toEqual(entries.map((_, index) => index + 2));
  });
});

describe('Web of Science accession numbers (UT) across its databases', () => {
  // Written after the WoS field tags: the same paper exported once from Current Contents Connect (`UT CCC:…`, no DOI)
  // and once from the Core Collection (`UT WOS:…` with its DOI), then once more from an old export (`UT ISI:…`).
  const record = (ut: string, extra: string[] = []) =>
    ['PT J', 'AU Perry, AS', 'TI Gene expression screen of prostate cancer cells', 'SO BRITISH JOURNAL OF CANCER', 'PY 2013', ...extra, `UT ${ut}`, 'ER'];
  const file = (...records: string[][]) => ['FN Thomson Reuters Web of Knowledge', 'VR 1.0', ...records.flat(), 'EF', ''].join('\n');

  it('reads CCC:, ISI: and WOS: numbers as one id, and keeps other databases\' numbers apart', () => {
    const { entries } = readText(
      file(
        record('CCC:000316824000001'),
        record('WOS:000316824000001', ['DI 10.1038/bjc.2013.56']),
        record('ISI:000316824000001'),
        record('BCI:BCI201300123456'),
      ),
      'savedrecs.txt',
    );
    expect(entries.map((entry) => entry.ids.wos)).toEqual([
      'WOS:000316824000001', 'WOS:000316824000001', 'WOS:000316824000001', 'BCI:BCI201300123456',
    ]);
  });

  it('merges the Current Contents record into the Core Collection one (one paper, with the DOI)', () => {
    const { entries } = readText(
      file(record('CCC:000316824000001'), record('WOS:000316824000001', ['DI 10.1038/bjc.2013.56'])),
      'savedrecs.txt',
    );
    // Titles differ in wording so that only the accession number can join them.
    entries[1].title = 'Gene expression and epigenetic discovery screen';
    const { papers, mergedById } = mergeDuplicatePapers(entries);
    expect(papers).toHaveLength(1);
    expect(mergedById).toBe(1);
    expect(papers[0].ids).toMatchObject({ wos: 'WOS:000316824000001', doi: '10.1038/bjc.2013.56' });
  });

  it('writes every reader\'s accession number the same way (normaliseWosId)', () => {
    expect(normaliseWosId('ccc:000316824000001')).toBe('WOS:000316824000001');
    expect(normaliseWosId('000316824000001')).toBe('WOS:000316824000001');
    expect(normaliseWosId('WOS:A1987J750300004')).toBe('WOS:A1987J750300004');
    expect(normaliseWosId('INSPEC:9027814')).toBe('INSPEC:9027814');
    expect(normaliseWosId(' ')).toBeNull();
  });
});
