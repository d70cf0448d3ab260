// DataCite XML reader (format `datacite-xml`): records in the DataCite Metadata Schema (`<resource
// xmlns="http://datacite.org/schema/kernel-4">`) — doi.org's answer to `application/vnd.datacite.datacite+xml`,
// Zenodo's and repositories' "DataCite XML" export, OAI-PMH `oai_datacite` harvests — streamed, one record per
// `<resource>`.
import { emptyBibFields, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { parseDate, parseYear, uniqueStrings } from './recordValues';
import { sourceName } from './text';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, elementText, type XmlElement } from './xmlRecords';

const KERNEL = /^http:\/\/datacite\.org\/schema\/kernel-\d/;

/** The children `name` of the list element `listName` (`creators/creator`, `titles/title`…). */
function listed(record: XmlElement, listName: string, name: string): XmlElement[] {
  return childElements(record, listName).flatMap((list) => childElements(list, name));
}

/** "Family, Given" from `familyName`/`givenName`, else `creatorName` as written (DataCite's own "Family, Given"). */
function creatorName(creator: XmlElement): string | null {
  const family = childText(creator, 'familyName');
  if (family) {
    const given = childText(creator, 'givenName');
    return given ? `${family}, ${given}` : family;
  }
  return childText(creator, 'creatorName');
}

/** Identifiers DataCite types by name (`DOI`, `arXiv`, `PMID`): a related work's, or an alternate one of the record. */
function addTypedId(ids: PaperIds, type: string, value: string): void {
  switch (type.toLowerCase()) {
    case 'doi':
      setId(ids, 'doi', value);
      break;
    case 'arxiv':
      setId(ids, 'arxiv', value);
      break;
    case 'pmid':
      setId(ids, 'pmid', value);
      break;
  }
}

/** Works the record cites (`relationType` References or Cites), each by its identifier. */
function referencesOf(record: XmlElement): ReferenceRecord[] {
  return listed(record, 'relatedIdentifiers', 'relatedIdentifier')
    .filter((related) => /^(?:References|Cites)$/.test(related.attributes.relationType ?? ''))
    .map((related) => {
      const ids: PaperIds = {};
      addTypedId(ids, related.attributes.relatedIdentifierType ?? '', elementText(related));
      return { ids, text: Object.keys(ids).length === 0 ? elementText(related) : null, firstAuthor: null, year: null, title: null, source: null };
    })
    .filter((reference) => Object.keys(reference.ids).length > 0 || reference.text);
}

/** The container: a related item that is a journal, book or proceedings (DataCite 4.4's `relatedItems`). */
function venueOf(record: XmlElement): string | null {
  const containers = listed(record, 'relatedItems', 'relatedItem').filter(
    (item) =>
      item.attributes.relationType === 'IsPublishedIn' ||
      /^(?:Journal|Book|ConferenceProceeding|BookChapter)$/.test(item.attributes.relatedItemType ?? ''),
  );
  for (const item of containers) {
    const title = listed(item, 'titles', 'title').map(elementText).find((text) => text !== '');
    if (title) return title;
  }
  return null;
}

function recordToListing(record: XmlElement, source: string): RawListing | null {
  const titles = listed(record, 'titles', 'title');
  const main = titles.find((title) => !title.attributes.titleType) ?? titles[0];
  const mainText = main ? elementText(main) : '';
  if (mainText === '') return null;
  const subtitle = titles.find((title) => title.attributes.titleType === 'Subtitle');
  const title = subtitle && elementText(subtitle) !== '' ? `${mainText}: ${elementText(subtitle)}` : mainText;
  const creators = listed(record, 'creators', 'creator');
  const authors = creators.map(creatorName).filter((name): name is string => name !== null);
  const ids: PaperIds = {};
  const identifier = childElements(record, 'identifier')[0];
  if (identifier) addTypedId(ids, identifier.attributes.identifierType ?? 'DOI', elementText(identifier));
  for (const alternate of listed(record, 'alternateIdentifiers', 'alternateIdentifier')) {
    addTypedId(ids, alternate.attributes.alternateIdentifierType ?? '', elementText(alternate));
  }
  const issued = listed(record, 'dates', 'date').find((date) => date.attributes.dateType === 'Issued');
  const dated = issued ? parseDate(elementText(issued)) : { date: null, year: null };
  const year = dated.year ?? parseYear(childText(record, 'publicationYear'));
  const subjects = listed(record, 'subjects', 'subject');
  const abstract = listed(record, 'descriptions', 'description').find((description) => description.attributes.descriptionType === 'Abstract');
  const resourceType = childElements(record, 'resourceType')[0];
  return {
    ...emptyBibFields(),
    title,
    abstract: abstract ? elementText(abstract) : '',
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venueOf(record),
    date: dated.date ?? (year === null ? null : String(year)),
    year,
    // Free keywords are the authors'; a subject under a scheme (FOS, DDC, a thesaurus) is a classification.
    keywords: uniqueStrings(subjects.filter((subject) => !subject.attributes.subjectScheme).map(elementText)),
    categories: uniqueStrings(subjects.filter((subject) => subject.attributes.subjectScheme).map(elementText)),
    url: ids.doi ? `https://doi.org/${ids.doi}` : null,
    organisation: creators.map((creator) => childText(creator, 'affiliation')).find((affiliation) => affiliation) ?? null,
    type: resourceType ? resourceType.attributes.resourceTypeGeneral ?? (elementText(resourceType) || null) : null,
    references: referencesOf(record),
    source,
    line: main?.line ?? record.line,
  };
}

/** Pure: DataCite XML → records; title-less and broken records are reported with their line. */
export function parseDataciteXml(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(text, file, {
    isRecord: (name, uri) => name === 'resource' && KERNEL.test(uri),
    what: 'DataCite record',
    kept: 'the record is kept',
    read: ({ element }, index) => recordToListing(element, source) ?? { line: element.line, skipped: `DataCite record #${index} has no title; skipped` },
  });
  return { entries, warnings };
}

export const dataciteXmlReader: SourceReader = {
  format: 'datacite-xml',
  // A `<resource>` in a DataCite kernel namespace near the top (alone, or inside an OAI-PMH `oai_datacite` payload).
  detect: (text) => /<resource[\s>][^>]*xmlns="http:\/\/datacite\.org\/schema\/kernel-\d/.test(text.slice(0, 5000)),
  read: parseDataciteXml,
};
