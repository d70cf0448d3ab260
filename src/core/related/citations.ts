// The collection's citation layer as the panel reads it: who cites whom inside the collection, and a paper's prior
// and derivative works ranked by co-citation and bibliographic coupling (Connected Papers' two lists).
import type { PaperGraph } from '../../shared';
import { nodeKindOf } from '../filters';
import { readableLabel } from '../../shared';

export interface CitationIndex {
  /** node → the nodes of the graph it cites (corpus papers and reference nodes), in edge order. */
  cites: Map<string, string[]>;
  /** node → the corpus papers citing it. */
  citedBy: Map<string, string[]>;
  /** Raw counts the file gives on `co-cited` / `coupled` edges (they also count references outside the graph). */
  cocitedCounts: Map<string, Map<string, number>>;
  coupledCounts: Map<string, Map<string, number>>;
  /** Number of `cites` edges. */
  size: number;
}

export interface CitationEntry {
  key: string;
  label: string;
  kind: string;
  year: number | null;
}

export interface RankedWork extends CitationEntry {
  score: number;
  /** This paper cites it (prior) / it cites this paper (derivative). */
  direct: boolean;
  /** Prior: corpus papers citing both. Derivative: references both share. */
  shared: number;
  /** The reason in words, e.g. "cited by this paper; cited together with it by 4 papers". */
  reason: string;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addCount(map: Map<string, Map<string, number>>, a: string, b: string, value: number): void {
  for (const [x, y] of [[a, b], [b, a]]) {
    const row = map.get(x) ?? new Map<string, number>();
    row.set(y, Math.max(row.get(y) ?? 0, value));
    map.set(x, row);
  }
}

/**
 * One pass over the edges. A `cites` edge's citing end is its `citing` attribute (the direction in an undirected
 * file); without one, a directed edge's source, and for an undirected edge from another tool its source as written.
 */
export function buildCitationIndex(graph: PaperGraph): CitationIndex {
  const index: CitationIndex = { cites: new Map(), citedBy: new Map(), cocitedCounts: new Map(), coupledCounts: new Map(), size: 0 };
  graph.forEachEdge((_edge, attrs, source, target) => {
    if (source === target) return;
    const a = attrs as unknown as Record<string, unknown>;
    if (a.kind === 'cites') {
      const citing = a.citing === target ? target : source;
      const cited = citing === source ? target : source;
      push(index.cites, citing, cited);
      push(index.citedBy, cited, citing);
      index.size++;
      // Two papers citing each other share one edge marked `mutual`: the other direction is read from it too.
      if (a.mutual === true) {
        push(index.cites, cited, citing);
        push(index.citedBy, citing, cited);
        index.size++;
      }
    } else if ((a.kind === 'co-cited' || a.kind === 'coupled') && typeof a.count === 'number' && Number.isFinite(a.count) && a.count > 0) {
      addCount(a.kind === 'co-cited' ? index.cocitedCounts : index.coupledCounts, source, target, Math.floor(a.count));
    }
  });
  return index;
}

const cache = new WeakMap<PaperGraph, CitationIndex>();

/** The index of a loaded graph, built on first use (graphs are replaced, never re-wired, while the app runs). */
export function citationIndexOf(graph: PaperGraph): CitationIndex {
  let index = cache.get(graph);
  if (!index) {
    index = buildCitationIndex(graph);
    cache.set(graph, index);
  }
  return index;
}

function yearOf(graph: PaperGraph, key: string): number | null {
  const year = (graph.getNodeAttributes(key) as unknown as Record<string, unknown>).year;
  return typeof year === 'number' && Number.isFinite(year) ? year : null;
}

function entryOf(graph: PaperGraph, key: string): CitationEntry {
  const attrs = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
  return { key, label: readableLabel(attrs, key), kind: nodeKindOf(attrs), year: yearOf(graph, key) };
}

const byYearThenLabel = (newestFirst: boolean) => (a: CitationEntry, b: CitationEntry) =>
  (newestFirst ? (b.year ?? -Infinity) - (a.year ?? -Infinity) : (a.year ?? Infinity) - (b.year ?? Infinity)) ||
  a.label.localeCompare(b.label);

/** "References in this collection" (oldest first) and "Cited by in this collection" (newest first). */
export function listCitations(graph: PaperGraph, node: string, index = citationIndexOf(graph)): { references: CitationEntry[]; citedBy: CitationEntry[] } {
  if (!graph.hasNode(node)) return { references: [], citedBy: [] };
  return {
    references: (index.cites.get(node) ?? []).map((k) => entryOf(graph, k)).sort(byYearThenLabel(false)),
    citedBy: (index.citedBy.get(node) ?? []).map((k) => entryOf(graph, k)).sort(byYearThenLabel(true)),
  };
}

/** Citations a node receives inside the collection: the file's `citedByInCorpus`, else its `cites` edges counted. */
export function citationsReceived(graph: PaperGraph, node: string, index = citationIndexOf(graph)): number {
  const stored = (graph.getNodeAttributes(node) as unknown as Record<string, unknown>).citedByInCorpus;
  if (typeof stored === 'number' && Number.isFinite(stored) && stored >= 0) return stored;
  return index.citedBy.get(node)?.length ?? 0;
}

/**
 * References of a paper pointing outside the collection: the file's `referencesOutside`, else its reference list's
 * length minus the corpus papers it cites (cited reference nodes are outside works, so they count as outside).
 */
export function referencesOutsideOf(graph: PaperGraph, node: string, index = citationIndexOf(graph)): number | null {
  const attrs = graph.getNodeAttributes(node) as unknown as Record<string, unknown>;
  const stored = attrs.referencesOutside;
  if (typeof stored === 'number' && Number.isFinite(stored) && stored >= 0) return stored;
  const total = attrs.referenceCount;
  if (typeof total !== 'number' || !Number.isFinite(total) || total < 0) return null;
  const inCorpus = (index.cites.get(node) ?? []).filter((k) => nodeKindOf(graph.getNodeAttributes(k) as never) === 'paper').length;
  return Math.max(0, total - inCorpus);
}

/**
 * The line under "References in this collection": how many references point outside, how long the reference list is,
 * and, when the list above shows cited works (reference nodes, outside works kept because several papers cite them),
 * that those are among the outside ones; without that a reader sees 17 "in this collection" and all 85 "outside".
 * Null when neither count is known.
 */
export function describeReferencesOutside(outside: number | null, listLength: number | null, citedWorksListed: number): string | null {
  // A list of length 0 is what the record says, not "0 references point outside".
  if (listLength === 0) return 'Its record lists no references.';
  const parts: string[] = [];
  if (outside !== null) {
    let text = outside === 1 ? '1 reference points outside this collection' : `${outside} references point outside this collection`;
    if (citedWorksListed > 0 && outside > 0) {
      text += citedWorksListed === 1 ? ', the cited work listed above among them' : `, the ${citedWorksListed} cited works listed above among them`;
    }
    parts.push(text);
  }
  if (listLength !== null) parts.push(`${listLength} in its reference list`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function rank(graph: PaperGraph, scores: Map<string, { direct: boolean; shared: number }>, reason: (d: boolean, s: number) => string, limit: number, index: CitationIndex): RankedWork[] {
  // Ordered by score, then citations in the collection, then label. Only the first `limit` are shown: the candidates
  // are ordered by the two numbers first, and labels are read and compared only up to the last one tied with the
  // `limit`-th (a work cited by most of a large collection made every paper a candidate, each built and compared by
  // label: 52 ms a click at 10k papers). Both sorts are stable, so the result is the full sort's.
  const candidates = [...scores.entries()].map(([key, s]) => ({ key, s, score: (s.direct ? 1 : 0) + s.shared, cited: index.citedBy.get(key)?.length ?? 0 }));
  candidates.sort((a, b) => b.score - a.score || b.cited - a.cited);
  let end = Math.min(limit, candidates.length);
  if (end > 0) while (end < candidates.length && candidates[end].score === candidates[end - 1].score && candidates[end].cited === candidates[end - 1].cited) end++;
  return candidates
    .slice(0, end)
    .map(({ key, s, score, cited }) => ({ ...entryOf(graph, key), direct: s.direct, shared: s.shared, score, reason: reason(s.direct, s.shared), cited }))
    .sort((a, b) => b.score - a.score || b.cited - a.cited || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ cited: _cited, ...work }) => work);
}

/**
 * Prior works of paper P: works W ≠ P of the graph (corpus papers or cited reference nodes) that P cites or that
 * are co-cited with P (some corpus paper cites both), and that are not newer than P (year(W) ≤ year(P) when both
 * years are known) and do not cite P. Score = [P cites W] + co-citation count, the count being the larger of the
 * papers of the graph citing both and the file's `count` on a `co-cited` edge. Ties: most cited in the collection.
 */
export function rankPriorWorks(graph: PaperGraph, paper: string, limit = 10, index = citationIndexOf(graph)): RankedWork[] {
  if (!graph.hasNode(paper)) return [];
  const year = yearOf(graph, paper);
  const citersOfPaper = new Set(index.citedBy.get(paper) ?? []);
  const scores = new Map<string, { direct: boolean; shared: number }>();
  const entry = (key: string) => scores.get(key) ?? scores.set(key, { direct: false, shared: 0 }).get(key)!;
  for (const cited of index.cites.get(paper) ?? []) entry(cited).direct = true;
  for (const citer of citersOfPaper) for (const other of index.cites.get(citer) ?? []) if (other !== paper) entry(other).shared++;
  index.cocitedCounts.get(paper)?.forEach((count, other) => {
    const e = entry(other);
    e.shared = Math.max(e.shared, count);
  });
  for (const key of [...scores.keys()]) {
    const y = yearOf(graph, key);
    const newer = year !== null && y !== null && y > year;
    if (key === paper || citersOfPaper.has(key) || (newer && !scores.get(key)!.direct)) scores.delete(key);
  }
  return rank(graph, scores, (direct, shared) =>
    [direct ? 'cited by this paper' : '', shared > 0 ? `cited together with it by ${plural(shared, 'paper')}` : ''].filter(Boolean).join('; '),
  limit, index);
}

/**
 * Derivative works of paper P: corpus papers D ≠ P that cite P or share references with P (bibliographic coupling),
 * that are not older than P (year(D) ≥ year(P) when both years are known) and that P does not cite. Score =
 * [D cites P] + references shared, the larger of those counted in the graph and the file's `count` on a `coupled`
 * edge (which also counts references outside the collection). Ties: most cited in the collection.
 */
export function rankDerivativeWorks(graph: PaperGraph, paper: string, limit = 10, index = citationIndexOf(graph)): RankedWork[] {
  if (!graph.hasNode(paper)) return [];
  const year = yearOf(graph, paper);
  const citedByPaper = new Set(index.cites.get(paper) ?? []);
  const scores = new Map<string, { direct: boolean; shared: number }>();
  const entry = (key: string) => scores.get(key) ?? scores.set(key, { direct: false, shared: 0 }).get(key)!;
  for (const citer of index.citedBy.get(paper) ?? []) entry(citer).direct = true;
  for (const cited of citedByPaper) for (const citer of index.citedBy.get(cited) ?? []) if (citer !== paper) entry(citer).shared++;
  index.coupledCounts.get(paper)?.forEach((count, other) => {
    const e = entry(other);
    e.shared = Math.max(e.shared, count);
  });
  for (const key of [...scores.keys()]) {
    const y = yearOf(graph, key);
    const older = year !== null && y !== null && y < year;
    const kind = nodeKindOf(graph.getNodeAttributes(key) as never);
    if (key === paper || kind !== 'paper' || citedByPaper.has(key) || (older && !scores.get(key)!.direct)) scores.delete(key);
  }
  return rank(graph, scores, (direct, shared) =>
    [direct ? 'cites this paper' : '', shared > 0 ? `shares ${plural(shared, 'reference')}` : ''].filter(Boolean).join('; '),
  limit, index);
}

/** Tooltips for the two lists: the definitions above in a user's words. */
export const PRIOR_WORKS_HELP =
  'Works this paper cites, or that other papers of this collection cite together with it (co-citation), and that are not newer than it. Ranked by 1 for a direct citation plus the number of papers citing both.';
export const DERIVATIVE_WORKS_HELP =
  'Papers of this collection that cite this paper or share references with it (bibliographic coupling), and that are not older than it. Ranked by 1 for a direct citation plus the number of shared references.';
