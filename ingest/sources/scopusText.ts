// Scopus "Export → Plain text" (`scopus.txt`): a `Scopus` / `EXPORT DATE:` header (written `# Scopus` by some
// exports), then one record after another. A record opens with unlabelled lines, then labelled ones:
//
//   Hawkins D.S., Spunt S.L., Skapek S.X.                                     ← authors (2022: "Ivanov, V.L., …")
//   AUTHOR FULL NAMES: Hawkins, Douglas S. (7202029617); Spunt, Sheri L. (…)  ← since 2023
//   7202029617; 6603780566; 6603533283                                        ← author ids
//   Children's Oncology Group's 2013 blueprint for research: Soft tissue sarcomas   ← title
//   (2013) Pediatric Blood and Cancer, 60 (6), pp. 1001 - 1008, Cited 123 times.    ← year, source
//   DOI: 10.1002/pbc.24435
//   https://www.scopus.com/inward/record.uri?eid=2-s2.0-84876442851&…
//
//   AFFILIATIONS: …   ABSTRACT: …   AUTHOR KEYWORDS: …   INDEX KEYWORDS: …
//   REFERENCES: first reference;                                              ← one reference a line
//   second reference; …
//   DOCUMENT TYPE: Review   …   SOURCE: Scopus                                ← the record's last line
//
// The labels are the CSV export's column names in capitals, so the values are read as the Scopus CSV reader reads its
// cells. Hand-written: a text layout of Scopus's own, which no kept library reads.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { repairSpacedEntities } from './htmlEntities';
import { markupToPlainText } from './latex';
import { parseReferenceText, splitScopusReferences } from './referenceText';
import { stripCopyright } from './scopusCsv';
import { sourceName } from './text';

/** The labels Scopus writes (its CSV column names in capitals); only these make a label line. */
const LABELS = new Set([
  'AUTHOR FULL NAMES', 'DOI', 'AFFILIATIONS', 'AUTHORS WITH AFFILIATIONS', 'ABSTRACT', 'AUTHOR KEYWORDS', 'INDEX KEYWORDS',
  'MOLECULAR SEQUENCE NUMBERS', 'CHEMICALS/CAS', 'TRADENAMES', 'MANUFACTURERS', 'FUNDING DETAILS', 'FUNDING TEXT',
  'REFERENCES', 'CORRESPONDENCE ADDRESS', 'EDITORS', 'SPONSORS', 'PUBLISHER', 'CONFERENCE NAME', 'CONFERENCE DATE',
  'CONFERENCE LOCATION', 'CONFERENCE CODE', 'ISSN', 'ISBN', 'CODEN', 'PUBMED ID', 'LANGUAGE OF ORIGINAL DOCUMENT',
  'ABBREVIATED SOURCE TITLE', 'DOCUMENT TYPE', 'PUBLICATION STAGE', 'OPEN ACCESS', 'SOURCE',
]);

/** `ABSTRACT: text`, `FUNDING TEXT 2: text` → label and value, for the labels Scopus writes only. */
function labelOf(line: string): { label: string; value: string } | null {
  const match = /^([A-Z][A-Z/ ]*?)(?: \d+)?:(?: (.*))?$/.exec(line);
  return match && LABELS.has(match[1]) ? { label: match[1], value: match[2] ?? '' } : null;
}

/** A value as the CSV reader reads a cell: spaced HTML references repaired, inline markup taken out. */
function clean(value: string): string {
  return markupToPlainText(repairSpacedEntities(value));
}

/** Initials after a family name in the 2022 layout ("V.L.", "Yu.V.", "M.C.G.", "J.-P."). */
const INITIALS = /^(?:-?\p{Lu}\p{Ll}{0,2}\.\s?)+$/u;

/**
 * The short author list: "Hawkins D.S., Spunt S.L." (2023 on) or "Ivanov, V.L., Fedotovich, G.V., the CMD-3
 * Collaboration" (2022, a family name and its initials separated by a comma too); "[No author name available]" is none.
 */
function shortAuthors(line: string): string[] {
  if (/^\[No author name available\]$/i.test(line.trim())) return [];
  const parts = line.split(/,\s+/).map((part) => part.trim()).filter(Boolean);
  const names: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const next = parts[index + 1];
    if (next !== undefined && !INITIALS.test(parts[index]) && INITIALS.test(next)) {
      names.push(`${parts[index]}, ${next}`);
      index++;
    } else names.push(parts[index]);
  }
  return names;
}

/** `Hawkins, Douglas S. (7202029617); Spunt, Sheri L. (6603780566)` → names in order. */
function fullAuthors(value: string): string[] {
  return value.split(/;\s*/).map((name) => name.replace(/\s*\(\d+\)\s*$/, '').trim()).filter(Boolean);
}

