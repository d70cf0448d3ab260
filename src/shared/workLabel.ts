// A readable name for a work its file gave no title: an outside work known only by an identifier ("openalex:W2158…"),
// a record kept under its identifier. Its first author, year and venue when known, else "Untitled work (DOI …)".
// Plain text: React writes it as text, never as HTML. parseGraph gives it to every paper and outside work as its
// `label` when a file is opened, so the map, search and lists show what the panels show.
import { ID_KINDS, ID_LABELS, type IdKind } from './record';

/** A label that is only an identifier key, as the ingest names a work it knows by nothing else (`doi:10.1/x`). */
const ID_KEY = new RegExp(`^(?:${ID_KINDS.join('|')}):\\S+$`);
/** The ingest's own placeholder for a record without a title ("Untitled work (openalex W2963341956)"). */
const UNTITLED = /^Untitled work\b/;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The first identifier in ID_KINDS order, as the panel's identifier links name it: "DOI 10.1/x". */
function firstIdentifier(ids: unknown): string | null {
  if (!ids || typeof ids !== 'object') return null;
  for (const kind of ID_KINDS) {
    const value = text((ids as Partial<Record<IdKind, unknown>>)[kind]);
    if (value) return `${ID_LABELS[kind]} ${value}`;
  }
  return null;
}

/** The first author as the file names them, "et al." when there are more (a paper's `authors`, a reference's `firstAuthor`). */
function firstAuthorOf(attrs: Record<string, unknown>): string | null {
  const named = text(attrs.firstAuthor);
  if (named) return named;
  const authors = Array.isArray(attrs.authors) ? attrs.authors.filter((a): a is string => text(a) !== null) : [];
  if (authors.length === 0) return null;
  const count = typeof attrs.authorsCount === 'number' ? Math.max(attrs.authorsCount, authors.length) : authors.length;
  return count > 1 ? `${authors[0].trim()} et al.` : authors[0].trim();
}

/**
 * The label to show for a node in panels and lists: its own label, unless that is only an identifier (or the
 * ingest's "Untitled work" placeholder) for a paper or outside work without a title; then first author, year and
 * venue ("Devlin et al., 2019, NAACL"), or "Untitled work (DOI 10.…)" when the work is known by its identifier alone.
 */
export function readableLabel(attrs: Record<string, unknown>, key: string): string {
  const label = text(attrs.label) ?? '';
  const kind = attrs.kind;
  if (kind !== 'paper' && kind !== 'reference') return label || key;
  const bare = label === '' || label === key || ID_KEY.test(label) || UNTITLED.test(label);
  if (!bare) return label;
  const title = text(attrs.title);
  if (title) return title;
  const year = typeof attrs.year === 'number' && Number.isFinite(attrs.year) ? String(attrs.year) : null;
  const parts = [firstAuthorOf(attrs), year, text(attrs.source) ?? text(attrs.venue)].filter((part): part is string => part !== null);
  if (parts.length > 0) return parts.join(', ');
  const id = firstIdentifier(attrs.ids);
  return id ? `Untitled work (${id})` : 'Untitled work';
}
