// PubMed MEDLINE (`.nbib`) reader: `TAG - value` lines with six-space continuations, one record per `PMID-` block.
//
// Hand-written: citation-js has no MEDLINE plugin and the format is a plain tagged text. MEDLINE records carry no
// reference lists; their comment and erratum links (CIN, CON, EIN, EFR…) point at other PubMed records but are not
// citations, so `references` stays empty.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { collapseWhitespace, sourceName } from './text';
import { dropAbstractLabel, unbracketTranslatedTitle } from './exportText';

type MedlineFields = Map<string, string[]>;

interface MedlineRecord {
  line: number;
  fields: MedlineFields;
}

const TAG_LINE = /^([A-Z][A-Z0-9]{0,3}) {0,3}- ?(.*)$/;
const CONTINUATION = /^ {2,}(\S.*)$/;
const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

function first(fields: MedlineFields, tag: string): string {
  return collapseWhitespace(fields.get(tag)?.[0] ?? '');
}

function all(fields: MedlineFields, tag: string): string[] {
  return (fields.get(tag) ?? []).map(collapseWhitespace).filter((value) => value !== '');
}

/** `2018 Dec 27` → 2018-12-27, `2019 Jan` → 2019-01, `2020` → 2020; seasons and ranges (`2018 Jan-Feb`) keep the
 * year. */
export function medlineDate(dp: string): { date: string | null; year: number | null } {
  const match = /^(\d{4})(?:\s+([A-Za-z]{3})(?:\s+(\d{1,2}))?)?(\S*)/.exec(dp.trim());
  if (!match) return { date: null, year: null };
  const year = Number(match[1]);
  const month = match[2] ? MONTHS[match[2].toLowerCase()] : undefined;
  if (!month || match[4] !== '') return { date: String(year), year };
  return { date: match[3] ? `${year}-${month}-${match[3].padStart(2, '0')}` : `${year}-${month}`, year };
}

/** Identifier of an `AID`/`LID` value of one type: `10.1056/NEJMoa1812836 [doi]`. */
function idOfType(values: string[], type: string): string | null {
  const suffix = ` [${type}]`;
  const value = values.find((candidate) => candidate.toLowerCase().endsWith(suffix));
  return value ? value.slice(0, -suffix.length).trim() : null;
}

/** MeSH heading without its major-topic star and subheadings (`Leukemia, Myeloid, Acute/*genetics`). */
function meshDescriptor(heading: string): string {
  return heading.split('/')[0].replace(/^\*/, '').trim();
}

/**
 * The MeSH descriptors none of whose headings is starred: a star on the descriptor (`*Software`) or on one of its
 * subheadings (`Leukemia, Myeloid, Acute/*genetics`) marks a main topic of the paper.
 */
function minorHeadingsOf(headings: string[]): { minorHeadings?: string[] } {
  const major = new Set(headings.filter((heading) => heading.includes('*')).map(meshDescriptor));
  const minor = [...new Set(headings.map(meshDescriptor).filter((descriptor) => descriptor !== '' && !major.has(descriptor)))];
  return minor.length > 0 ? { minorHeadings: minor } : {};
}

/** First affiliation, without the initials it lists for its authors and any e-mail address. */
function firstAffiliation(fields: MedlineFields): string | null {
  return medlineAffiliation(first(fields, 'AD'));
}

/** The first of `;`-joined affiliations, without parenthesised notes, e-mail addresses and closing punctuation. */
export function medlineAffiliation(text: string): string | null {
  const affiliation = collapseWhitespace(text)
    .split(';')[0]
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s*(?:Electronic address:\s*)?\S+@\S+/gi, '')
    // AHA journals open with "From the Department of …".
    .replace(/^From\s+(?:the\s+)?/i, '')
    // Some publishers' addresses keep their footnote number glued to the first word ("1Department of …", eLife).
    .replace(/^\d{1,2}(?=\p{Lu}\p{Ll})/u, '')
    .replace(/[.,\s]+$/, '')
    .trim();
  return affiliation === '' ? null : affiliation;
}

/**
 * PubMed lists several publication types (`Clinical Trial, Phase III`, `Journal Article`, `Research Support…`); the
 * document's kind is the one that says what the text is (letter, review, erratum…), else `journal article`.
 */
const DOCUMENT_KINDS = new RegExp(
  '^(?:letter|comment|editorial|review|systematic review|meta-analysis|published erratum|retraction notice|' +
    'retracted publication|case reports|news|preprint|practice guideline|guideline|congress|book|book chapter|' +
    'biography|lecture|interview)$',
  'i',
);

