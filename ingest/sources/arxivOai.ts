// arXiv OAI-PMH ListRecords/GetRecord reader: metadata prefixes arXiv, arXivRaw and oai_dc → full records, streamed.
import { emptyBibFields, setId, type PaperIds } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { isArxivCategory } from './arxivAtom';
import { decodeInlineTex } from './latex';
import { sourceName } from './text';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, elementText, type XmlElement } from './xmlRecords';

const OAI = 'http://www.openarchives.org/OAI/2.0/';
const ARXIV_FORMAT = 'http://arxiv.org/OAI/arXiv/';
const ARXIV_RAW = 'http://arxiv.org/OAI/arXivRaw/';
const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
const DC = 'http://purl.org/dc/elements/1.1/';

/** The metadata fields every prefix is read into, before they become a record. */
interface OaiMetadata {
  id: string | null;
  title: string | null;
  abstract: string | null;
  authors: string[];
  affiliation: string | null;
  categories: string[];
  date: string | null;
  journalRef: string | null;
  doi: string | null;
  url: string | null;
  keywords: string[];
  /** Line of the title element. */
  titleLine: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `2008-04-14` or RFC 822 `Mon, 14 Apr 2008 20:07:38 GMT` → `2008-04-14`. */
export function oaiDay(value: string | null): string | null {
  if (!value) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return iso[0];
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2].toLowerCase()) + 1 : 0;
  return rfc && month > 0 ? `${rfc[3]}-${String(month).padStart(2, '0')}-${rfc[1].padStart(2, '0')}` : null;
}

/** `<categories>cs.LG stat.ML</categories>` → arXiv categories in order. */
function splitCategories(value: string | null): string[] {
  return [...new Set((value ?? '').split(/\s+/).filter((term) => term !== '' && isArxivCategory(term)))];
}

/** arXivRaw's `<authors>`: one string, "A. One, B. Two and C. Three" (affiliations in parentheses dropped). */
export function splitAuthorString(value: string | null): string[] {
  if (!value) return [];
  let depth = 0;
  let plain = '';
  for (const char of value) {
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) plain += char;
  }
  return plain
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '');
}

/** metadataPrefix=arXiv: structured authors (keyname, forenames, suffix, affiliation). */
function readArxivFormat(meta: XmlElement): OaiMetadata {
  const authors = childElements(meta, 'authors', ARXIV_FORMAT).flatMap((list) => childElements(list, 'author', ARXIV_FORMAT));
  return {
    id: childText(meta, 'id', ARXIV_FORMAT),
    title: childText(meta, 'title', ARXIV_FORMAT),
    abstract: childText(meta, 'abstract', ARXIV_FORMAT),
    authors: authors
      .map((author) => {
        const family = childText(author, 'keyname', ARXIV_FORMAT);
        const given = childText(author, 'forenames', ARXIV_FORMAT);
        const suffix = childText(author, 'suffix', ARXIV_FORMAT);
        return family ? [family, suffix, given].filter(Boolean).join(', ') : given;
      })
      .filter((name): name is string => !!name),
    affiliation: authors.map((author) => childText(author, 'affiliation', ARXIV_FORMAT)).find((name) => name !== null) ?? null,
    categories: splitCategories(childText(meta, 'categories', ARXIV_FORMAT)),
    // `created` is the first version's date (`updated` the latest one's).
    date: oaiDay(childText(meta, 'created', ARXIV_FORMAT)),
    journalRef: childText(meta, 'journal-ref', ARXIV_FORMAT),
    doi: childText(meta, 'doi', ARXIV_FORMAT),
    url: null,
    keywords: [],
    titleLine: childElements(meta, 'title', ARXIV_FORMAT)[0]?.line ?? null,
  };
}

/** metadataPrefix=arXivRaw: authors as one string, the submission date in the v1 `<version>`. */
function readArxivRaw(meta: XmlElement): OaiMetadata {
  const versions = childElements(meta, 'version', ARXIV_RAW);
  const first = versions.find((version) => version.attributes.version === 'v1') ?? versions[0];
  return {
    id: childText(meta, 'id', ARXIV_RAW),
    title: childText(meta, 'title', ARXIV_RAW),
    abstract: childText(meta, 'abstract', ARXIV_RAW),
    authors: splitAuthorString(childText(meta, 'authors', ARXIV_RAW)),
    affiliation: null,
    categories: splitCategories(childText(meta, 'categories', ARXIV_RAW)),
    date: first ? oaiDay(childText(first, 'date', ARXIV_RAW)) : null,
    journalRef: childText(meta, 'journal-ref', ARXIV_RAW),
    doi: childText(meta, 'doi', ARXIV_RAW),
    url: null,
    keywords: [],
    titleLine: childElements(meta, 'title', ARXIV_RAW)[0]?.line ?? null,
  };
}

