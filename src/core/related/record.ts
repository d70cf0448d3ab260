// A paper's or cited reference's bibliographic record as the panel shows it, read defensively from node attributes.
import { identifierLinks, ID_KINDS, PROVENANCE_FIELDS, type IdKind, type PaperIds } from '../../shared';

export { ID_LABELS } from '../../shared';

/** One identifier with the page a researcher can open for it (null when the scheme has no public landing page). */
export interface IdentifierLink {
  kind: IdKind;
  id: string;
  href: string | null;
}

export interface PaperRecordView {
  ids: IdentifierLink[];
  authors: string[];
  /** Author count when the file gives no names (listing pages only show "N authors"). */
  authorsCount: number | null;
  venue: string | null;
  date: string | null;
  year: number | null;
  /** How the year was inferred when the record does not print it; null when the year is the record's own. */
  yearInferred: string | null;
  type: string | null;
  keywords: string[];
  categories: string[];
  introducedMethods: string[];
  /** Landing page, only when it is an http(s) URL. */
  url: string | null;
  referenceCount: number | null;
  referencesOutside: number | null;
  /** Which source files gave which field, in PROVENANCE_FIELDS order; fields with no valid file list are left out. */
  provenance: { field: string; files: string[] }[];
}

export interface ReferenceRecordView {
  ids: IdentifierLink[];
  text: string | null;
  title: string | null;
  firstAuthor: string | null;
  year: number | null;
  source: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];

/** Only http(s) links leave the app: a file is data, and a `javascript:` or `data:` URL in it must not become a link. */
export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Identifiers of a node as links; ids that are not strings (a hand-edited or foreign file) are left out. */
export function readIdentifierLinks(value: unknown): IdentifierLink[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const source = value as Record<string, unknown>;
  const ids: PaperIds = {};
  for (const kind of ID_KINDS) {
    const id = text(source[kind]);
    if (id) ids[kind] = id.trim();
  }
  return identifierLinks(ids).map((link) => ({ kind: link.kind, id: link.id, href: safeHref(link.url) }));
}

export function readPaperRecord(attrs: Record<string, unknown>): PaperRecordView {
  return {
    ids: readIdentifierLinks(attrs.ids),
    authors: texts(attrs.authors),
    authorsCount: count(attrs.authorsCount),
    venue: text(attrs.venue),
    date: text(attrs.date),
    year: count(attrs.year),
    yearInferred: text(attrs.yearInferred),
    type: text(attrs.type),
    keywords: texts(attrs.keywords),
    categories: texts(attrs.categories),
    introducedMethods: texts(attrs.introducedMethods),
    url: safeHref(text(attrs.url)),
    referenceCount: count(attrs.referenceCount),
    referencesOutside: count(attrs.referencesOutside),
    provenance: readProvenance(attrs.provenance),
  };
}

function readProvenance(value: unknown): { field: string; files: string[] }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const source = value as Record<string, unknown>;
  return PROVENANCE_FIELDS.map((field) => ({ field: field as string, files: texts(source[field]) })).filter((row) => row.files.length > 0);
}

export function readReferenceRecord(attrs: Record<string, unknown>): ReferenceRecordView {
  return {
    ids: readIdentifierLinks(attrs.ids),
    text: text(attrs.text),
    title: text(attrs.title),
    firstAuthor: text(attrs.firstAuthor),
    year: count(attrs.year),
    source: text(attrs.source),
  };
}

/** `--MM-DD` is ISO for "month-day, year unknown": say so rather than show the bare dashes. */
export function formatRecordDate(date: string | null, year: number | null): string | null {
  if (date) return date.startsWith('--') ? `${date.slice(2)} (year unknown)` : date;
  return year !== null ? String(year) : null;
}
