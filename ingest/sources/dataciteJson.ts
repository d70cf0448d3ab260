// DataCite REST JSON reader (format `datacite`): `api.datacite.org/dois/{doi}` (`{"data": {"attributes": {…}}}`), its
// search pages (`{"data": [...]}`) and bare `attributes` objects — the DataCite Metadata Schema in JSON, read as the
// DataCite XML reader reads it.
import { emptyBibFields, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { RawListing } from '../types';
import { findRecordList, isDataciteRecord } from './detect';
import { jsonRecordReader, type JsonRecordFormat, type JsonSourceReader } from './jsonReader';
import { isObject } from './jsonRecords';
import { stripMarkup } from './markup';
import { httpUrl, parseDate, parseYear, uniqueStrings } from './recordValues';

type Json = Record<string, unknown>;

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Identifiers DataCite types by name (`DOI`, `arXiv`, `PMID`). */
function addTypedId(ids: PaperIds, type: unknown, value: unknown): void {
  const text = str(value);
  if (!text || typeof type !== 'string') return;
  const kind = type.toLowerCase();
  if (kind === 'doi') setId(ids, 'doi', text);
  else if (kind === 'arxiv') setId(ids, 'arxiv', text);
  else if (kind === 'pmid') setId(ids, 'pmid', text);
}

function creatorName(creator: Json): string | null {
  const family = str(creator.familyName);
  if (family) {
    const given = str(creator.givenName);
    return given ? `${family}, ${given}` : family;
  }
  return str(creator.name);
}

/** A creator's first affiliation: a string (API 2020) or `{name}` (with `affiliation=true`). */
function affiliationOf(creator: Json): string | null {
  for (const affiliation of Array.isArray(creator.affiliation) ? creator.affiliation : []) {
    const name = isObject(affiliation) ? str(affiliation.name) : str(affiliation);
    if (name) return name;
  }
  return null;
}

function recordToListing(record: Json, source: string, line: number): RawListing | null {
  const attributes = isObject(record.attributes) ? record.attributes : record;
  const titles = objects(attributes.titles);
  const main = titles.find((title) => !title.titleType) ?? titles[0];
  const mainText = main ? str(main.title) : null;
  if (!mainText) return null;
  const subtitle = str(titles.find((title) => title.titleType === 'Subtitle')?.title);
  const creators = objects(attributes.creators);
  const authors = creators.map(creatorName).filter((name): name is string => name !== null);
  const ids: PaperIds = {};
  setId(ids, 'doi', str(attributes.doi));
  for (const identifier of objects(attributes.identifiers)) addTypedId(ids, identifier.identifierType, identifier.identifier);
  const issued = objects(attributes.dates).find((date) => date.dateType === 'Issued');
  const dated = issued ? parseDate(issued.date) : { date: null, year: null };
  const year = dated.year ?? parseYear(attributes.publicationYear);
  const subjects = objects(attributes.subjects);
  // Subjects under a scheme that are links (Wikidata entities) name no subject a reader can see.
  const subjectText = (subject: Json) => {
    const text = str(subject.subject);
    return text && !/^https?:\/\//.test(text) ? text : null;
  };
  const abstract = objects(attributes.descriptions).find((description) => description.descriptionType === 'Abstract');
  const container = objects(attributes.relatedItems).find(
    (item) => item.relationType === 'IsPublishedIn' || /^(?:Journal|Book|ConferenceProceeding)$/.test(String(item.relatedItemType ?? '')),
  );
  const containerTitle = container ? str(objects(container.titles)[0]?.title) : null;
  const types = isObject(attributes.types) ? attributes.types : {};
  const references: ReferenceRecord[] = objects(attributes.relatedIdentifiers)
    .filter((related) => related.relationType === 'References' || related.relationType === 'Cites')
    .map((related) => {
      const referenceIds: PaperIds = {};
      addTypedId(referenceIds, related.relatedIdentifierType, related.relatedIdentifier);
      return { ids: referenceIds, text: Object.keys(referenceIds).length === 0 ? str(related.relatedIdentifier) : null, firstAuthor: null, year: null, title: null, source: null };
    });
  return {
    ...emptyBibFields(),
    title: subtitle ? `${mainText}: ${subtitle}` : mainText,
    abstract: abstract ? stripMarkup(str(abstract.description) ?? '') : '',
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: containerTitle ?? (isObject(attributes.container) ? str(attributes.container.title) : null),
    date: dated.date ?? (year === null ? null : String(year)),
    year,
    keywords: uniqueStrings(subjects.filter((subject) => !subject.subjectScheme).map(subjectText)),
    categories: uniqueStrings(subjects.filter((subject) => subject.subjectScheme).map(subjectText)),
    url: httpUrl(attributes.url) ?? (ids.doi ? `https://doi.org/${ids.doi}` : null),
    organisation: creators.map(affiliationOf).find((name) => name !== null) ?? null,
    type: str(types.resourceTypeGeneral) ?? str(types.resourceType),
    references,
    source,
    line,
  };
}

/** The records of a document: `data` (one record or a list), a list, or one bare record. */
function recordsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [];
  if (Array.isArray(data.data)) return data.data;
  if (isObject(data.data)) return [data.data];
  if (isDataciteRecord(data)) return [data];
  return findRecordList(data, 'datacite');
}

const FORMAT: JsonRecordFormat = { format: 'datacite', recordName: 'DataCite record', missing: 'title', recordsOf: recordsOf, toListing: recordToListing };

export const dataciteJsonReader: JsonSourceReader = jsonRecordReader(FORMAT);

/** Pure: a loaded document → entries; a record without a title is a warning with its line. */
export const readDataciteJson = dataciteJsonReader.readJson;

export const parseDataciteJson = dataciteJsonReader.read;
