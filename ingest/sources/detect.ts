// Tells the JSON formats apart by the shape of their records (never by file name), and names the supported formats.
import { normaliseArxivId } from '../../src/shared/record';
import { isObject } from './jsonRecords';
import { tableFieldOf } from './tableColumns';

/** JSON formats this module decides between; `graph` is recognised only to say it is not a bibliography. */
export const JSON_FORMATS = ['crossref', 'openalex', 'inspire', 'zbmath', 'datacite', 'schema-org', 'orcid', 'hf-api', 'csl-json', 'table'] as const;
export type JsonFormat = (typeof JSON_FORMATS)[number];

export type JsonShape = { format: JsonFormat } | { format: null; reason: string };

/** How each format is named in the "supported formats" message (others are named by their format id). */
export const FORMAT_DESCRIPTIONS: Record<string, string> = {
  bibtex: 'BibTeX/biblatex (.bib)',
  ris: 'RIS (Zotero, Scopus, EndNote)',
  endnote: 'EndNote tagged text (.enw)',
  'endnote-xml': 'EndNote XML (EndNote, Mendeley)',
  'endnote-fields': 'EndNote text (Show All Fields)',
  'zotero-rdf': 'Zotero RDF',
  refworks: 'RefWorks tagged text (CNKI, Wanfang)',
  noteexpress: 'NoteExpress text (CNKI, Wanfang)',
  'cnki-estudy': 'CNKI E-Study text (知网研学)',
  proquest: 'ProQuest text report',
  ovid: 'Ovid labelled text (<1> records)',
  wos: 'Web of Science plain text',
  'scopus-csv': 'Scopus CSV',
  'scopus-text': 'Scopus plain text',
  pubmed: 'PubMed MEDLINE (.nbib)',
  'pubmed-xml': 'PubMed XML (efetch)',
  'dblp-xml': 'dblp XML (records, person pages)',
  'crossref-xml': 'Crossref XML (UNIXREF, UNIXSD, deposit)',
  'ads-xml': 'NASA ADS XML (Reference, Dublin Core)',
  mods: 'MODS XML (Zotero, ACL Anthology)',
  'datacite-xml': 'DataCite XML (Zenodo, doi.org)',
  'pubmed-abstract': 'PubMed Abstract text',
  'arxiv-atom': 'arXiv API Atom',
  'arxiv-oai': 'arXiv OAI-PMH',
  rss: 'RSS feed (arXiv listings, journals)',
  'csl-json': 'CSL-JSON',
  'csl-yaml': 'CSL YAML (Pandoc, Better BibTeX)',
  crossref: 'Crossref REST JSON',
  inspire: 'INSPIRE-HEP literature JSON',
  zbmath: 'zbMATH Open API JSON',
  datacite: 'DataCite REST JSON',
  'schema-org': 'schema.org JSON-LD (DataCite, Zenodo)',
  orcid: 'ORCID works JSON (public API)',
  openalex: 'OpenAlex JSON or JSON Lines',
  'hf-api': 'Hugging Face papers API JSON',
  'hf-listing': 'Hugging Face papers page saved as text',
  'html-page': 'a papers page saved as HTML',
  table: 'CSV/TSV or JSON records with a title column',
};

/** "supported: BibTeX/biblatex (.bib), RIS …" for the formats of the registered readers, in their order. */
export function describeSupportedFormats(formats: readonly string[]): string {
  return [...new Set(formats)].map((format) => FORMAT_DESCRIPTIONS[format] ?? format).join(', ');
}

/** Whether a text is meant as JSON (it opens an object or array); cheap enough for every file. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

const OPENALEX_WORK_ID = /^(?:https:\/\/openalex\.org\/)?W\d+$/i;

function isOpenAlexWork(record: Record<string, unknown>): boolean {
  return (
    (typeof record.id === 'string' && OPENALEX_WORK_ID.test(record.id)) ||
    'abstract_inverted_index' in record ||
    ('authorships' in record && ('publication_year' in record || 'display_name' in record))
  );
}

/** A Crossref work: `title` is an array (CSL-JSON's is a string) and it carries Crossref's own bookkeeping fields. */
function isCrossrefWork(record: Record<string, unknown>): boolean {
  return (
    Array.isArray(record.title) && typeof record.DOI === 'string' &&
    ['member', 'prefix', 'reference-count', 'deposited', 'indexed', 'is-referenced-by-count'].some((key) => key in record)
  );
}

