// Scopus CSV export reader: full records mapped by column name (Scopus renames and reorders columns between export
// versions), with the `References` column split and parsed into cited references.
import Papa from 'papaparse';
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { repairSpacedEntities } from './htmlEntities';
import { markupToPlainText } from './latex';
import { parseReferenceText, splitScopusReferences } from './referenceText';
import { sourceName } from './text';

/**
 * Column names recognised for each field (compared lower-case, spaces collapsed), in order of preference. They cover
 * the older and current Scopus exports (`Authors` as `Govil N., Sharma A.` or `Govil N.; Sharma A.`, `Author full
 * names` as `Govil, Nikhil (57209571323); …`), the renamed headers other tools write back, and the headers of an export
 * made from Scopus's Chinese interface (`作者`, `文献标题`, `年份`, `来源出版物名称`, `摘要`, `参考文献` …).
 */
export const SCOPUS_COLUMNS = {
  authorFullNames: ['author full names'],
  authors: ['authors', 'author names', 'author', '作者'],
  title: ['title', 'document title', 'article title', '文献标题', '标题', '書名'],
  year: ['year', 'publication year', '年份'],
  venue: ['source title', 'journal', 'source title (journal)', '来源出版物名称', '來源出版物名稱'],
  doi: ['doi'],
  url: ['link', 'url', '链接', '連結'],
  abstract: ['abstract', '摘要'],
  // Not the Traditional Chinese `作者關鍵字`: a real export of that interface heads its *Authors* column so (mapColumns).
  keywords: ['author keywords', '作者关键字'],
  indexKeywords: ['index keywords', '索引关键字', '索引關鍵字'],
  references: ['references', 'cited references', '参考文献', '參考文獻'],
  eid: ['eid'],
  pmid: ['pubmed id', 'pmid'],
  type: ['document type', '文献类型', '文獻類型'],
  affiliations: ['affiliations', '归属机构', '歸屬機構'],
} as const;

/**
 * Header names that together mark a Scopus export: a source title, a title, and a column only Scopus writes (its EID,
 * its author ids, or `Source`, which names the database), also as the Chinese interfaces write them (`来源出版物名称`,
 * `文献标题`, `作者 ID`; Traditional `來源出版物名稱`, `書名`, `來源出版物`); the rest of such a header, such as `Author
 * full names` and `EID`, stays in English.
 */
const SCOPUS_SIGNATURE = {
  sourceTitle: ['source title', '来源出版物名称', '來源出版物名稱'],
  title: ['title', '文献标题', '标题', '書名'],
  scopusOnly: ['eid', 'author(s) id', '作者 id', 'source', '来源出版物', '來源出版物'],
} as const;
type ScopusField = keyof typeof SCOPUS_COLUMNS;

const MISLABELLED_AUTHORS = '作者關鍵字';

function normaliseHeader(name: string): string {
  return name.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Column index of each field, from the header row. */
function mapColumns(header: string[]): Partial<Record<ScopusField, number>> {
  const names = header.map(normaliseHeader);
  const columns: Partial<Record<ScopusField, number>> = {};
  for (const [field, aliases] of Object.entries(SCOPUS_COLUMNS) as [ScopusField, readonly string[]][]) {
    for (const alias of aliases) {
      const index = names.indexOf(alias);
      if (index !== -1) {
        columns[field] = index;
        break;
      }
    }
  }
  // The Traditional Chinese interface heads the Authors column, always Scopus's first, `作者關鍵字` ("author keywords").
  if (columns.authors === undefined && names[0] === MISLABELLED_AUTHORS) columns.authors = 0;
  return columns;
}

/** Scopus writes placeholders where a value is missing. */
function valueOf(row: string[], index: number | undefined): string {
  if (index === undefined) return '';
  // Scopus, like WoS, writes some accented letters as HTML references with a space after the `&` ("& eacute;"), and
  // keeps its inline HTML in titles and abstracts ("CO<inf>2</inf> emissions", `<sup>`, `<i>`): read as its RIS
  // export's are, so both give one title.
  const value = markupToPlainText(repairSpacedEntities(row[index] ?? ''));
  return /^\[(?:no |not )[^\]]*available\]$/i.test(value) ? '' : value;
}

