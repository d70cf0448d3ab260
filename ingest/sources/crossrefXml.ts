// Crossref XML reader (format `crossref-xml`): the metadata Crossref serves as XML — UNIXREF (`<doi_records>`, what
// `doi.org` answers to `Accept: application/vnd.crossref.unixref+xml` and the OpenURL/query API gives), UNIXSD
// (`<crossref_result>`) and the deposit schema (`<doi_batch>`) — streamed, one record per work: each journal article,
// conference paper, book chapter, posted content (preprint), dissertation, report, standard, peer review or dataset.
import { emptyBibFields, type PaperIds } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { crossrefReference } from './crossref';
import { dropAbstractLabel } from './exportText';
import { addDoi, formatDate, httpUrl, parseYear } from './recordValues';
import { sourceName } from './text';
import { recordProblemWarning, xmlStreamWarnings } from './xmlReader';
import { childElements, childText, elementAt, elementText, streamXmlRecords, textAt, type XmlElement } from './xmlRecords';

/**
 * The elements under `<crossref>` (UNIXREF, UNIXSD) or `<body>` (deposits), one per deposited item; none of them
 * occurs inside another, so each is a record of the stream.
 */
const CONTAINERS = new Set([
  'journal',
  'conference',
  'book',
  'dissertation',
  'posted_content',
  'report-paper',
  'standard',
  'peer_review',
  'database',
  'sa_component',
]);

/** The works a container may hold; a container without any is read as the work itself (a book, a report). */
const WORKS = new Set(['journal_article', 'conference_paper', 'content_item', 'dataset', 'component']);

/** Crossref's element names → the type names of its REST API (what the Crossref JSON reader gives). */
const TYPE_NAMES: Record<string, string> = {
  journal_article: 'journal-article',
  conference_paper: 'proceedings-article',
  content_item: 'book-chapter',
  posted_content: 'posted-content',
  dissertation: 'dissertation',
  'report-paper': 'report',
  standard: 'standard',
  peer_review: 'peer-review',
  dataset: 'dataset',
  component: 'component',
  book: 'book',
};

/**
 * Crossref's face markup in titles (`<i>Hukou</i>`, `CO<sub>2</sub>`, `<scp>`, `<font>`), JATS's in abstracts
 * (`<jats:italic>`) and MathML (`<mml:mi>`): the record trees keep an element's own text apart from its children's, so
 * these tags are removed before streaming to keep the words in their order (as the PubMed XML reader does).
 */
const INLINE_MARKUP =
  /<\/?(?:(?:[\w-]+:)?(?:i|b|u|ovl|sup|sub|scp|tt|font|italic|bold|underline|sc|monospace|strike|inline-formula)|mml:[\w-]+)(?:\s[^<>]*)?\/?>/g;

/**
 * A subscript belongs to the symbol before it: deposits that indent their markup (`CO\n  <sub>2</sub>`) would
 * otherwise read "CO 2". The line breaks taken out go after the subscript, so every later line keeps its number. (A
 * superscript may open a word, `<sup>13</sup>C`, so its spaces stay.)
 */
const SPACED_SUBSCRIPT = /(?<=\S)(\s+)<((?:[\w-]+:)?sub)>(\s*)([^<]*?)(\s*)<\/\2>/g;

function attachSubscripts(text: string): string {
  return text.replace(SPACED_SUBSCRIPT, (_whole, before: string, tag: string, open: string, content: string, close: string) => {
    const breaks = `${before}${open}${close}`.replace(/[^\n]/g, '');
    return `<${tag}>${content}</${tag}>${breaks}`;
  });
}

/** The first of a work's elements named `names`, looked for in the work, then in the given fallbacks. */
function firstOf(elements: (XmlElement | undefined)[], names: string[]): XmlElement | undefined {
  for (const element of elements) {
    if (!element) continue;
    for (const name of names) {
      const found = childElements(element, name)[0];
      if (found) return found;
    }
  }
  return undefined;
}

/** A `<publication_date>`-like element (year, month, day children) → date and year. */
function dateOf(element: XmlElement): { date: string | null; year: number | null } {
  const year = parseYear(childText(element, 'year'));
  if (year === null) return { date: null, year: null };
  const month = Number(childText(element, 'month'));
  const day = Number(childText(element, 'day'));
  // Crossref writes seasons and quarters as months 21–34: only 1–12 name a month.
  const validMonth = month >= 1 && month <= 12 ? month : null;
  return { date: formatDate(year, validMonth, validMonth !== null && day >= 1 && day <= 31 ? day : null), year };
}

