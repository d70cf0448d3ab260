// OpenAlex reader (format `openalex`): one work, a /works page `{meta, results}`, an array or JSON Lines of works;
// current schema (primary_location, topics) and legacy (host_venue, concepts); referenced_works become references.
import { emptyBibFields, normaliseOpenAlexId, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult } from '../types';
import { isJsonOfFormat, readJsonFile, type JsonSourceReader } from './jsonReader';
import { describeNonRecord, isObject, type JsonDocument } from './jsonRecords';
import { plainText } from './markup';
import { addDoi, httpUrl, parseDate, setPmcid, uniqueStrings } from './recordValues';
import { collapseWhitespace, sourceName } from './text';
import { dropAbstractLabel } from './exportText';

type Json = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? collapseWhitespace(value) : null;
}

function objects(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

export interface RebuiltAbstract {
  text: string;
  /** Why the index looked wrong (positions past the word count, non-integer positions), or null. */
  problem: string | null;
}

/**
 * OpenAlex ships abstracts as word → positions. The words are put back in position order by sorting the
 * (position, word) pairs, so the cost depends on the number of words, never on the size of a position: a 150-byte
 * work claiming position 4294967294 must not allocate or walk a 4-billion-slot array. Real indexes have small gaps
 * (a dropped token leaves position n for n words), so only a position far past the word count — more than twice
 * it, plus a margin — is reported; its word stays in order, at the end.
 *
 * `rewritten`: the JSON loader rewrote the document's index objects (see invertedIndexes.ts): a plain one is already
 * its words in order, joined by spaces (what the dense path below joins); any other comes as the list `[word,
 * positions, word, positions…]`, where a word listed twice keeps its last positions, as the object's key would.
 */
export function rebuildAbstract(index: unknown, rewritten = false): RebuiltAbstract {
  let words: string[];
  let positions: unknown[];
  if (rewritten && typeof index === 'string') return { text: collapseWhitespace(index), problem: null };
  if (rewritten && Array.isArray(index)) {
    ({ words, positions } = listedWords(index));
  } else if (isObject(index)) {
    // The keys once: an index of a hundred-odd words is a dictionary-mode object, slow to enumerate twice.
    words = Object.keys(index);
    positions = words.map((word) => index[word]);
  } else {
    return { text: '', problem: null };
  }
  // The text depends only on the (word, positions) pairs, never on their order: words go by position, ties by word.
  return rebuildDenseAbstract(words, positions) ?? rebuildSortedAbstract(words, positions);
}

/** The words of a listed index and their positions; a repeated word keeps its last positions (JSON.parse's rule for a repeated key). */
function listedWords(list: unknown[]): { words: string[]; positions: unknown[] } {
  const words: string[] = [];
  const positions: unknown[] = [];
  const seen = new Set<string>();
  for (let i = list.length - 2; i >= 0; i -= 2) {
    const word = list[i] as string;
    if (seen.has(word)) continue;
    seen.add(word);
    words.push(word);
    positions.push(list[i + 1]);
  }
  return { words, positions };
}

/**
 * The common case, without building and sorting a pair per word (a 20k-work page set has millions): every position a
 * whole number, none repeated, none far past the word count. The words are dropped straight into their slots; the
 * text is the one the sort gives. Null when the index is not that clean: the sort below then decides and explains.
 */
function rebuildDenseAbstract(words: string[], positionsOf: unknown[]): RebuiltAbstract | null {
  let count = 0;
  let largest = -1;
  for (const positions of positionsOf) {
    if (!Array.isArray(positions)) return null;
    for (const position of positions) {
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) return null;
      if (position > largest) largest = position;
      count++;
    }
  }
  // The same bound as the sort's: a position this far out is reported, so that index takes the sorting path.
  if (largest >= 2 * count + 16) return null;
  const slots: (string | undefined)[] = new Array(largest + 1);
  for (let w = 0; w < words.length; w++) {
    for (const position of positionsOf[w] as number[]) {
      if (slots[position] !== undefined) return null; // two words at one position: the sort orders them by word
      slots[position] = words[w];
    }
  }
  const inOrder: string[] = [];
  for (const word of slots) if (word !== undefined) inOrder.push(word);
  return { text: collapseWhitespace(inOrder.join(' ')), problem: null };
}

