// RIS reader (Zotero, Scopus, EndNote…): tag lines → full records, Scopus `N1 - References:` blocks → references.
//
// RIS is line-based (`TY  - JOUR` … `ER  -`), so a tag-line reader is short. citation-js was not kept for it: it gives
// no positions (lines had to be guessed by counting `TY` lines, which shifts when it drops a record), and it maps to
// CSL, which has no place for the reference lists Scopus writes into `N1` notes.
import { emptyBibFields, lensIdFromUrl, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { arxivIdFromDoi } from './csl';
import { dropAbstractLabel, dropDatabaseNote, dropRepeatedFormulas } from './exportText';
import { decodeDoubleDollarMath, markupToPlainText } from './latex';
import { parseReferenceText, splitScopusReferences } from './referenceText';
import { stripCopyright } from './scopusCsv';
import { sourceName } from './text';
import { wosDate } from './wos';
import { formatDate, parseYear, plausibleYear, pmidFromUrl, setPmcid } from './recordValues';
import { monthOfName } from './writtenDates';

/**
 * One RIS tag line: two characters (letter + letter/digit), spaces, a hyphen, the value. Some exporters use one space
 * before the hyphen; the Cochrane Library writes two after it (`TY  -  JOUR`).
 */
const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: +(.*)|\s*)$/;

interface RisRecord {
  /** 1-based line of `TY`. */
  line: number;
  tags: Map<string, { values: string[]; lines: number[] }>;
}

/** RIS reference types → the record's lower-case document type (others are kept lower-cased as written). */
const TYPE_NAMES: Record<string, string> = {
  JOUR: 'article', JFULL: 'article', EJOUR: 'article', MGZN: 'article', NEWS: 'article',
  CONF: 'inproceedings', CPAPER: 'inproceedings', BOOK: 'book', EBOOK: 'book', CHAP: 'incollection', ECHAP: 'incollection',
  THES: 'thesis', RPRT: 'report', GEN: 'misc', ELEC: 'online', UNPB: 'unpublished', DATA: 'dataset',
};

function first(record: RisRecord, ...tags: string[]): string | null {
  for (const tag of tags) {
    const value = record.tags.get(tag)?.values.find((item) => item.trim() !== '');
    if (value !== undefined) return value.trim();
  }
  return null;
}

function all(record: RisRecord, ...tags: string[]): string[] {
  return tags.flatMap((tag) => record.tags.get(tag)?.values ?? []).map((value) => value.trim()).filter((value) => value !== '');
}

/**
 * IEEE Xplore writes the month by its name in `Y1` beside a bare `PY` year: `Y1  - Mar. 2017`, or a conference's days
 * `Y1  - 4-8 Aug. 2020` (a span, so only its month is kept). Null unless a month name stands before the year, and
 * that year is `PY`'s when there is one.
 */
function namedMonthDate(value: string | null, year: string | null): { date: string; year: number } | null {
  const match = value && /(?:^|[\s\d-])(\p{L}{3,9})\.?\s+(\d{4})\s*$/u.exec(value);
  if (!match || (year !== null && year !== match[2])) return null;
  const month = monthOfName(match[1]);
  return month === null ? null : { date: formatDate(Number(match[2]), month, null), year: Number(match[2]) };
}

/** JSTOR's `C1  - Full publication date: …` (a custom field it fills with the issue's date): the date written, or null. */
function jstorIssueDate(record: RisRecord): string | null {
  const value = all(record, 'C1').map((text) => /^Full publication date:\s*(\S.*)$/i.exec(text)?.[1]).find(Boolean);
  return value?.trim() ?? null;
}

