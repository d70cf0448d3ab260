// NASA ADS XML reader (format `ads-xml`): the XML exports of the Astrophysics Data System — "Reference XML" with or
// without abstracts (`<records xmlns="…/abs/1.1/references">` or `…/abstracts`: `<bibcode>`, `<author>`, `<journal>`,
// `<pubdate>`, `<DOI>`…) and "Dublin Core XML" (`…/abs/1.1/dc`: `dc:title`, `dc:creator`, `dc:source`…), streamed.
import { emptyBibFields, setId, type PaperIds } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { stripMarkup } from './markup';
import { formatDate, httpUrl, parseDate, parseYear, uniqueStrings } from './recordValues';
import { adsFirstAffiliation, adsJournal, splitOutsideParentheses } from './refer';
import { sourceName } from './text';
import { monthOfName } from './writtenDates';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, elementText, type XmlElement } from './xmlRecords';

const DC = 'http://purl.org/dc/elements/1.1/';

/**
 * ADS's abstract as exported: paragraphs closed by an escaped `<P />`, and "Not Available" for a record without one
 * (book reviews, editorials), which is no abstract.
 */
function adsAbstract(value: string | null): string {
  const text = stripMarkup((value ?? '').replace(/<P\s*\/>/gi, ' '));
  return /^not available\.?$/i.test(text) ? '' : text;
}

/** `<pubdate>Jan 2018</pubdate>` → 2018-01. */
function pubDate(value: string | null): { date: string | null; year: number | null } {
  const match = /^([A-Za-z]{3,})\.?\s+(\d{4})$/.exec((value ?? '').trim());
  if (!match) return { date: null, year: parseYear(value ?? '') };
  const year = Number(match[2]);
  const month = monthOfName(match[1]);
  return { date: formatDate(year, month, null), year };
}

/** Ids written `doi:10.…` / `arXiv:…` among `dc:identifier`s or in `<DOI>` and `<eprintid>`. */
function addIds(ids: PaperIds, values: (string | null)[]): PaperIds {
  for (const value of values) {
    if (!value) continue;
    const doi = /^(?:doi:\s*)?(10\.\S+)$/i.exec(value);
    if (doi) setId(ids, 'doi', doi[1]);
    const arxiv = /^arXiv:\s*(\S+)$/i.exec(value);
    if (arxiv) setId(ids, 'arxiv', arxiv[1]);
  }
  return ids;
}

/** One "Reference XML" record (with or without abstract). */
function referenceRecord(record: XmlElement, source: string): RawListing | null {
  const title = stripMarkup(childText(record, 'title') ?? '');
  if (title === '') return null;
  const authors = childElements(record, 'author').map(elementText).filter((name) => name !== '');
  const journal = childText(record, 'journal');
  const keywords = childElements(record, 'keywords').flatMap((list) => childElements(list, 'keyword')).map(elementText);
  return {
    ...emptyBibFields(),
    title,
    abstract: adsAbstract(childText(record, 'abstract')),
    ids: addIds({}, [childText(record, 'DOI'), childText(record, 'eprintid')]),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: journal ? adsJournal(journal) || null : null,
    ...pubDate(childText(record, 'pubdate')),
    keywords: uniqueStrings(keywords),
    // The record's own `<url>` (its ADS page); the `<link>`s are ADS's gateway to other services.
    url: httpUrl(childText(record, 'url')),
    organisation: adsFirstAffiliation(childText(record, 'affiliation') ?? ''),
    type: record.attributes.type ?? null,
    source,
    line: childElements(record, 'title')[0]?.line ?? record.line,
  };
}

/** One "Dublin Core XML" record. */
function dublinCoreRecord(record: XmlElement, source: string): RawListing | null {
  const texts = (name: string) => childElements(record, name, DC).map(elementText).filter((text) => text !== '');
  const title = stripMarkup(texts('title')[0] ?? '');
  if (title === '') return null;
  const authors = texts('creator');
  const journal = texts('source')[0];
  return {
    ...emptyBibFields(),
    title,
    abstract: adsAbstract(texts('description')[0] ?? null),
    ids: addIds({}, texts('identifier')),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: journal ? adsJournal(journal) || null : null,
    // ADS keeps a date without its day as day 0 (`pubdate: 2018-01-00` in its index) and writes it in Dublin Core as
    // the first of the month (`2018-01-01` for "Jan 2018", `2017-06-01` for "14 Jun 2017"): only the month is known.
    ...parseDate((texts('date')[0] ?? '').replace(/^(\d{4}-\d{2})-0[01]$/, '$1')),
    // `dc:subject` joins the keywords with commas (a keyword's own comma sits inside parentheses).
    keywords: uniqueStrings(texts('subject').flatMap(splitOutsideParentheses)),
    url: texts('relation').map(httpUrl).find((link) => link !== null) ?? null,
    source,
    line: childElements(record, 'title', DC)[0]?.line ?? record.line,
  };
}

/** Pure: an ADS XML export → records; title-less and broken records are reported with their line. */
export function parseAdsXml(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(text, file, {
    isRecord: (name, uri) => name === 'record' && /ads\.harvard\.edu\/schema\/abs\//.test(uri),
    what: 'ADS record',
    kept: 'the record is kept',
    read: ({ element }, index) => {
      const listing = /\/dc$/.test(element.uri) ? dublinCoreRecord(element, source) : referenceRecord(element, source);
      return listing ?? { line: element.line, skipped: `ADS record #${index} has no title; skipped` };
    },
  });
  return { entries, warnings };
}

export const adsXmlReader: SourceReader = {
  format: 'ads-xml',
  // The root `<records>` in one of ADS's export namespaces (`…/abs/1.1/references`, `…/abstracts`, `…/dc`).
  detect: (text) => /<records\s[^>]*xmlns="https?:\/\/ads\.harvard\.edu\/schema\/abs\/[\d.]+\/(?:references|abstracts|dc)"/.test(text.slice(0, 3000)),
  read: parseAdsXml,
};