export function documentType(types: string[]): string | null {
  const kind = types.find((type) => DOCUMENT_KINDS.test(type)) ??
    types.find((type) => /^journal article$/i.test(type)) ?? types[0];
  return kind ? kind.toLowerCase() : null;
}

function recordToListing(record: MedlineRecord, source: string): RawListing | null {
  const { fields } = record;
  // Books and chapters in PubMed use BTI; a non-English article may give only its transliterated title (TT).
  const title = unbracketTranslatedTitle(first(fields, 'TI') || first(fields, 'BTI') || first(fields, 'TT'));
  if (title === '') return null;
  const fullNames = all(fields, 'FAU');
  const authors = fullNames.length > 0 ? fullNames : all(fields, 'AU');
  // A group author (`CN  - STRATIS Investigators`) is an author too, as PubMed XML's `CollectiveName` is; the export
  // lists it apart from the people, so it follows them (as the WoS reader places `CA`).
  const known = new Set(authors.map((name) => name.toLowerCase()));
  authors.push(...new Set(all(fields, 'CN').filter((name) => !known.has(name.toLowerCase()))));
  const entry: RawListing = {
    ...emptyBibFields(),
    title,
    abstract: dropAbstractLabel(all(fields, 'AB').join(' ')),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    // A Bookshelf chapter (StatPearls, GeneReviews) has no journal: its book (`BTI`) is where it appeared.
    venue: first(fields, 'JT') || first(fields, 'TA') || (first(fields, 'TI') ? first(fields, 'BTI') : '') || null,
    ...medlineDate(first(fields, 'DP')),
    keywords: [...new Set(all(fields, 'OT').map((keyword) => keyword.replace(/^\*/, '').trim()))],
    categories: [...new Set(all(fields, 'MH').map(meshDescriptor).filter(Boolean))],
    ...minorHeadingsOf(all(fields, 'MH')),
    organisation: firstAffiliation(fields),
    type: documentType(all(fields, 'PT')),
    source,
    line: record.line,
  };
  setId(entry.ids, 'pmid', first(fields, 'PMID'));
  const locators = [...all(fields, 'AID'), ...all(fields, 'LID')];
  setId(entry.ids, 'doi', idOfType(locators, 'doi'));
  setId(entry.ids, 'pmcid', first(fields, 'PMC'));
  if (entry.ids.pmid) entry.url = `https://pubmed.ncbi.nlm.nih.gov/${entry.ids.pmid}/`;
  return entry;
}

/** Pure: a MEDLINE export → entries, with a warning (real line) for each broken or title-less record. */
export function parsePubmed(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const records: MedlineRecord[] = [];
  let record: MedlineRecord | null = null;
  let lastTag: string | null = null;

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const lineNumber = index + 1;
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      // Records are separated by a blank line.
      record = null;
      lastTag = null;
      continue;
    }
    const tag = TAG_LINE.exec(line);
    if (tag) {
      const [, name, value] = tag;
      // A PMID always opens a record, also when the blank line before it is missing.
      if (name === 'PMID' || !record) {
        if (name !== 'PMID') {
          warnings.push({ file, line: lineNumber, reason: `record starts with ${name} instead of PMID; read anyway` });
        }
        record = { line: lineNumber, fields: new Map() };
        records.push(record);
      }
      const values = record.fields.get(name);
      if (values) values.push(value);
      else record.fields.set(name, [value]);
      lastTag = name;
      continue;
    }
    const continuation = CONTINUATION.exec(line);
    if (continuation && record && lastTag) {
      const values = record.fields.get(lastTag) as string[];
      values[values.length - 1] += ` ${continuation[1]}`;
      continue;
    }
    warnings.push({
      file,
      line: lineNumber,
      reason: 'line is neither a MEDLINE field (TAG - value) nor a continuation; ignored',
    });
  }

  for (const item of records) {
    const entry = recordToListing(item, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: item.line, reason: 'MEDLINE record has no title (TI); skipped' });
  }
  return { entries, warnings };
}

export const pubmedReader: SourceReader = {
  format: 'pubmed',
  detect(text) {
    const head = text.replace(/^\uFEFF/, '').slice(0, 4000);
    return /^PMID- ?\d+/m.test(head) && /^(?:TI|FAU|AU|DP|AB) {0,2}- /m.test(head);
  },
  read: parsePubmed,
};