/** `DA`/`Y1` (`2021/02/01/`, `2020///Spring`) or `PY` → record date and year. */
export function risDate(record: RisRecord): { date: string | null; year: number | null } {
  // Web of Science's RIS keeps its own publication date in `DA` (`SEP 22`, `DEC`, `JUL-DEC`) beside the year in `PY`.
  const year = first(record, 'PY');
  const wosDay = first(record, 'DA');
  if (year !== null && wosDay !== null && /^\d{4}$/.test(year) && /^[A-Za-z]{3}\b/.test(wosDay)) return wosDate(year, wosDay, '');
  const named = namedMonthDate(first(record, 'Y1'), year) ?? namedMonthDate(first(record, 'DA'), year);
  if (named) return named;
  // JSTOR gives the issue's date only in `C1  - Full publication date: Jan., 1989` (`AUGUST 2011`, `1986`) beside a
  // bare `PY`; an issue of several months (`ottobre-dicembre 1982`) keeps the year alone, as Web of Science's `JUL-DEC`.
  const issueDate = jstorIssueDate(record);
  const issue = issueDate !== null && !/\p{L}\.?\s*[-–/]\s*\p{L}/u.test(issueDate) ? namedMonthDate(issueDate.replace(/,/g, ''), year) : null;
  if (issue) return issue;
  // The first date written; a later one of the same year that also names the month is the more precise (PubMed
  // Central's RIS writes `Y1  - 2013` before `PY  - 2013/04/18`).
  let found: { date: string; year: number; month: number | null } | null = null;
  for (const value of [first(record, 'DA'), first(record, 'Y1'), first(record, 'PY'), first(record, 'Y2')]) {
    const match = value && /^(\d{4})(?:[/-](\d{1,2}|[A-Za-z]{3,9}\b)?(?:[/-](\d{1,2}))?)?/.exec(value);
    if (!match) continue;
    const year = Number(match[1]);
    // The month is a number, or a name some exporters write there (`Y1  - 2015/october`).
    const month = match[2] ? (/^\d/.test(match[2]) ? Number(match[2]) : monthOfName(match[2])) : null;
    const day = match[3] ? Number(match[3]) : null;
    if (found === null) found = { date: formatDate(year, month, day), year, month };
    else if (found.month === null && month !== null && year === found.year) found = { date: formatDate(year, month, day), year, month };
    if (found.month !== null) break;
  }
  if (found) return { date: found.date, year: found.year };
  // Dates written otherwise: TRID's `PY  - Start date: 20170812` (a compact date after a label), IEEE's
  // `Y1  - 4-8 Aug. 2020` alone: a compact YYYYMMDD date, else a year found inside the text.
  for (const value of [first(record, 'PY'), first(record, 'Y1'), first(record, 'DA')]) {
    if (value === null) continue;
    const compact = /\b(\d{4})(\d{2})(\d{2})\b/.exec(value);
    if (compact && plausibleYear(Number(compact[1]))) {
      return { date: formatDate(Number(compact[1]), Number(compact[2]), Number(compact[3])), year: Number(compact[1]) };
    }
    const year = parseYear(value);
    if (year !== null) return { date: String(year), year };
  }
  return { date: null, year: null };
}

/**
 * Scopus puts the cited references into a note: `N1  - References: A, B., Title (2010) Source, 1, pp. 1-10; …`, one
 * per continuation line (each ending in `;`) or all on one line separated by `; `. Each is parsed like a Scopus CSV
 * reference (first author, year, title, source, DOI when written inside); `text` keeps the whole string.
 */
export function risReferences(notes: string[]): ReferenceRecord[] {
  const references: ReferenceRecord[] = [];
  for (const note of notes) {
    const match = /^\s*References:\s*/i.exec(note);
    if (!match) continue;
    const body = note.slice(match[0].length);
    // One reference a line, but Scopus also joins some (patents, reports) on one line with `; `: each line is split
    // again as a CSV `References` field is, which keeps a title's own `; ` together.
    const parts = body.includes('\n')
      ? body.split(/;[ \t]*\r?\n/).flatMap((part) => splitScopusReferences(part.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim()))
      : splitScopusReferences(body.replace(/;\s*$/, ''));
    for (const part of parts) if (part !== '') references.push(parseReferenceText(part, 'scopus'));
  }
  return references;
}

/**
 * The links of link tags. One `UR` may hold several, separated by "; " or spaces (Google Scholar, some EndNote
 * libraries): a link has no space in it, and a ";" inside one (`;jsessionid=`) is not followed by a space or a scheme.
 */
