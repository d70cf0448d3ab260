// Zotero RDF reader (`<rdf:RDF>` with `<z:itemType>` items): Zotero's "Export → Zotero RDF", streamed.
//
// Each item is a child of `rdf:RDF` (`bib:Article`, `bib:Book`, `rdf:Description` for preprints…); its journal or
// proceedings is nested in `dcterms:isPartOf`, or a separate node the item points at by `rdf:resource`. Attachments
// and notes are items too (`attachment`, `note`) and are not papers.
import { emptyBibFields, setId, type PaperIds } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { recordProblemWarning, xmlStreamWarnings } from './xmlReader';
import { addDoi, parseDate } from './recordValues';
import { sourceName } from './text';
import { childElements, childText, elementText, streamXmlRecords, type XmlElement } from './xmlRecords';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const NOT_PAPERS = new Set(['attachment', 'note']);

/** Zotero item types → the record's document type (others are kept as written, lower-cased). */
const TYPE_NAMES: Record<string, string> = {
  journalArticle: 'article', magazineArticle: 'article', newspaperArticle: 'article', conferencePaper: 'inproceedings',
  book: 'book', bookSection: 'incollection', thesis: 'thesis', report: 'report', preprint: 'preprint', webpage: 'online',
};

function authorsOf(item: XmlElement): string[] {
  const seq = childElements(item, 'authors')[0];
  const people = (seq ? seq.children.flatMap((list) => list.children.flatMap((li) => li.children)) : [])
    .filter((node) => node.name === 'Person');
  return people
    .map((person) => {
      const surname = childText(person, 'surname');
      const given = childText(person, 'givenName');
      return surname && given ? `${surname}, ${given}` : surname ?? given ?? '';
    })
    .filter((name) => name !== '');
}

/** The container (journal, proceedings, book) nested in `dcterms:isPartOf`, or the node it points at. */
function containerOf(item: XmlElement, nodes: Map<string, XmlElement>): XmlElement | undefined {
  const partOf = childElements(item, 'isPartOf')[0];
  if (!partOf) return undefined;
  const resource = partOf.attributes.resource;
  return partOf.children[0] ?? (resource ? nodes.get(resource) : undefined);
}

/** `dc:identifier` values: `DOI 10.…` text (in the item or its journal) and `dcterms:URI` links. */
function idsAndUrl(item: XmlElement, container: XmlElement | undefined): { ids: PaperIds; url: string | null } {
  const ids: PaperIds = {};
  let url: string | null = null;
  for (const identifier of [item, container].flatMap((node) => (node ? childElements(node, 'identifier') : []))) {
    const text = elementText(identifier);
    const doi = /^DOI\s+(10\.\S+)/i.exec(text);
    if (doi) addDoi(ids, doi[1]);
    else if (/^https?:\/\//i.test(text) && identifier.children.length > 0) url ??= text;
  }
  if (ids.doi === undefined && url && /doi\.org\//i.test(url)) addDoi(ids, url);
  if (url && /arxiv\.org\/(?:abs|pdf)\//i.test(url)) setId(ids, 'arxiv', url);
  return { ids, url };
}

function itemToListing(item: XmlElement, type: string, nodes: Map<string, XmlElement>, source: string): RawListing | null {
  const title = childText(item, 'title') ?? '';
  if (title === '') return null;
  const authors = authorsOf(item);
  const container = containerOf(item, nodes);
  const { ids, url } = idsAndUrl(item, container);
  const venue = container ? childText(container, 'title') : null;
  return {
    ...emptyBibFields(),
    title,
    abstract: childText(item, 'abstract') ?? '',
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venue !== title ? venue : null,
    ...parseDate(childText(item, 'date')),
    keywords: [...new Set(childElements(item, 'subject').map(elementText).filter((word) => word !== ''))],
    url,
    type: TYPE_NAMES[type] ?? type.toLowerCase(),
    source,
    line: childElements(item, 'title')[0]?.line ?? item.line,
  };
}

/** Pure: a Zotero RDF export → full records; attachments and notes are left out, title-less items reported. */
export function parseZoteroRdf(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const items: { element: XmlElement; type: string; index: number }[] = [];
  const nodes = new Map<string, XmlElement>();
  let count = 0;
  const stream = streamXmlRecords(
    text,
    (name, uri) => !(name === 'RDF' && uri === RDF),
    (record) => {
      const { element } = record;
      const about = element.attributes.about;
      if (about) nodes.set(about, element);
      const type = childText(element, 'itemType');
      if (type === null || NOT_PAPERS.has(type)) return;
      count++;
      const problem = recordProblemWarning(record, file, 'Zotero item', count, 'the item is kept');
      if (problem) warnings.push(problem);
      items.push({ element, type, index: count });
    },
  );
  // Items are read once every node is known: an item may point at a journal written after it.
  for (const { element, type, index } of items) {
    const entry = itemToListing(element, type, nodes, source);
    if (entry) entries.push(entry);
    else warnings.push({ file, line: element.line, reason: `Zotero item #${index} has no title; skipped` });
  }
  warnings.push(...xmlStreamWarnings(stream, file, 'Zotero item', count));
  return { entries, warnings };
}

export const zoteroRdfReader: SourceReader = {
  format: 'zotero-rdf',
  detect: (text) => {
    const head = text.slice(0, 5000);
    return /<rdf:RDF[\s>]/.test(head) && head.includes('http://www.zotero.org/namespaces/export#');
  },
  read: parseZoteroRdf,
};