/**
 * The work's date: the earliest of its publication dates (print and online differ; Crossref's REST API calls the
 * earliest `issued`), else its posting, approval or review date, else the container's (issue, proceedings, book).
 */
function workDate(work: XmlElement, fallbacks: (XmlElement | undefined)[]): { date: string | null; year: number | null } {
  for (const element of [work, ...fallbacks]) {
    if (!element) continue;
    const dates = ['publication_date', 'posted_date', 'approval_date', 'review_date', 'creation_date']
      .flatMap((name) => childElements(element, name))
      .map(dateOf)
      .filter((date) => date.year !== null);
    if (dates.length > 0) return dates.reduce((earliest, date) => ((date.date ?? '') < (earliest.date ?? '') ? date : earliest));
  }
  return { date: null, year: null };
}

/** "Family, Given Suffix" of a `<person_name>`, the name of an `<organization>`; anonymous contributors name no one. */
function contributorName(contributor: XmlElement): string | null {
  if (contributor.name === 'organization') return elementText(contributor) || null;
  const surname = childText(contributor, 'surname');
  if (!surname) return null;
  const given = [childText(contributor, 'given_name'), childText(contributor, 'suffix')].filter(Boolean).join(' ');
  return given ? `${surname}, ${given}` : surname;
}

/** Authors in order: `<contributors>` or, in dissertations, `<person_name>` directly under the work. */
function authorsOf(work: XmlElement): { authors: string[]; people: XmlElement[] } {
  const holder = elementAt(work, 'contributors') ?? work;
  const people = holder.children.filter(
    (child) => (child.name === 'person_name' || child.name === 'organization') && (child.attributes.contributor_role ?? 'author') === 'author',
  );
  return { authors: people.map(contributorName).filter((name): name is string => name !== null), people };
}

/** The first affiliation named: `<affiliation>` (schema 4) or `<affiliations><institution><institution_name>` (5.3). */
function firstAffiliation(people: XmlElement[], work: XmlElement): string | null {
  for (const person of people) {
    const named = childText(person, 'affiliation') ?? textAt(person, 'affiliations/institution/institution_name');
    if (named) return named;
  }
  return textAt(work, 'institution/institution_name');
}

/** The first abstract that is the text's own (not a table-of-contents or graphical one), as plain text. */
function abstractOf(work: XmlElement): string {
  const abstracts = childElements(work, 'abstract');
  const abstract = abstracts.find((element) => !element.attributes['abstract-type']) ?? abstracts[0];
  if (!abstract) return '';
  const parts: string[] = [];
  // Paragraphs and sections in order; a section's title other than "Abstract" is kept as its label.
  const walk = (element: XmlElement) => {
    for (const child of element.children) {
      if (child.name === 'title') {
        const title = elementText(child);
        if (!/^abstract$/i.test(title)) parts.push(`${title}:`);
      } else if (child.name === 'p') parts.push(elementText(child));
      else walk(child);
    }
  };
  walk(abstract);
  const text = (parts.length > 0 ? parts.join(' ') : elementText(abstract)).replace(/\s+/g, ' ').trim();
  return dropAbstractLabel(text);
}

