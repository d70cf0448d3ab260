// dblp XML reader: a record as dblp.org answers it (`/rec/<key>.xml`: `<dblp><inproceedings key=…>`), a person's
// publication list (`/pid/<pid>.xml`: `<dblpperson><r><article key=…>`), or the dump's `<dblp>` of many records,
// streamed. Each publication element is a record; `<www>` (home pages) and the person's own `<person>` block are not.
import { emptyBibFields } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { addDoi, formatDate, httpUrl, parseYear } from './recordValues';
import { sourceName } from './text';
import { monthOfName } from './writtenDates';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, elementAt, elementText, type XmlElement } from './xmlRecords';

/** dblp's publication elements (its DTD); the element name is also the BibTeX-like type the records keep. */
const PUBLICATIONS = new Set(['article', 'inproceedings', 'proceedings', 'book', 'incollection', 'phdthesis', 'mastersthesis', 'data']);

/**
 * dblp closes every title with a full stop ("Attention is All you Need."), in its XML and its search API's JSON; it
 * is not part of the title. A final initial keeps its own (`… in the U.S.`).
 */
export function withoutDblpFullStop(title: string): string {
  return title.replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '');
}

function titleOf(record: XmlElement): string {
  const title = elementAt(record, 'title');
  return title ? withoutDblpFullStop(elementText(title)) : '';
}

/** dblp tells namesakes apart with a number after the name (`Qiang Liu 0034`): not part of the name. */
function authorsOf(record: XmlElement): string[] {
  return childElements(record, 'author')
    .map((author) => elementText(author).replace(/\s+\d{4}$/, ''))
    .filter((name) => name !== '');
}

function recordToListing(record: XmlElement, source: string): RawListing | null {
  const title = titleOf(record);
  if (title === '') return null;
  const authors = authorsOf(record);
  // `ee` links: the DOI's (doi.org) gives the DOI, the first link is the paper's page.
  const links = childElements(record, 'ee').map(elementText).filter((link) => httpUrl(link) !== null);
  const ids = {};
  for (const link of links) if (/doi\.org\/10\./i.test(link)) addDoi(ids, link);
  const year = parseYear(childText(record, 'year') ?? '');
  const month = monthOfName(childText(record, 'month') ?? '');
  const key = record.attributes.key;
  return {
    ...emptyBibFields(),
    title,
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: childText(record, 'journal') ?? childText(record, 'booktitle') ?? childText(record, 'series'),
    date: year === null ? null : formatDate(year, month, null),
    year,
    url: links[0] ?? (key ? `https://dblp.org/rec/${key}` : null),
    type: record.name,
    source,
    line: elementAt(record, 'title')?.line ?? record.line,
  };
}

/** Pure: dblp XML → records; title-less and broken records are reported with their line. */
export function parseDblpXml(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(text, file, {
    isRecord: (name) => PUBLICATIONS.has(name),
    // The dump's extracts name letters as dblp.dtd declares them, with HTML's names (`J&uuml;rgen`).
    htmlEntities: true,
    what: 'dblp record',
    kept: 'the record is kept',
    read: ({ element }, index) =>
      recordToListing(element, source) ?? { line: element.line, skipped: `dblp record #${index} has no title; skipped` },
  });
  return { entries, warnings };
}

export const dblpXmlReader: SourceReader = {
  format: 'dblp-xml',
  // The root element (after the XML declaration and an optional DOCTYPE naming dblp.dtd).
  detect: (text) => /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE dblp[^>]*>\s*)?<dblp(?:person)?[\s>]/.test(text.slice(0, 1000)),
  read: parseDblpXml,
};
