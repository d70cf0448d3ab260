// zbMATH Open API JSON reader (format `zbmath`): the answers of `api.zbmath.org/v1/document/…` — a search page
// (`{"result": [ … ], "status": …}`) or one document (`{"result": { … }}`) — in zbMATH's own schema: `title.title`,
// `contributors.authors[].name`, `year`, `links[]` (DOI, arXiv), `source.series[]` (the journal), `msc[]`, `keywords`,
// `editorial_contributions[]` (the summary, or a reviewer's review) and `references[]` with a DOI and the text.
import { emptyBibFields, normaliseArxivId, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { RawListing } from '../types';
import { findRecordList, isZbmathRecord } from './detect';
import { dropAbstractLabel } from './exportText';
import { jsonRecordReader, type JsonRecordFormat, type JsonSourceReader } from './jsonReader';
import { isObject } from './jsonRecords';
import { parseYear, uniqueStrings } from './recordValues';

type Json = Record<string, unknown>;

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** What zbMATH writes where its licence keeps the text from the API: a placeholder, not the document's summary. */
const WITHHELD = /contents unavailable due to conflicting licenses/i;

/**
 * The document's own summary (its abstract, "Summary: We work over…"). A reviewer's review describes the paper in
 * someone else's words and is no abstract; the licence placeholder is nothing.
 */
function summaryOf(record: Json): string {
  for (const contribution of objects(record.editorial_contributions)) {
    const text = str(contribution.text);
    if (contribution.contribution_type === 'summary' && text && !WITHHELD.test(text)) return dropAbstractLabel(text.replace(/^Summary:\s*/, ''));
  }
  return '';
}

/**
 * One `references[]` entry: its DOI, the text as zbMATH keeps it, and the year zbMATH matched it to (`zbmath.year`).
 * The first author, title and source are left to the reference-text parser, which reads the same text for every
 * format (and keeps its arXiv identifier).
 */
function referenceOf(entry: Json): ReferenceRecord | null {
  const text = str(entry.text);
  const ids: PaperIds = {};
  setId(ids, 'doi', str(entry.doi));
  if (!text && !ids.doi) return null;
  const matched = isObject(entry.zbmath) ? entry.zbmath : {};
  return { ids, text, firstAuthor: null, year: parseYear(matched.year), title: null, source: null };
}

/** Pure: one zbMATH document → an entry, or null without a title. */
function recordToListing(record: Json, source: string, line: number): RawListing | null {
  const heading = isObject(record.title) ? record.title : {};
  const mainTitle = str(heading.title);
  if (!mainTitle) return null;
  const subtitle = str(heading.subtitle);
  const ids: PaperIds = {};
  for (const link of objects(record.links)) {
    if (link.type === 'doi' && !ids.doi) setId(ids, 'doi', str(link.identifier));
    if (link.type === 'arxiv' && !ids.arxiv) setId(ids, 'arxiv', normaliseArxivId(str(link.identifier)));
  }
  const contributors = isObject(record.contributors) ? record.contributors : {};
  const authors = objects(contributors.authors).map((author) => str(author.name)).filter((name): name is string => name !== null);
  const origin = isObject(record.source) ? record.source : {};
  const journal = objects(origin.series)[0];
  const documentType = isObject(record.document_type) ? str(record.document_type.description) : null;
  const year = parseYear(record.year);
  return {
    ...emptyBibFields(),
    title: subtitle ? `${mainTitle}: ${subtitle}` : mainTitle,
    abstract: summaryOf(record),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    // The journal's whole name; a preprint (`"database": "arXiv"`) has arXiv. A chapter's book is named only inside
    // the citation string of `source.source`, which is no venue.
    venue: (journal ? str(journal.title) ?? str(journal.short_title) : null) ?? (record.database === 'arXiv' ? 'arXiv' : null),
    date: year === null ? null : String(year),
    year,
    keywords: uniqueStrings(Array.isArray(record.keywords) ? record.keywords.map(str) : []),
    // The Mathematics Subject Classification codes zbMATH files the document under, as arXiv's categories are kept.
    categories: uniqueStrings(objects(record.msc).map((entry) => str(entry.code))),
    url: str(record.zbmath_url),
    type: documentType,
    references: objects(record.references).map(referenceOf).filter((reference): reference is ReferenceRecord => reference !== null),
    source,
    line,
  };
}

/** The documents of an answer: a search page's `result` list, one document's `result`, or a bare list. */
function recordsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [];
  if (isObject(data.result) && isZbmathRecord(data.result)) return [data.result];
  if (isZbmathRecord(data)) return [data];
  return findRecordList(data, 'zbmath');
}

const FORMAT: JsonRecordFormat = { format: 'zbmath', recordName: 'zbMATH document', missing: 'title', recordsOf, toListing: recordToListing };

export const zbmathJsonReader: JsonSourceReader = jsonRecordReader(FORMAT);

/** Pure: a loaded document → entries; a document without a title is a warning with its line. */
export const readZbmathJson = zbmathJsonReader.readJson;

export const parseZbmathJson = zbmathJsonReader.read;
