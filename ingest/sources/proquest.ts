// ProQuest's text export ("Report Information from ProQuest": a table of contents, then each document under a line of
// underscores as `Document 1 of 100`, its title, and `Label: value` paragraphs).
// Hand-written: no JavaScript library reads this report. Abstracts and full texts run over several paragraphs, so a
// field ends only where the next labelled paragraph begins; inside those two, only a label this export writes does.
import { emptyBibFields } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { addDoi, formatDate, parseYear } from './recordValues';
import { documentTypeOf } from './taggedBlocks';
import { sourceName } from './text';
import { monthOfName } from './writtenDates';

/** The line of underscores ProQuest puts between the report's parts and between documents. */
const SEPARATOR = /^_{20,}\s*$/;
const DOCUMENT_LINE = /^Document \d+ of \d+\s*$/;
const LABEL_LINE = /^([A-Z][A-Za-z0-9 /&().,'-]{0,60}?):\s(.*)$/;

/** Fields whose value runs over several paragraphs: only one of the labels below ends them. */
const LONG_FIELDS = new Set(['abstract', 'full text']);

/** Labels ProQuest writes in this report (articles, newspapers, dissertations), in lower case. */
const KNOWN_LABELS = new Set([
  'title', 'author', 'authors', 'author e-mail address', 'affiliation', 'author affiliation', 'publication title',
  'publication year', 'publication date', 'year', 'volume', 'issue', 'pages', 'first page', 'section', 'column',
  'publisher', 'place of publication', 'country of publication', 'publication subject', 'issn', 'e-issn', 'isbn',
  'source type', 'language of publication', 'language', 'document type', 'doi', 'proquest document id',
  'document url', 'copyright', 'last updated', 'database', 'abstract', 'full text', 'links', 'subject',
  'identifier / keyword', 'keywords', 'mesh subject', 'classification', 'location', 'people', 'company / organization',
  'advisor', 'committee member', 'degree', 'degree date', 'department', 'dissertation/thesis number',
  'number of pages', 'school code', 'source', 'university location', 'university/institution', 'credit', 'illustration',
  'dateline', 'accession number', 'update', 'sponsor', 'peer reviewed', 'scholarly journal', 'notes', 'supplement',
]);

interface ProquestDocument {
  line: number;
  /** The line after `Document n of m` (the title as ProQuest heads the document). */
  heading: { text: string; line: number } | null;
  fields: Map<string, { value: string; line: number }>;
}

/** `Dec 2015`, `Jan 15, 2016`, `Spring 2014`, `2014` → date and year. */
function proquestDate(value: string | null): { date: string | null; year: number | null } {
  if (value === null) return { date: null, year: null };
  const named = /^([A-Za-z]{3,9})\.?\s+(?:(\d{1,2}),\s+)?(\d{4})\b/.exec(value.trim());
  const month = named ? monthOfName(named[1]) : null;
  if (named && month !== null) {
    const year = Number(named[3]);
    return { date: formatDate(year, month, named[2] ? Number(named[2]) : null), year };
  }
  const year = parseYear(value);
  return { date: year === null ? null : String(year), year };
}

/** Lists ProQuest joins with `; ` (subjects, several authors), or with `, ` when no `;` is in the value (keywords). */
function splitList(value: string | null, commas: boolean): string[] {
  if (value === null) return [];
  const parts = value.includes(';') || !commas ? value.split(';') : value.split(',');
  return [...new Set(parts.map((part) => part.trim()).filter((part) => part !== ''))];
}

function documentToListing(document: ProquestDocument, source: string): RawListing | null {
  const field = (...labels: string[]) => {
    for (const label of labels) {
      const value = document.fields.get(label)?.value.trim();
      if (value) return value;
    }
    return null;
  };
  const titleField = document.fields.get('title');
  const title = (titleField?.value ?? document.heading?.text ?? '').trim();
  if (title === '') return null;
  const published = proquestDate(field('publication date', 'degree date'));
  const year = parseYear(field('publication year', 'year') ?? '') ?? published.year;
  const authors = splitList(field('author', 'authors'), false);
  const abstract = field('abstract');
  return {
    ...emptyBibFields(),
    title,
    abstract: abstract === null || /^none available\.?$/i.test(abstract) ? '' : abstract,
    ids: addDoi({}, field('doi')),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: field('publication title'),
    date: published.year === year ? published.date : year === null ? null : String(year),
    year,
    keywords: splitList(field('identifier / keyword', 'keywords'), true),
    categories: splitList(field('subject', 'mesh subject'), false),
    url: field('document url') ?? (/^https?:\/\/\S+$/.exec(field('links') ?? '')?.[0] ?? null),
    organisation: field('university/institution', 'affiliation', 'author affiliation'),
    type: documentTypeOf(field('document type')),
    source,
    line: document.heading?.line ?? titleField?.line ?? document.line,
  };
}

/** Pure: a ProQuest text report → one record per `Document n of m`; a document without a title is a warning. */
export function parseProquest(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let document: ProquestDocument | null = null;
  let current: { label: string; value: string; line: number } | null = null;
  let afterBlank = true;

  const closeField = () => {
    if (document && current && !document.fields.has(current.label)) {
      document.fields.set(current.label, { value: current.value.replace(/\s+/g, ' ').trim(), line: current.line });
    }
    current = null;
  };
  const closeDocument = () => {
    closeField();
    if (!document) return;
    const entry = documentToListing(document, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: document.line, reason: 'ProQuest document has no title; skipped' });
    document = null;
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trimEnd();
    if (SEPARATOR.test(line)) {
      closeDocument();
      afterBlank = true;
      return;
    }
    if (DOCUMENT_LINE.test(line.trim())) {
      closeDocument();
      document = { line: lineNumber, heading: null, fields: new Map() };
      afterBlank = true;
      return;
    }
    if (!document) return;
    if (line.trim() === '') {
      afterBlank = true;
      return;
    }
    const paragraphStart = afterBlank;
    afterBlank = false;
    const labelled = LABEL_LINE.exec(line);
    const label = labelled?.[1].toLowerCase() ?? null;
    const inLongField = current !== null && LONG_FIELDS.has(current.label);
    // A labelled paragraph opens a field, except inside an abstract or a full text where only a known label does.
    if (labelled !== null && paragraphStart && (KNOWN_LABELS.has(label!) || (!inLongField && document.heading !== null))) {
      closeField();
      current = { label: label!, value: labelled[2], line: lineNumber };
      return;
    }
    // An abstract or a full text goes on over its paragraphs; another field ends with its paragraph.
    if (current && (!paragraphStart || inLongField)) {
      current.value += `\n${line}`;
      return;
    }
    closeField();
    // Paragraphs outside fields: the title ProQuest heads the document with, and the document's own link under it.
    if (document.heading === null) document.heading = { text: line.trim(), line: lineNumber };
    else if (/^https?:\/\/\S*\/docview\/\S*$/.test(line.trim()) && !document.fields.has('document url')) {
      document.fields.set('document url', { value: line.trim(), line: lineNumber });
    }
  });
  closeDocument();
  return { entries, warnings };
}

export const proquestReader: SourceReader = {
  format: 'proquest',
  // By content: ProQuest's report heading, or a `Document 1 of n` line with a `ProQuest document ID:` field after it.
  detect: (text) => {
    const head = text.slice(0, 20000);
    return /^Report Information from ProQuest\s*$/m.test(head) || (/^Document 1 of \d+\s*$/m.test(head) && /^ProQuest document ID: /m.test(head));
  },
  read: parseProquest,
};