/** `(2013) Pediatric Blood and Cancer, 60 (6), pp. 1001 - 1008, Cited 123 times.` → year and source title. */
function readCitation(line: string): { year: number; venue: string | null } {
  const year = Number(/^\((\d{4})\)/.exec(line)![1]);
  const rest = line.replace(/^\(\d{4}\)\s*/, '');
  const end = /,\s+(?=\d[\w-]*(?:\s\(|,|\.\s*$)|pp?\.\s|art\. no\.|Cited \d)/.exec(rest);
  const venue = (end ? rest.slice(0, end.index) : rest).replace(/[\s,.]+$/, '').trim();
  return { year, venue: venue === '' ? null : venue };
}

interface ScopusTextRecord {
  line: number;
  head: string[];
  fields: Map<string, string[]>;
}

function recordToListing(record: ScopusTextRecord, source: string): RawListing | null {
  const field = (label: string) => clean((record.fields.get(label) ?? []).join(' '));
  let citation: { year: number; venue: string | null } | null = null;
  let url: string | null = null;
  const plain: string[] = [];
  for (const line of record.head) {
    if (/^\(\d{4}\)(?:\s|$)/.test(line) && citation === null) citation = readCitation(line);
    else if (/^https?:\/\/\S+$/.test(line)) url = line;
    else if (/^\d+(?:;\s*\d+)*;?$/.test(line)) continue; // Scopus author ids
    else if (citation === null) plain.push(line);
  }
  // Before the source line: the authors, then the title (a record without authors has the title alone). A record cut
  // before its source line with a single line left cannot say whether that line is its title or its authors.
  if (citation === null && plain.length < 2) return null;
  const title = clean(plain.length > 1 ? plain.slice(1).join(' ') : (plain[0] ?? ''));
  if (title === '') return null;
  const full = fullAuthors(field('AUTHOR FULL NAMES'));
  const authors = full.length > 0 ? full : plain.length > 1 ? shortAuthors(clean(plain[0])) : [];
  const list = (label: string) => [...new Set(field(label).split(/;\s*/).map((item) => item.trim()).filter(Boolean))];
  const entry: RawListing = {
    ...emptyBibFields(),
    title,
    abstract: stripCopyright(field('ABSTRACT')),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: citation?.venue ?? null,
    date: citation ? String(citation.year) : null,
    year: citation?.year ?? null,
    keywords: list('AUTHOR KEYWORDS'),
    indexTerms: list('INDEX KEYWORDS'),
    url,
    organisation: list('AFFILIATIONS')[0] ?? null,
    type: field('DOCUMENT TYPE').toLowerCase() || null,
    references: splitScopusReferences((record.fields.get('REFERENCES') ?? []).join(' ')).map((reference) =>
      parseReferenceText(reference, 'scopus'),
    ),
    source,
    line: record.line,
  };
  setId(entry.ids, 'doi', field('DOI'));
  setId(entry.ids, 'scopus', /[?&]eid=(2-s2\.0-\d+)/.exec(url ?? '')?.[1] ?? '');
  setId(entry.ids, 'pmid', field('PUBMED ID'));
  return entry;
}

/**
 * Pure: a Scopus plain-text export → entries. A record ends at its `SOURCE:` line; without one, a blank line followed
 * by an unlabelled line (the next record's authors) ends it too, as the labelled part may itself hold blank lines.
 */
export function parseScopusText(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let record: ScopusTextRecord | null = null;
  let inHead = false;
  let lastLabel: string | null = null;
  let afterBlank = false;
  const finish = () => {
    if (!record) return;
    const entry = recordToListing(record, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: record.line, reason: 'Scopus record has no title; skipped' });
    record = null;
  };
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      afterBlank = true;
      inHead = false;
      return;
    }
    // The export's header: "Scopus" (or "# Scopus") and "EXPORT DATE: …".
    if (record === null && entries.length === 0 && /^(?:#\s*)?(?:Scopus|EXPORT DATE:.*)$/.test(line)) return;
    const labelled = labelOf(line);
    if (record === null || (afterBlank && !labelled && !inHead)) {
      finish();
      record = { line: index + 1, head: [], fields: new Map() };
      inHead = true;
      lastLabel = null;
    }
    afterBlank = false;
    const current = record as ScopusTextRecord;
    if (labelled) {
      const values = current.fields.get(labelled.label) ?? [];
      values.push(labelled.value);
      current.fields.set(labelled.label, values);
      lastLabel = labelled.label;
      if (labelled.label === 'SOURCE') finish();
      return;
    }
    if (inHead) current.head.push(line);
    // A line without a label continues the field before it (REFERENCES writes one reference a line).
    else if (lastLabel) current.fields.get(lastLabel)!.push(line);
    else current.head.push(line);
  });
  finish();
  return { entries, warnings };
}

export const scopusTextReader: SourceReader = {
  format: 'scopus-text',
  // By content: the export's two header lines.
  detect(text) {
    const lines = text.replace(/^\uFEFF/, '').slice(0, 2000).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    // Scopus writes the same two lines above its BibTeX export (2024): entries after them are BibTeX's.
    return /^(?:#\s*)?Scopus$/.test(lines[0] ?? '') && /^(?:#\s*)?EXPORT DATE:/.test(lines[1] ?? '') && !/^@[A-Za-z]+\s*[{(]/.test(lines[2] ?? '');
  },
  read: parseScopusText,
};
