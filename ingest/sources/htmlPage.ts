// Web pages saved as HTML ("Save page as…"): a Hugging Face papers page, a search result or a reading list. Two ways in,
// the richer first:
// 1. Records the page embeds for its own scripts (`data-props` attributes, `<script type="application/json">`, JSON-LD,
//    Next.js data): when one of them is a list of records a JSON reader knows (the HF papers API's, OpenAlex, Crossref,
//    CSL), that reader reads it, with every field the API gives.
// 2. Otherwise the page's text, converted to Markdown by turndown (links, headings and lists kept, scripts and styles
//    dropped), goes to the listing reader, which reads pages in any layout.
// The DOM is domino's (turndown's own parser in Node), so the page is parsed once for both.
import domino from '@mixmark-io/domino';
import TurndownService from 'turndown';
import type { IngestWarning, ReadResult, SourceReader } from '../types';
import { cslJsonReader } from './csl';
import { crossrefReader } from './crossref';
import { classifyJson } from './detect';
import { hfApiReader } from './hfApi';
import { parseListing } from './hfListing';
import { isJsonSourceReader } from './jsonReader';
import { LineIndex, type JsonDocument } from './jsonRecords';
import { openAlexReader } from './openAlex';

/** The JSON readers an embedded record list may go to. The generic table reader is not one: a page's menus and cards
 * are lists of objects with titles too. */
const EMBEDDED_READERS = Object.fromEntries(
  [hfApiReader, openAlexReader, crossrefReader, cslJsonReader].filter(isJsonSourceReader).map((reader) => [reader.format, reader]),
);

/** Containers searched for record lists inside an embedded value (props → page → papers is three). */
const MAX_EMBED_DEPTH = 5;

/**
 * Pages nest a few dozen elements deep; the HTML parser's scope checks cost time in proportion to the depth for every
 * element, so a page nested tens of thousands deep (hostile, or broken) would hold the reader for minutes. Refused.
 */
const MAX_NESTING = 500;

/** Elements that never have an end tag, so they never deepen the nesting. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Deepest nesting of elements, counted from the tags alone (a linear scan, before any parsing). */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (closing) depth = Math.max(0, depth - 1);
    else if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** A document: an HTML doctype or root element first (after a BOM, blanks and comments). */
function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(text.slice(0, 4096));
}

interface Embedded {
  /** Parsed value and where its text starts in the file (for the records' line). */
  value: unknown;
  offset: number;
}

/** Values the page embeds as JSON, in document order; ones that do not parse are not data and are passed over. */
function embeddedJson(document: Document, html: string): Embedded[] {
  const found: Embedded[] = [];
  const add = (text: string | null, offset: number) => {
    if (text === null || !/^\s*[[{]/.test(text)) return;
    try {
      found.push({ value: JSON.parse(text), offset: Math.max(0, offset) });
    } catch {
      // Not JSON after all (a template, a truncated save): the page's text is still read.
    }
  };
  // Each element's own attribute: the parser keeps no positions, but the attributes are in the text in document order
  // (a page has several: its header's, its theme's, the papers').
  const withProps = Array.from(document.querySelectorAll('[data-props]'));
  const propsAt = [...html.matchAll(/\sdata-props\s*=/gi)].map((match) => match.index + 1);
  withProps.forEach((element, index) => add(element.getAttribute('data-props'), propsAt.length === withProps.length ? propsAt[index] : html.indexOf('data-props=')));
  const scripts = 'script[type="application/json"], script[type="application/ld+json"], script#__NEXT_DATA__';
  for (const script of Array.from(document.querySelectorAll(scripts))) add(script.textContent, html.indexOf(script.id ? `id="${script.id}"` : '<script'));
  return found;
}

/** The largest list of records a JSON reader knows, anywhere within `value` (up to MAX_EMBED_DEPTH containers down). */
function recordList(value: unknown, depth = 0): { format: string; records: unknown[] } | null {
  if (depth > MAX_EMBED_DEPTH || typeof value !== 'object' || value === null) return null;
  let best: { format: string; records: unknown[] } | null = null;
  const consider = (candidate: { format: string; records: unknown[] } | null) => {
    if (candidate && (best === null || candidate.records.length > best.records.length)) best = candidate;
  };
  if (Array.isArray(value)) {
    const shape = classifyJson(value);
    if (value.length > 0 && shape.format !== null && shape.format in EMBEDDED_READERS) return { format: shape.format, records: value };
    for (const element of value) consider(recordList(element, depth + 1));
    return best;
  }
  for (const child of Object.values(value)) consider(recordList(child, depth + 1));
  return best;
}

/**
 * A value that is itself one record a JSON reader knows: a single paper's page embeds its paper so (HF's
 * `{"paper": {"id": "2508.02739", "title": …}}`), with no list around it.
 */
function singleRecord(value: unknown): { format: string; records: unknown[] } | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const shape = classifyJson(value);
  return shape.format !== null && shape.format in EMBEDDED_READERS ? { format: shape.format, records: [value] } : null;
}

/**
 * Read the embedded record list with its format's reader; every record at the line its JSON starts on. A page that
 * embeds no list but one record (a single paper's page) gives that record.
 */
function readEmbedded(embedded: Embedded[], html: string, file: string): ReadResult | null {
  let best: { format: string; records: unknown[]; offset: number } | null = null;
  for (const { value, offset } of embedded) {
    const list = recordList(value);
    if (list && (best === null || list.records.length > best.records.length)) best = { ...list, offset };
  }
  // Only when no value holds a list: a wrapper of a list is not itself one record.
  if (best === null) {
    for (const { value, offset } of embedded) {
      const single = singleRecord(value);
      if (single) {
        best = { ...single, offset };
        break;
      }
    }
  }
  if (best === null) return null;
  const line = new LineIndex(html).line(best.offset);
  const doc: JsonDocument = { data: best.records, text: JSON.stringify(best.records), jsonLines: false, lineOf: () => line, lineOfElement: () => line, problems: [] };
  const result = EMBEDDED_READERS[best.format].readJson(doc, file);
  return result.entries.length > 0 ? result : null;
}

/** turndown set up for reading, not for rendering: no Markdown escapes, links made absolute against the page's URL. */
function markdownConverter(base: string | null): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '*', codeBlockStyle: 'fenced' });
  // Buttons keep their text: a paper's page writes the names of authors without a Hugging Face account as buttons
  // (their other labels, "Upvote", "Copy to clipboard", "+110", are page chrome to the listing reader).
  service.remove(['script', 'style', 'noscript', 'template', 'head', 'svg' as keyof HTMLElementTagNameMap, 'form']);
  // The listing reader reads the text as written: "1. Introduction" or "foo_bar" must not come back as "1\. …".
  service.escape = (text: string) => text;
  service.addRule('absoluteLinks', {
    filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
    replacement: (content, node) => {
      const href = (node as HTMLElement).getAttribute('href')!;
      let url: string;
      try {
        url = base ? new URL(href, base).href : href;
      } catch {
        return content;
      }
      return content.trim() === '' ? '' : `[${content}](${url})`;
    },
  });
  return service;
}

