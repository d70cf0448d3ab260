// Search index over paper titles and authors, concepts, methods, domains and cited works (MiniSearch: prefix + fuzzy
// matching, BM25 ranking), plus exact identifier look-up (a pasted DOI or arXiv id).
import MiniSearch from 'minisearch';
import type { PaperGraph } from '../../shared';
import { ID_LABELS } from '../related/record';
import { findByIdentifier, findByIdPrefix, identifierQueryPrefix, ID_PREFIX_MIN, type IdentifierIndex } from './identifiers';
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

/** Lower-case words of a name or query ("Byrd, John C." → byrd, john, c). */
const wordsOf = (text: string): string[] => text.toLowerCase().split(/[\s,.;:()]+/).filter((w) => w !== '');

/**
 * How many query words one author name holds: a word is in the name when a word of the name starts with it, or when
 * it is two or more initials run together, as PubMed and Web of Science print them ("Byrd JC" for "Byrd, John C").
 * Written by hand: MiniSearch scores terms over the whole field, so "John C. Byrd" matched "John" in one author,
 * every c-word of the title and a fuzzy "Burd" as well as the one author who has all three.
 */
function queryWordsInName(name: string, queryWords: string[]): number {
  const words = wordsOf(name);
  const initials = words.map((w) => w[0]).join('');
  return queryWords.filter((q) => words.some((w) => w.startsWith(q)) || (q.length >= 2 && initials.includes(q))).length;
}

/**
 * The authors of a suggestion that the query names, best first, so "vaswani" shows who it found: the names holding
 * every query word when some do, else those holding most, else (a fuzzy match) those containing a matched term.
 */
function matchedAuthors(authors: string, queryWords: string[], terms: string[]): string | null {
  if (!authors) return null;
  const all = authors.split('; ');
  const counted = all.map((name) => ({ name, count: queryWordsInName(name, queryWords) })).filter((n) => n.count > 0);
  const best = Math.max(0, ...counted.map((n) => n.count));
  const names = best === queryWords.length
    ? counted.filter((n) => n.count === best).map((n) => n.name)
    : counted.length > 0
      ? [...counted].sort((a, b) => b.count - a.count).map((n) => n.name)
      : all.filter((name) => terms.some((t) => name.toLowerCase().includes(t)));
  if (names.length === 0) return null;
  return `by ${names.slice(0, 3).join('; ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
}

/** Score added when one author's name holds every word of the query: above any BM25 score, below a title match. */
const WHOLE_NAME_BONUS = 50;

/**
 * Which matches come first, whatever their BM25 scores: the exact label, a label that starts with the query, a paper
 * of the collection one of whose authors the query names, another node whose author it names (a cited work outside
 * the collection), the rest. A bare "Escobar" scores three times higher in BM25 than "Escobar, Arturo", and more than
 * one name among a paper's forty authors: by score alone, works cited under a name came before the papers of that
 * author in the collection.
 */
function matchTier(exact: boolean, titleStart: boolean, wholeName: boolean, kind: string): number {
  return exact ? 4 : titleStart ? 3 : wholeName ? (kind === 'paper' ? 2 : 1) : 0;
}

/**
 * Best matches first; when the query is an identifier of a node (DOI, arXiv id…, found in `ids`), only those nodes; else an
 * exact (case-insensitive) label match or a label that starts with the query, so typing a full title and pressing
 * Enter picks that paper, not a longer one sharing its words.
 */
export function searchNodes(index: SearchIndex, query: string, limit = 10, ids: IdentifierIndex | null = null): SearchSuggestion[] {
  return searchMatches(index, query, limit, ids).suggestions;
}

/**
 * `searchNodes` with the number of nodes that matched in all, so a list cut at `limit` can say how many more there are
 * (an author with 46 papers showed 12 and no sign of the other 34).
 */
export function searchMatches(
  index: SearchIndex, query: string, limit = 10, ids: IdentifierIndex | null = null,
): { suggestions: SearchSuggestion[]; total: number; note?: string } {
  const q = query.trim();
  if (q === '') return { suggestions: [], total: 0 };
  const lower = q.toLowerCase();
  const exact: SearchSuggestion[] = (ids ? findByIdentifier(ids, q) : []).map((hit) => {
    const stored = index.getStoredFields(hit.key);
    return {
      key: hit.key, label: String(stored?.label ?? hit.key), kind: String(stored?.kind ?? 'paper'),
      score: Infinity, detail: `${ID_LABELS[hit.kind]} ${hit.id}`,
    };
  });
  // A pasted identifier names its paper; words of a URL ("https", "org") matched in titles would only be noise.
  if (exact.length > 0) return { suggestions: exact.slice(0, limit), total: exact.length };
  const typing = identifierQueryPrefix(q);
  if (typing !== null) {
    const label = ID_LABELS[typing.kind];
    const hits = ids && typing.ready ? findByIdPrefix(ids, typing.kind, typing.prefix) : [];
    const suggestions = hits.slice(0, limit).map((hit) => {
      const stored = index.getStoredFields(hit.key);
      return { key: hit.key, label: String(stored?.label ?? hit.key), kind: String(stored?.kind ?? 'paper'), score: 1, detail: `${label} ${hit.id}` };
    });
    const note = hits.length > 0 ? undefined
      : typing.ready ? `No ${label} here starts with ${typing.typed}`
        : typing.kind === 'doi' ? 'A DOI: type it past the "/" (10.1016/j.…) to find its paper'
          : `A ${label} id: type ${ID_PREFIX_MIN} or more of its characters to find its paper`;
    return { suggestions, total: hits.length, note };
  }
  const queryWords = wordsOf(q);
  let results = index.search(q);
  // AND over every word fails on a half-typed last word with a typo; fall back to OR so something is offered.
  if (results.length === 0) results = index.search(q, { combineWith: 'OR' });
  const suggestions = results
    .map((r) => {
      const label = String(r.label);
      const authors = String(r.authors ?? '');
      const wholeName = authors !== '' && authors.split('; ').some((name) => queryWordsInName(name, queryWords) === queryWords.length);
      // A cited work's label begins with its first author ("Escobar 2014: SENTIPENSAR CON TIER"): a query naming
      // that author is an author match, not the start of a title. Counted as a title, "Escobar" on the biblio sample
      // listed eight such works before Arturo Escobar's paper in the collection.
      const titleStart = !wholeName && label.toLowerCase().startsWith(lower);
      const exactLabel = label.toLowerCase() === lower;
      const bonus = (exactLabel ? 1000 : titleStart ? 100 : 0) + (wholeName ? WHOLE_NAME_BONUS : 0);
      const byAuthor = Object.values(r.match).some((fields) => fields.includes('authors'));
      const detail = byAuthor ? matchedAuthors(authors, queryWords, r.terms) : null;
      const tier = matchTier(exactLabel, titleStart, wholeName, String(r.kind));
      return { key: String(r.id), label, kind: String(r.kind), score: r.score + bonus, detail, tier };
    })
    .sort((a, b) => b.tier - a.tier || b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ tier: _tier, ...suggestion }) => suggestion);
  return { suggestions, total: results.length };
}
