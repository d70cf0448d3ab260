// ORCID public API JSON reader (format `orcid`): a researcher's works as `pub.orcid.org/v3.0/{orcid}/works` answers
// them (`{"group": [{"external-ids", "work-summary": [...]}]}`), the full works of `/works/{put-codes}` (`{"bulk":
// [{"work": {...}}]}`), one `/work/{put-code}`, or a whole `/record` (`activities-summary.works.group`). Values are
// wrapped as ORCID writes them: `title.title.value`, `journal-title.value`, `publication-date.year.value`.
import { normaliseTitle } from '../../src/shared/keys';
import { emptyBibFields, setId, type IdKind, type PaperIds } from '../../src/shared/record';
import type { RawListing } from '../types';
import { parseBibtex } from './bibtex';
import { findRecordList, isOrcidRecord } from './detect';
import { jsonRecordReader, type JsonRecordFormat, type JsonSourceReader } from './jsonReader';
import { isObject } from './jsonRecords';
import { formatDate } from './recordValues';

type Json = Record<string, unknown>;

/** ORCID's `{"value": "…"}` wrapper, or a plain string, as trimmed text. */
function valueOf(wrapped: unknown): string | null {
  const value = isObject(wrapped) ? wrapped.value : wrapped;
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** ORCID's external-id types for the identifiers a record keeps (`eid` is Scopus's, `wosuid` Web of Science's). */
const ID_TYPES: Record<string, IdKind> = { doi: 'doi', arxiv: 'arxiv', pmid: 'pmid', pmc: 'pmcid', eid: 'scopus', wosuid: 'wos' };

/**
 * The work's own identifiers: `external-ids` whose relationship is `self` (a `part-of` ISSN or ISBN names the journal
 * or book it appeared in, a `version-of` DOI another version of it).
 */
function addIds(ids: PaperIds, externalIds: unknown): void {
  const list = isObject(externalIds) && Array.isArray(externalIds['external-id']) ? externalIds['external-id'] : [];
  for (const id of list) {
    if (!isObject(id)) continue;
    const type = typeof id['external-id-type'] === 'string' ? ID_TYPES[id['external-id-type'].toLowerCase()] : undefined;
    const relationship = typeof id['external-id-relationship'] === 'string' ? id['external-id-relationship'].toLowerCase() : 'self';
    if (type === undefined || relationship !== 'self' || ids[type] !== undefined) continue;
    const value = valueOf(id['external-id-value']) ?? valueOf(id['external-id-normalized']);
    if (type === 'wos' && value !== null) setId(ids, 'wos', value);
    else setId(ids, type, value);
  }
}

/** `{"year": {"value": "2021"}, "month": {"value": "03"}, "day": …}` → `2021-03-15` and 2021. */
function dateOf(publicationDate: unknown): { date: string | null; year: number | null } {
  if (!isObject(publicationDate)) return { date: null, year: null };
  const [year, month, day] = ['year', 'month', 'day'].map((part) => Number(valueOf(publicationDate[part]) ?? NaN));
  if (!Number.isInteger(year) || year < 1000) return { date: null, year: null };
  return { date: formatDate(year, month, day), year };
}

/** Authors among the contributors (`credit-name`), leaving out editors, translators and other roles. */
function contributorsOf(work: Json): string[] {
  const list = isObject(work.contributors) && Array.isArray(work.contributors.contributor) ? work.contributors.contributor : [];
  const names: string[] = [];
  for (const contributor of list) {
    if (!isObject(contributor)) continue;
    const attributes = isObject(contributor['contributor-attributes']) ? contributor['contributor-attributes'] : {};
    const role = typeof attributes['contributor-role'] === 'string' ? attributes['contributor-role'].toLowerCase() : 'author';
    const name = valueOf(contributor['credit-name']);
    if (name !== null && /author$/.test(role)) names.push(name);
  }
  return names;
}

/**
 * The BibTeX citation deposited with the work (Crossref's, on works it added; the researcher's own), read as BibTeX for
 * what the work's own fields leave out, only when it cites the same title: some are no BibTeX at all (an HTML redirect
 * page), and researchers paste the citation of another of their papers.
 */
function citationOf(work: Json, title: string): RawListing | null {
  const citation = isObject(work.citation) ? work.citation : null;
  if (!citation || String(citation['citation-type']).toLowerCase() !== 'bibtex' || typeof citation['citation-value'] !== 'string') return null;
  const entry = parseBibtex(citation['citation-value'], 'citation.bib').entries[0];
  return entry && normaliseTitle(entry.title) === normaliseTitle(title) ? entry : null;
}

/** Pure: a group, bulk item or work → an entry, or null without a title. */
function recordToListing(record: Json, source: string, line: number): RawListing | null {
  // A group holds the same work as each source claimed it; ORCID lists the one the researcher prefers first.
  const summaries = Array.isArray(record['work-summary']) ? record['work-summary'].filter(isObject) : [];
  const work = summaries[0] ?? (isObject(record.work) ? record.work : record);
  const titles = isObject(work.title) ? work.title : {};
  const main = valueOf(titles.title);
  if (!main) return null;
  const subtitle = valueOf(titles.subtitle);
  const ids: PaperIds = {};
  addIds(ids, work['external-ids']);
  addIds(ids, record['external-ids']);
  const citation = citationOf(work, main);
  const contributors = contributorsOf(work);
  const authors = contributors.length > 0 ? contributors : citation?.authors ?? [];
  const date = dateOf(work['publication-date']);
  const type = typeof work.type === 'string' ? work.type.toLowerCase().replace(/_/g, '-') : null;
  return {
    ...emptyBibFields(),
    title: subtitle && !main.includes(subtitle) ? `${main}: ${subtitle}` : main,
    abstract: valueOf(work['short-description']) ?? citation?.abstract ?? '',
    ids: { ...citation?.ids, ...ids },
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: valueOf(work['journal-title']) ?? citation?.venue ?? null,
    ...(date.year !== null ? date : { date: citation?.date ?? null, year: citation?.year ?? null }),
    url: valueOf(work.url) ?? citation?.url ?? null,
    type,
    source,
    line,
  };
}

/** The records of a document: a list, one record, or the list a `/works`, `/works/{put-codes}` or `/record` answer wraps. */
function recordsOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (!isObject(data)) return [];
  if (isOrcidRecord(data)) return [data];
  return findRecordList(data, 'orcid');
}

const FORMAT: JsonRecordFormat = { format: 'orcid', recordName: 'ORCID work', missing: 'title', recordsOf, toListing: recordToListing };

export const orcidJsonReader: JsonSourceReader = jsonRecordReader(FORMAT);

export const parseOrcidJson = orcidJsonReader.read;
