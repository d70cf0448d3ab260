// RSS feeds of papers (format `rss`): arXiv's own listing feeds (rss.arxiv.org, RSS 2.0 with `dc:creator` and an
// "arXiv:… Announce Type: new Abstract: …" description), mirrors of Hugging Face's daily papers, and journals' RSS 1.0
// (RDF) feeds with Dublin Core and PRISM fields. One record per <item>, streamed like the other XML readers.
import { emptyBibFields, normaliseArxivId, setId, type PaperIds } from '../../src/shared/record';
import type { RawListing, ReadResult, SourceReader } from '../types';
import { isArxivCategory } from './arxivAtom';
import { decodeInlineTex } from './latex';
import { plainText } from './markup';
import { addDoi, parseDate } from './recordValues';
import { sourceName } from './text';
import { readXmlRecords } from './xmlReader';
import { childElements, childText, elementText, type XmlElement } from './xmlRecords';

const RSS1 = 'http://purl.org/rss/1.0/';
const DC = 'http://purl.org/dc/elements/1.1/';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RSS 2.0 dates are RFC 822 (`Mon, 20 Jul 2026 00:00:00 -0400`): the day as written, whatever its zone. */
function feedDate(value: string | null): { date: string | null; year: number | null } {
  if (value === null) return { date: null, year: null };
  const rfc822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b/.exec(value.trim());
  if (!rfc822) return parseDate(value);
  const month = MONTHS.indexOf(rfc822[2].toLowerCase()) + 1;
  return month === 0 ? parseDate(value) : parseDate(`${rfc822[3]}-${String(month).padStart(2, '0')}-${rfc822[1].padStart(2, '0')}`);
}

/** arXiv's feed description: "arXiv:2607.30001v1 Announce Type: new Abstract: …" → the abstract, and the id. */
const ARXIV_ANNOUNCE = /^\s*arXiv:(\S+)\s+Announce Type:\s*\S+\s*(?:Abstract:\s*)?/i;
/** A byline a feed puts before the text ("Delong Li, Xu Wang, Haochen Gong — Natural-language…"). */
const BYLINE = /^([^—]{3,300}?)\s+—\s+/;
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|del|la|le))+$/u;

function names(text: string): string[] {
  return text.split(/\s*,\s*|\s+and\s+/).map((name) => name.trim()).filter(Boolean);
}

/** The fields a feed may write as labelled paragraphs of its description, by their label. */
const FIELD_LABELS: [RegExp, 'authors' | 'upvotes' | 'abstract'][] = [
  [/^authors?$/i, 'authors'],
  [/^(?:up)?votes?$|^likes?$/i, 'upvotes'],
  [/^(?:(?:ai\s+)?summary|abstract|tl;?\s?dr)$/i, 'abstract'],
];
/** A paragraph opened by a bold label ("<b>Upvotes:</b> 17", "<strong>Published</strong>: …"), or a known one in plain text. */
const BOLD_LABEL = /^\s*<(b|strong)>\s*([^<>]{1,40}?)\s*:?\s*<\/\1>\s*:?\s*/i;
const PLAIN_LABEL = /^\s*([A-Za-z][A-Za-z ;]{1,20}?)\s*:\s+/;

/**
 * A description written as labelled paragraphs (a mirror of Hugging Face's papers: "<p><b>Authors:</b> …</p>
 * <p><b>Upvotes:</b> 17</p><p><b>Summary:</b> …</p>"): the authors, the upvote count and the abstract each from its
 * own paragraph, the other labelled ones (a date, a category) left out of the abstract. A paragraph without a label
 * continues the abstract before it (an abstract of several paragraphs) or is the item's text. Null when no paragraph
 * carries a known label.
 */
function readLabelledDescription(html: string): { authors: string[]; upvotes: number | null; abstract: string } | null {
  const values: Record<'authors' | 'upvotes' | 'abstract' | 'other' | 'body', string[]> = { authors: [], upvotes: [], abstract: [], other: [], body: [] };
  let current: keyof typeof values = 'body';
  let known = false;
  for (const block of html.split(/<\/?(?:p|div|li|br)\b[^>]*>/i)) {
    const bold = BOLD_LABEL.exec(block);
    const plain = bold ? null : PLAIN_LABEL.exec(plainText(block));
    const label = bold?.[2] ?? plain?.[1];
    const field = label === undefined ? undefined : FIELD_LABELS.find(([pattern]) => pattern.test(label.trim()))?.[1];
    let text = plainText(bold && field !== undefined ? block.slice(bold[0].length) : block);
    if (field !== undefined) {
      current = field;
      known = true;
      text = plain ? text.slice(plain[0].length) : text;
    } else if (current !== 'abstract') {
      // Under the abstract's label, a labelled paragraph is a section of a structured abstract ("Background: …");
      // elsewhere it is a field of its own, and a paragraph without a label is text of the item.
      current = bold ? 'other' : 'body';
    }
    if (text !== '') values[current].push(text);
  }
  if (!known) return null;
  const count = /^\d[\d,]*$/.exec(values.upvotes.join(' ').trim());
  return {
    authors: names(values.authors.join(', ')),
    upvotes: count ? Number(count[0].replace(/,/g, '')) : null,
    abstract: (values.abstract.length > 0 ? values.abstract : values.body).join(' '),
  };
}

