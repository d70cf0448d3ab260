// Spreadsheet exports: an .xlsx workbook is read as the CSV its sheet would be saved as; a legacy .xls or a ZIP archive
// is named as such (it was "binary file (contains NUL bytes)"), and a broken workbook is a warning, the batch kept.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSourceFile, readSources, readText } from '../../../ingest/sources';
import { containerKind, sheetAsCsv } from '../../../ingest/sources/spreadsheet';
import { quoteCsvField } from '../../../src/shared/exchange/csv';
import { describeShared, sharedPath } from '../../sharedData';

const FIXTURES = join(__dirname, '../../fixtures');
const DIMENSIONS_CSV = join(FIXTURES, 'biblio-real/dimensions-full-data.csv');
const DIMENSIONS_XLSX = join(FIXTURES, 'spreadsheets/dimensions-full-data.xlsx');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('an .xlsx workbook', () => {
  it("gives the records its CSV gives: Dimensions' full-data export, notes row above the header, numbers as cells", async () => {
    const csv = await readSourceFile(DIMENSIONS_CSV, 1e9);
    const xlsx = await readSourceFile(DIMENSIONS_XLSX, 1e9);
    expect(xlsx.format).toBe(csv.format);
    expect(xlsx.warnings).toEqual([]);
    expect(xlsx.entries).toHaveLength(1);
    const { source: _a, line: _b, ...fromCsv } = csv.entries[0] as unknown as Record<string, unknown>;
    const { source: _c, line: _d, ...fromXlsx } = xlsx.entries[0] as unknown as Record<string, unknown>;
    expect(fromXlsx).toEqual(fromCsv);
    // Counted in the row: PMID and PubYear are number cells in the workbook, read as written.
    expect(xlsx.entries[0]).toMatchObject({
      title: 'N100 as a response prediction biomarker for accelerated 1 Hz right DLPFC-rTMS in major depression',
      year: 2024,
      date: '2024-07-19',
    });
    expect(xlsx.entries[0].ids).toMatchObject({ pmid: '39033822', doi: '10.1016/j.jad.2024.07.131' });
  });

  it('writes a row as one CSV line: line breaks in a cell as spaces, quotes doubled, dates as ISO dates', () => {
    expect(
      sheetAsCsv([
        ['Title', 'Abstract', 'Publication date', 'PubYear'],
        ['A "quoted" title, with a comma', 'First paragraph.\nSecond paragraph.', new Date(Date.UTC(2024, 2, 5)), '2024'],
        [null, null, null, null],
      ]),
    ).toBe('Title,Abstract,Publication date,PubYear\n"A ""quoted"" title, with a comma",First paragraph. Second paragraph.,2024-03-05,2024\n,,,');
  });
});

