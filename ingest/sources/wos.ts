// Web of Science export reader: plain text (`FN … VR 1.0`, records `PT … ER`, `EF`) and tab-delimited, full records
// with cited references.
//
// Hand-written: the format is a two-letter tag per line with three-space continuation lines, and no kept JavaScript
// library reads it (citation-js has no WoS plugin).
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { dropRepeatedFormulas } from './exportText';
import { repairSpacedEntities } from './htmlEntities';
import { markupToPlainText } from './latex';
import { parseReferenceText } from './referenceText';
import { stripCopyright } from './scopusCsv';
import { collapseWhitespace, sourceName } from './text';

/** One record's tags in file order; each line of a multi-line value is kept apart (AU, AF and CR give one item a line). */
type WosFields = Map<string, string[]>;

interface WosRecord {
  line: number;
  fields: WosFields;
}

const TAG_LINE = /^([A-Z][A-Z0-9])(?: (.*))?$/;
const CONTINUATION = /^ {2,3}(\S.*)$/;
const MONTHS: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06',
  JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

/**
 * A field's lines as one text; the HTML references WoS writes with a space ("Schr & ouml;dinger") repaired, the inline
 * HTML it has kept in titles and abstracts since about 2023 ("such a thing as <i>Tropical</i> Biology?",
 * "<i>H</i><i>eliconia acuminata</i>") taken out as in RIS (a closed set of tag names, so "p<0.05" stays), and
 * the TeX copy of a formula it writes twice ("R$\mathbb {R}$") dropped.
 */
function joined(fields: WosFields, tag: string): string {
  return dropRepeatedFormulas(markupToPlainText(repairSpacedEntities((fields.get(tag) ?? []).join(' '))));
}

/** `;`-separated lists (DE, ID, WC, SC), also when the list wraps onto continuation lines. */
function listOf(fields: WosFields, tag: string): string[] {
  return joined(fields, tag)
    .split(/;\s*/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Items without repeats, whatever their case: WC and SC name one field "History & Philosophy Of Science" and "… of …". */
function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.toLowerCase()) && seen.add(item.toLowerCase()));
}

/**
 * WoS writes a closing double quotation mark as two apostrophes (`the mental property M "inherits'' its causal
 * efficacy`): they are one quotation mark again.
 */
function closeQuotes(text: string): string {
  return text.replace(/(?<!')''(?!')/g, '"');
}

/**
 * Publication date from PY + PD (`SEP 10`, `JAN`, `MAR-APR`, `SUM`; PD's own year first in recent exports, `2024 OCT 9`,
 * last in older ones, `FEB 2011`), or from EA (`APR 2022`) for early-access records without PY. Ranges and seasons
 * keep only the year.
 */
export function wosDate(py: string, pd: string, ea: string): { date: string | null; year: number | null } {
  const year = /^\d{4}$/.test(py) ? Number(py) : null;
  if (year !== null) {
    const match = /^(?:(\d{4}) )?([A-Z]{3})(?: (\d{1,2}))?(?: (\d{4}))?$/.exec(pd.toUpperCase());
    const pdYear = match?.[1] ?? match?.[4];
    // A PD year other than PY's (an issue dated in another year than the volume) leaves the month to no year.
    const month = match && (pdYear === undefined || Number(pdYear) === year) ? MONTHS[match[2]] : undefined;
    // INSPEC records on the platform write the month as a number before the year (`PD 07 2006`).
    const numbered = /^(\d{2}) (\d{4})$/.exec(pd);
    if (!month && numbered && Number(numbered[2]) === year && Number(numbered[1]) >= 1 && Number(numbered[1]) <= 12) {
      return { date: `${year}-${numbered[1]}`, year };
    }
    if (!month) return { date: String(year), year };
    return { date: match?.[3] ? `${year}-${month}-${match[3].padStart(2, '0')}` : `${year}-${month}`, year };
  }
  const early = /^(?:([A-Z]{3}) )?(?:(\d{1,2}) )?(\d{4})$/.exec(ea.toUpperCase());
  if (!early) return { date: null, year: null };
  const earlyYear = Number(early[3]);
  const month = early[1] ? MONTHS[early[1]] : undefined;
  if (!month) return { date: String(earlyYear), year: earlyYear };
  const date = early[2] ? `${earlyYear}-${month}-${early[2].padStart(2, '0')}` : `${earlyYear}-${month}`;
  return { date, year: earlyYear };
}