/** The page's own address: `<base href>`, the canonical link, `og:url`, or the "saved from url" comment browsers add. */
function pageUrl(document: Document, html: string): string | null {
  const candidates = [
    document.querySelector('base[href]')?.getAttribute('href'),
    document.querySelector('link[rel="canonical"][href]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"][content]')?.getAttribute('content'),
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1],
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      return new URL(candidate).href;
    } catch {
      // a relative or broken address says nothing about the site
    }
  }
  return null;
}

/**
 * Pure: a saved HTML page → records. Entries read from the page's text are placed at the HTML line where their title
 * first appears (line 1 when it is not written out as such, e.g. split by markup).
 */
export function parseHtmlPage(html: string, file: string): ReadResult {
  const depth = nestingDepth(html);
  if (depth > MAX_NESTING) {
    return { entries: [], warnings: [{ file, line: 1, reason: `an HTML page nested ${depth} elements deep (more than ${MAX_NESTING}): not read` }] };
  }
  const document = domino.createDocument(html);
  const fromData = readEmbedded(embeddedJson(document, html), html, file);
  if (fromData) return fromData;
  // A page whose markup was re-indented (one text node a line) leaves a space between a link and the punctuation after
  // it ("[general agents](…) . However"): the punctuation belongs against the link's last word.
  const markdown = markdownConverter(pageUrl(document, html))
    .turndown(document.body ?? document.documentElement)
    .replace(/(\]\([^)\s]*\)) ([.,;:])(?=\s|$)/g, '$1$2');
  const { entries, warnings } = parseListing(markdown, file);
  if (entries.length === 0 && warnings.length === 0) {
    return { entries, warnings: [{ file, line: 1, reason: 'an HTML page with no paper in its text nor in the records it embeds; nothing read' }] };
  }
  const lines = new LineIndex(html);
  // The title as the HTML may write it: as is, with its specials escaped, or its start up to the first special.
  const htmlLine = (title: string) => {
    const head = title.slice(0, 60);
    const escaped = head.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const plainStart = /^[^&<>"']{16,}/.exec(head)?.[0];
    for (const form of [head, escaped, escaped.replace(/"/g, '&quot;'), escaped.replace(/"/g, '&#34;'), plainStart]) {
      const at = form ? html.indexOf(form) : -1;
      if (at >= 0) return lines.line(at);
    }
    return 1;
  };
  for (const entry of entries) entry.line = htmlLine(entry.title);
  // The listing reader's lines are lines of the converted text: say so rather than point into the HTML wrongly.
  const pageWarnings: IngestWarning[] = warnings.map(({ line, ...warning }) => ({
    ...warning,
    reason: line === undefined ? warning.reason : `${warning.reason} (line ${line} of the page's text)`,
  }));
  return { entries, warnings: pageWarnings };
}

export const htmlPageReader: SourceReader = {
  format: 'html-page',
  detect: (text) => looksLikeHtml(text),
  read: parseHtmlPage,
};
