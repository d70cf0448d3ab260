// Generic table reader (format `table`): CSV/TSV files and JSON arrays or JSON Lines of record objects whose columns
// or keys are named like title / abstract / authors / year / doi / categories (tableColumns.ts lists every name).
import Papa from 'papaparse';
import {
  emptyBibFields, isLensId, lensIdFromUrl, normaliseDoi, normaliseLensId, normaliseOpenAlexId, setId, type PaperIds, type ReferenceRecord,
} from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult } from '../types';
import { classifyJson, findTableRecords, looksLikeJson, unwrapTableRecord } from './detect';
import { describeNonRecord, isObject, LineIndex, type JsonDocument } from './jsonRecords';
import { isJsonOfFormat, readJsonFile, type JsonSourceReader } from './jsonReader';
import { plainText } from './markup';
import { addDoi, addExtraFieldIds, familyName, formatDate, httpUrl, parseDate, parseYear, setPmcid, uniqueStrings } from './recordValues';
import { normaliseColumnName, tableFieldOf, tableFieldRank, type TableField } from './tableColumns';
import { sourceName } from './text';
import { dropAbstractLabel, dropDatabaseNote } from './exportText';
import { monthOfName, parseWrittenDateLine } from './writtenDates';
import { medlineDate } from './pubmed';
import { withoutDblpFullStop } from './dblpXml';
import { decodeInlineTex } from './latex';
import { looksLikeWosReference, parseReferenceText } from './referenceText';

// ---------------------------------------------------------------------------------------------------------------
// Values

/** Cells that mean "no value" in spreadsheet and dataframe exports. */
const EMPTY_CELL = /^(?:|nan|null|none|n\/a|na)$/i;

/** Nesting followed when looking for a value's text: a field is a string, a list of them, or a small object. */
const MAX_VALUE_DEPTH = 3;

/** A value as one string: strings and numbers as they are, the first usable element of an array, an object's name. */
function textOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return EMPTY_CELL.test(value.trim()) ? null : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (depth >= MAX_VALUE_DEPTH) return null;
  if (Array.isArray(value)) {
    for (const element of value) {
      const text = textOf(element, depth + 1);
      if (text !== null) return text;
    }
    return null;
  }
  if (isObject(value)) {
    // Last: a keyword object's own key, as Zotero's JSON writes its tags (`{"tag": "Logic model", "type": 1}`), and
    // the Scopus Search API's affiliation and author names (`affilname`, `authname`), and Europe PMC's
    // `journalInfo` naming its `journal`.
    for (const key of ['name', 'display_name', 'displayName', 'title', 'value', 'label', 'text', 'fullname', 'tag', 'keyword', 'term', 'affilname', 'authname', 'journal']) {
      const text = textOf(value[key], depth + 1);
      if (text !== null) return text;
    }
  }
  return null;
}

/** An author as an object: {name}, {display_name}, {family, given}, {lastName, firstName}, {last, first}. */
function authorName(value: unknown): string | null {
  if (!isObject(value)) return textOf(value);
  // `text`: an XML element turned into JSON (dblp's search API: `{"@pid": "28/2391", "text": "Tsuyoshi Shinogi"}`).
  const whole = textOf(value.name ?? value.display_name ?? value.displayName ?? value.fullname ?? value.full_name ?? value.literal ?? value.authname ?? value.text);
  if (whole !== null) return whole;
  const family = textOf(value.family ?? value.lastName ?? value.last_name ?? value.last ?? value.surname);
  const given = textOf(value.given ?? value.firstName ?? value.first_name ?? value.first ?? value.forename);
  if (family !== null) return given !== null ? `${family}, ${given}` : family;
  return given;
}

/**
 * The first affiliation of the first author when authors are objects that carry theirs (Lens.org's JSON:
 * `"authors": [{"first_name": …, "affiliations": [{"name": "Michigan State University, …"}]}]`).
 */
function firstAuthorAffiliation(authors: unknown): string | null {
  const first = Array.isArray(authors) ? authors[0] : undefined;
  if (!isObject(first)) return null;
  const affiliations = first.affiliations ?? first.affiliation;
  const affiliation = Array.isArray(affiliations) ? affiliations[0] : affiliations;
  return isObject(affiliation) ? textOf(affiliation.name ?? affiliation.display_name) : textOf(affiliation);
}

/** Initials alone ("J.", "J.-P.", "MR"): the second half of a "Family, Initials" pair. */
const INITIALS = /^(?:\p{Lu}\.?-?){1,3}\.?$/u;

/**
 * One cell of author names → names. Split on ";" or "|" when present; BibTeX style "Family, Given and Family, Given"
 * on " and "; "Smith J, Doe A" or "John Smith, Jane Doe" on commas when every part has two words; "Smith, J., Doe,
 * A." pairs family names with their initials; anything else ("Smith, John") is one name.
 */