/**
 * WoS writes a trailing middle initial of some full names after a second comma ("Fedotovich, G., V", "Yudin, Yu, V";
 * AU gives "Fedotovich, GV"): it is put back after the given name ("Fedotovich, G. V", "Yudin, Yu V"); "Smith, John, Jr"
 * keeps its suffix where it is.
 */
export function wosName(name: string): string {
  return collapseWhitespace(name).replace(/^([^,]+), ([^,]+?),? (\p{Lu}\p{Ll}?)\.?$/u, (whole, family: string, given: string, initial: string) =>
    whole.split(',').length === 3 && !/^[JS]r$/.test(initial) ? `${family}, ${given.replace(/,$/, '')} ${initial}` : whole,
  );
}

/** First organisation: C3 gives cleaned names; C1 lines read `[Authors] Univ, Dept, …`. */
function organisationOf(fields: WosFields): string | null {
  const c3 = listOf(fields, 'C3')[0];
  if (c3) return c3;
  const c1 = (fields.get('C1') ?? [])[0];
  if (!c1) return null;
  const organisation = c1.replace(/^\[[^\]]*\]\s*/, '').split(',')[0].trim();
  return organisation === '' ? null : organisation;
}

/**
 * Full names (AF) before short ones (AU); books may name only their book authors (BF, BA). Group authors (CA, a
 * consortium or a working group) are authors too: WoS lists them apart from the people, so they follow them.
 */
function wosAuthors(fields: WosFields): string[] {
  const personTag = ['AF', 'AU', 'BF', 'BA'].find((tag) => (fields.get(tag) ?? []).some((name) => name.trim()));
  // One name a line; exports of other databases on the WoS platform (MEDLINE, 2006) put them all on one, `; `-joined.
  const people = (personTag ? (fields.get(personTag) as string[]) : []).flatMap((line) => line.split(/;\s*/)).map(wosName).filter(Boolean);
  const known = new Set(people.map((name) => name.toLowerCase()));
  const groups = (fields.get('CA') ?? []).map(wosName).filter((name) => name !== '' && !known.has(name.toLowerCase()));
  return [...people, ...new Set(groups)];
}

/** INSPEC's sub- and superscripts written inline (`BaB/sub 2/O/sub 4/`, `He/sup +/`, wrapped as `Sn/sub 2 /P`). */
function inspecScripts(text: string): string {
  return text.replace(/\/su[bp] ([^/]*?)\s*\//g, '$1');
}

/** INSPEC's treatment codes, the first section of its indexing. */
const INSPEC_TREATMENT = /^(?:experimental|theoretical or mathematical|practical|application|general or review|bibliography|economic|new development|product review)$/i;

/**
 * INSPEC records on the WoS platform (`UT INSPEC:9027814`) use the tags for INSPEC's own fields. `DE` joins its
 * indexing sections with "/ ": treatment, controlled terms, uncontrolled terms, then classification codes and numerical
 * and chemical indexing; the two lists of terms are indexer terms. `ID` lists the article's identifiers in brackets
 * (`…],[S0003-6951(06)22430-6],[10.1063/1.2234275]`), the DOI among them. `C1` names the authors before the address.
 */
function inspecFields(fields: WosFields): { indexTerms: string[]; doi: string | null; organisation: string | null } {
  const sections = inspecScripts(joined(fields, 'DE')).split(/\/\s+/).map((section) => section.trim());
  if (INSPEC_TREATMENT.test(sections[0] ?? '')) sections.shift();
  const terms = sections.slice(0, 2).filter((section) => !/^[A-Z]\d{4}/.test(section));
  const indexTerms = unique(terms.flatMap((section) => section.split(/;\s*/)).map((term) => term.trim()).filter(Boolean));
  const doi = /\[(10\.\d{4,9}\/[^\]\s]+)\]/.exec(joined(fields, 'ID'))?.[1] ?? null;
  const address = joined(fields, 'C1').split(/;\s*/).at(-1)?.trim() ?? '';
  return { indexTerms, doi, organisation: address === '' ? null : address };
}

