// EndNote tagged text / refer reader (`.enw`, `.txt`): `%T Title`, `%A Author` … lines, one record per blank-line block.
//
// Written by EndNote ("EndNote Export"), Google Scholar's EndNote link and digital libraries such as the AIS eLibrary.
// Hand-written: the format is a plain tag-per-line text like RIS, and citation-js has no reader for it.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { arxivIdFromDoi } from './csl';
import { markupToPlainText } from './latex';
import { addDoi, formatDate, parseYear } from './recordValues';
import { sourceName } from './text';

/** A tag line: `%` and one character (capital letter, digit or symbol), a space, the value (`%TODO`, `%% x` are none). */
const TAG_LINE = /^%([^\sa-z%])(?: (.*))?$/;

interface ReferRecord {
  /** 1-based line of the record's first tag. */
  line: number;
  tags: Map<string, { values: string[]; lines: number[] }>;
}

/** EndNote reference types (`%0`) → the record's document type (others are kept lower-cased as written). */
const TYPE_NAMES: Record<string, string> = {
  'journal article': 'article', 'magazine article': 'article', 'newspaper article': 'article',
  'electronic article': 'article', 'conference proceedings': 'inproceedings', 'conference paper': 'inproceedings',
  book: 'book', 'edited book': 'book', 'book section': 'incollection', thesis: 'thesis', report: 'report',
  generic: 'misc', 'web page': 'online', 'unpublished work': 'unpublished', dataset: 'dataset',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function first(record: ReferRecord, ...tags: string[]): string | null {
  for (const tag of tags) {
    const value = record.tags.get(tag)?.values.find((item) => item.trim() !== '');
    if (value !== undefined) return value.trim();
  }
  return null;
}

function all(record: ReferRecord, tag: string): string[] {
  return (record.tags.get(tag)?.values ?? []).map((value) => value.trim()).filter((value) => value !== '');
}

/**
 * NASA ADS's tagged format shares EndNote's tags but not all their meanings (ADS's help, "Tagged format"): `%R` is the
 * bibcode, `%B` the abstract, `%Y` the DOI and other ids ("DOI: 10.…"), `%F` the affiliations (`AA(…), AB(…)`), `%K`
 * keywords joined by commas over wrapped lines, `%J` the journal with its volume and pages. A record is ADS's when its
 * `%R` is a bibcode (19 characters, year first: `2017SenIm..18...17Z`) or its `%U` an ADS abstract page.
 */
const ADS_BIBCODE = /^\d{4}[A-Za-z&.][\w&.]{13}[A-Za-z.]$/;

function isAdsRecord(record: ReferRecord): boolean {
  return ADS_BIBCODE.test(first(record, 'R') ?? '') || all(record, 'U').some((link) => /adsabs\.harvard\.edu\/abs\//i.test(link));
}

/** ADS's `%J` is the journal's name then its citation ("Sensing and Imaging, Volume 18, Issue 1, article id.17, 12 pp."). */
export function adsJournal(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/,\s+(?:Volume|Vol\.|Issue|pp\.|id\.|article id|\d)[\s\S]*$/, '').trim();
}

/** Commas outside parentheses ("stars: individual (V694 Mon, MWC 560)" is one keyword). */
export function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/** The first affiliation of ADS's `%F AA(Department …, University), AB(…)`: the text inside the first label's parentheses. */
export function adsFirstAffiliation(value: string): string | null {
  const start = /^\s*[A-Z]{1,3}\(/.exec(value);
  if (!start) return null;
  let depth = 1;
  for (let i = start[0].length; i < value.length; i++) {
    if (value[i] === '(') depth++;
    else if (value[i] === ')' && --depth === 0) return value.slice(start[0].length, i).replace(/\s+/g, ' ').trim() || null;
  }
  return null;
}

/** `%D 2021` with `%8 September  1, 2021` (or `2021-09-01`) → `2021-09-01`; the month and day only when `%8` has them. */
function referDate(record: ReferRecord): { date: string | null; year: number | null } {
  const written = first(record, '8') ?? '';
  const dated = first(record, 'D') ?? '';
  const year = parseYear(dated) ?? parseYear(written);
  if (year === null) return { date: null, year: null };
  // NASA ADS writes the month before the year: `%D 12/2017` (`00/2017` when it has no month).
  const monthYear = /^(\d{1,2})\/(\d{4})$/.exec(dated);
  if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12) return { date: formatDate(year, Number(monthYear[1]), null), year };
  const iso = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?/.exec(written);
  if (iso && Number(iso[1]) === year) return { date: formatDate(year, Number(iso[2]), iso[3] ? Number(iso[3]) : null), year };
  // `%8 September` alone (the ACL Anthology's export): the month of `%D`'s year.
  const monthAlone = /^([A-Za-z]{3})[a-z]*\.?$/.exec(written.trim());
  if (monthAlone && MONTHS.includes(monthAlone[1].toLowerCase())) {
    return { date: formatDate(year, MONTHS.indexOf(monthAlone[1].toLowerCase()) + 1, null), year };
  }
  const named = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})?\b/.exec(written);
  const month = named ? MONTHS.indexOf(named[1].toLowerCase()) + 1 : 0;
  if (month > 0 && written.includes(String(year))) {
    return { date: formatDate(year, month, named?.[2] ? Number(named[2]) : null), year };
  }
  return { date: String(year), year };
}