export function splitAuthorNames(text: string): string[] {
  // Google Scholar (and Publish or Perish's CSV of it) cuts long author lists with "…" or "...": the list goes on,
  // but that item is no name.
  const cell = text.trim().replace(/\s*[,;]?\s*(?:…|\.{3})$/, '');
  if (cell === '') return [];
  if (/[;|]/.test(cell)) return uniqueOrdered(cell.split(/\s*[;|]\s*/).map(spacedFamilyComma));
  if (/\s+and\s+/i.test(cell)) {
    const parts = cell.split(/\s+and\s+/i);
    if (parts.every((part) => (part.match(/,/g) ?? []).length === 1)) return uniqueOrdered(parts);
    return uniqueOrdered(parts.flatMap((part) => part.split(/\s*,\s*/)));
  }
  if (cell.includes(',')) {
    const parts = cell.split(/\s*,\s*/).filter((part) => part !== '');
    if (parts.every((part) => part.includes(' '))) return uniqueOrdered(withoutListStop(parts));
    if (parts.length % 2 === 0 && parts.every((part, index) => index % 2 === 0 || INITIALS.test(part))) {
      const pairs: string[] = [];
      for (let index = 0; index < parts.length; index += 2) pairs.push(`${parts[index]}, ${parts[index + 1]}`);
      return pairs;
    }
  }
  return [spacedFamilyComma(cell)];
}

/**
 * "Family,Given" → "Family, Given", and "Family,null" → "Family": Citavi's table export writes names without a space
 * after the comma and "null" for a given name it lacks ("van den Hoven,null;Smits,Maarten L. J.").
 */
function spacedFamilyComma(name: string): string {
  return name.replace(/\s*,\s*null$/i, '').replace(/^([^,]+),(?=\S)/, '$1, ');
}

/** Family names written with an inner capital (`McDonald`, `MacKay`, `LeCun`, `DeWitt`, `DuBois`, `VanDyke`). */
const INNER_CAPITAL_PREFIXES = new Set(['Mc', 'Mac', 'Le', 'La', 'De', 'Di', 'Da', 'Du', 'Del', 'Van', 'Von', 'Fitz', 'St']);
/** Titles Springer writes before a name (`Prof. Dr. Stefan Biffl`, `Univ.-Prof.`, `Assoc. Prof.`, `Ph.D.`). */
const HONORIFICS = /^(?:(?:Univ\.-)?Prof\.|Dr\.(?:-Ing\.)?|Ph\.\s?D\.|Assoc\.|Asst\.)\s*/;

/**
 * Springer Link's CSV joins its authors with nothing between them ("Hakim HacidFatma OutayHye-young Paik"): split
 * where a lower-case letter meets a capital, unless the letters before it are a family-name prefix written with an
 * inner capital (`McDonald`, `LeCun`), and drop the academic titles it writes before names. Only for that export
 * (see tableRecordToListing): elsewhere a cell without separators is one name.
 */
export function splitRunTogetherNames(cell: string): string[] {
  const names: string[] = [];
  let start = 0;
  for (const match of cell.matchAll(/\p{Ll}(?=\p{Lu})/gu)) {
    const end = (match.index as number) + 1;
    const word = cell.slice(start, end).split(/[\s-]/).pop() as string;
    const capitals = [...word.matchAll(/\p{Lu}/gu)];
    const fragment = capitals.length > 0 ? word.slice(capitals[capitals.length - 1].index) : word;
    if (INNER_CAPITAL_PREFIXES.has(fragment)) continue;
    names.push(cell.slice(start, end));
    start = end;
  }
  names.push(cell.slice(start));
  return names
    .map((name) => {
      let bare = name.trim();
      for (let previous = ''; previous !== bare; ) [previous, bare] = [bare, bare.replace(HONORIFICS, '')];
      return bare;
    })
    .filter((name) => name !== '');
}

/** Springer Link's CSV (`Item Title`, `Item DOI`): its author cells run the names together. */
function namesRunTogether(record: Record<string, unknown>): boolean {
  return Object.keys(record).some((key) => normaliseColumnName(key) === 'itemdoi');
}

/** Vancouver initials without periods ("Byrd JC"), and the same with the period that ends a whole list ("Coutre SE."). */
const VANCOUVER_NAME = /^\S.*\s\p{Lu}{1,3}$/u;
const VANCOUVER_LAST = /^\S.*\s\p{Lu}{1,3}\.$/u;

/**
 * PubMed's and Europe PMC's author strings ("Byrd JC, Furman RR, Coutre SE.") end the list with a period that is not
 * part of the last name: dropped when every other name has initials without periods, so "Coutre SE" is written as the
 * others are (and a name is compared equal across records).
 */
function withoutListStop(parts: string[]): string[] {
  const last = parts.length - 1;
  if (!VANCOUVER_LAST.test(parts[last]) || !parts.slice(0, last).every((part) => VANCOUVER_NAME.test(part))) return parts;
  return [...parts.slice(0, last), parts[last].slice(0, -1)];
}

