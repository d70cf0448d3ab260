// EndNote XML reader (`<xml><records><record>…`): EndNote's "Export → XML" and Mendeley Desktop's "EndNote XML" export,
// streamed. Field texts sit in `<style>` runs (EndNote) or directly in the element (Mendeley); both are read as text.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { addDoi, formatDate, parseYear, pmidFromUrl } from './recordValues';
import { documentTypeOf } from './taggedBlocks';
import { sourceName } from './text';
import { readXmlRecords } from './xmlReader';
import { childElements, elementAt, elementText, textAt, textPieces, type XmlElement } from './xmlRecords';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Texts of the children named `name` of the element at `path` (`contributors/authors` → each `author`). */
function textsAt(element: XmlElement, path: string, name: string): string[] {
  const parent = elementAt(element, path);
  return (parent ? childElements(parent, name) : []).map(elementText).filter((text) => text !== '');
}

/** Text with its line breaks (EndNote separates address lines with `&#xD;`), for the first affiliation. */
function rawText(element: XmlElement): string {
  return textPieces(element).join('');
}

/**
 * First affiliation line. Records that came from Web of Science open `auth-address` with the reprint author's name
 * (`Schaefer, HF`), which is no affiliation.
 */
function affiliationOf(record: XmlElement): string | null {
  const address = elementAt(record, 'auth-address');
  if (!address) return null;
  // Addresses are separated by a line break (`&#xD;`, Bookends' `&#xA;`); a break followed by indentation is a value
  // wrapped by an XML tool (JabRef's reformatted test files), within one address.
  const lines = rawText(address).split(/[\r\n]+(?![ \t])/).map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  // Older records write the initials title-cased (`Pascualahuir, Jl`).
  return lines.find((line) => !/^[\p{L}' -]+, (?:[A-Z]{1,3}|[A-Z][a-z]{1,2})$/u.test(line)) ?? null;
}

/** `dates/year` with `pub-dates/date` (`Jun`, `Jun 5`, `2015-06-05`) → date and year. */
function datesOf(record: XmlElement): { date: string | null; year: number | null } {
  const year = parseYear(textAt(record, 'dates/year') ?? '');
  if (year === null) return { date: null, year: null };
  const written = textAt(record, 'dates/pub-dates/date') ?? '';
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(written);
  if (iso && Number(iso[1]) === year) return { date: formatDate(year, Number(iso[2]), iso[3] ? Number(iso[3]) : null), year };
  const named = /^([A-Za-z]{3})[a-z]*\.?(?:\s+(\d{1,2})\b)?/.exec(written);
  const month = named ? MONTHS.indexOf(named[1].toLowerCase()) + 1 : 0;
  return { date: month > 0 ? formatDate(year, month, named?.[2] ? Number(named[2]) : null) : String(year), year };
}

function recordToListing(record: XmlElement, source: string): RawListing | null {
  const title = textAt(record, 'titles/title') ?? '';
  if (title === '') return null;
  const authors = textsAt(record, 'contributors/authors', 'author');
  const urls = textsAt(record, 'urls/related-urls', 'url');
  const ids = addDoi({}, textAt(record, 'electronic-resource-num'));
  // Web of Science records keep their accession number as a link, `<Go to ISI>://WOS:000356201700010`, and in
  // `accession-num`; records indexed before 1990 have letters in it (`WOS:A1987J750300004`). EndNote before X5 wrote
  // it `ISI:000200148800007` and linked it as `<Go to ISI>://000200148800007`.
  const wos = [...urls, textAt(record, 'accession-num') ?? '']
    .map((url) => (/(?:WOS|ISI|CCC):([A-Z\d]{15})\b/.exec(url) ?? /<Go to ISI>:\/\/([A-Z\d]{15})\b/.exec(url))?.[1])
    .find(Boolean);
  if (wos) setId(ids, 'wos', wos);
  // A record fetched from PubMed links to its PubMed page (EndNote's and Bookends' PubMed imports), which is its PMID.
  setId(ids, 'pmid', urls.map(pmidFromUrl).find(Boolean));
  return {
    ...emptyBibFields(),
    title,
    abstract: textAt(record, 'abstract') ?? '',
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: textAt(record, 'titles/secondary-title') ?? textAt(record, 'periodical/full-title'),
    ...datesOf(record),
    keywords: [...new Set(textsAt(record, 'keywords', 'keyword'))],
    url: urls.find((url) => /^https?:\/\//i.test(url)) ?? null,
    organisation: affiliationOf(record),
    type: documentTypeOf(elementAt(record, 'ref-type')?.attributes.name ?? null),
    source,
    line: elementAt(record, 'titles/title')?.line ?? record.line,
  };
}

/** Pure: an EndNote XML export → full records; title-less and broken records are reported with their line. */
export function parseEndnoteXml(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(text, file, {
    isRecord: (name) => name === 'record',
    what: 'EndNote XML record',
    kept: 'the record is kept',
    read: ({ element }, index) =>
      recordToListing(element, source) ?? { line: element.line, skipped: `EndNote XML record #${index} has no title; skipped` },
  });
  return { entries, warnings };
}

export const endnoteXmlReader: SourceReader = {
  format: 'endnote-xml',
  detect: (text) => /<xml>\s*<records>\s*<record>/.test(text.slice(0, 2000)),
  read: parseEndnoteXml,
};
