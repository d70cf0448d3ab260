// arXiv API Atom feed reader: one full record per <entry> (arXiv id, DOI, authors, categories, journal ref), streamed.
import { emptyBibFields, setId, type PaperIds } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { decodeInlineTex } from './latex';
import { sourceName } from './text';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, type XmlElement } from './xmlRecords';

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';

/**
 * arXiv category terms (`cs.LG`, `hep-th`, `astro-ph.CO`, `physics.soc-ph`); feeds also list MSC (`53C25`) and ACM
 * (`I.2.7`) class codes as categories, which are not arXiv subjects.
 */
export function isArxivCategory(term: string): boolean {
  return /^[a-z][a-z-]*(?:\.[A-Za-z][A-Za-z-]*)?$/.test(term);
}

/** The date part of an ISO timestamp: `2018-01-17T03:05:51Z` → `2018-01-17`. */
function isoDay(value: string | null): { date: string | null; year: number | null } {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? { date: match[0], year: Number(match[1]) } : { date: null, year: null };
}

function entryToListing(entry: XmlElement, source: string): RawListing | null {
  const rawTitle = childText(entry, 'title', ATOM);
  if (rawTitle === null) return null;
  // Titles and abstracts carry inline TeX (`$\alpha$-cosymplectic`, `K{\"a}hler`).
  const [title, abstract] = decodeInlineTex([rawTitle, childText(entry, 'summary', ATOM) ?? '']);
  const id = childText(entry, 'id', ATOM);
  const ids: PaperIds = {};
  if (id && /arxiv\.org\/abs\//i.test(id)) setId(ids, 'arxiv', id);
  setId(ids, 'doi', childText(entry, 'doi', ARXIV));
  const authors = childElements(entry, 'author', ATOM);
  const names = authors.map((author) => childText(author, 'name', ATOM)).filter((name): name is string => name !== null);
  const affiliation = authors.map((author) => childText(author, 'affiliation', ARXIV)).find((name) => name !== null);
  const links = childElements(entry, 'link', ATOM);
  const page = links.find((link) => link.attributes.rel === 'alternate')?.attributes.href ?? (id && /^https?:/.test(id) ? id : null);
  const primary = childElements(entry, 'primary_category', ARXIV)[0]?.attributes.term;
  const terms = childElements(entry, 'category', ATOM).map((category) => category.attributes.term ?? '');
  const categories = [...new Set([primary, ...terms].filter((term): term is string => !!term && isArxivCategory(term)))];
  const journal = childText(entry, 'journal_ref', ARXIV);
  return {
    ...emptyBibFields(),
    title,
    abstract,
    ids,
    authors: names,
    authorsCount: names.length > 0 ? names.length : null,
    venue: journal ?? (ids.arxiv ? 'arXiv' : null),
    ...isoDay(childText(entry, 'published', ATOM) ?? childText(entry, 'updated', ATOM)),
    url: page,
    categories,
    organisation: affiliation ?? null,
    type: 'preprint',
    source,
    line: childElements(entry, 'title', ATOM)[0]?.line ?? entry.line,
  };
}

/** Pure: an Atom feed → full records. Broken entries are reported with their line; the others are kept. */
export function parseArxivAtom(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(text, file, {
    isRecord: (name, uri) => name === 'entry' && uri === ATOM,
    what: 'Atom entry',
    kept: 'the entry is kept',
    read: ({ element, problems }, index) => {
      const line = childElements(element, 'title', ATOM)[0]?.line ?? element.line;
      const id = childText(element, 'id', ATOM) ?? '';
      if (/\/api\/errors/.test(id)) {
        return { line, skipped: `the arXiv API answered with an error: ${childText(element, 'summary', ATOM) ?? 'no detail'}` };
      }
      // An error inside the title makes the title untrustworthy: the entry has no usable title then.
      const titleBroken = problems.some((problem) => problem.openElements.includes('title'));
      const entry = titleBroken ? null : entryToListing(element, source);
      return entry ?? { line, skipped: `Atom entry #${index} has no title; skipped` };
    },
  });
  return { entries, warnings };
}

export const arxivAtomReader: SourceReader = {
  format: 'arxiv-atom',
  // After the XML declaration, comments or a DOCTYPE, the root is an Atom <feed>.
  detect: (text) => /<feed[\s>]/.test(text.slice(0, 5000)) && text.slice(0, 5000).includes(ATOM) && !/<OAI-PMH[\s>]/.test(text.slice(0, 5000)),
  read: parseArxivAtom,
};
