// schema.org JSON-LD reader (format `schema-org`): works described with schema.org's vocabulary — DataCite's and
// Zenodo's "JSON-LD" export, content negotiation for `application/vnd.schemaorg.ld+json` at doi.org, a list or `@graph`
// of them. `name`/`headline`, `author` (Person or Organization), `datePublished`, `description`, `keywords`,
// `isPartOf`/`periodical`, `@id`/`identifier` (a DOI), `citation`.
import { emptyBibFields, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { RawListing } from '../types';
import { findRecordList, isSchemaOrgWork } from './detect';
import { jsonRecordReader, type JsonRecordFormat, type JsonSourceReader } from './jsonReader';
import { isObject } from './jsonRecords';
import { addDoi, httpUrl, parseDate, uniqueStrings } from './recordValues';
import { stripMarkup } from './markup';

type Json = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** A property that may be one value or a list of them. */
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** "Family, Given" of a Person, the name of an Organization or of a plain string. */
function personName(person: unknown): string | null {
  if (typeof person === 'string') return str(person);
  if (!isObject(person)) return null;
  const family = str(person.familyName);
  if (family) {
    const given = str(person.givenName);
    return given ? `${family}, ${given}` : family;
  }
  return str(person.name);
}

/** A DOI given as the work's `@id`, `identifier` (a string, a list, or PropertyValue objects) or `sameAs`. */
function doiOf(work: Json): string | null {
  const candidates = [work['@id'], ...list(work.identifier), ...list(work.sameAs)].map((value) =>
    isObject(value) ? str(value.value) ?? str(value['@id']) ?? str(value.url) : str(value),
  );
  const ids: PaperIds = {};
  for (const candidate of candidates) {
    if (candidate && /(?:^|doi\.org\/|^doi:)10\.\d{4,9}\//i.test(candidate)) {
      addDoi(ids, candidate.replace(/^doi:\s*/i, ''));
      if (ids.doi) return ids.doi;
    }
  }
  return null;
}

/** One `citation`: a DOI `@id` gives its identity, a name its title. */
function referenceOf(citation: unknown): ReferenceRecord | null {
  const work = isObject(citation) ? citation : typeof citation === 'string' ? { '@id': citation } : null;
  if (!work) return null;
  const ids: PaperIds = {};
  const doi = doiOf(work);
  if (doi) setId(ids, 'doi', doi);
  const title = str(work.name) ?? str(work.headline);
  if (!doi && !title) return null;
  const author = list(work.author).map(personName).find((name) => name !== null) ?? null;
  return { ids, text: null, firstAuthor: author ? author.split(',')[0] : null, year: parseDate(work.datePublished).year, title, source: null };
}

function recordToListing(work: Json, source: string, line: number): RawListing | null {
  const title = stripMarkup(str(work.name) ?? str(work.headline) ?? '');
  if (title === '') return null;
  const authors = list(work.author ?? work.creator).map(personName).filter((name): name is string => name !== null);
  const ids: PaperIds = {};
  const doi = doiOf(work);
  if (doi) setId(ids, 'doi', doi);
  const container = [...list(work.isPartOf), ...list(work.periodical)].find(isObject);
  const keywords = list(work.keywords).flatMap((value) => (typeof value === 'string' ? value.split(/\s*[,;]\s*/) : []));
  const firstAuthor = list(work.author ?? work.creator)[0];
  const affiliation = isObject(firstAuthor) ? list(firstAuthor.affiliation).map((value) => (isObject(value) ? str(value.name) : str(value))).find(Boolean) : null;
  const types = list(work['@type']).filter((type): type is string => typeof type === 'string');
  return {
    ...emptyBibFields(),
    title,
    abstract: stripMarkup(str(work.description) ?? str(work.abstract) ?? ''),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: container ? str(container.name) : null,
    ...parseDate(work.datePublished ?? work.dateCreated),
    keywords: uniqueStrings(keywords),
    url: httpUrl(work.url) ?? (doi ? `https://doi.org/${doi}` : null),
    organisation: affiliation ?? null,
    type: types[0] ?? null,
    references: list(work.citation).map(referenceOf).filter((reference): reference is ReferenceRecord => reference !== null),
    source,
    line,
  };
}

/** The works of a document: one work, a list of works, or a JSON-LD `@graph`. */
function worksOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [];
  if (isSchemaOrgWork(data)) return [data];
  return findRecordList(data, 'schema-org');
}

const FORMAT: JsonRecordFormat = { format: 'schema-org', recordName: 'schema.org work', missing: 'name', recordsOf: worksOf, toListing: recordToListing };

export const schemaOrgReader: JsonSourceReader = jsonRecordReader(FORMAT);

/** Pure: a loaded document → entries; a record without a name is a warning with its line. */
export const readSchemaOrgJson = schemaOrgReader.readJson;

export const parseSchemaOrgJson = schemaOrgReader.read;
