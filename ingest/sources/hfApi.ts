// Hugging Face papers API reader (format `hf-api`): `/api/daily_papers` items `{paper, title, summary, …}` in the
// older and newer field sets, and bare paper objects (`/api/papers/{id}`), as an array or JSON Lines.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult } from '../types';
import { classifyJson, findRecordList } from './detect';
import { isJsonOfFormat, readJsonFile, type JsonSourceReader } from './jsonReader';
import { isObject, type JsonDocument } from './jsonRecords';
import { plainText } from './markup';
import { parseDate } from './recordValues';
import { sourceName } from './text';

type Json = Record<string, unknown>;

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? plainText(value) : null;
}

function count(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  // An archive that stored the API's numbers as text ("56", "1,234" with a thousands separator) still means the count.
  return typeof value === 'string' && /^\s*(?:\d{1,3}(?:,\d{3})+|\d+)\s*$/.test(value) ? Number(value.replace(/[,\s]/g, '')) : null;
}

/** An organisation object: its full name ("Amazon Web Services") before its handle ("AWS"). */
function organisationName(value: unknown): string | null {
  return isObject(value) ? (str(value.fullname) ?? str(value.name)) : null;
}

/**
 * Pure: one API item → an entry, or null without a title. The paper's own fields win over the item's copies
 * (`paper.summary` over `summary`, `paper.publishedAt` — arXiv's time — over the item's). `ai_keywords` and
 * `ai_summary` are written by Hugging Face's model, not by the authors, so they are not the record's keywords or
 * abstract (the record's `keywords` are author-supplied by definition, and concepts are extracted from the abstract
 * by this pipeline already); `githubRepo` and `projectPage` have no place in the record either.
 */
export function hfItemToListing(item: Json, source: string, line: number): RawListing | null {
  const paper = isObject(item.paper) ? item.paper : item;
  const title = str(paper.title) ?? str(item.title);
  if (title === null) return null;
  const ids = {};
  setId(ids, 'arxiv', str(paper.id));
  const authors = (Array.isArray(paper.authors) ? paper.authors : [])
    .map((author) => (isObject(author) ? str(author.name) : str(author)))
    .filter((name): name is string => name !== null);
  const { date, year } = parseDate(str(paper.publishedAt) ?? str(item.publishedAt));
  const id = str(paper.id);
  return {
    ...emptyBibFields(),
    title,
    abstract: str(paper.summary) ?? str(item.summary) ?? '',
    ids,
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    date,
    year,
    url: id !== null ? `https://huggingface.co/papers/${encodeURIComponent(id)}` : null,
    organisation: organisationName(item.organization) ?? organisationName(paper.organization),
    upvotes: count(paper.upvotes) ?? count(item.upvotes),
    source,
    line,
  };
}

/** Pure: a loaded API document (array, JSON Lines or one item) → entries; an item without a title is a warning. */
export function readHfApiJson(doc: JsonDocument, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  // The API's array, one item, or the list a wrapper object holds (a mirror's `{"date", "papers": [...]}`).
  const wrapped = isObject(doc.data) && classifyJson([doc.data]).format !== 'hf-api' ? findRecordList(doc.data, 'hf-api') : null;
  const items = Array.isArray(doc.data) ? doc.data : wrapped !== null && wrapped.length > 0 ? wrapped : [doc.data];
  items.forEach((item, index) => {
    const line = doc.lineOf(item) ?? 1;
    const entry = isObject(item) ? hfItemToListing(item, source, line) : null;
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `Hugging Face paper #${index + 1} has no title; skipped` });
  });
  return { entries, warnings };
}

/** Pure: Hugging Face papers API JSON text → entries. */
export function parseHfApi(text: string, file: string): ReadResult {
  return readJsonFile(text, file, readHfApiJson);
}

export const hfApiReader: JsonSourceReader = {
  format: 'hf-api',
  detect: (text) => isJsonOfFormat(text, 'hf-api'),
  read: parseHfApi,
  readJson: readHfApiJson,
};