function recordToListing(record: WosRecord, source: string): RawListing | null {
  const { fields } = record;
  if (/^INSPEC:/i.test(joined(fields, 'UT'))) return inspecRecordToListing(record, source);
  const title = closeQuotes(joined(fields, 'TI'));
  if (title === '') return null;
  const authors = wosAuthors(fields);
  const entry: RawListing = {
    ...emptyBibFields(),
    title,
    abstract: closeQuotes(stripCopyright(joined(fields, 'AB'))),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: joined(fields, 'SO') || null,
    ...wosDate(joined(fields, 'PY'), joined(fields, 'PD'), joined(fields, 'EA')),
    keywords: listOf(fields, 'DE'),
    indexTerms: listOf(fields, 'ID'),
    categories: unique([...listOf(fields, 'WC'), ...listOf(fields, 'SC')]),
    organisation: organisationOf(fields),
    type: listOf(fields, 'DT')[0]?.toLowerCase() ?? null,
    references: (fields.get('CR') ?? [])
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => parseReferenceText(line, 'wos')),
    source,
    line: record.line,
  };
  setId(entry.ids, 'doi', joined(fields, 'DI'));
  const ut = joined(fields, 'UT').toUpperCase();
  // A MEDLINE record's accession number is its PubMed ID (`UT MEDLINE:16735938`): kept as that, not as a WoS id,
  // which would differ from the Core Collection record's UT of the same paper and keep the two from merging.
  // `WOS:`, `ISI:` and `CCC:` (Current Contents) numbers are one number, written `WOS:` (normaliseWosId); other
  // databases' numbers (BCI:, ZOOREC:…) keep their own prefix.
  const medline = /^MEDLINE:(\d+)$/.exec(ut)?.[1];
  if (ut && !medline) setId(entry.ids, 'wos', ut);
  setId(entry.ids, 'pmid', joined(fields, 'PM') || medline);
  return entry;
}

/** An INSPEC record: its own fields read as `inspecFields` says, its inline sub- and superscripts made plain text. */
function inspecRecordToListing(record: WosRecord, source: string): RawListing | null {
  // A script may wrap onto the next line (`Sn/sub 2` / `/P/sub 2/…`): lines of one value are joined first, as `joined` would.
  const plain = new Map([...record.fields].map(([tag, values]): [string, string[]] => [
    tag,
    tag === 'DE' ? values : ITEM_PER_LINE.has(tag) ? values.map(inspecScripts) : [inspecScripts(values.join(' '))],
  ]));
  const entry = recordToListing({ ...record, fields: new Map([...plain, ['UT', []]]) }, source);
  if (!entry) return null;
  const inspec = inspecFields(record.fields);
  setId(entry.ids, 'doi', inspec.doi);
  setId(entry.ids, 'wos', joined(record.fields, 'UT').toUpperCase());
  return { ...entry, keywords: [], indexTerms: inspec.indexTerms, organisation: inspec.organisation };
}

/** Tags whose values are lists, one item per line in plain text and `; `-separated in tab-delimited exports. */
const ITEM_PER_LINE = new Set(['AU', 'AF', 'BA', 'BF', 'CA', 'CR', 'C1', 'C3', 'EM', 'RI', 'OI']);

/**
 * A tab-delimited list cell's items, split on `; ` outside brackets: an address (C1) opens with the bracketed names of
 * its authors, `[Kanjo, Eiman; Sherkat, Nasser] Nottingham Trent Univ, …`, whose `; ` does not end the address.
 */
function splitTabItems(value: string): string[] {
  return value.split(/;\s+(?![^[\]]*\])/);
}

/**
 * The tab-delimited variant of the export (`PT\tAU\tBA\t…` header, one record a line, no quoting), read into the
 * same tagged fields as the plain-text one.
 */