describe('files that are containers, not text', () => {
  it('names a legacy .xls and a ZIP archive instead of calling them binary, and a broken workbook is a warning', async () => {
    // The OLE2 compound-file header Excel 97–2003 writes (the file's first 8 bytes), then padding.
    const xls = join(dir, 'savedrecs.xls');
    await writeFile(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    // A ZIP archive that is no workbook: the xlsx fixture's bytes with its member names changed ("xl/" → "zz/").
    const workbook = await readFile(DIMENSIONS_XLSX);
    const zip = join(dir, 'exports.zip');
    await writeFile(zip, Buffer.from(workbook.toString('latin1').replaceAll('xl/', 'zz/'), 'latin1'));
    // A workbook cut off half way (a download that stopped).
    const broken = join(dir, 'cut.xlsx');
    await writeFile(broken, workbook.subarray(0, Math.floor(workbook.length / 2)));
    expect(containerKind(new Uint8Array(await readFile(xls)))).toBe('ole2');
    expect(containerKind(new Uint8Array(await readFile(zip)))).toBe('zip');
    const batch = await readSources([xls, zip, broken, DIMENSIONS_XLSX]);
    expect(batch.entries).toHaveLength(1);
    expect(batch.warnings.map((w) => w.file)).toEqual([xls, zip, broken]);
    expect(batch.warnings[0].reason).toMatch(/^an Excel 97–2003 workbook \(\.xls\), which this tool cannot read/);
    expect(batch.warnings[1].reason).toBe('a ZIP archive: unpack it and give the folder of its files; skipped');
    expect(batch.warnings[2].reason).toMatch(/^an \.xlsx workbook that cannot be opened \(.+\); skipped$/);
    expect(batch.warnings[0].reason).toMatch(/save it as \.xlsx or as CSV/);
  });
});

// Web of Science's spreadsheet ("Excel") export names its columns in words; the same records as its plain-text export,
// laid out so (one row a record, multi-line fields joined by "; " as the spreadsheet export joins them), must give the
// same references and dates as the plain-text reader gives.
const WOS_TEXT = sharedPath('samples/biblio/wos_savedrecs_pluriversal_sustainability.txt');
const WOS_COLUMNS: [string, string][] = [
  ['PT', 'Publication Type'], ['AU', 'Authors'], ['AF', 'Author Full Names'], ['TI', 'Article Title'], ['SO', 'Source Title'],
  ['LA', 'Language'], ['DT', 'Document Type'], ['DE', 'Author Keywords'], ['ID', 'Keywords Plus'], ['AB', 'Abstract'],
  ['C1', 'Addresses'], ['CR', 'Cited References'], ['NR', 'Cited Reference Count'], ['TC', 'Times Cited, WoS Core'],
  ['PD', 'Publication Date'], ['PY', 'Publication Year'], ['VL', 'Volume'], ['IS', 'Issue'], ['BP', 'Start Page'],
  ['EP', 'End Page'], ['DI', 'DOI'], ['EA', 'Early Access Date'], ['WC', 'WoS Categories'], ['UT', 'UT (Unique WOS ID)'],
];
const JOINED = new Set(['AU', 'AF', 'C1', 'CR']);

function wosAsSpreadsheetCsv(text: string): string {
  const records: Map<string, string[]>[] = [];
  let record: Map<string, string[]> | null = null;
  let tag = '';
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line.startsWith('ER')) {
      if (record) records.push(record);
      record = null;
    } else if (/^[A-Z][A-Z0-9] /.test(line) && !/^(FN|VR|EF) /.test(line)) {
      tag = line.slice(0, 2);
      record ??= new Map();
      record.set(tag, [...(record.get(tag) ?? []), line.slice(3)]);
    } else if (line.startsWith('   ') && record) {
      record.get(tag)!.push(line.slice(3));
    }
  }
  const cell = quoteCsvField;
  return [
    WOS_COLUMNS.map(([, name]) => cell(name)).join(','),
    ...records.map((r) => WOS_COLUMNS.map(([t]) => cell((r.get(t) ?? []).join(JOINED.has(t) ? '; ' : ' '))).join(',')),
  ].join('\n');
}

describeShared(WOS_TEXT, "Web of Science's spreadsheet layout", () => {
  it('gives the references and dates the plain-text export gives: SICI DOIs kept whole, Early Access dates read', async () => {
    const text = await readFile(WOS_TEXT, 'utf8');
    const plain = readText(text, 'savedrecs.txt');
    const sheet = readText(wosAsSpreadsheetCsv(text), 'savedrecs.csv');
    expect(sheet.entries).toHaveLength(103);
    expect(sheet.entries.map((e) => (e.references ?? []).map((r) => r.ids.doi ?? r.text))).toEqual(
      plain.entries.map((e) => (e.references ?? []).map((r) => r.ids.doi ?? r.text)),
    );
    // Before: 6,390 references, "…3.3.CO" DOIs cut at their ";" and "2-M" a reference of its own.
    expect(sheet.entries.reduce((sum, e) => sum + (e.references?.length ?? 0), 0)).toBe(6386);
    expect(sheet.entries[82].references!.map((r) => r.ids.doi)).toContain('10.1002/(sici)1520-6629(199805)26:3<199::aid-jcop1>3.3.co;2-m');
    // Before: no date and no year for an Early Access record (its `Publication Year` is empty, `Early Access Date` SEP 2022),
    // and no date at all where `Publication Date` names a month or a day without its year ("NOV", "JUL 3"): none of the
    // 103 records had one; now 89 have their month or day, the others (no `Publication Date`) their year.
    // (A table with a year alone leaves the date empty where the plain-text reader writes the year.)
    expect(sheet.entries.map((e) => [e.date ?? String(e.year), e.year])).toEqual(plain.entries.map((e) => [e.date, e.year]));
    expect(sheet.entries.slice(0, 4).map((e) => e.date)).toEqual(['2022-09', '2021-11', '2014-09', '2022-07-03']);
  });
});