function rebuildSortedAbstract(words: string[], positionsOf: unknown[]): RebuiltAbstract {
  const pairs: [number, string][] = [];
  let invalid = 0;
  for (let w = 0; w < words.length; w++) {
    const positions = positionsOf[w];
    if (!Array.isArray(positions)) {
      invalid++;
      continue;
    }
    for (const position of positions) {
      if (typeof position === 'number' && Number.isInteger(position) && position >= 0) pairs.push([position, words[w]]);
      else invalid++;
    }
  }
  pairs.sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const limit = 2 * pairs.length + 16;
  const beyond = pairs.filter(([position]) => position >= limit);
  const problems: string[] = [];
  if (beyond.length > 0) {
    problems.push(
      `abstract_inverted_index has ${beyond.length} position${beyond.length === 1 ? '' : 's'} far past its ${pairs.length} words ` +
        `(largest ${beyond[beyond.length - 1][0]}); ${beyond.length === 1 ? 'that word is' : 'those words are'} placed at the end`,
    );
  }
  if (invalid > 0) problems.push(`abstract_inverted_index has ${invalid} position${invalid === 1 ? '' : 's'} that are not whole numbers; ignored`);
  return { text: collapseWhitespace(pairs.map(([, word]) => word).join(' ')), problem: problems.length > 0 ? problems.join('; ') : null };
}

function idsOf(work: Json): PaperIds {
  const ids: PaperIds = {};
  const more = isObject(work.ids) ? work.ids : {};
  setId(ids, 'openalex', str(work.id) ?? str(more.openalex));
  addDoi(ids, str(work.doi) ?? str(more.doi));
  setId(ids, 'pmid', str(more.pmid));
  setPmcid(ids, str(more.pmcid));
  // arXiv: a location hosted on arxiv.org names the id in its landing page.
  for (const location of objects(work.locations)) {
    const url = str(location.landing_page_url) ?? str(location.pdf_url);
    if (url && /arxiv\.org\/(?:abs|pdf)\//i.test(url) && ids.arxiv === undefined) setId(ids, 'arxiv', url);
  }
  return ids;
}

function venueOf(work: Json): string | null {
  const primary = isObject(work.primary_location) ? work.primary_location : null;
  const source = primary && isObject(primary.source) ? primary.source : null;
  const legacy = isObject(work.host_venue) ? work.host_venue : null;
  return str(source?.display_name) ?? str(legacy?.display_name);
}

/**
 * Topics (current schema) followed by the primary topic's subfield and field (OpenAlex's levels above a topic, named
 * after Scopus' ASJC subject areas: "Artificial Intelligence", "Oncology", "Education"; they are what names a research
 * domain, while a topic is a cluster of a few thousand works; the other topics' are left out, since a work's second and
 * third topics are often far from it), else concepts (legacy, with a positive score), then MeSH headings.
 */
function categoriesOf(work: Json): string[] {
  const topicObjects = objects(work.topics);
  const primary = isObject(work.primary_topic) ? work.primary_topic : topicObjects[0];
  const levelName = (level: 'subfield' | 'field') => (primary && isObject(primary[level]) ? str(primary[level].display_name) : null);
  const topics = [...topicObjects.map((topic) => str(topic.display_name)), levelName('subfield'), levelName('field')];
  const concepts = objects(work.concepts)
    .filter((concept) => typeof concept.score !== 'number' || concept.score > 0)
    .map((concept) => str(concept.display_name));
  const mesh = objects(work.mesh).map((heading) => str(heading.descriptor_name));
  return uniqueStrings([...(topicObjects.length > 0 ? topics : concepts), ...mesh]);
}

/** MeSH descriptors of which no entry (one per descriptor and qualifier) is a major topic of the work. */
function minorHeadingsOf(work: Json): { minorHeadings?: string[] } {
  const headings = objects(work.mesh);
  const major = new Set(headings.filter((heading) => heading.is_major_topic === true).map((heading) => str(heading.descriptor_name)));
  const minor = uniqueStrings(headings.map((heading) => str(heading.descriptor_name)).filter((name) => !major.has(name)));
  return minor.length > 0 ? { minorHeadings: minor } : {};
}

function authorsOf(work: Json): string[] {
  return objects(work.authorships)
    .map((authorship) => {
      const author = isObject(authorship.author) ? authorship.author : {};
      return str(author.display_name) ?? str(authorship.raw_author_name);
    })
    .filter((name): name is string => name !== null);
}

function organisationOf(work: Json): string | null {
  for (const authorship of objects(work.authorships)) {
    const institution = objects(authorship.institutions).find((candidate) => str(candidate.display_name) !== null);
    if (institution) return str(institution.display_name);
  }
  return null;
}

function referencesOf(work: Json): ReferenceRecord[] {
  const references: ReferenceRecord[] = [];
  const seen = new Set<string>();
  for (const value of Array.isArray(work.referenced_works) ? work.referenced_works : []) {
    const id = typeof value === 'string' ? normaliseOpenAlexId(value) : null;
    if (id === null || seen.has(id)) continue;
    seen.add(id);
    references.push({ ids: { openalex: id }, text: null, firstAuthor: null, year: null, title: null, source: null });
  }
  return references;
}

/**
 * Pure: one OpenAlex work → an entry and the problems its fields showed. A work without a title is kept when it has
 * an identifier (its references and citations still count; the graph labels it by that identifier); null otherwise.
 * `indexesRewritten`: the work comes from a document whose abstract indexes were rewritten before parsing (JsonDocument).
 */
export function openAlexWorkToListing(
  work: Json,
  source: string,
  line: number,
  indexesRewritten = false,
): { entry: RawListing | null; problems: string[] } {
  const title = str(work.title) ?? str(work.display_name);
  if (title === null && Object.keys(idsOf(work)).length === 0) return { entry: null, problems: [] };
  const titleProblems = title === null ? ['has no title (title and display_name are empty); kept under its identifier'] : [];
  const rebuilt = rebuildAbstract(work.abstract_inverted_index, indexesRewritten);
  // Tools that save OpenAlex works (openalexPro's JSON Lines) rebuild the index themselves and keep the text as
  // `abstract`, dropping `abstract_inverted_index`: the text is the abstract then.
  const abstract = rebuilt.text === '' && str(work.abstract) !== null ? { text: plainText(str(work.abstract)!), problem: null } : rebuilt;
  const dated = parseDate(str(work.publication_date));
  const year = typeof work.publication_year === 'number' && Number.isInteger(work.publication_year) ? work.publication_year : dated.year;
  const authors = authorsOf(work);
  const primary = isObject(work.primary_location) ? work.primary_location : null;
  const ids = idsOf(work);
  const entry: RawListing = {
    ...emptyBibFields(),
    title: title === null ? '' : plainText(title),
    // OpenAlex's inverted index often starts with the page's "Abstract" heading.
    abstract: dropAbstractLabel(abstract.text),
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: venueOf(work),
    date: dated.year === year ? dated.date : null,
    year,
    // OpenAlex `keywords` are assigned by its classifier, not by the authors: they are not the record's keywords.
    url: httpUrl(primary?.landing_page_url) ?? (ids.doi ? `https://doi.org/${ids.doi}` : null) ?? (ids.openalex ? `https://openalex.org/${ids.openalex}` : null),
    categories: categoriesOf(work),
    ...minorHeadingsOf(work),
    organisation: organisationOf(work),
    type: str(work.type)?.toLowerCase() ?? null,
    references: referencesOf(work),
    source,
    line,
  };
  return { entry, problems: [...titleProblems, ...(abstract.problem ? [abstract.problem] : [])] };
}

/** The works of a document: a `{meta, results}` page, an array or JSON Lines of works, or one work. */
function worksOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (isObject(data) && Array.isArray(data.results)) return data.results;
  return [data];
}