function recordToListing(record: ReferRecord, source: string): RawListing | null {
  const title = markupToPlainText(first(record, 'T') ?? '');
  if (title === '') return null;
  // One name a line; exports from Chinese databases (CNKI, Wanfang) also join them on one line with `;` or ` %A `.
  const authors = all(record, 'A').flatMap((value) => value.split(/\s*;\s*|\s+%A\s+/)).map((name) => markupToPlainText(name))
    .filter((name) => name !== '');
  const urls = all(record, 'U');
  const ads = isAdsRecord(record);
  const adsIds = ads ? all(record, 'Y').join('\n') : '';
  const ids = ads
    ? addDoi({}, /\bDOI:\s*(10\.[^\s;]+)/i.exec(adsIds)?.[1] ?? null)
    : addDoi({}, first(record, 'R') ?? urls.find((link) => /doi\.org\//i.test(link)) ?? null);
  if (ads) setId(ids, 'arxiv', /\b(?:arXiv|eprint):\s*(?:arXiv:)?([^\s;]+)/i.exec(adsIds)?.[1] ?? null);
  setId(ids, 'arxiv', arxivIdFromDoi(ids.doi) ?? urls.find((link) => /arxiv\.org\/(?:abs|pdf)\//i.test(link)) ?? null);
  const type = (first(record, '0') ?? '').toLowerCase();
  const journal = first(record, 'J');
  // `%S` (tertiary title: the series) is the container only when neither journal nor book title is given (the ACL
  // Anthology writes a paper's proceedings there).
  const venue = ads ? (journal ? adsJournal(journal) : null) : first(record, 'J', 'B', 'S');
  const keywords = all(record, 'K')
    .flatMap((value) => (ads ? splitOutsideParentheses(value.replace(/\s*\n\s*/g, ' ')) : value.split(/\s*[\n;]\s*/)))
    .map((word) => markupToPlainText(word));
  const affiliation = first(record, '+');
  const adsAffiliation = ads ? adsFirstAffiliation(first(record, 'F') ?? '') : null;
  return {
    ...emptyBibFields(),
    title,
    abstract: markupToPlainText(first(record, ads ? 'B' : 'X') ?? ''),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venue !== null && venue !== title ? markupToPlainText(venue) : null,
    ...referDate(record),
    keywords: [...new Set(keywords.filter((word) => word !== ''))],
    url: urls[0] ?? null,
    // CNKI joins a record's affiliations with ";" (and closes the list with one): the first is the first author's.
    organisation: adsAffiliation ? markupToPlainText(adsAffiliation) : affiliation ? markupToPlainText(affiliation.split(/\n|\s*[;；]\s*/).find((part) => part.trim() !== '') ?? '') || null : null,
    type: type === '' ? null : TYPE_NAMES[type] ?? type,
    source,
    line: record.tags.get('T')!.lines[0],
  };
}

/** Pure: EndNote tagged text → full records. Lines that are not tags continue the previous tag's value. */
export function parseRefer(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  let record: ReferRecord | null = null;
  let last: { values: string[] } | null = null;
  let count = 0;
  // A blank line ends the record unless the text after it carries on an abstract: CNKI's exports keep an abstract's
  // paragraphs apart with blank lines (the next indented by four spaces) and go on with `%W CNKI` after them.
  let blankSeen = false;
  let lastTag: string | null = null;
  const finish = () => {
    if (!record) return;
    count++;
    const entry = recordToListing(record, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: record.line, reason: `EndNote record #${count} has no title (%T); skipped` });
    record = null;
    last = null;
  };
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') {
      blankSeen = record !== null;
      return;
    }
    const tagged = TAG_LINE.exec(line);
    if (blankSeen) {
      blankSeen = false;
      if (tagged || lastTag !== 'X') finish();
      else {
        const values: string[] = (last as unknown as { values: string[] }).values;
        values[values.length - 1] += `\n\n${line.trim()}`;
        return;
      }
    }
    if (tagged) {
      const [, tag, value = ''] = tagged;
      lastTag = tag;
      record ??= { line: index + 1, tags: new Map() };
      const slot = record.tags.get(tag) ?? { values: [], lines: [] };
      slot.values.push(value);
      slot.lines.push(index + 1);
      record.tags.set(tag, slot);
      last = slot;
    } else if (last) {
      // A wrapped abstract or a keyword list one a line: the line belongs to the previous tag.
      const values: string[] = (last as { values: string[] }).values;
      values[values.length - 1] += `\n${line}`;
    }
  });
  finish();
  return { entries, warnings };
}

/** Lines looked at to recognise the format, and how many of them must be tag lines. */
const SNIFF_LINES = 10;
const SNIFF_TAGS = 3;

export const referReader: SourceReader = {
  format: 'endnote',
  // By content: it opens with a tag line, most of its first lines are tag lines (a LaTeX or MATLAB comment block is
  // `% text`, with a space after the percent sign), and one of them is a title.
  detect: (text) => {
    const lines = text.slice(0, 4000).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, SNIFF_LINES);
    const tags = lines.map((line) => TAG_LINE.exec(line)?.[1] ?? null);
    return tags[0] !== null && tags.filter((tag) => tag !== null).length >= Math.min(SNIFF_TAGS, lines.length) &&
      tags.includes('T') && (tags.includes('A') || tags.includes('0') || tags.includes('D'));
  },
  read: parseRefer,
};