function uniqueOrdered(parts: string[]): string[] {
  // Author lists may legitimately repeat a name (two people), so only blanks are dropped.
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * References in one cell: one a line or `;`-separated; OpenAlex's CSV export joins its `referenced_works` ids with
 * "|" (only when there is no ";" or line break, so a citation text with its own "|" stays whole).
 */
function splitReferences(text: string): string[] {
  if (DIMENSIONS_REFERENCE.test(text)) return text.split(/\s*;\s*(?=\[)/);
  return text.split(/[;\n]/.test(text) ? REFERENCE_SEPARATOR : /\s*\|\s*/);
}

/**
 * A ";" between references, never the one inside a SICI DOI (`…<199::AID-JCOP1>3.3.CO;2-M`, Wiley's and others' DOIs
 * of the 1990s, which Web of Science's spreadsheet export cites in cells joined by "; "): split there, a reference
 * lost its DOI and a "2-M" became a reference of its own.
 */
const REFERENCE_SEPARATOR = /\s*;(?!(?<=\.CO;)\d-)\s*|\n/i;

/**
 * Dimensions' "Cited references" cell: references joined by ";", each one
 * `[Family, Given; Family, Given] | [ur.… author ids] | source | year | volume | issue | pages | DOI | publication id |
 * times cited` (the layout bibliometrix's dimensions2df reads: authors 1st, source 3rd, year 4th, DOI 8th). The author
 * list has ";" of its own, so the cell is split only before a "[" (as dimensions2df does). The second part is read as
 * a title only when it is not that bracketed list of researcher ids (`[ur.07662443654.76; ]`, `[]`).
 */
const DIMENSIONS_REFERENCE = /^\s*\[[^\]|]*\]\s*\|/;

/** A value that is a DOI as a whole (bare, `doi:` or a doi.org link), not a text that mentions one. */
const DOI_VALUE = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)?10\.\d{4,9}\//i;

/** One Dimensions reference (see DIMENSIONS_REFERENCE) as its parts; null for any other text. */
function dimensionsReference(text: string): ReferenceRecord | null {
  if (!DIMENSIONS_REFERENCE.test(text)) return null;
  const [authors, second, source, year, ...rest] = text.split('|').map((part) => part.trim());
  const title = /^\[.*\]$/.test(second) ? '' : second;
  const ids: PaperIds = {};
  const doi = rest.find((part) => DOI_VALUE.test(part));
  if (doi !== undefined) addDoi(ids, doi);
  // The cited work's own Dimensions id: the papers of one export cite each other by it, DOI or not.
  for (const part of rest) setId(ids, 'dimensions', part);
  const firstAuthor = authors.replace(/^\[|\]$/g, '').split(';')[0];
  return {
    ids,
    text,
    firstAuthor: familyName(firstAuthor),
    year: parseYear(year),
    title: title || null,
    source: source || null,
  };
}

/** Keywords or categories in one cell: split on ";" or "|" when present, else on commas. */
function splitTerms(text: string): string[] {
  // A comma inside parentheses is the term's own: Embase writes "colonic duplication cyst (diagnosis, surgery)".
  return text.split(/[;|]/.test(text) ? /\s*[;|]\s*|\n/ : /\s*,\s*(?![^()]*\))|\n/);
}

/** The DOI an OpenURL names (`id=doi:10.1002%2Fcncr.20369`, `rft_id=info:doi/…`), percent-decoded; null without one. */
function openUrlDoi(link: string | null): string | null {
  const doi = link === null ? null : /[?&](?:rft_)?id=(?:info:)?doi[:/]([^&\s]+)/i.exec(link);
  if (!doi) return null;
  try {
    return decodeURIComponent(doi[1]);
  } catch {
    return null;
  }
}

/**
 * A venue cell holding a whole citation, "Endoscopic Ultrasound (2014) 3:3 (152-160). Date of Publication: 2014"
 * (Embase's `Source`): the journal and the year in parentheses after it. Any other venue is kept whole.
 */
function venueAndYearOf(venue: string): { venue: string; year: number | null } {
  const citation = /^(.+?)\s+\((\d{4})\)\s+\S/.exec(venue);
  const year = citation ? parseYear(citation[2]) : null;
  return citation && year !== null ? { venue: citation[1], year } : { venue, year: null };
}

/**
 * A list as its elements: an array; an object that only wraps one (Europe PMC's `authorList: {author: [...]}`, as
 * XML turned into JSON writes a repeated element); or one cell of text, split.
 */
function listOf(value: unknown, split: (text: string) => string[], item: (element: unknown) => string | null = textOf): string[] {
  const wrapped = isObject(value) ? Object.values(value) : [];
  if (wrapped.length === 1 && Array.isArray(wrapped[0])) value = wrapped[0];
  if (Array.isArray(value)) return value.map((element) => item(element)).filter((text): text is string => text !== null);
  const text = textOf(value);
  return text === null ? [] : split(text);
}

/** arXiv archives (current and retired), the first half of a category such as `cs.CL` or `hep-th`. */
const ARXIV_ARCHIVES = new Set([
  'cs', 'econ', 'eess', 'math', 'stat', 'q-bio', 'q-fin', 'physics', 'astro-ph', 'cond-mat', 'gr-qc', 'hep-ex',
  'hep-lat', 'hep-ph', 'hep-th', 'math-ph', 'nlin', 'nucl-ex', 'nucl-th', 'quant-ph', 'acc-phys', 'adap-org',
  'alg-geom', 'ao-sci', 'atom-ph', 'bayes-an', 'chao-dyn', 'chem-ph', 'cmp-lg', 'comp-gas', 'dg-ga', 'funct-an',
  'mtrl-th', 'patt-sol', 'plasm-ph', 'q-alg', 'solv-int', 'supr-con',
]);
const ARXIV_CATEGORY = /^([a-z]+(?:-[a-z]+)?)(?:\.(?:[A-Z]{2}|[a-z]+(?:-[a-z]+)*))?$/;