/** Pure: a loaded OpenAlex document → entries; a work without a title is a warning naming its id and line. */
export function readOpenAlexJson(doc: JsonDocument, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const works = worksOf(doc.data);
  works.forEach((work, index) => {
    const line = doc.lineOf(work) ?? doc.lineOfElement(works, index) ?? 1;
    if (!isObject(work)) {
      warnings.push({ file, line, reason: `OpenAlex work #${index + 1} is ${describeNonRecord(work)}, not a work object; skipped` });
      return;
    }
    const id = normaliseOpenAlexId(str(work.id));
    const name = `OpenAlex work #${index + 1}${id ? ` (${id})` : ''}`;
    const { entry, problems } = openAlexWorkToListing(work, source, line, doc.indexesRewritten);
    for (const problem of problems) warnings.push({ file, line, reason: `${name}: ${problem}` });
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `${name} has no title (title and display_name are empty); skipped` });
  });
  return { entries, warnings };
}

/** Pure: OpenAlex JSON or JSON Lines text → entries. */
export function parseOpenAlex(text: string, file: string): ReadResult {
  return readJsonFile(text, file, readOpenAlexJson);
}

export const openAlexReader: JsonSourceReader = {
  format: 'openalex',
  detect: (text) => isJsonOfFormat(text, 'openalex'),
  read: parseOpenAlex,
  readJson: readOpenAlexJson,
};
