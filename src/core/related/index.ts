// Related-paper ranking (sum of idf of shared concepts/methods) and the paper list of a concept, method or domain.
import type { PaperGraph } from '../../shared';
import { nodeKindOf } from '../filters';
import { readableLabel } from '../../shared';
import type { PaperTerm, RelatedPaper, SharedTerm, SimilarPaper, TermPaper, WeightedNeighbour } from './types';

export * from './types';
export * from './record';
export * from './citations';
export { readableLabel } from '../../shared';

const RANKING_KINDS = new Set(['concept', 'method']);

function countPapers(graph: PaperGraph): number {
  let n = 0;
  graph.forEachNode((_k, a) => {
    if (nodeKindOf(a as never) === 'paper') n++;
  });
  return n;
}

/**
 * Papers sharing the most rarest-weighted concepts/methods with `paper`: score = Σ log(N / df(term)) over shared
 * terms, N = papers in the graph, df = papers having the term. A term every paper has weighs 0.
 */
export function rankRelatedPapers(graph: PaperGraph, paper: string, limit = 8, paperCount = countPapers(graph)): RelatedPaper[] {
  if (!graph.hasNode(paper)) return [];
  const scores = new Map<string, { score: number; shared: SharedTerm[] }>();
  graph.forEachNeighbor(paper, (term, termAttrs) => {
    const kind = nodeKindOf(termAttrs as never);
    if (!RANKING_KINDS.has(kind)) return;
    const papers = graph.filterNeighbors(term, (_n, a) => nodeKindOf(a as never) === 'paper');
    if (papers.length < 2) return;
    const idf = Math.log(paperCount / papers.length);
    const shared: SharedTerm = { key: term, label: String(termAttrs.label), kind, idf };
    for (const other of papers) {
      if (other === paper) continue;
      const entry = scores.get(other) ?? { score: 0, shared: [] };
      entry.score += idf;
      entry.shared.push(shared);
      scores.set(other, entry);
    }
  });
  return [...scores.entries()]
    .filter(([, e]) => e.score > 0)
    .map(([key, e]) => ({
      key,
      label: readableLabel(graph.getNodeAttributes(key) as unknown as Record<string, unknown>, key),
      score: e.score,
      shared: e.shared.sort((a, b) => b.idf - a.idf || a.label.localeCompare(b.label)),
    }))
    .sort((a, b) => b.score - a.score || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/**
 * The papers a `similar` edge links to `paper` (the ingest's nearest papers by text), most similar first. The panel
 * lists them: a paper whose only links are these showed "10 connections" and no section naming any of them.
 */
export function listSimilarPapers(graph: PaperGraph, paper: string, limit = Infinity): SimilarPaper[] {
  if (!graph.hasNode(paper)) return [];
  const found = new Map<string, SimilarPaper>();
  graph.forEachEdge(paper, (_e, attrs, source, target) => {
    if (attrs.kind !== 'similar') return;
    const key = source === paper ? target : source;
    if (key === paper) return;
    const weight = typeof attrs.weight === 'number' && Number.isFinite(attrs.weight) ? attrs.weight : 0;
    const seen = found.get(key);
    if (!seen || weight > seen.similarity) found.set(key, { key, label: readableLabel(graph.getNodeAttributes(key) as unknown as Record<string, unknown>, key), similarity: weight });
  });
  return [...found.values()].sort((a, b) => b.similarity - a.similarity || a.label.localeCompare(b.label)).slice(0, limit);
}

/**
 * A node's neighbours with the weight of the links between them (summed over parallel edges; an edge without a
 * numeric `weight` counts 1), strongest first, ties by label. For another tool's graph, where the panel has no other
 * section: Les Misérables' Valjean listed his 36 neighbours in file order, Myriel before Cosette (1 scene against 31).
 */
export function rankNeighboursByWeight(graph: PaperGraph, node: string): WeightedNeighbour[] {
  if (!graph.hasNode(node)) return [];
  const found = new Map<string, WeightedNeighbour>();
  graph.forEachEdge(node, (_e, attrs, source, target) => {
    const key = source === node ? target : source;
    if (key === node) return;
    const w = (attrs as { weight?: unknown }).weight;
    const weight = typeof w === 'number' && Number.isFinite(w) ? w : 1;
    const seen = found.get(key);
    if (seen) seen.weight += weight;
    else {
      const a = graph.getNodeAttributes(key);
      found.set(key, { key, label: readableLabel(a as unknown as Record<string, unknown>, key), kind: nodeKindOf(a as never), weight });
    }
  });
  return [...found.values()].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
}

/**
 * The broader and narrower ideas a `broader` edge links to `node`, each by label. The edge's `narrower` names its
 * narrower end (the source when it is missing). The term panel listed papers only: "CLL cell" said 3 connections and
 * named 2, not "primary CLL cells" below it.
 */
export function listBroaderNarrower(graph: PaperGraph, node: string): { broader: PaperTerm[]; narrower: PaperTerm[] } {
  const out = { broader: [] as PaperTerm[], narrower: [] as PaperTerm[] };
  if (!graph.hasNode(node)) return out;
  graph.forEachEdge(node, (_e, attrs, source, target) => {
    if (attrs.kind !== 'broader') return;
    const other = source === node ? target : source;
    if (other === node) return;
    const named = (attrs as { narrower?: unknown }).narrower;
    const narrowerEnd = typeof named === 'string' && (named === source || named === target) ? named : source;
    const list = narrowerEnd === node ? out.broader : out.narrower;
    if (list.some((t) => t.key === other)) return;
    list.push({ key: other, label: String(graph.getNodeAttribute(other, 'label') ?? other), evidence: null });
  });
  out.broader.sort((a, b) => a.label.localeCompare(b.label));
  out.narrower.sort((a, b) => a.label.localeCompare(b.label));
  return out;
}

/**
 * A term's other names: once each whatever their case, and not its own name ("Diffusion model" was known as
 * "Diffusion model, diffusion model, denoising diffusion" on the labelled arXiv week).
 */
export function listOtherNames(aliases: unknown, label: string): string[] {
  if (!Array.isArray(aliases)) return [];
  const seen = new Set([label.trim().toLowerCase()]);
  const names: string[] = [];
  for (const alias of aliases) {
    if (typeof alias !== 'string' || alias.trim() === '') continue;
    const key = alias.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(alias.trim());
  }
  return names;
}

/** Papers linked to a concept/method/domain: most upvoted first, then newest, then by title. */
export function listTermPapers(graph: PaperGraph, term: string): TermPaper[] {
  if (!graph.hasNode(term)) return [];
  return graph
    .filterNeighbors(term, (_n, a) => nodeKindOf(a as never) === 'paper')
    .map((key) => {
      const a = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
      return {
        key,
        label: readableLabel(a, key),
        year: typeof a.year === 'number' ? a.year : null,
        upvotes: typeof a.upvotes === 'number' ? a.upvotes : null,
      };
    })
    .sort((a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1) || (b.year ?? 0) - (a.year ?? 0) || a.label.localeCompare(b.label));
}

/** A paper's concepts, methods and domains, each sorted by label, for the detail panel's chips; a link's `evidence`
 * (why the ingest made it, e.g. "arXiv category cs.RO") comes along so the chip can say it. */
export function groupPaperTerms(graph: PaperGraph, paper: string): Record<'concept' | 'method' | 'domain', PaperTerm[]> {
  const groups = { concept: [] as PaperTerm[], method: [] as PaperTerm[], domain: [] as PaperTerm[] };
  if (!graph.hasNode(paper)) return groups;
  const seen = new Set<string>();
  graph.forEachEdge(paper, (_edge, edgeAttrs, source, target) => {
    const key = source === paper ? target : source;
    if (seen.has(key)) return;
    const attrs = graph.getNodeAttributes(key);
    const kind = nodeKindOf(attrs as never);
    if (kind !== 'concept' && kind !== 'method' && kind !== 'domain') return;
    seen.add(key);
    const evidence = (edgeAttrs as unknown as Record<string, unknown>).evidence;
    groups[kind].push({ key, label: String(attrs.label), evidence: typeof evidence === 'string' && evidence.trim() !== '' ? evidence : null });
  });
  for (const list of Object.values(groups)) list.sort((a, b) => a.label.localeCompare(b.label));
  return groups;
}