/** `cs.CL`, `eess.SY`, `hep-th`, `cond-mat.stat-mech`: an arXiv archive, optionally with its subject class. */
export function isArxivCategory(label: string): boolean {
  const match = ARXIV_CATEGORY.exec(label);
  return match !== null && ARXIV_ARCHIVES.has(match[1]);
}

/**
 * Subject labels of one record. The arXiv API puts MSC and ACM class strings (`68T50`, `I.2.7`, `F.2.2, I.2.7`)
 * in the same list as the subject categories: when a record has any arXiv category, only its arXiv categories are
 * kept. Otherwise every label is kept except bare numbers and booleans (a 0/1 "label" column is a screening
 * decision, not a subject).
 */
export function cleanCategories(labels: string[]): string[] {
  const kept = uniqueStrings(labels.map(plainText).flatMap(spaceSeparatedArxivCategories)).filter((label) => !/^[-+\d.\s]+$/.test(label) && !/^(?:true|false)$/i.test(label));
  return kept.some(isArxivCategory) ? kept.filter(isArxivCategory) : kept;
}

/** "cs.DS cs.MS" → its categories: arXiv's metadata (the OAI feed, its Kaggle dump) joins them with spaces. */
function spaceSeparatedArxivCategories(label: string): string[] {
  const parts = label.trim().split(/\s+/);
  return parts.length > 1 && parts.every(isArxivCategory) ? parts : [label];
}

/**
 * The date of arXiv's metadata records (its Kaggle dump, in the OAI `arXiv` layout): the first version's `created`
 * ("Mon, 11 Jan 2021 20:31:27 GMT"), the submission the arXiv readers date a paper by; `update_date` is not it.
 */
function firstVersionCreated(record: Record<string, unknown>): unknown {
  const versions = record.versions;
  return Array.isArray(versions) && isObject(versions[0]) ? versions[0].created : undefined;
}

/** A reference given as a string (DOI, arXiv id, OpenAlex id or a citation) or as an object with named keys. */
function referenceOf(value: unknown): ReferenceRecord | null {
  const reference: ReferenceRecord = { ids: {}, text: null, firstAuthor: null, year: null, title: null, source: null };
  if (isObject(value)) {
    const fields = fieldsOf(value);
    // With the record itself, so nested ids count too (a Semantic Scholar reference's `externalIds`).
    const ids = idsOf(fields, value);
    reference.ids = ids;
    reference.title = fields.title ? textOf(fields.title) : null;
    reference.year = parseYear(fields.year) ?? parseDate(fields.date).year;
    reference.source = fields.venue ? textOf(fields.venue) : null;
    const authors = fields.authors === undefined ? [] : listOf(fields.authors, splitAuthorNames, authorName);
    reference.firstAuthor = familyName(authors[0]);
    if (reference.title === null && Object.keys(ids).length === 0) reference.text = textOf(value);
    return reference.title !== null || reference.text !== null || Object.keys(ids).length > 0 ? reference : null;
  }
  const text = textOf(value);
  if (text === null) return null;
  const dimensions = dimensionsReference(text);
  if (dimensions !== null) return dimensions;
  // Web of Science's spreadsheet export (saved as CSV) keeps its cited references in their own layout
  // (`Adibuzzaman M, 2013, APPL COMPUT REV, V13, P67, DOI 10.1145/…`): read as the plain-text export reads them.
  if (looksLikeWosReference(text)) return parseReferenceText(text, 'wos');
  const openalex = /^(?:https:\/\/openalex\.org\/)?W\d+$/i.test(text) ? normaliseOpenAlexId(text) : null;
  // Lens exports list references as Lens IDs only.
  const lens = isLensId(text) ? normaliseLensId(text) : null;
  if (openalex) reference.ids.openalex = openalex;
  else if (lens) reference.ids.lens = lens;
  else {
    addDoi(reference.ids, text);
    if (/arxiv/i.test(text) || /^\d{4}\.\d{4,5}(?:v\d+)?$/.test(text)) setId(reference.ids, 'arxiv', text);
  }
  // A bare identifier is not a citation text; anything longer is kept as written.
  const bare = openalex !== null || lens !== null || normaliseDoi(text) === text.toLowerCase().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/, '');
  reference.text = bare ? null : text;
  return reference;
}

// ---------------------------------------------------------------------------------------------------------------
// Records

type Fields = Partial<Record<TableField, unknown>>;

/**
 * A cell that holds a whole serialised list or object (`[{…}]`, `['a', 'b']`, `{…}`), as a dataframe writes an API's
 * nested values.
 */