/** One work → an entry, or null without a title. */
function workToListing(work: XmlElement, container: XmlElement, source: string): RawListing | null {
  const titles = elementAt(work, 'titles') ?? elementAt(work, 'book_metadata/titles') ?? elementAt(work, 'report-paper_metadata/titles');
  const mainTitle = titles ? childText(titles, 'title') ?? childText(titles, 'original_language_title') : null;
  if (!mainTitle) return null;
  const subtitle = titles ? childText(titles, 'subtitle') : null;
  const title = subtitle && !mainTitle.toLowerCase().includes(subtitle.toLowerCase()) ? `${mainTitle}: ${subtitle}` : mainTitle;
  // A book or report read as the work itself keeps its metadata one level down.
  const metadata = firstOf([work], ['book_metadata', 'book_series_metadata', 'book_set_metadata', 'report-paper_metadata', 'database_metadata']);
  const own = metadata ?? work;
  const { authors, people } = authorsOf(own);
  const ids: PaperIds = {};
  addDoi(ids, textAt(own, 'doi_data/doi'));
  const bookMetadata = firstOf([container], ['book_metadata', 'book_series_metadata', 'book_set_metadata']);
  const containerFallbacks = [
    elementAt(container, 'journal_issue'),
    elementAt(container, 'proceedings_metadata'),
    bookMetadata,
    elementAt(container, 'report-paper_metadata'),
    elementAt(container, 'database_metadata'),
  ];
  const venue =
    textAt(container, 'journal_metadata/full_title') ??
    textAt(container, 'journal_metadata/abbrev_title') ??
    textAt(container, 'proceedings_metadata/proceedings_title') ??
    textAt(container, 'event_metadata/conference_name') ??
    (work !== container && bookMetadata ? textAt(bookMetadata, 'titles/title') : null) ??
    (work !== container ? textAt(container, 'database_metadata/titles/title') : null) ??
    childText(work, 'group_title');
  const citationList = elementAt(work, 'citation_list');
  const typeName = work.name === 'book' ? 'book' : TYPE_NAMES[work.name] ?? work.name;
  return {
    ...emptyBibFields(),
    title,
    abstract: abstractOf(own),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue,
    ...workDate(own, containerFallbacks),
    url: httpUrl(textAt(own, 'doi_data/resource')),
    organisation: firstAffiliation(people, own),
    type: work.name === 'posted_content' && work.attributes.type ? work.attributes.type : typeName,
    // Each `<citation>`: the fields of the REST API's `reference[]` under their XML names.
    references: (citationList ? childElements(citationList, 'citation') : []).map((citation) =>
      crossrefReference({
        DOI: childText(citation, 'doi') ?? undefined,
        unstructured: childText(citation, 'unstructured_citation') ?? undefined,
        author: childText(citation, 'author') ?? undefined,
        year: childText(citation, 'cYear') ?? undefined,
        'article-title': childText(citation, 'article_title') ?? undefined,
        'journal-title': childText(citation, 'journal_title') ?? undefined,
        'volume-title': childText(citation, 'volume_title') ?? undefined,
        'series-title': childText(citation, 'series_title') ?? undefined,
      }),
    ),
    source,
    line: (titles ? childElements(titles, 'title')[0]?.line : undefined) ?? work.line,
  };
}

/** The works of one container: its articles, papers, chapters or datasets, else the container itself. */
function worksOf(container: XmlElement): XmlElement[] {
  const works = container.children.filter((child) => WORKS.has(child.name) || child.name === 'component_list');
  const flat = works.flatMap((work) => (work.name === 'component_list' ? childElements(work, 'component') : [work]));
  // A journal or proceedings volume without an article is the journal's or volume's own record: not a paper.
  if (flat.length === 0 && (container.name === 'journal' || container.name === 'conference')) return [];
  return flat.length > 0 ? flat : [container];
}

/** Pure: Crossref XML (UNIXREF, UNIXSD, deposit) → one entry per work; title-less works are reported with their line. */
export function parseCrossrefXml(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  let count = 0;
  let works = 0;
  const stream = streamXmlRecords(
    attachSubscripts(text).replace(INLINE_MARKUP, ''),
    (name) => CONTAINERS.has(name),
    (record) => {
      count++;
      const container = record.element;
      const containerWorks = worksOf(container);
      if (containerWorks.length === 0) {
        warnings.push({ file, line: container.line, reason: `Crossref record #${count} is a <${container.name}> without any article or paper in it; skipped` });
        return;
      }
      for (const work of containerWorks) {
        works++;
        const listing = workToListing(work, container, source);
        if (listing) entries.push(listing);
        else warnings.push({ file, line: work.line, reason: `Crossref work #${works} (<${work.name}>) has no title; skipped` });
      }
      const problem = recordProblemWarning(record, file, 'Crossref record', count, 'the record is kept');
      if (problem) warnings.push(problem);
    },
  );
  warnings.push(...xmlStreamWarnings(stream, file, 'Crossref record', count));
  return { entries, warnings };
}

export const crossrefXmlReader: SourceReader = {
  format: 'crossref-xml',
  // The root element: UNIXREF's `<doi_records>`, UNIXSD's `<crossref_result>`, a deposit's `<doi_batch>`.
  detect: (text) => /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:doi_records|crossref_result|doi_batch)[\s>]/.test(text.slice(0, 2000)),
  read: parseCrossrefXml,
};
