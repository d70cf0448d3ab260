// Search index over paper titles and authors, concepts, methods, domains and cited works (MiniSearch: prefix + fuzzy
// matching, BM25 ranking), plus exact identifier look-up (a pasted DOI or arXiv id).
import MiniSearch from 'minisearch';
import type { PaperGraph } from '../../shared';
import { ID_LABELS } from '../related/record';
import { findByIdentifier, type IdentifierIndex } from './identifiers';
import type { SearchEntry, SearchSuggestion } from './types';

export * from './types';
export * from './identifiers';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string' && x !== '') : [];

export type SearchIndex = MiniSearch<SearchEntry>;

export function toSearchEntries(graph: PaperGraph): SearchEntry[] {
  return graph.mapNodes((key, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    // A cited work outside the collection is found by its title, first author and reference string too.
    const aliases = [
      ...strings(a.aliases),
      ...[a.acronym, a.kind === 'reference' ? a.title : null, a.kind === 'reference' ? a.text : null].filter((x): x is string => typeof x === 'string' && x !== ''),
    ].join(' ');
    const authors = [...strings(a.authors), ...(a.kind === 'reference' && typeof a.firstAuthor === 'string' ? [a.firstAuthor] : [])];
    return { id: key, label: String(attrs.label ?? key), kind: String(attrs.kind ?? 'other'), aliases, authors: authors.join('; ') };
  });
}

export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const index = new MiniSearch<SearchEntry>({
    fields: ['label', 'aliases', 'authors'],
    storeFields: ['label', 'kind', 'authors'],
    searchOptions: { boost: { label: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(entries);
  return index;
}

/** The authors of a suggestion that a matched term comes from, so "vaswani" shows who it found. */
function matchedAuthors(authors: string, terms: string[]): string | null {
  if (!authors) return null;
  const names = authors.split('; ').filter((name) => terms.some((t) => name.toLowerCase().includes(t)));
  if (names.length === 0) return null;
  return `by ${names.slice(0, 3).join('; ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
}

/**
 * Best matches first; when the query is an identifier of a node (DOI, arXiv id…, found in `ids`), only those nodes; else an
 * exact (case-insensitive) label match or a label that starts with the query, so typing a full title and pressing
 * Enter picks that paper, not a longer one sharing its words.
 */
export function searchNodes(index: SearchIndex, query: string, limit = 10, ids: IdentifierIndex | null = null): SearchSuggestion[] {
  const q = query.trim();
  if (q === '') return [];
  const lower = q.toLowerCase();
  const exact: SearchSuggestion[] = (ids ? findByIdentifier(ids, q) : []).map((hit) => {
    const stored = index.getStoredFields(hit.key);
    return {
      key: hit.key, label: String(stored?.label ?? hit.key), kind: String(stored?.kind ?? 'paper'),
      score: Infinity, detail: `${ID_LABELS[hit.kind]} ${hit.id}`,
    };
  });
  // A pasted identifier names its paper; words of a URL ("https", "org") matched in titles would only be noise.
  if (exact.length > 0) return exact.slice(0, limit);
  let results = index.search(q);
  // AND over every word fails on a half-typed last word with a typo; fall back to OR so something is offered.
  if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
  return results
    .map((r) => {
      const label = String(r.label);
      const bonus = label.toLowerCase() === lower ? 1000 : label.toLowerCase().startsWith(lower) ? 100 : 0;
      const byAuthor = Object.values(r.match).some((fields) => fields.includes('authors'));
      const detail = byAuthor ? matchedAuthors(String(r.authors ?? ''), r.terms) : null;
      return { key: String(r.id), label, kind: String(r.kind), score: r.score + bonus, detail };
    })
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit);
}