function itemToListing(item: XmlElement, uri: string, source: string): RawListing | null {
  const rawTitle = childText(item, 'title', uri);
  if (rawTitle === null) return null;
  const link = childText(item, 'link', uri);
  const guid = childText(item, 'guid', uri);
  const ids: PaperIds = {};
  // Every DOI element, whatever its namespace (feeds declare PRISM under several, some under none that resolves).
  for (const doi of item.children.filter((child) => child.name === 'doi')) if (ids.doi === undefined) addDoi(ids, elementText(doi));
  const rawDescription = childText(item, 'encoded', CONTENT) ?? childText(item, 'description', uri) ?? '';
  // Journals open the description with a line naming the issue and the DOI ("<p>Nature Catalysis, Published online:
  // 12 May 2026; doi:10.1038/…</p>"): the venue's line, not the abstract.
  const lead = /^\s*<p>([\s\S]*?)<\/p>/i.exec(rawDescription);
  const labelled = readLabelledDescription(rawDescription);
  let description = labelled?.abstract ?? plainText(lead && /\bdoi:\s*10\.\d{4,9}\//i.test(lead[1]) ? rawDescription.slice(lead[0].length) : rawDescription);
  const announce = ARXIV_ANNOUNCE.exec(description);
  if (announce) {
    setId(ids, 'arxiv', announce[1]);
    description = description.slice(announce[0].length);
  }
  for (const candidate of [link, guid, childText(item, 'identifier', DC)]) {
    if (candidate === null) continue;
    if (ids.arxiv === undefined && /arxiv|^\d{4}\.\d{4,5}(?:v\d+)?$|huggingface\.co\/papers\//i.test(candidate)) setId(ids, 'arxiv', normaliseArxivId(candidate));
    if (ids.doi === undefined && /10\.\d{4,9}\//.test(candidate)) addDoi(ids, candidate);
  }
  // arXiv writes all authors in one dc:creator ("Alice Fresh, Bob Cross"), journals one element each (and may repeat one).
  let authors = [...new Set(childElements(item, 'creator', DC).flatMap((creator) => names(plainText(elementText(creator)))))];
  if (authors.length === 0 && labelled) authors = labelled.authors;
  const byline = BYLINE.exec(description);
  if (byline && names(byline[1]).every((name) => NAME.test(name))) {
    if (authors.length === 0) authors = names(byline[1]);
    description = description.slice(byline[0].length);
  }
  const [title, abstract] = decodeInlineTex([plainText(rawTitle), description.trim()]);
  const categories = childElements(item, 'category', uri).map((category) => elementText(category)).filter(Boolean);
  const publication = item.children.find((child) => child.name === 'publicationName');
  const venue = publication ? elementText(publication) || null : null;
  return {
    ...emptyBibFields(),
    title,
    abstract,
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venue ?? (ids.arxiv ? 'arXiv' : null),
    ...feedDate(childText(item, 'pubDate', uri) ?? childText(item, 'date', DC)),
    url: link,
    categories: ids.arxiv ? categories.filter(isArxivCategory) : categories,
    type: ids.arxiv && venue === null ? 'preprint' : null,
    upvotes: labelled?.upvotes ?? null,
    source,
    line: childElements(item, 'title', uri)[0]?.line ?? item.line,
  };
}

/** Pure: an RSS 2.0 or RSS 1.0 feed → records; an item without a title is a warning at its line. */
export function parseRssFeed(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const { entries, warnings } = readXmlRecords(text, file, {
    isRecord: (name, uri) => name === 'item' && (uri === '' || uri === RSS1),
    what: 'RSS item',
    kept: 'the item is kept',
    read: ({ element }, index) => itemToListing(element, element.uri, source) ?? { line: element.line, skipped: `RSS item #${index} has no title; skipped` },
  });
  return { entries, warnings };
}

export const rssFeedReader: SourceReader = {
  format: 'rss',
  // The root is <rss> (2.0), or an RDF document declaring RSS 1.0's namespace itself (not only its modules, as
  // Zotero RDF does).
  detect: (text) => {
    const head = text.slice(0, 5000);
    return /<rss[\s>]/.test(head) || (/<rdf:RDF[\s>]/.test(head) && /=\s*["']http:\/\/purl\.org\/rss\/1\.0\/["']/.test(head));
  },
  read: parseRssFeed,
};
