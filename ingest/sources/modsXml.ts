// MODS XML reader (format `mods`): the Library of Congress's Metadata Object Description Schema, as Zotero ("Export →
// MODS"), the ACL Anthology, JabRef and bibutils write it — a `<modsCollection>` of `<mods>` records (or one `<mods>`),
// streamed. The work's container (journal, proceedings, book) is its `<relatedItem type="host">`.
import { emptyBibFields, setId, type PaperIds } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { parseDate, uniqueStrings } from './recordValues';
import { sourceName } from './text';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, elementText, type XmlElement } from './xmlRecords';

const MODS = 'http://www.loc.gov/mods/v3';

/** The main `<titleInfo>` (not an abbreviated, translated, alternative or uniform one): nonSort, title, subTitle. */
function titleOf(holder: XmlElement): { title: string; element: XmlElement | undefined } {
  const infos = childElements(holder, 'titleInfo', MODS);
  const info = infos.find((element) => !element.attributes.type) ?? infos[0];
  if (!info) return { title: '', element: undefined };
  const main = [childText(info, 'nonSort', MODS), childText(info, 'title', MODS)].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  const subtitle = childText(info, 'subTitle', MODS);
  return { title: subtitle && main ? `${main}: ${subtitle}` : main, element: childElements(info, 'title', MODS)[0] };
}

/** The roles of a `<name>` (`roleTerm` as text, "author", or as MARC code, "aut"); none means an author. */
function isAuthor(name: XmlElement): boolean {
  const roles = childElements(name, 'role', MODS).flatMap((role) => childElements(role, 'roleTerm', MODS)).map((term) => elementText(term).toLowerCase());
  return roles.length === 0 || roles.some((role) => role === 'author' || role === 'aut' || role === 'creator' || role === 'cre');
}

/** "Family, Given" from typed name parts; an untyped part (a corporate name, a name written whole) as it is. */
function nameOf(name: XmlElement): string | null {
  const parts = childElements(name, 'namePart', MODS);
  const family = parts.filter((part) => part.attributes.type === 'family').map(elementText).join(' ');
  const given = parts.filter((part) => part.attributes.type === 'given').map(elementText).join(' ');
  if (family) return given ? `${family}, ${given}` : family;
  const whole = parts.filter((part) => !part.attributes.type).map(elementText).join(' ').trim();
  return whole || given || null;
}

/** The record's date: its own `originInfo` dates, else its `part/date`, else its host's. */
function dateOf(record: XmlElement, host: XmlElement | undefined): { date: string | null; year: number | null } {
  const candidates = [record, host].flatMap((holder) =>
    holder
      ? [
          ...childElements(holder, 'originInfo', MODS).flatMap((info) => [
            ...childElements(info, 'dateIssued', MODS),
            ...childElements(info, 'copyrightDate', MODS),
            ...childElements(info, 'dateCreated', MODS),
          ]),
          ...childElements(holder, 'part', MODS).flatMap((part) => childElements(part, 'date', MODS)),
        ]
      : [],
  );
  for (const element of candidates) {
    const parsed = parseDate(elementText(element));
    if (parsed.year !== null) return parsed;
  }
  return { date: null, year: null };
}

/** Identifiers by their `type` (`doi`, `pmid`, `arxiv`…; Zotero writes the DOI as `type="doi"`). */
function idsOf(record: XmlElement): PaperIds {
  const ids: PaperIds = {};
  for (const identifier of childElements(record, 'identifier', MODS)) {
    const type = (identifier.attributes.type ?? '').toLowerCase();
    const value = elementText(identifier);
    if (type === 'doi') setId(ids, 'doi', value);
    else if (type === 'pmid' || type === 'pubmed') setId(ids, 'pmid', value);
    else if (type === 'pmcid' || type === 'pmc') setId(ids, 'pmcid', value);
    else if (type === 'arxiv') setId(ids, 'arxiv', value);
    else if (type === 'uri' && /doi\.org\/10\./i.test(value)) setId(ids, 'doi', value);
  }
  return ids;
}

function recordToListing(record: XmlElement, source: string): RawListing | null {
  const { title, element } = titleOf(record);
  if (title === '') return null;
  const names = childElements(record, 'name', MODS);
  const authorNames = names.filter(isAuthor);
  const authors = authorNames.map(nameOf).filter((name): name is string => name !== null);
  const hosts = childElements(record, 'relatedItem', MODS);
  const host = hosts.find((item) => item.attributes.type === 'host');
  const genre = childText(record, 'genre', MODS);
  const keywords = childElements(record, 'subject', MODS).flatMap((subject) => childElements(subject, 'topic', MODS)).map(elementText);
  const urls = childElements(record, 'location', MODS).flatMap((location) => childElements(location, 'url', MODS)).map(elementText);
  return {
    ...emptyBibFields(),
    title,
    abstract: childElements(record, 'abstract', MODS).map(elementText).join(' ').trim(),
    ids: idsOf(record),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: host ? titleOf(host).title || null : null,
    ...dateOf(record, host),
    keywords: uniqueStrings(keywords),
    url: urls.find((url) => /^https?:\/\//i.test(url)) ?? null,
    organisation: authorNames.map((name) => childText(name, 'affiliation', MODS)).find((affiliation) => affiliation) ?? null,
    type: genre ?? (host ? childText(host, 'genre', MODS) : null) ?? childText(record, 'typeOfResource', MODS),
    source,
    line: element?.line ?? record.line,
  };
}

/** Pure: MODS XML → records; title-less and broken records are reported with their line. */
export function parseModsXml(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(text, file, {
    isRecord: (name, uri) => name === 'mods' && uri === MODS,
    what: 'MODS record',
    kept: 'the record is kept',
    read: ({ element }, index) => recordToListing(element, source) ?? { line: element.line, skipped: `MODS record #${index} has no title; skipped` },
  });
  return { entries, warnings };
}

export const modsXmlReader: SourceReader = {
  format: 'mods',
  // The root element in MODS's namespace: `<modsCollection>` or a single `<mods>` (a prefix such as `mods:` too).
  detect: (text) => /<(?:[\w-]+:)?mods(?:Collection)?\s[^>]*xmlns(?::[\w-]+)?="http:\/\/www\.loc\.gov\/mods\/v3"/.test(text.slice(0, 3000)),
  read: parseModsXml,
};