function splitList(value: string): string[] {
  return [...new Set(value.split(/;\s*/).map((item) => item.trim()).filter(Boolean))];
}

/** `Govil, Nikhil (57209571323); …` or `Govil N., Sharma A.` / `Govil N.; Sharma A.` → names in order. */
function authorsOf(fullNames: string, short: string): string[] {
  if (fullNames !== '') {
    return fullNames
      .split(/;\s*/)
      .map((name) => name.replace(/\s*\(\d+\)\s*$/, '').trim())
      .filter(Boolean);
  }
  if (short === '') return [];
  // Older exports separate names with commas; a name's own parts are separated by a space (`Govil N.`).
  return short
    .split(short.includes(';') ? /;\s*/ : /,\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Publishers append a copyright line to the abstract (Scopus, WoS); it is not part of the text. */
export function stripCopyright(abstract: string): string {
  // Only a short tail is a copyright line; a © earlier in the text is left alone. A notice in parentheses goes with
  // its opening words: "(PsycInfo Database Record (c) 2021 APA, all rights reserved)".
  return abstract.replace(/\s*(?:\([^()]{0,80}?)?(?:Copyright\s*)?(?:©|\(c\)\s*\d{4}|Copyright\b)[^©]{0,200}$/i, '').trim();
}

function rowToListing(
  row: string[],
  columns: Partial<Record<ScopusField, number>>,
  source: string,
  line: number,
): RawListing | null {
  const title = valueOf(row, columns.title);
  if (title === '') return null;
  const authors = authorsOf(valueOf(row, columns.authorFullNames), valueOf(row, columns.authors));
  const yearText = valueOf(row, columns.year);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const referencesText = row[columns.references ?? -1] ?? '';
  const entry: RawListing = {
    ...emptyBibFields(),
    title,
    abstract: stripCopyright(valueOf(row, columns.abstract)),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: valueOf(row, columns.venue) || null,
    date: year === null ? null : String(year),
    year,
    keywords: splitList(valueOf(row, columns.keywords)),
    indexTerms: splitList(valueOf(row, columns.indexKeywords)),
    url: valueOf(row, columns.url) || null,
    organisation: valueOf(row, columns.affiliations).split(';')[0].trim() || null,
    type: valueOf(row, columns.type).toLowerCase() || null,
    references: splitScopusReferences(referencesText).map((reference) => parseReferenceText(reference, 'scopus')),
    source,
    line,
  };
  setId(entry.ids, 'doi', valueOf(row, columns.doi));
  // A short export without the EID column still links each record by its EID.
  const eid = valueOf(row, columns.eid) || (/[?&]eid=(2-s2\.0-\d+)/.exec(entry.url ?? '')?.[1] ?? '');
  setId(entry.ids, 'scopus', eid);
  setId(entry.ids, 'pmid', valueOf(row, columns.pmid));
  return entry;
}

/** The longest signature name: a cell normalising to a longer name is no signature column. */
const LONGEST_SIGNATURE_NAME = Math.max(...Object.values(SCOPUS_SIGNATURE).flatMap((aliases) => aliases.map((alias) => alias.length)));

/** /\s/ for one UTF-16 code unit (every whitespace character is one unit). */
function isSpaceUnit(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || (unit > 0x7f && /\s/.test(String.fromCharCode(unit)));
}

/**
 * Whether `cell` may normalise (normaliseHeader) to a name of at most `longest` characters, told from its first
 * `longest` + 1 non-space characters: normalising only drops or merges whitespace and lower-cases, which never shortens
 * a string (checked over every code point), so a cell with more non-space characters cannot. Every row is asked whether
 * it repeats the header (joined exports do), and normalising each of its abstracts and reference lists to answer was a
 * sixth of reading a large export.
 */
function mayNormaliseWithin(cell: string, longest: number): boolean {
  let kept = 0;
  for (let i = 0; i < cell.length; i++) if (!isSpaceUnit(cell.charCodeAt(i)) && ++kept > longest) return false;
  return true;
}

/** A row that is a Scopus header: the export's signature columns (see the reader's detect). */
function isHeaderRow(row: string[]): boolean {
  const names = new Set<string>();
  for (const cell of row) if (mayNormaliseWithin(cell, LONGEST_SIGNATURE_NAME)) names.add(normaliseHeader(cell));
  return Object.values(SCOPUS_SIGNATURE).every((aliases) => aliases.some((alias) => names.has(alias)));
}

/** 1-based line of increasing offsets, counting line breaks only once over the whole parse. */
function lineCounter(text: string): (offset: number) => number {
  let offset = 0;
  let line = 1;
  return (target) => {
    while (offset < target) {
      const newline = text.indexOf('\n', offset);
      if (newline === -1 || newline >= target) {
        offset = target;
        break;
      }
      line++;
      offset = newline + 1;
    }
    return line;
  };
}

/**
 * Pure: a Scopus CSV export → entries. A row with a broken quote or the wrong number of fields is a warning at its
 * real line and is skipped; parsing then resumes on the next line, so one bad row never loses the rest of the file.
 */
export function parseScopusCsv(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const body = text.replace(/^\uFEFF/, '');
  const lineOf = lineCounter(body);
  let header: string[] | null = null;
  let columns: Partial<Record<ScopusField, number>> = {};
  let start = 0;

  // Papaparse reads a whole file even after a broken quote, swallowing every later row into one field; so parse
  // until a bad row, then start again on the line after that row's first line.
  while (start < body.length) {
    let resumeAt = -1;
    let rowStart = start;
    Papa.parse<string[]>(body.slice(start), {
      skipEmptyLines: false,
      step(results, parser) {
        const rowOffset = rowStart;
        rowStart = start + results.meta.cursor;
        const row = results.data;
        const line = lineOf(rowOffset);
        if (row.length === 1 && row[0].trim() === '') return;
        if (results.errors.some((error) => error.type === 'Quotes')) {
          warnings.push({ file, line, reason: 'row has a broken quote ("); skipped' });
          const nextLine = body.indexOf('\n', rowOffset);
          resumeAt = nextLine === -1 ? body.length : nextLine + 1;
          parser.abort();
          return;
        }
        if (header === null) {
          header = row;
          columns = mapColumns(row);
          if (columns.title === undefined) {
            warnings.push({ file, line, reason: 'no Title column in the header; no rows can be read' });
          }
          return;
        }
        // Exports joined into one file repeat the header row (with its BOM): it names the columns again.
        if (isHeaderRow(row)) {
          header = row;
          columns = mapColumns(row);
          return;
        }
        // Trailing empty fields are harmless; otherwise a shifted row would put values in the wrong fields.
        const extra = row.slice(header.length);
        if (row.length < header.length || extra.some((value) => value.trim() !== '')) {
          warnings.push({ file, line, reason: `row has ${row.length} fields, the header ${header.length}; skipped` });
          return;
        }
        const entry = rowToListing(row, columns, source, line);
        if (entry) entries.push(entry);
        else warnings.push({ file, line, reason: 'row has no title; skipped' });
      },
    });
    if (resumeAt === -1) break;
    start = resumeAt;
  }
  return { entries, warnings };
}

export const scopusCsvReader: SourceReader = {
  format: 'scopus-csv',
  detect(text) {
    const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
    return isHeaderRow(Papa.parse<string[]>(firstLine).data[0] ?? []);
  },
  read: parseScopusCsv,
};