/**
 * metadataPrefix=oai_dc (Dublin Core): creators "Family, Given"; the first description is the abstract (arXiv adds
 * "Comment: …" as another); subjects are words ("Computer Science - Learning"), kept as keywords; identifiers hold
 * the abs page and sometimes `doi:` or the journal reference.
 */
function readDublinCore(meta: XmlElement): OaiMetadata {
  const texts = (name: string) => childElements(meta, name, DC).map(elementText).filter((value) => value !== '');
  const identifiers = texts('identifier');
  const page = identifiers.find((value) => /arxiv\.org\/abs\//i.test(value)) ?? null;
  const descriptions = texts('description');
  return {
    id: page,
    title: childText(meta, 'title', DC),
    abstract: descriptions.find((value) => !/^Comment:/i.test(value)) ?? null,
    authors: texts('creator'),
    affiliation: null,
    categories: [],
    // The first dc:date is the first version's.
    date: oaiDay(texts('date')[0] ?? null),
    journalRef: null,
    doi: identifiers.find((value) => /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)/i.test(value)) ?? null,
    url: page,
    keywords: texts('subject'),
    titleLine: childElements(meta, 'title', DC)[0]?.line ?? null,
  };
}

function metadataOf(record: XmlElement): OaiMetadata | null {
  const metadata = childElements(record, 'metadata', OAI)[0];
  for (const child of metadata?.children ?? []) {
    if (child.uri === ARXIV_FORMAT && child.name === 'arXiv') return readArxivFormat(child);
    if (child.uri === ARXIV_RAW && child.name === 'arXivRaw') return readArxivRaw(child);
    if (child.uri === OAI_DC && child.name === 'dc') return readDublinCore(child);
  }
  return null;
}

function toListing(meta: OaiMetadata, header: XmlElement | undefined, source: string, line: number): RawListing {
  const ids: PaperIds = {};
  setId(ids, 'arxiv', meta.id ?? (header ? childText(header, 'identifier', OAI) : null));
  setId(ids, 'doi', meta.doi);
  const date = meta.date;
  // Titles and abstracts carry inline TeX (`$\alpha$-stable`, `K{\"a}hler`).
  const [title, abstract] = decodeInlineTex([meta.title ?? '', meta.abstract ?? '']);
  return {
    ...emptyBibFields(),
    title,
    abstract,
    ids,
    authors: meta.authors,
    authorsCount: meta.authors.length > 0 ? meta.authors.length : null,
    venue: meta.journalRef ?? (ids.arxiv ? 'arXiv' : null),
    date,
    year: date ? Number(date.slice(0, 4)) : null,
    keywords: meta.keywords,
    url: meta.url ?? (ids.arxiv ? `https://arxiv.org/abs/${ids.arxiv}` : null),
    categories: meta.categories,
    organisation: meta.affiliation,
    type: 'preprint',
    source,
    line,
  };
}

/** Pure: an OAI-PMH response → full records; deleted records and broken ones are reported with their line. */
export function parseArxivOai(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings, count } = readXmlRecords(text, file, {
    isRecord: (name, uri) => name === 'record' && uri === OAI,
    what: 'OAI record',
    kept: 'the record is kept',
    read: ({ element, problems }, index) => {
      const header = childElements(element, 'header', OAI)[0];
      if (header?.attributes.status === 'deleted') return { line: element.line, skipped: `OAI record #${index} is marked deleted; skipped` };
      const meta = metadataOf(element);
      const line = meta?.titleLine ?? element.line;
      if (!meta) return { line, skipped: `OAI record #${index} has no arXiv, arXivRaw or oai_dc metadata; skipped` };
      const titleBroken = problems.some((problem) => problem.openElements.includes('title'));
      if (titleBroken || !meta.title) return { line, skipped: `OAI record #${index} has no title; skipped` };
      return toListing(meta, header, source, line);
    },
  });
  // An OAI-PMH error answer (noRecordsMatch, badResumptionToken…) holds no records: say what the server said.
  const error = /<error\s+code="([^"]+)"[^>]*>([^<]*)<\/error>/.exec(text.slice(0, 20000));
  if (error && count === 0) warnings.push({ file, line: 1, reason: `the OAI-PMH server answered "${error[1]}": ${error[2].trim()}` });
  return { entries, warnings };
}

export const arxivOaiReader: SourceReader = {
  format: 'arxiv-oai',
  detect: (text) => /<OAI-PMH[\s>]/.test(text.slice(0, 5000)) && text.slice(0, 5000).includes(OAI),
  read: parseArxivOai,
};