/** A literature record of INSPIRE's schema: its `metadata` (or itself) with `titles` and a mark only INSPIRE writes. */
export function isInspireRecord(record: Record<string, unknown>): boolean {
  const metadata = isObject(record.metadata) ? record.metadata : record;
  return (
    Array.isArray(metadata.titles) &&
    ((typeof metadata.$schema === 'string' && /inspirehep\.net\/schemas\/records\/hep\.json/.test(metadata.$schema)) ||
      ['texkeys', 'inspire_categories', 'control_number', 'citation_count_without_self_citations'].some((key) => key in metadata))
  );
}

/** A document of the zbMATH Open API: a `title` object with its `title`, `contributors`, and a mark only zbMATH writes. */
export function isZbmathRecord(record: Record<string, unknown>): boolean {
  return (
    isObject(record.title) && 'title' in record.title && isObject(record.contributors) &&
    (typeof record.zbmath_url === 'string' || ('editorial_contributions' in record && 'msc' in record))
  );
}

/** schema.org's types of written and published works (JSON-LD `@type`), the ones a bibliography holds. */
const SCHEMA_ORG_WORKS = new Set([
  'CreativeWork', 'ScholarlyArticle', 'Article', 'MedicalScholarlyArticle', 'TechArticle', 'Report', 'Thesis', 'Book',
  'Chapter', 'BlogPosting', 'Dataset', 'SoftwareSourceCode', 'PublicationIssue', 'Periodical', 'Collection', 'Poster',
  'PresentationDigitalDocument', 'DigitalDocument',
]);

/**
 * A schema.org work in JSON-LD (DataCite's and Zenodo's "JSON-LD" export, a paper page's embedded metadata): a work
 * `@type` and a `name` or `headline`, under schema.org's `@context` (its own, or the list's around it).
 */
