// Search index over paper titles, concepts, methods and domains (MiniSearch: prefix + fuzzy matching, BM25 ranking).
import MiniSearch from 'minisearch';
import type { PaperGraph } from '../../shared';
import type { SearchEntry, SearchSuggestion } from './types';

export * from './types';

export type SearchIndex = MiniSearch<SearchEntry>;

export function toSearchEntries(graph: PaperGraph): SearchEntry[] {
  return graph.mapNodes((key, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    const aliases = [...(Array.isArray(a.aliases) ? a.aliases : []), typeof a.acronym === 'string' ? a.acronym : '']
      .filter((x) => typeof x === 'string' && x !== '')
      .join(' ');
    return { id: key, label: String(attrs.label ?? key), kind: String(attrs.kind ?? 'other'), aliases };
  });
}

export function buildSearchIndex(entries: SearchEntry[]): SearchIndex {
  const index = new MiniSearch<SearchEntry>({
    fields: ['label', 'aliases'],
    storeFields: ['label', 'kind'],
    searchOptions: { boost: { label: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(entries);
  return index;
}

/**
 * Best matches first; an exact (case-insensitive) label match or a label that starts with the query is lifted to
 * the top so typing a full title and pressing Enter picks that paper, not a longer one sharing its words.
 */
export function searchNodes(index: SearchIndex, query: string, limit = 10): SearchSuggestion[] {
  const q = query.trim();
  if (q === '') return [];
  const lower = q.toLowerCase();
  let results = index.search(q);
  // AND over every word fails on a half-typed last word with a typo; fall back to OR so something is offered.
  if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
  return results
    .map((r) => {
      const label = String(r.label);
      const bonus = label.toLowerCase() === lower ? 1000 : label.toLowerCase().startsWith(lower) ? 100 : 0;
      return { key: String(r.id), label, kind: String(r.kind), score: r.score + bonus };
    })
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit);
}