function parseWosTabDelimited(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const lines = text.split(/\r?\n/);
  let header = lines[0].split('\t').map((tag) => tag.trim());
  for (let index = 1; index < lines.length; index++) {
    const line = index + 1;
    if (lines[index].trim() === '') continue;
    // Exports joined into one file (`cat savedrecs*.txt`) repeat the header line, BOM and all: it is a header again.
    if (/^\uFEFF?PT\t/.test(lines[index])) {
      header = lines[index].replace(/^\uFEFF/, '').split('\t').map((tag) => tag.trim());
      continue;
    }
    const values = lines[index].split('\t');
    const extra = values.slice(header.length);
    if (values.length < header.length - 1 || extra.some((value) => value.trim() !== '')) {
      warnings.push({ file, line, reason: `row has ${values.length} fields, the header ${header.length}; skipped` });
      continue;
    }
    const fields: WosFields = new Map();
    header.forEach((tag, column) => {
      const value = (values[column] ?? '').trim();
      if (tag === '' || value === '') return;
      fields.set(tag, ITEM_PER_LINE.has(tag) ? splitTabItems(value) : [value]);
    });
    const entry = recordToListing({ line, fields }, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: 'record has no title (TI); skipped' });
  }
  return { entries, warnings };
}

/** Pure: a WoS plain-text (or tab-delimited) export → entries, with a warning (real line) for each broken record. */
export function parseWos(text: string, file: string): ReadResult {
  if (/^\uFEFF?PT\t/.test(text)) return parseWosTabDelimited(text.replace(/^\uFEFF/, ''), file);
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let record: WosRecord | null = null;
  let lastTag: string | null = null;

  const finish = (reason: string | null) => {
    if (!record) return;
    const entry = recordToListing(record, source);
    if (entry) {
      entries.push(entry);
      if (reason) warnings.push({ file, line: record.line, reason: `${reason}; record kept` });
    } else {
      const prefix = reason ? `${reason}; ` : '';
      warnings.push({ file, line: record.line, reason: `${prefix}record has no title (TI); skipped` });
    }
    record = null;
    lastTag = null;
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    // A BOM inside the text: exports joined into one file (`cat savedrecs*.txt`) carry one before each `FN` line.
    const line = raw.replace(/^\uFEFF/, '').replace(/\s+$/, '');
    if (line === '') return;
    const tag = TAG_LINE.exec(line);
    if (tag) {
      const [, name, value = ''] = tag;
      if (name === 'PT') {
        if (record) finish(`record starting here has no ER before the next PT at line ${lineNumber}`);
        record = { line: lineNumber, fields: new Map() };
        record.fields.set('PT', [value]);
        lastTag = 'PT';
        return;
      }
      if (name === 'ER') {
        if (!record) {
          warnings.push({ file, line: lineNumber, reason: 'ER without a record (no PT before it); ignored' });
        }
        finish(null);
        return;
      }
      if (name === 'FN' || name === 'VR' || name === 'EF') {
        if (record) finish(`record starting here has no ER before ${name} at line ${lineNumber}`);
        return;
      }
      if (!record) {
        warnings.push({ file, line: lineNumber, reason: `${name} field outside a record (no PT before it); ignored` });
        return;
      }
      const values = record.fields.get(name);
      if (values) values.push(value);
      else record.fields.set(name, [value]);
      lastTag = name;
      return;
    }
    const continuation = CONTINUATION.exec(line);
    if (continuation && record && lastTag) {
      (record.fields.get(lastTag) as string[]).push(continuation[1]);
      return;
    }
    warnings.push({
      file,
      line: lineNumber,
      reason: record
        ? 'line is neither a WoS field (two-letter tag) nor a continuation; ignored'
        : 'text outside a record; ignored',
    });
  });
  if (record) finish('file ends inside the record starting here (no ER)');
  return { entries, warnings };
}

export const wosReader: SourceReader = {
  format: 'wos',
  detect(text) {
    const head = text.replace(/^\uFEFF/, '').slice(0, 4000);
    if (/^FN .*Web of (?:Science|Knowledge)/.test(head) || /^FN [^\n]*\r?\nVR \d/.test(head)) return true;
    if (/^PT\t[^\n]*\tTI\t[^\n]*\tUT\b/.test(head)) return true;
    // Records pasted without the FN/VR header: a PT line, WoS tags and an accession number.
    return (
      /^PT [A-Z]\r?$/m.test(head) && /^(?:AU|TI|SO) /m.test(head) && /^(?:ER\r?$|UT )/m.test(text.slice(0, 200_000))
    );
  },
  read: parseWos,
};
