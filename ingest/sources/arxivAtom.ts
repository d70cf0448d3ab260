// arXiv API Atom feed reader: one entry per <entry>, hard-wrapped titles and summaries collapsed to one line.
import { emptyBibFields } from '../../src/shared/record';
import { DOMParser } from '@xmldom/xmldom';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { collapseWhitespace, sourceName } from './text';

const ATOM = 'http://www.w3.org/2005/Atom';
const ARXIV = 'http://arxiv.org/schemas/atom';

function childText(parent: Element, namespace: string, name: string): string | null {
  const node = parent.getElementsByTagNameNS(namespace, name)[0];
  const text = node?.textContent ? collapseWhitespace(node.textContent) : '';
  return text === '' ? null : text;
}

/** xmldom records each node's source line; absent on nodes built by hand, hence the fallback. */
function lineOf(node: Element | undefined, fallback: number): number {
  const line = (node as unknown as { lineNumber?: number } | undefined)?.lineNumber;
  return typeof line === 'number' && line > 0 ? line : fallback;
}

/** Pure: an Atom feed → entries. The journal reference (venue) or first author affiliation becomes the organisation. */
export function parseArxivAtom(text: string, file: string): ReadResult {
  const warnings: IngestWarning[] = [];
  const parseErrors: string[] = [];
  const document = new DOMParser({
    locator: {},
    errorHandler: {
      warning: () => {},
      error: (message: string) => parseErrors.push(message),
      fatalError: (message: string) => parseErrors.push(message),
    },
  }).parseFromString(text, 'text/xml');
  if (parseErrors.length > 0) {
    const first = parseErrors[0].replace(/\s+/g, ' ').trim();
    const line = /line:(\d+)/.exec(first)?.[1];
    warnings.push({ file, ...(line ? { line: Number(line) } : {}), reason: `XML error: ${first}` });
  }
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const elements = Array.from(document.getElementsByTagNameNS(ATOM, 'entry'));
  elements.forEach((entry, index) => {
    const titleNode = entry.getElementsByTagNameNS(ATOM, 'title')[0];
    const line = lineOf(titleNode, lineOf(entry, 1));
    const title = childText(entry, ATOM, 'title');
    if (title === null) {
      warnings.push({ file, line, reason: `Atom entry #${index + 1} has no title; skipped` });
      return;
    }
    const published = childText(entry, ATOM, 'published');
    const day = published && /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
    const authors = Array.from(entry.getElementsByTagNameNS(ATOM, 'author'));
    const affiliation = authors.map((author) => childText(author, ARXIV, 'affiliation')).find((name) => name !== null);
    entries.push({
      ...emptyBibFields(),
      title,
      abstract: childText(entry, ATOM, 'summary') ?? '',
      authorsCount: authors.length > 0 ? authors.length : null,
      date: day ? day[0] : null,
      year: day ? Number(day[1]) : null,
      organisation: childText(entry, ARXIV, 'journal_ref') ?? affiliation ?? null,
      upvotes: null,
      source,
      line,
    });
  });
  return { entries, warnings };
}

export const arxivAtomReader: SourceReader = {
  format: 'arxiv-atom',
  detect: (text) => /^\s*(<\?xml[^>]*>\s*)?<feed[\s>]/.test(text) && text.includes(ATOM),
  read: parseArxivAtom,
};