const SERIALISED_CELL = /^\s*(?:\[\s*[{'"][\s\S]*[}'"]\s*\]|\{[\s\S]*\})\s*$/;
/** Python literal tokens: a quoted string either way, or True/False/None. */
const PYTHON_TOKEN = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|\b(True|False|None)\b/g;

/**
 * A serialised cell → its value: JSON, else Python's `repr` (`[{'affilname': 'Qatar Central Bank'}]`), which
 * pandas writes for the lists of objects the Scopus Search API and similar APIs return. Python literals are turned
 * into JSON token by token (there is no Python-literal parser among the dependencies, and only strings, numbers,
 * booleans and None occur in such cells). Anything that does not parse stays the text it was.
 */
function serialisedValue(text: string): unknown {
  if (!SERIALISED_CELL.test(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    const json = text.replace(PYTHON_TOKEN, (_token, single?: string, double?: string, literal?: string) => {
      if (literal !== undefined) return literal === 'True' ? 'true' : literal === 'False' ? 'false' : 'null';
      const body = single !== undefined ? single.replace(/\\'/g, "'") : (double as string);
      return JSON.stringify(body.replace(/\\(.)/g, '$1'));
    });
    try {
      return JSON.parse(json);
    } catch {
      return text;
    }
  }
}

/** A record's recognised fields: for each field the non-empty value of its most preferred name. */
function fieldsOf(record: Record<string, unknown>): Fields {
  const chosen: Fields = {};
  const rank: Partial<Record<TableField, number>> = {};
  for (const [key, cell] of Object.entries(record)) {
    const field = tableFieldOf(key);
    if (field === null) continue;
    const value = typeof cell === 'string' ? serialisedValue(cell) : cell;
    if (value === null || value === undefined || (typeof value === 'string' && EMPTY_CELL.test(value.trim()))) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const keyRank = tableFieldRank(key);
    if (rank[field] === undefined || keyRank < (rank[field] as number)) {
      chosen[field] = value;
      rank[field] = keyRank;
    }
  }
  return chosen;
}

/** Identifier columns, plus nested id objects (`ids`, `externalIds`) and a generic `id` when it is a known scheme. */
function idsOf(fields: Fields, record?: Record<string, unknown>): PaperIds {
  const ids: PaperIds = {};
  addDoi(ids, textOf(fields.doi));
  setId(ids, 'arxiv', textOf(fields.arxiv));
  setId(ids, 'pmid', textOf(fields.pmid));
  setPmcid(ids, textOf(fields.pmcid));
  setId(ids, 'openalex', textOf(fields.openalex));
  setId(ids, 'wos', textOf(fields.wos));
  setId(ids, 'scopus', textOf(fields.scopus));
  setId(ids, 'lens', textOf(fields.lens));
  setId(ids, 'dimensions', textOf(fields.dimensions));
  const s2 = textOf(fields.s2);
  if (s2 !== null && /^(?:[0-9a-f]{40}|\d+)$/i.test(s2)) ids.s2 = s2;
  // Key case and separators ignored: the Semantic Scholar Graph API writes `externalIds`, its datasets `externalids`.
  const nestedByName = new Map(Object.entries(record ?? {}).map(([key, value]) => [key.toLowerCase().replace(/[^a-z]/g, ''), value]));
  for (const nestedKey of ['ids', 'externalids', 'identifiers']) {
    const nested = identifierObject(nestedByName.get(nestedKey));
    if (nested === null) continue;
    const inner = idsOf(fieldsOf(nested));
    for (const [kind, id] of Object.entries(inner) as [keyof PaperIds, string][]) ids[kind] ??= id;
  }
  // A link to the paper's arXiv page or its Hugging Face page (whose ids are arXiv's) names it when no column does;
  // a lens.org link is its Lens ID, whichever of a cell's several links it is.
  for (const link of [...linksOf(fields.url), ...linksOf(fields.pdfUrl)]) {
    const page = /(?:arxiv\.org\/(?:abs|pdf)|huggingface\.co\/papers)\/([^?#\s]+)/i.exec(link);
    if (page && ids.arxiv === undefined) setId(ids, 'arxiv', page[1]);
    if (ids.lens === undefined) setId(ids, 'lens', lensIdFromUrl(link));
  }
  addExtraFieldIds(ids, textOf(fields.extra));
  if (ids.doi === undefined) addDoi(ids, openUrlDoi(textOf(fields.openUrl)));
  const id = textOf(fields.id);
  if (id !== null) {
    if (ids.doi === undefined && DOI_VALUE.test(id)) addDoi(ids, id);
    else if (ids.arxiv === undefined && (/arxiv/i.test(id) || /^\d{4}\.\d{4,5}(?:v\d+)?$/.test(id))) setId(ids, 'arxiv', id);
    else if (ids.openalex === undefined && /^(?:https:\/\/openalex\.org\/)?W\d+$/i.test(id)) setId(ids, 'openalex', id);
  }
  return ids;
}

/**
 * Nested identifiers as one object: an object already (`externalIds: {DOI: …}`), or a list of `{type, value}` pairs
 * (Lens.org's and ORCID's `external_ids: [{"type": "doi", "value": …}]`) turned into one.
 */
function identifierObject(value: unknown): Record<string, unknown> | null {
  if (isObject(value)) return value;
  if (!Array.isArray(value)) return null;
  const pairs: Record<string, unknown> = {};
  for (const pair of value) {
    if (isObject(pair) && typeof pair.type === 'string' && typeof pair.value === 'string') pairs[pair.type] ??= pair.value;
  }
  return Object.keys(pairs).length > 0 ? pairs : null;
}

function countOf(value: unknown): number | null {
  const text = textOf(value);
  if (text === null || !/^\d+$/.test(text)) return null;
  return Number(text);
}

/**
 * The http(s) links of a URL cell, in order. A cell may hold several, separated by spaces or "; " (Citavi's `URL`,
 * Zotero's link lists), or one link with text after it: Rayyan's CSV keeps what followed the URL in the RIS it imported
 * ("https://www.embase.com/…&from=export     U2  - L644585435").
 */
function linksOf(value: unknown): string[] {
  const text = textOf(value);
  if (text === null) return [];
  return text.split(/;?\s+/).map((token) => httpUrl(token.replace(/;$/, ''))).filter((link): link is string => link !== null);
}

/**
 * TeX a cell is decoded for: an accent (`Bal\'azs`, `K{\"o}nig`) or a control word inside math (`$\alpha$`). A
 * literal `\n` or a Windows path in a cell is no TeX.
 */
const TEX_COMMAND = /\\['"`^~=.]\s*\{?[a-zA-Z]|\{\\[a-zA-Z'"`^~=.]|\$[^$]*\\[a-zA-Z]+[^$]*\$/;

/**
 * An author name as plain text, its inline TeX decoded when it has a command: arXiv's metadata (its Kaggle dump)
 * writes names as TeX ("C. Bal\'azs"). Dollars alone are prose ("$5 million"), so only a backslash command sends a
 * cell to the TeX decoder. Titles and abstracts of tables are left as written: tables made from the arXiv API keep
 * their math as TeX, and decoding it would change what the keyphrase stage reads of them.
 */
function plainTextOrTex(text: string): string {
  const plain = plainText(text);
  return TEX_COMMAND.test(plain) ? decodeInlineTex([plain])[0] : plain;
}

/** Pure: one record object (a JSON record, or a CSV row keyed by its header) → an entry; null without a title. */
/**
 * Fields a record keeps one level down, in an object about the same paper (`"details": {"abstract": …}` of a scraper's
 * archive): they fill the fields the record lacks. An object naming another title (a venue, a parent work) is not
 * the record's own.
 */
function withNestedFields(record: Record<string, unknown>, fields: Fields): Fields {
  const filled: Fields = { ...fields };
  const title = textOf(fields.title);
  for (const value of Object.values(record)) {
    if (!isObject(value)) continue;
    const nested = fieldsOf(value);
    if (nested.title !== undefined && textOf(nested.title) !== title) continue;
    for (const [field, nestedValue] of Object.entries(nested) as [TableField, unknown][]) filled[field] ??= nestedValue;
  }
  return filled;
}

/**
 * The record's organisation: the first affiliation. IEEE Xplore's `Author Affiliations` joins every author's with
 * "; " and writes "NA" for an unknown one, so the first known one is taken, as the Scopus reader takes the first of
 * its `Affiliations`.
 */
function firstAffiliation(value: unknown): string | null {
  if (typeof value !== 'string') return textOf(value);
  const affiliations = value.split(/\s*[;|]\s*/).map((part) => textOf(part)).filter((part): part is string => part !== null);
  return affiliations[0] ?? null;
}

function abstractOf(abstract: string, title: string): string {
  return abstract.toLowerCase() === title.toLowerCase() ? '' : abstract;
}

/**
 * A date led by its month's name: with its year ("Jun2023", EBSCOhost's CSV; "Oct 2021"), that month; with a day and no
 * year ("JUL 3") or alone ("NOV"), as Web of Science's `Publication Date` is written beside its `Publication Year`
 * column, that day or month of `yearColumn`. Null for anything else, or without a year from either.
 */
function monthNamedDate(text: string | null, yearColumn: number | null): { date: string; year: number } | null {
  const written = text === null ? null : /^(\p{L}{3,9})\.?(?:\s*(\d{4})|\s+(\d{1,2}))?$/u.exec(text.trim());
  const month = written ? monthOfName(written[1]) : null;
  const year = written?.[2] !== undefined ? Number(written[2]) : yearColumn;
  if (!written || month === null || year === null) return null;
  const day = written[3] === undefined ? null : Number(written[3]);
  return { date: formatDate(year, month, day !== null && day >= 1 && day <= 31 ? day : null), year };
}

/**
 * The date of a citation in PubMed's form, "Eur J Med Genet. 2020 Feb;63(2):103640. doi: … Epub 2019 Mar 25." (the
 * journal, a full stop, the date): 2020-02. A citation of any other form gives none.
 */
function citationDate(citation: string | null): { date: string | null; year: number | null } {
  const issued = citation === null ? null : /^[^.]+(?:\.[^.\s][^.]*)*\.\s+(\d{4}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)\s*[;:.]/.exec(citation);
  return issued ? medlineDate(issued[1]) : { date: null, year: null };
}

/** A day written before its month's name and year, "14 Mar 2024" (Embase's `Date of Publication`): that day. */
function dayMonthYearDate(text: string | null): { date: string; year: number } | null {
  const written = text === null ? null : parseWrittenDateLine(text);
  return written && written.year !== null ? { date: formatDate(written.year, written.month, written.day), year: written.year } : null;
}

export function tableRecordToListing(record: Record<string, unknown>, source: string, line: number): RawListing | null {
  const fields = withNestedFields(record, fieldsOf(record));
  const title = textOf(fields.title);
  if (title === null || plainText(title) === '') return null;
  let authors = fields.authors === undefined ? [] : listOf(fields.authors, splitAuthorNames, authorName).map(plainTextOrTex);
  if (authors.length === 1 && (/\p{Ll}\p{Lu}/u.test(authors[0]) || HONORIFICS.test(authors[0])) && namesRunTogether(record)) {
    authors = splitRunTogetherNames(authors[0]);
  }
  const yearColumn = parseYear(textOf(fields.year) ?? undefined);
  const written =
    monthNamedDate(textOf(fields.date), yearColumn) ?? dayMonthYearDate(textOf(fields.date)) ?? parseDate(fields.date ?? firstVersionCreated(record));
  const dated = written.year === null ? citationDate(textOf(fields.citation)) : written;
  const rawVenue = textOf(fields.venue);
  const cited = rawVenue === null ? null : venueAndYearOf(plainText(rawVenue));
  const year = yearColumn ?? dated.year ?? cited?.year ?? null;
  // A lone number under a references name is a count ("Cites" in Publish or Perish's CSV), not a list.
  const references = Array.isArray(fields.references)
    ? fields.references.map(referenceOf)
    : /^\s*\d+\s*$/.test(textOf(fields.references) ?? '')
      ? []
      : listOf(fields.references, splitReferences).map(referenceOf);
  const type = textOf(fields.type);
  const organisation = firstAffiliation(fields.organisation) ?? firstAuthorAffiliation(fields.authors);
  const indexTerms = uniqueStrings(listOf(fields.indexTerms, splitTerms).map(plainText));
  return {
    ...emptyBibFields(),
    // dblp's search API (its records' links are dblp.org/rec pages) closes titles with a full stop, as its XML does.
    title: /^https?:\/\/dblp\.org\/rec\//.test(textOf(fields.url) ?? '') ? withoutDblpFullStop(plainText(title)) : plainText(title),
    // A scraper that found no abstract may have written the title in its place: that is no abstract.
    abstract: abstractOf(dropDatabaseNote(dropAbstractLabel(plainText(textOf(fields.abstract) ?? ''))), plainText(title)),
    ids: idsOf(fields, record),
    authors,
    authorsCount: authors.length > 0 ? authors.length : countOf(fields.authorsCount),
    venue: cited?.venue ?? null,
    // A date column that disagrees with the year column is not this record's date.
    date: dated.year !== null && year !== null && dated.year !== year ? null : dated.date,
    year,
    keywords: uniqueStrings(listOf(fields.keywords, splitTerms).map(plainText)),
    ...(indexTerms.length > 0 ? { indexTerms } : {}),
    url: linksOf(fields.url)[0] ?? linksOf(fields.pdfUrl)[0] ?? null,
    categories: cleanCategories(listOf(fields.categories, splitTerms)),
    organisation: organisation === null ? null : plainText(organisation),
    upvotes: countOf(fields.upvotes),
    type: type === null ? null : plainText(type).toLowerCase(),
    references: references.filter((reference): reference is ReferenceRecord => reference !== null),
    source,
    line,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// JSON tables

/** The record array of a table document: the root array, or the array of records inside a wrapper object. */
function tableRecords(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [];
  if (classifyJson([data]).format === 'table') return [data];
  return findTableRecords(data);
}

/** Pure: records of a loaded JSON document → entries; records without a title are warnings with their line. */
export function readTableJson(doc: JsonDocument, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const records = tableRecords(doc.data);
  records.forEach((record, index) => {
    const line = doc.lineOf(record) ?? doc.lineOfElement(records, index) ?? 1;
    if (record === null) {
      // Batch APIs (Semantic Scholar's `POST /paper/batch`) answer `null` in the place of an id they do not know.
      warnings.push({ file, line, reason: `record #${index + 1} is null: the API found no paper for the id asked in that place; skipped` });
      return;
    }
    if (!isObject(record)) {
      warnings.push({ file, line, reason: `record #${index + 1} is ${describeNonRecord(record)}, not a record object; skipped` });
      return;
    }
    const entry = tableRecordToListing(unwrapTableRecord(record), source, line);
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `record #${index + 1} has no title; skipped` });
  });
  return { entries, warnings };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV / TSV

const DELIMITERS = ['\t', ',', ';', '|'] as const;

/** The header's delimiter: the candidate that occurs most in the first line (tabs win ties: TSV titles hold commas). */
function guessDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

interface TableHeader {
  cells: string[];
  delimiter: string;
  /** Offset of the header line: exports such as Dimensions put a line or two of notes above it. */
  offset: number;
}

/** Lines above the header that a table may start with (an export note, a blank line). */
const MAX_PREAMBLE_LINES = 4;

function headerOf(line: string): { cells: string[]; delimiter: string } {
  const delimiter = guessDelimiter(line);
  const parsed = Papa.parse<string[]>(line, { delimiter });
  return { cells: (parsed.data[0] ?? []).map((cell) => cell.trim()), delimiter };
}

/**
 * A header of short names with a title-like one (a single column only when it is "title" itself). Scopus CSV
 * (EID + Source title) belongs to the Scopus reader and is left to it.
 */
function isHeaderRow(cells: string[]): boolean {
  if (cells.length === 0 || cells.some((cell) => cell.length > 80)) return false;
  const names = cells.map(normaliseColumnName);
  if (names.filter((name) => name === '').length > 1) return false;
  if (names.includes('eid') && names.includes('sourcetitle')) return false;
  return cells.some((cell) => tableFieldOf(cell) === 'title') && (cells.length > 1 || /^\s*"?title"?\s*$/i.test(cells[0]));
}

/** The header row among the first lines, or null when there is none. */
function findHeader(text: string): TableHeader | null {
  let offset = 0;
  for (let index = 0; index <= MAX_PREAMBLE_LINES && offset < text.length; index++) {
    const end = text.indexOf('\n', offset);
    const line = text.slice(offset, end === -1 ? undefined : end).replace(/\r$/, '');
    if (line.trim() !== '') {
      const header = headerOf(line);
      if (isHeaderRow(header.cells)) return { ...header, offset };
    }
    if (end === -1) break;
    offset = end + 1;
  }
  return null;
}

/** Whether a text is a table this reader should claim: one of its first lines is a header with a title column. */
export function isTableHeader(text: string): boolean {
  return findHeader(text.replace(/^\uFEFF/, '')) !== null;
}

/** Pure: a CSV or TSV text with a header row → entries, each with the line its row starts on. */
export function parseDelimitedTable(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const body = text.replace(/^\uFEFF/, '');
  const header = findHeader(body);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  if (!header) return { entries, warnings: [{ file, line: 1, reason: 'no header row with a title column in the first lines; skipped' }] };
  const lines = new LineIndex(body);
  let columns: string[] | null = null;
  const numericDates: (NumericDate & { entry: RawListing })[] = [];
  let previousEnd = header.offset;
  let row = 0;
  Papa.parse<string[]>(body.slice(header.offset), {
    delimiter: header.delimiter,
    step: (result) => {
      const start = body.slice(previousEnd).search(/[^\r\n]/);
      const line = lines.line(start === -1 ? previousEnd : previousEnd + start);
      previousEnd = header.offset + result.meta.cursor;
      const cells = result.data;
      for (const error of result.errors) {
        warnings.push({ file, line, reason: `table row at line ${line}: ${error.message.toLowerCase()}` });
      }
      if (columns === null) {
        columns = cells.map((cell) => cell.trim());
        return;
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      // Exports joined into one file repeat the header row (BOM and all): skipped, not read as a record titled "Title".
      const current = columns;
      if (cells.length === current.length && cells.every((cell, index) => cell.replace(/^\uFEFF/, '').trim() === current[index])) return;
      row++;
      if (cells.length > columns.length) {
        warnings.push({ file, line, reason: `row ${row} has ${cells.length} cells but the header names ${columns.length}; the extra cells are ignored` });
      }
      const record: Record<string, unknown> = {};
      // A cell written as a spreadsheet formula of text, `="19326203"`, `="Jun2023"` (EBSCOhost, so that Excel keeps
      // ISSNs and dates as written), is that text.
      columns.forEach((column, index) => {
        if (cells[index] !== undefined) record[column] = cells[index].replace(/^\s*="([^"]*)"\s*$/, '$1');
      });
      const unwrapped = unwrapTableRecord(record);
      const entry = tableRecordToListing(unwrapped, source, line);
      if (entry) {
        entries.push(entry);
        const numeric = numericDateOf(textOf(fieldsOf(unwrapped).date));
        if (numeric !== null && numeric.year === entry.year) numericDates.push({ entry, ...numeric });
      } else warnings.push({ file, line, reason: `row ${row} has no title; skipped` });
    },
  });
  dateNumericDates(numericDates);
  return { entries, warnings };
}

/** A date written with numbers only, "4/3/2024": which is the month is not in the cell itself. */
interface NumericDate {
  first: number;
  second: number;
  year: number;
}

function numericDateOf(text: string | null): NumericDate | null {
  const parts = text === null ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return parts ? { first: Number(parts[1]), second: Number(parts[2]), year: Number(parts[3]) } : null;
}

/**
 * Dates of a file's numeric cells ("4/3/2024", EBSCOhost's CSV), in the order the file's own unambiguous cells show:
 * "1/24/2024" puts the month first (US), "24/1/2024" the day. A file whose cells never tell (every part 12 or less),
 * or tell both, keeps only the years.
 */
function dateNumericDates(dates: (NumericDate & { entry: RawListing })[]): void {
  const monthFirst = dates.some((date) => date.second > 12 && date.first <= 12);
  const dayFirst = dates.some((date) => date.first > 12 && date.second <= 12);
  if (monthFirst === dayFirst) return;
  for (const { entry, first, second, year } of dates) {
    const [month, day] = monthFirst ? [first, second] : [second, first];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) entry.date = formatDate(year, month, day);
  }
}

export const tableReader: JsonSourceReader = {
  format: 'table',
  detect: (text) => (looksLikeJson(text) ? isJsonOfFormat(text, 'table') : isTableHeader(text)),
  read(text, file) {
    return looksLikeJson(text) ? readJsonFile(text, file, readTableJson) : parseDelimitedTable(text, file);
  },
  readJson: readTableJson,
};
