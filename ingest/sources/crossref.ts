// Crossref REST reader (format `crossref`): `/works/{doi}` (`message-type: work`), `/works` lists (`work-list`,
// `message.items`) and saved bare work objects; JATS abstracts become plain text, `reference[]` the reference list.
import { emptyBibFields, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult } from '../types';
import { isJsonOfFormat, readJsonFile, type JsonSourceReader } from './jsonReader';
import { isObject, type JsonDocument } from './jsonRecords';
import { decodeDoubleDollarMath } from './latex';
import { jatsToText, stripMarkup } from './markup';
import { addDoi, familyName, httpUrl, parseDateParts, parseYear, uniqueStrings } from './recordValues';
import { sourceName } from './text';
import { cslName } from './csl';

type Json = Record<string, unknown>;

/** A string field, or the first string of Crossref's one-element arrays (`title`, `container-title`). */
function str(value: unknown): string | null {
  const first = Array.isArray(value) ? value.find((element) => typeof element === 'string' && element.trim() !== '') : value;
  return typeof first === 'string' && first.trim() !== '' ? stripMarkup(first) : null;
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** "Family, Given" for people, the name as given for organisations (`name`). */
function authorName(author: Json): string | null {
  // Crossref's contributor objects are CSL names ("Family, Given", particles and suffix kept); organisations use `name`.
  return cslName(author) ?? str(author.name);
}

/** The work's date: `issued` first (Crossref's earliest publication date), then the print/online/created dates. */
function dateOf(work: Json): { date: string | null; year: number | null } {
  for (const key of ['issued', 'published', 'published-print', 'published-online', 'posted', 'created']) {
    const value = work[key];
    if (!isObject(value)) continue;
    const parsed = parseDateParts(value['date-parts']);
    if (parsed.year !== null) return parsed;
  }
  return { date: null, year: null };
}

/** Leading "Anderson MR," or "Gleasure R." of an unstructured reference: the first author's family name. */
const LEADING_AUTHOR = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s+\p{Lu}{1,3}\b\.?[,.\s(]/u;

/**
 * One `reference[]` entry. A DOI is the reference's identity; loose fields fill the parts (`author` → first author,
 * `year`, `article-title` → title, `journal-title` or else `volume-title` → source); `unstructured` is kept as the text, and gives the first author
 * and the year only where it starts "Family Initials" and holds a "(YYYY)" — never a guess from elsewhere.
 */
export function crossrefReference(reference: Json): ReferenceRecord {
  const ids: PaperIds = {};
  addDoi(ids, typeof reference.DOI === 'string' ? reference.DOI : undefined);
  const text = typeof reference.unstructured === 'string' && reference.unstructured.trim() !== '' ? stripMarkup(reference.unstructured) : null;
  const articleTitle = str(reference['article-title']);
  const volumeTitle = str(reference['volume-title']);
  const journalTitle = str(reference['journal-title']);
  // `volume-title` names a book or a proceedings volume: which one is not said ("Proceedings of the Pacific Asia
  // conference…" for a paper in it), so it is only ever the source, never the cited work's title.
  const title = articleTitle;
  const source = journalTitle ?? volumeTitle ?? str(reference['series-title']);
  const leading = text ? LEADING_AUTHOR.exec(text) : null;
  const textYear = text ? /\((\d{4})[a-z]?\)/.exec(text) : null;
  return {
    ids,
    text,
    firstAuthor: familyName(str(reference.author)) ?? (leading ? leading[1] : null),
    year: parseYear(reference.year) ?? (textYear ? parseYear(textYear[1]) : null),
    title,
    source,
  };
}

/** Pure: one Crossref work → an entry, or null without a title. */
export function crossrefWorkToListing(work: Json, source: string, line: number): RawListing | null {
  const mainTitle = str(work.title);
  if (mainTitle === null) return null;
  const subtitle = str(work.subtitle);
  const title = subtitle !== null && !mainTitle.toLowerCase().includes(subtitle.toLowerCase()) ? `${mainTitle}: ${subtitle}` : mainTitle;
  const authors = objects(work.author).map(authorName).filter((name): name is string => name !== null);
  const firstAffiliation = objects(work.author)
    .flatMap((author) => objects(author.affiliation))
    .map((affiliation) => str(affiliation.name))
    .find((name) => name !== null);
  const ids: PaperIds = {};
  addDoi(ids, typeof work.DOI === 'string' ? work.DOI : undefined);
  const resource = isObject(work.resource) && isObject(work.resource.primary) ? work.resource.primary : {};
  const event = isObject(work.event) ? work.event : {};
  const { date, year } = dateOf(work);
  return {
    ...emptyBibFields(),
    title,
    abstract: typeof work.abstract === 'string' ? decodeDoubleDollarMath(jatsToText(work.abstract)) : '',
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: str(work['container-title']) ?? str(work['short-container-title']) ?? str(event.name) ?? null,
    date,
    year,
    // Crossref carries no author keywords; `subject` holds the journal's subject areas, which are categories.
    categories: uniqueStrings(Array.isArray(work.subject) ? work.subject.map(str) : []),
    url: httpUrl(resource.URL) ?? httpUrl(work.URL),
    organisation: firstAffiliation ?? null,
    type: str(work.type)?.toLowerCase() ?? null,
    references: objects(work.reference).map(crossrefReference),
    source,
    line,
  };
}

/** The works of a document: `message` of a work response, `message.items` of a list, or bare work objects. */
function worksOf(data: unknown): unknown[] {
  if (isObject(data) && 'message' in data) {
    const message = data.message;
    if (data['message-type'] === 'work-list' && isObject(message)) return Array.isArray(message.items) ? message.items : [];
    return [message];
  }
  return Array.isArray(data) ? data : [data];
}

/** Pure: a loaded Crossref document → entries; a work without a title is a warning with its line. */
export function readCrossrefJson(doc: JsonDocument, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const works = worksOf(doc.data);
  // A saved query answer that found nothing is a file of no records: say so, rather than read it silently as none.
  if (works.length === 0 && isObject(doc.data) && isObject(doc.data.message)) {
    const total = doc.data.message['total-results'];
    const found = typeof total === 'number' ? ` (total-results: ${total})` : '';
    warnings.push({ file, line: 1, reason: `this Crossref work list holds no works${found}: the query it answers found nothing; no records read` });
  }
  works.forEach((work, index) => {
    const line = doc.lineOf(work) ?? 1;
    const doi = isObject(work) && typeof work.DOI === 'string' ? ` (${work.DOI})` : '';
    const entry = isObject(work) ? crossrefWorkToListing(work, source, line) : null;
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `Crossref work #${index + 1}${doi} has no title; skipped` });
  });
  return { entries, warnings };
}

/** Pure: Crossref JSON text → entries. */
export function parseCrossref(text: string, file: string): ReadResult {
  return readJsonFile(text, file, readCrossrefJson);
}

export const crossrefReader: JsonSourceReader = {
  format: 'crossref',
  detect: (text) => isJsonOfFormat(text, 'crossref'),
  read: parseCrossref,
  readJson: readCrossrefJson,
};