export function isSchemaOrgWork(record: Record<string, unknown>): boolean {
  const types = Array.isArray(record['@type']) ? record['@type'] : [record['@type']];
  const context = JSON.stringify(record['@context'] ?? 'schema.org');
  return (
    types.some((type) => typeof type === 'string' && SCHEMA_ORG_WORKS.has(type.replace(/^(?:https?:\/\/)?schema\.org\//, ''))) &&
    /schema\.org/.test(context) &&
    (typeof record.name === 'string' || typeof record.headline === 'string')
  );
}

/**
 * A DataCite REST record (`api.datacite.org/dois/…`: `{"id", "type": "dois", "attributes": {…}}`) or its bare
 * `attributes`: `titles` of `{title}` objects with a `doi`, `creators` or `publicationYear`.
 */
export function isDataciteRecord(record: Record<string, unknown>): boolean {
  const attributes = isObject(record.attributes) && (record.type === 'dois' || 'doi' in record.attributes) ? record.attributes : record;
  return (
    Array.isArray(attributes.titles) &&
    attributes.titles.some((title) => isObject(title) && typeof title.title === 'string') &&
    typeof attributes.doi === 'string' &&
    (Array.isArray(attributes.creators) || 'publicationYear' in attributes)
  );
}

/** A work or work summary: a `put-code` and a title object (`{"title": {"value": …}}`). */
function isOrcidWork(record: Record<string, unknown>): boolean {
  return 'put-code' in record && isObject(record.title) && 'title' in record.title;
}

/** A `/works` group (one work as its sources claimed it), a `/works/{put-codes}` bulk item, or a work itself. */
export function isOrcidRecord(record: Record<string, unknown>): boolean {
  if (Array.isArray(record['work-summary'])) return record['work-summary'].some((summary) => isObject(summary) && isOrcidWork(summary));
  if (isObject(record.work)) return isOrcidWork(record.work);
  return isOrcidWork(record);
}

function isHfPaper(record: Record<string, unknown>): boolean {
  return (
    typeof record.id === 'string' && normaliseArxivId(record.id) !== null && Array.isArray(record.authors) &&
    ['upvotes', 'discussionId', 'submittedOnDailyAt', 'ai_keywords'].some((key) => key in record)
  );
}

function isHfItem(record: Record<string, unknown>): boolean {
  return (isObject(record.paper) && typeof record.paper.id === 'string') || isHfPaper(record);
}

/** Keys only CSL-JSON uses (hyphenated CSL variables and date objects), for items without `issued` or authors. */
const CSL_KEYS = ['container-title', 'citation-key', 'accessed', 'collection-title', 'publisher-place', 'event-title', 'original-date'];

/**
 * CSL-JSON: a `type` and a string title, with `issued`, name objects (family/given/literal) as authors, or another
 * CSL-only key (a Zotero web page has `accessed` but neither date nor author).
 */
function isCslItem(record: Record<string, unknown>): boolean {
  // A citation item wrapping its CSL item (`{"id": "ITEM-1", "itemData": {…}}`, Mendeley and Zotero) is read as it.
  if (isObject(record.itemData) && typeof record.type !== 'string') return isCslItem(record.itemData);
  if (typeof record.type !== 'string') return false;
  const names = Array.isArray(record.author) &&
    record.author.some((name) => isObject(name) && ('family' in name || 'given' in name || 'literal' in name));
  return (typeof record.title === 'string' || !('title' in record)) &&
    (isObject(record.issued) || names || CSL_KEYS.some((key) => key in record));
}

function hasTitleField(record: Record<string, unknown>): boolean {
  return Object.entries(record).some(([key, value]) => tableFieldOf(key) === 'title' && (typeof value === 'string' || Array.isArray(value)));
}

/**
 * The record a wrapper holds when it has no title of its own and exactly one nested object has one: the Semantic
 * Scholar `/references` and `/citations` answers wrap each paper as `{"contexts": […], "citedPaper": {…}}`, OpenReview's
 * API answers each note as `{"id": …, "content": {"title": …}, "details": {…}}`. Otherwise the record itself.
 */
export function unwrapTableRecord(record: Record<string, unknown>): Record<string, unknown> {
  if (hasTitleField(record)) return record;
  const titled = Object.values(record).filter(isObject).map(withoutValueWrappers).filter(hasTitleField);
  return titled.length === 1 ? titled[0] : record;
}

/**
 * Fields written as `{"value": …}` (OpenReview's API v2 wraps every content field so: `"title": {"value": "…"}`,
 * `"authors": {"value": ["…"]}`, some with the `readers` allowed to see them) as their values.
 */
function withoutValueWrappers(record: Record<string, unknown>): Record<string, unknown> {
  let unwrapped: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(record)) {
    if (!isObject(value) || !('value' in value) || !Object.keys(value).every((inner) => inner === 'value' || inner === 'readers')) continue;
    unwrapped ??= { ...record };
    unwrapped[key] = value.value;
  }
  return unwrapped ?? record;
}

function isTableRecord(record: Record<string, unknown>): boolean {
  return hasTitleField(unwrapTableRecord(record));
}

/** Record tests, most specific first: the first that matches names a record's format. */
const RECORD_TESTS: [JsonFormat, (record: Record<string, unknown>) => boolean][] = [
  ['openalex', isOpenAlexWork],
  ['crossref', isCrossrefWork],
  ['inspire', isInspireRecord],
  ['zbmath', isZbmathRecord],
  ['datacite', isDataciteRecord],
  ['schema-org', isSchemaOrgWork],
  ['orcid', isOrcidRecord],
  ['hf-api', isHfItem],
  ['csl-json', isCslItem],
  ['table', isTableRecord],
];

/** Format of most of the first records (up to 50), or null when none is a record we know. */
function classifyRecords(records: unknown[]): JsonFormat | null {
  const votes = new Map<JsonFormat, number>();
  for (const record of records.slice(0, 50)) {
    if (!isObject(record)) continue;
    const match = RECORD_TESTS.find(([, test]) => test(record));
    if (match) votes.set(match[0], (votes.get(match[0]) ?? 0) + 1);
  }
  let best: JsonFormat | null = null;
  for (const [format] of RECORD_TESTS) {
    if ((votes.get(format) ?? 0) > (best === null ? 0 : (votes.get(best) ?? 0))) best = format;
  }
  return best;
}

const EXPECTED =
  'expected an array (or JSON Lines) of records with a title, CSL-JSON, an OpenAlex work or /works page, a Crossref ' +
  '/works response, an ORCID works answer or a Hugging Face papers API response';

/** Pure: which reader a parsed JSON document belongs to, or why none does. */
export function classifyJson(data: unknown): JsonShape {
  if (Array.isArray(data)) {
    const format = classifyRecords(data);
    if (format) return { format };
    return {
      format: null,
      reason: data.length === 0 ? 'this JSON is an empty array: no records to read' : `this JSON array holds no bibliographic records (${EXPECTED})`,
    };
  }
  if (!isObject(data)) return { format: null, reason: `this JSON is a single ${data === null ? 'null' : typeof data}, not a bibliography (${EXPECTED})` };
  if (Array.isArray(data.nodes) && (Array.isArray(data.edges) || Array.isArray(data.links))) {
    return { format: null, reason: 'this JSON is a graph (nodes and edges), not a bibliography: open it in the explorer app instead' };
  }
  if (typeof data['message-type'] === 'string' && 'message' in data) {
    const type = data['message-type'];
    return type === 'work' || type === 'work-list'
      ? { format: 'crossref' }
      : { format: null, reason: `this Crossref response is a "${type}", not a work or a work list` };
  }
  if (Array.isArray(data.results) && (isObject(data.meta) || classifyRecords(data.results) === 'openalex')) {
    if (data.results.length === 0 || classifyRecords(data.results) === 'openalex') return { format: 'openalex' };
  }
  // DataCite's `{"data": [...]}` search pages and `{"data": {…}}` single answers.
  if (isObject(data.data) && isDataciteRecord(data.data)) return { format: 'datacite' };
  if (findRecordList(data, 'datacite').length > 0) return { format: 'datacite' };
  const single = classifyRecords([data]);
  if (single) return { format: single };
  // A wrapper object such as {"papers": [...]} or {"resultList": {"result": [...]}}: the table reader reads its records,
  // and a wrapped list of Hugging Face papers (a mirror's `{"date", "count", "papers": [...]}`) goes to the API reader.
  // INSPIRE's search pages (`{"hits": {"hits": [{"metadata": …}]}}`) before the table reader, which would take none.
  if (findRecordList(data, 'inspire').length > 0) return { format: 'inspire' };
  // zbMATH Open's answers: `{"result": [documents]}` for a search, `{"result": {document}}` for one.
  if ((isObject(data.result) && isZbmathRecord(data.result)) || findRecordList(data, 'zbmath').length > 0) return { format: 'zbmath' };
  // A JSON-LD `@graph` of works.
  if (findRecordList(data, 'schema-org').length > 0) return { format: 'schema-org' };
  // ORCID's `/works` groups, `/works/{put-codes}` bulk items and a `/record`'s `activities-summary.works.group`.
  if (findRecordList(data, 'orcid').length > 0) return { format: 'orcid' };
  if (findTableRecords(data).length > 0) return { format: 'table' };
  if (findRecordList(data, 'hf-api').length > 0) return { format: 'hf-api' };
  return { format: null, reason: `this JSON is neither a graph nor a bibliography (${EXPECTED})` };
}

/**
 * The largest array of table records inside a wrapper object, one to three levels down (`{"data": [...]}`,
 * `{"resultList": {"result": [...]}}`, dblp's search API `{"result": {"hits": {"hit": [...]}}}`); empty when none.
 */
export function findTableRecords(data: Record<string, unknown>): unknown[] {
  return findRecordList(data, 'table');
}

/** The largest array of records of one format inside a wrapper object, one to three levels down; empty when none. */
export function findRecordList(data: Record<string, unknown>, format: JsonFormat): unknown[] {
  let best: unknown[] = [];
  const consider = (value: unknown, depth: number) => {
    if (Array.isArray(value)) {
      if (value.length > best.length && classifyRecords(value) === format) best = value;
    } else if (isObject(value) && depth < 3) {
      for (const inner of Object.values(value)) consider(inner, depth + 1);
    }
  };
  consider(data, 0);
  return best;
}
