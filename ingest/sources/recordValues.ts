// Value helpers shared by the JSON and table readers: dates, years, author names, identifiers hidden in DOIs.
import { normaliseArxivId, setId, type PaperIds } from '../../src/shared/record';

const PAD = (n: number) => String(n).padStart(2, '0');

/**
 * The record's date from its parts (every reader writes it this way): `YYYY-MM-DD`, `YYYY-MM`, or `YYYY` when only the
 * year is known; a month or day out of range is dropped with what follows it.
 */
export function formatDate(year: number, month: number | null, day: number | null): string {
  if (month === null || !Number.isInteger(month) || month < 1 || month > 12) return String(year);
  if (day === null || !Number.isInteger(day) || day < 1 || day > 31) return `${year}-${PAD(month)}`;
  return `${year}-${PAD(month)}-${PAD(day)}`;
}

/** A plausible publication year (papers and the books they cite). */
export function plausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1000 && year <= 2200;
}

/**
 * A date as written (`2025-10-13T17:59:55.000Z`, `2021-10`, `2021/10/08`, `2021`, `Oct 2021`) → the record's forms:
 * `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (see formatDate), plus the year. A year found loosely inside other text ("Oct 2021",
 * "Spring 2021") gives only the year.
 */
export function parseDate(value: unknown): { date: string | null; year: number | null } {
  if (typeof value === 'number') return plausibleYear(value) ? { date: String(value), year: value } : { date: null, year: null };
  if (typeof value !== 'string') return { date: null, year: null };
  const text = value.trim();
  const iso = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?:$|[T\s])/.exec(text);
  if (iso) {
    const year = Number(iso[1]);
    if (!plausibleYear(year)) return { date: null, year: null };
    const month = iso[2] === undefined ? null : Number(iso[2]);
    const day = iso[3] === undefined ? null : Number(iso[3]);
    return { date: formatDate(year, month, day), year };
  }
  const loose = /\b(1[0-9]\d\d|2[01]\d\d)\b/.exec(text);
  return { date: null, year: loose ? Number(loose[1]) : null };
}

/** `[[2021, 10, 8]]` (Crossref and CSL `date-parts`) → `2021-10-08` and 2021. */
export function parseDateParts(parts: unknown): { date: string | null; year: number | null } {
  const first = Array.isArray(parts) && Array.isArray(parts[0]) ? (parts[0] as unknown[]) : null;
  if (!first || first.length === 0) return { date: null, year: null };
  const [year, month, day] = first.map((part) => (part === null || part === undefined || part === '' ? NaN : Number(part)));
  if (!plausibleYear(year)) return { date: null, year: null };
  return { date: formatDate(year, month, day), year };
}

/** A year written as `2005`, `"2005"`, `"2005a"` (disambiguated citation years) → 2005. */
export function parseYear(value: unknown): number | null {
  if (typeof value === 'number') return plausibleYear(value) ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d{4})[a-z]?\s*$/.exec(value) ?? /\b(1[0-9]\d\d|2[01]\d\d)\b/.exec(value);
  return match && plausibleYear(Number(match[1])) ? Number(match[1]) : null;
}

/**
 * Family name of an author as a reference writes it: "Alter S" → "Alter", "Smith, John" → "Smith",
 * "van der Berg JP" → "van der Berg", "John Smith" → "Smith". Null for empty input.
 */
export function familyName(author: string | null | undefined): string | null {
  if (typeof author !== 'string') return null;
  const name = author.trim().replace(/\s+/g, ' ');
  if (name === '') return null;
  if (name.includes(',')) return name.split(',')[0].trim() || null;
  // "Family Initials": initials are one to three capitals, possibly dotted ("S", "MR", "J.-P.").
  const initials = /^(.+?)\s+(?:\p{Lu}\.?-?){1,3}\.?$/u.exec(name);
  if (initials) return initials[1];
  const words = name.split(' ');
  return words[words.length - 1];
}

/** DOIs that are arXiv's own (`10.48550/arXiv.2401.01234`) also give the arXiv id. */
export function addDoi(ids: PaperIds, raw: unknown): PaperIds {
  if (typeof raw !== 'string') return ids;
  setId(ids, 'doi', raw);
  const arxiv = /10\.48550\/arxiv\.(\S+)/i.exec(ids.doi ?? '');
  if (arxiv && ids.arxiv === undefined) {
    const id = normaliseArxivId(arxiv[1]);
    if (id) ids.arxiv = id;
  }
  return ids;
}

/** Drop empty strings and repeats, keeping the first spelling and the order. */
export function uniqueStrings(values: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const text = value.trim();
    const key = text.toLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** Whether a string is an http(s) URL worth keeping as a landing page. */
export function httpUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null;
}

/**
 * A PMCID as written, also as OpenAlex writes it: a PMC article link without the `PMC` prefix
 * (`https://www.ncbi.nlm.nih.gov/pmc/articles/5815332`), which the shared normaliser does not take for a PMCID.
 */
export function setPmcid(ids: PaperIds, raw: string | null | undefined): PaperIds {
  const link = raw ? /\/pmc\/articles\/(?:PMC)?(\d+)\/?$/i.exec(raw.trim()) : null;
  return setId(ids, 'pmcid', link ? `PMC${link[1]}` : raw);
}

/**
 * The PMID of a link to the article's PubMed record (`https://pubmed.ncbi.nlm.nih.gov/30144191/`, the older
 * `https://www.ncbi.nlm.nih.gov/pubmed/30144191`) or its Europe PMC page of a MEDLINE record
 * (`https://europepmc.org/article/MED/30144191`); null for any other link. Reference managers that gather a record's
 * links from several sources (Mendeley's, Citavi's and Zotero's records of Lens.org searches) list them.
 */
export function pmidFromUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const match = /^https?:\/\/(?:(?:www\.)?ncbi\.nlm\.nih\.gov\/pubmed\/|pubmed\.ncbi\.nlm\.nih\.gov\/|(?:www\.)?europepmc\.org\/(?:abstract|article)\/MED\/)(\d{1,9})\/?$/i.exec(url.trim());
  return match ? match[1] : null;
}

/**
 * Identifiers Zotero keeps in an item's Extra field, one `Key: value` line each (`PMID: 33139897`,
 * `PMCID: PMC7891234`, `arXiv: 2101.00001`); its CSV export writes that field as `Extra`, its CSL-JSON as `note`.
 * Only these line-leading keys count: the field is free text otherwise.
 */
export function addExtraFieldIds(ids: PaperIds, extra: string | null | undefined): PaperIds {
  if (typeof extra !== 'string' || !extra.includes(':')) return ids;
  for (const line of extra.split(/\r?\n/)) {
    const field = /^\s*(PMID|PMCID|arXiv)\s*:\s*(\S+)/i.exec(line);
    if (!field) continue;
    const kind = field[1].toLowerCase() as 'pmid' | 'pmcid' | 'arxiv';
    if (ids[kind] === undefined) setId(ids, kind, field[2]);
  }
  return ids;
}
