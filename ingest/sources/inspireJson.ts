// INSPIRE-HEP literature JSON reader (format `inspire`): the answers of `inspirehep.net/api/literature` — a search page
// (`{"hits": {"hits": [{"metadata": {…}}]}}`), one record (`/api/literature/1842768`: `{"id", "metadata", …}`) or a
// list of records or of their `metadata` — in INSPIRE's own schema (`hep.json`): `titles`, `authors[].full_name`,
// `dois`, `arxiv_eprints`, `publication_info`, `keywords`, `references[].reference`.
import { emptyBibFields, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { RawListing } from '../types';
import { findRecordList, isInspireRecord } from './detect';
import { jsonRecordReader, type JsonRecordFormat, type JsonSourceReader } from './jsonReader';
import { isObject } from './jsonRecords';
import { familyName, parseDate, parseYear, uniqueStrings } from './recordValues';

type Json = Record<string, unknown>;

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The first `key` string among a list of objects (`titles[].title`, `dois[].value`). */
function firstOf(list: unknown, key: string): string | null {
  for (const item of objects(list)) {
    const value = str(item[key]);
    if (value) return value;
  }
  return null;
}

/** One `references[]` entry (`{"reference": {authors, title, publication_info, dois, arxiv_eprint, misc}}`). */
function referenceOf(entry: Json): ReferenceRecord | null {
  const reference = isObject(entry.reference) ? entry.reference : null;
  if (!reference) return null;
  const ids: PaperIds = {};
  setId(ids, 'doi', Array.isArray(reference.dois) ? str(reference.dois[0]) : null);
  setId(ids, 'arxiv', str(reference.arxiv_eprint));
  const publication = isObject(reference.publication_info) ? reference.publication_info : {};
  const misc = Array.isArray(reference.misc) ? reference.misc.filter((part): part is string => typeof part === 'string') : [];
  return {
    ids,
    // INSPIRE keeps what its reference extraction did not place in `misc` (a source it could not name, a note).
    text: misc.length > 0 ? misc.join('; ') : null,
    firstAuthor: familyName(firstOf(reference.authors, 'full_name')),
    year: parseYear(publication.year),
    title: isObject(reference.title) ? str(reference.title.title) : null,
    source: str(publication.journal_title) ?? (isObject(reference.imprint) ? str(reference.imprint.publisher) : null),
  };
}

/**
 * The record's date: its imprint's (the publisher's date), else the journal's year, else the preprint's date, else
 * INSPIRE's `earliest_date`.
 */
function dateOf(metadata: Json, publication: Json): { date: string | null; year: number | null } {
  for (const value of [firstOf(metadata.imprints, 'date'), publication.year, metadata.preprint_date, metadata.earliest_date]) {
    const parsed = parseDate(value);
    if (parsed.year !== null) return parsed;
  }
  return { date: null, year: null };
}

/** Pure: one INSPIRE record → an entry, or null without a title. */
function recordToListing(record: Json, source: string, line: number): RawListing | null {
  const metadata = isObject(record.metadata) ? record.metadata : record;
  const title = firstOf(metadata.titles, 'title');
  if (!title) return null;
  const authors = objects(metadata.authors)
    .map((author) => str(author.full_name))
    .filter((name): name is string => name !== null);
  const firstAuthor = objects(metadata.authors)[0];
  const eprint = objects(metadata.arxiv_eprints)[0];
  const publication = objects(metadata.publication_info)[0] ?? {};
  const ids: PaperIds = {};
  setId(ids, 'doi', firstOf(metadata.dois, 'value'));
  setId(ids, 'arxiv', eprint ? str(eprint.value) : null);
  // Keywords under a controlled scheme (`"schema": "INSPIRE"`, `PACS`) are the indexers' terms, not the authors'.
  const keywords = objects(metadata.keywords);
  const controlled = (keyword: Json) => typeof keyword.schema === 'string' && keyword.schema !== '';
  const recordId = typeof metadata.control_number === 'number' || typeof metadata.control_number === 'string'
    ? String(metadata.control_number)
    : isObject(metadata.self) && typeof metadata.self.$ref === 'string' ? /\/literature\/(\d+)$/.exec(metadata.self.$ref)?.[1] : undefined;
  const documentType = Array.isArray(metadata.document_type) ? str(metadata.document_type[0]) : null;
  return {
    ...emptyBibFields(),
    title,
    abstract: firstOf(metadata.abstracts, 'value') ?? '',
    ids,
    authors,
    // A collaboration's record lists only some of its authors in search results; `author_count` counts them all.
    authorsCount: typeof metadata.author_count === 'number' ? metadata.author_count : authors.length > 0 ? authors.length : null,
    venue: str(publication.journal_title),
    ...dateOf(metadata, publication),
    keywords: uniqueStrings(keywords.filter((keyword) => !controlled(keyword)).map((keyword) => str(keyword.value))),
    indexTerms: uniqueStrings(keywords.filter(controlled).map((keyword) => str(keyword.value))),
    categories: uniqueStrings([
      ...(eprint && Array.isArray(eprint.categories) ? eprint.categories.map(str) : []),
      ...objects(metadata.inspire_categories).map((category) => str(category.term)),
    ]),
    // The author's address as written, else INSPIRE's name of the institution ("Sakarya U.").
    organisation: firstAuthor ? firstOf(firstAuthor.raw_affiliations, 'value') ?? firstOf(firstAuthor.affiliations, 'value') : null,
    url: recordId ? `https://inspirehep.net/literature/${recordId}` : null,
    type: documentType,
    references: objects(metadata.references).map(referenceOf).filter((reference): reference is ReferenceRecord => reference !== null),
    source,
    line,
  };
}

/** The records of a document: a list, one record, or the list a search page wraps (`hits.hits`). */
function recordsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [];
  if (isInspireRecord(data)) return [data];
  return findRecordList(data, 'inspire');
}

const FORMAT: JsonRecordFormat = { format: 'inspire', recordName: 'INSPIRE record', missing: 'title', recordsOf: recordsOf, toListing: recordToListing };

export const inspireJsonReader: JsonSourceReader = jsonRecordReader(FORMAT);

/** Pure: a loaded document → entries; a record without a title is a warning with its line. */
export const readInspireJson = inspireJsonReader.readJson;

export const parseInspireJson = inspireJsonReader.read;