/**
 * `M1` holds one number in the RIS specification (an article or issue number); Ovid's export of APA PsycInfo writes
 * the cited references there instead, one `M1` line each ("Bischof, N.L., … (2018). Acceptability … Autism Res.,
 * 11(8), 1166-1174 https://pubmed.ncbi.nlm.nih.gov/29761836 https://dx.doi.org/10.1002/aur.1963 2018-23315-001.").
 * So several `M1` values of which most date a work as a citation does ("(2018).", "2010.", "2020:1-11") are
 * references; a lone `M1` is the record's own field. Embase writes its affiliations there, each led by the names of
 * its authors in parentheses ("(Pol D.; Novas F.E.) Museo Argentino …, Buenos Aires, Argentina"): no reference opens
 * so, and a postcode ("NSW 2006, Australia") is no citation's year.
 */
function citedReferenceNotes(record: RisRecord): string[] {
  const values = all(record, 'M1');
  if (values.length < 2) return [];
  const cited = values.filter((value) => !value.startsWith('(') && /\(\s*(?:1[5-9]|20)\d{2}[a-z]?\s*\)|\b(?:1[5-9]|20)\d{2}[a-z]?\s*[.;:]/.test(value));
  return cited.length * 2 > values.length ? values : [];
}

function links(record: RisRecord, ...tags: string[]): string[] {
  return all(record, ...tags).flatMap((value) => value.split(/\s*;\s*(?=[a-z][a-z+.-]*:\/\/|www\.|doi:)|;?\s+/i)).filter((link) => link !== '');
}

/** Tags of prose and of other works (titles, abstract, keywords, cited references): a DOI written there is not the record's. */
const PROSE_TAGS = new Set(['TI', 'T1', 'T2', 'T3', 'ST', 'BT', 'CT', 'JF', 'JO', 'JA', 'J2', 'AB', 'N2', 'KW', 'DE', 'CR', 'RF']);

/**
 * A DOI labelled as one (`DOI: 10.…`, `doi:10.…`) in another field, for records without `DO`: EndNote libraries keep
 * it wherever it was typed (`SP  - DOI: 10.1111/…`, `N1  - doi: 10.…`, `M3  - doi: …`).
 */
function labelledDoi(record: RisRecord): string | null {
  const references = citedReferenceNotes(record).length > 0;
  for (const [tag, { values }] of record.tags) {
    if (PROSE_TAGS.has(tag) || (references && tag === 'M1')) continue;
    for (const value of values) {
      // A field holding nothing but a DOI is one too: EBSCOhost writes the record's DOI alone in `L3`.
      const doi = /\bdoi\b:?\s*(10\.\d{4,9}\/[^\s;,]+)/i.exec(value)?.[1] ?? /^\s*(10\.\d{4,9}\/\S+)\s*$/.exec(value)?.[1];
      if (doi) return doi.replace(/\.$/, '');
    }
  }
  return null;
}

function risIds(record: RisRecord, url: string | null): PaperIds {
  const ids: PaperIds = {};
  const urls = links(record, 'UR', 'L1', 'L2', 'LK');
  // A publisher's page names its DOI in its path, `/doi/10.…` or `/doi/full/10.…` (Atypon's platforms: Wiley, Taylor &
  // Francis, SAGE, Informit…), as a doi.org link does.
  // Its query and fragment (`?scroll=top`, `#abstract`) are the page's, not the DOI's.
  const doiLink = urls.find((link) => /doi\.org\//i.test(link)) ??
    urls.find((link) => /\/doi\/(?:[a-z]+\/)?10\.\d{4,9}\//i.test(link))?.replace(/[?#].*$/, '');
  setId(ids, 'doi', first(record, 'DO', 'DI') ?? doiLink ?? labelledDoi(record));
  setId(ids, 'arxiv', arxivIdFromDoi(ids.doi) ?? urls.find((link) => /arxiv\.org\/(?:abs|pdf)\//i.test(link)) ?? null);
  const accession = first(record, 'AN') ?? '';
  const database = (first(record, 'DB', 'DP') ?? '').toLowerCase();
  const wos = /(?:WOS|ISI|CCC):\s*([A-Z\d]{15})\b/i.exec(accession);
  if (wos) setId(ids, 'wos', wos[1]);
  else if (/^\d{1,9}$/.test(accession) && /pubmed|medline/.test(database)) setId(ids, 'pmid', accession);
  // `C2` is a custom field: EndNote puts a PMCID there, and Scopus its PubMed ID (`C2  - 38580657`). Other producers
  // use it for other numbers, so a bare number counts as a PMID only in a Scopus record.
  // Embase's RIS gives the MEDLINE record's PMID in `C5` (`DB  - Embase`, `DB  - Medline`).
  const embasePmid = first(record, 'C5') ?? '';
  if (/^\d{1,9}$/.test(embasePmid) && all(record, 'DB').some((name) => /^(?:embase|medline)$/i.test(name))) setId(ids, 'pmid', embasePmid);
  const custom = first(record, 'C2') ?? '';
  if (/^PMC\d+$/i.test(custom)) setId(ids, 'pmcid', custom);
  else if (/^\d{1,9}$/.test(custom) && database === 'scopus') setId(ids, 'pmid', custom);
  // PubMed Central's RIS (`DB  - PMC`): the PMCID as `AN`, the article's PMC link, the PMID as `U1  - 23690738[pmid]`.
  if (/^PMC\d+$/i.test(accession)) setId(ids, 'pmcid', accession);
  const pmcLink = urls.find((link) => /\/pmc\/articles\/PMC\d+\/?$/i.test(link));
  if (pmcLink) setPmcid(ids, pmcLink);
  const taggedPmid = all(record, 'U1', 'U2', 'U3', 'U4', 'U5', 'M1', 'N1').map((value) => /^(\d{1,9})\s*\[pmid\]$/i.exec(value)?.[1]).find(Boolean);
  if (taggedPmid) setId(ids, 'pmid', taggedPmid);
  // The Cochrane Library names the record's other databases in `C3`: `PUBMED 38407106,EMBASE 643589775`.
  const databasePmid = all(record, 'C1', 'C2', 'C3', 'C4', 'C5').map((value) => /(?:^|[\s,;])PUBMED\s+(\d{1,9})\b/.exec(value)?.[1]).find(Boolean);
  if (ids.pmid === undefined && databasePmid) setId(ids, 'pmid', databasePmid);
  // Reference managers list every link they gathered for a record (Mendeley's and Citavi's records of Lens.org
  // searches): its PubMed or Europe PMC page gives the PMID, a lens.org link the Lens ID, whichever of the links it is.
  if (ids.pmid === undefined) setId(ids, 'pmid', urls.map(pmidFromUrl).find(Boolean));
  setId(ids, 'lens', urls.map(lensIdFromUrl).find(Boolean));
  const eid = /\b(2-s2\.0-\d+)/.exec(`${accession} ${url ?? ''} ${urls.join(' ')}`);
  if (eid) ids.scopus = eid[1];
  return ids;
}

/**
 * Keywords: one per `KW` line; a line holding several separated by `;` is split. EndNote writes all of a record's
 * keywords under one `KW` tag, one a line (the lines after it carry no tag): each line is a keyword.
 */
function risKeywords(record: RisRecord): string[] {
  const words = all(record, 'KW', 'DE').flatMap((value) => value.split('\n')).flatMap((value) => (value.includes(';') ? value.split(';') : [value]));
  // Ovid marks a database's major headings with a star (`KW  - *Anxiety Management`), as MEDLINE does its `OT` terms;
  // MDPI writes `KW  - n/a` for a paper without keywords.
  const cleaned = words.map((word) => dropRepeatedFormulas(markupToPlainText(word)).replace(/^\*\s*/, ''));
  return [...new Set(cleaned.filter((word) => word !== '' && !/^n\/a$/i.test(word)))];
}

/**
 * The address of `AD`. Ovid names the author before it ("Keefer, Amy: Center for Autism …, Baltimore, MD, US,
 * keefer@kennedykrieger.org"), Embase the corresponding author ("Z. Yang, School of Biological, Earth …"): the name,
 * when it is one of the record's authors, written either way round, and a closing e-mail address are no part of the
 * organisation.
 */
function risAffiliation(address: string, authors: string[]): string | null {
  const plain = (name: string) => name.replace(/[^\p{L}]+/gu, '').toLowerCase();
  const names = new Set(authors.flatMap((author) => {
    const [family, given = ''] = author.split(/,\s*/, 2);
    return [plain(author), plain(`${given} ${family}`)];
  }));
  const named = /^([^:]{2,80}):\s+(\S.*)$/.exec(address) ?? /^([^,:]{2,40}),\s+(\S.*)$/.exec(address);
  const text = named && names.has(plain(named[1])) ? named[2] : address;
  return text.replace(/,\s*(?:e-?mail:?\s*)?[^\s,@]+@[^\s,@]+\.[a-z]{2,}$/i, '').trim() || null;
}

/**
 * The affiliation OpenAlex's RIS gives as `C1` lines right after each `AU` line (an author's addresses, one a line):
 * the first that follows an author. `C1` is a custom field other producers fill with other things (the Cochrane
 * Library's database ids), which never sit directly under an author line.
 */
function authorLineAffiliation(record: RisRecord): string | null {
  const authors = record.tags.get('AU');
  const custom = record.tags.get('C1');
  if (!authors || !custom) return null;
  // JSTOR's `C1` under its one author is the issue's date (`Full publication date: Jan., 1989`), no address.
  const index = custom.lines.findIndex((line, at) => authors.lines.includes(line - 1) && !/^\s*Full publication date:/i.test(custom.values[at]));
  return index === -1 ? null : custom.values[index].trim() || null;
}

function recordToListing(record: RisRecord, source: string): RawListing | null {
  const title = dropRepeatedFormulas(decodeDoubleDollarMath(markupToPlainText(first(record, 'TI', 'T1', 'CT') ?? (first(record, 'TY') === 'BOOK' ? first(record, 'BT') ?? '' : ''))));
  if (title === '') return null;
  // AIP's RIS writes `Valle-Delgado,J. J.`: the comma gets its space, as every other producer writes it.
  // Mendeley writes a name it has no given name for as `van den Hoven, null`: the family name alone.
  // Scopus writes the corresponding author's e-mail address after the name (`Nguyen, C.D., chi.nguyendinh@…`): no part of it.
  const authors = all(record, 'AU', 'A1').map((name) =>
    markupToPlainText(name)
      .replace(/^([^,]+),(?=\S)/, '$1, ')
      .replace(/,\s*null$/i, '')
      .replace(/[,;]?\s*\S+@[\w-]+(?:\.[\w-]+)+$/, ''),
  );
  const url = links(record, 'UR', 'L2')[0] ?? null;
  const typeTag = (first(record, 'TY') ?? '').toUpperCase();
  const titleTag = ['TI', 'T1', 'CT', 'BT'].find((tag) => record.tags.has(tag));
  const venue = first(record, 'T2', 'JF', 'JO', 'JA', 'J2', 'BT', 'T3');
  const affiliation = first(record, 'AD');
  // JSTOR writes its abstracts inside square brackets (`AB  - [Twenty-nine Class A cauldrons are catalogued. …]`).
  const jstor = all(record, 'DB').some((name) => /^jstor$/i.test(name)) || /\/\/(?:www\.)?jstor\.org\/stable\//i.test(url ?? '');
  const abstractText = first(record, 'AB', 'N2') ?? '';
  const bracketed = jstor ? /^\[([^[\]]+)\]$/.exec(abstractText)?.[1] : undefined;
  return {
    ...emptyBibFields(),
    title,
    // Scopus and publisher abstracts end with the copyright line, which is no part of the text.
    // Wiley and SciELO open it with its heading ("Abstract …") and write formulas twice ("p$p$-median").
    // EBSCOhost and ERIC close it with a note on where it came from ("[ABSTRACT FROM AUTHOR]", "(As Provided)").
    abstract: dropAbstractLabel(dropRepeatedFormulas(decodeDoubleDollarMath(stripCopyright(dropDatabaseNote(markupToPlainText(bracketed ?? abstractText)))))),
    ids: risIds(record, url),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venue !== null && venue !== title ? markupToPlainText(venue) : null,
    ...risDate(record),
    keywords: risKeywords(record),
    url,
    organisation: affiliation ? risAffiliation(markupToPlainText(affiliation.split('\n')[0]), authors) : authorLineAffiliation(record),
    type: typeTag === '' ? null : TYPE_NAMES[typeTag] ?? typeTag.toLowerCase(),
    references: [...risReferences(record.tags.get('N1')?.values ?? []), ...citedReferenceNotes(record).map((text) => parseReferenceText(text, 'auto'))],
    source,
    line: titleTag ? record.tags.get(titleTag)!.lines[0] : record.line,
  };
}

/** Pure: RIS text → full records. A record cut off before `ER` is kept with a warning; tags outside records are reported. */
export function parseRis(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const lines = text.split(/\r\n|\n|\r/);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  let record: RisRecord | null = null;
  let last: { values: string[] } | null = null;
  let count = 0;
  let strayLine: number | null = null;
  const finish = (closedProperly: boolean, at: number | null) => {
    if (!record) return;
    count++;
    if (!closedProperly) {
      const where = at === null ? 'before the end of the file' : `before the next record (line ${at})`;
      warnings.push({ file, line: record.line, reason: `RIS record #${count} has no "ER" line ${where}; kept what was read` });
    }
    const entry = recordToListing(record, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: record.line, reason: `RIS record #${count} has no title; skipped` });
    record = null;
    last = null;
  };
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = index === 0 ? raw.replace(/^\uFEFF/, '') : raw;
    const tagged = TAG_LINE.exec(line);
    if (tagged) {
      const [, tag, value = ''] = tagged;
      if (tag === 'TY') {
        if (record) finish(false, lineNumber);
        record = { line: lineNumber, tags: new Map() };
      } else if (tag === 'ER') {
        if (record) finish(true, lineNumber);
        return;
      } else if (!record) {
        strayLine ??= lineNumber;
        return;
      }
      const slot = record.tags.get(tag) ?? { values: [], lines: [] };
      slot.values.push(value);
      slot.lines.push(lineNumber);
      record.tags.set(tag, slot);
      last = slot;
    } else if (record && last && line.trim() !== '') {
      // A continuation line (hard-wrapped abstract, one Scopus reference per line) belongs to the previous tag.
      const values: string[] = (last as { values: string[] }).values;
      values[values.length - 1] += `\n${line}`;
    }
  });
  if (record) finish(false, null);
  if (strayLine !== null) {
    warnings.push({ file, line: strayLine, reason: 'RIS tag lines outside a record (no "TY" before them); ignored' });
  }
  return { entries, warnings };
}

/**
 * A line an export may write before its first `TY` line: a `Name: value` header line, a record number (`1.`), or a
 * record counter (`Record #1 of 2`, before each record's header).
 */
const RIS_PREAMBLE_LINE = /^\s*(?:[A-Z][A-Za-z ]{0,30}: \S.*|\d{1,6}\.|Record #\d+ of \d+)\s*$/;
/** At most this many such lines (JSTOR's header has three). */
const RIS_PREAMBLE_LINES = 6;

export const risReader: SourceReader = {
  format: 'ris',
  // By content: a RIS file opens with its first record's `TY` line. Some exports write a few lines before it: JSTOR
  // a `Provider: JSTOR …` / `Database: …` / `Content: …` header, others a record number (`1.`) or counter
  // (`Record #1 of 2`); other text before
  // the first `TY` line is no RIS export.
  detect: (text) => {
    const lines = text.slice(0, 2000).replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '');
    const start = lines.findIndex((line) => !RIS_PREAMBLE_LINE.test(line));
    return start >= 0 && start <= RIS_PREAMBLE_LINES && /^\s*TY {1,2}- +[A-Z0-9]+\s*$/.test(lines[start]);
  },
  read: parseRis,
};
