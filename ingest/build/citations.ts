// The citation layer on the paper graph: `cites` edges, cited-reference nodes, `co-cited` and `coupled` edges (pure).
import { edgeKey, nodeKey, slugify, type EdgeAttributes, type PaperAttributes, type PaperGraph } from '../../src/shared';
import type { Paper } from '../types';
import { countSharedPairs, type PairStrength } from './citationSimilarity';
import {
  SELF_TARGET,
  outsideWorkOf,
  resolveCitations,
  type CitationIndex,
  type OutsideWork,
  type ResolveOptions,
} from './resolveCitations';

export interface CitationOptions extends ResolveOptions {
  /** Corpus papers that must cite an outside work before it becomes a `reference` node. */
  minCitingPapers: number;
  /**
   * At most max(minReferenceNodesCap, this × corpus papers) reference nodes: when the floor above would give more, the
   * threshold rises until it holds, so the cited base stays context around the corpus instead of swamping its map.
   */
  maxReferenceNodesPerPaper: number;
  minReferenceNodesCap: number;
  /** And at most this many `cites` edges to reference nodes per corpus paper, on average. */
  maxReferenceEdgesPerPaper: number;
  /** Least number of corpus papers citing both papers of a `co-cited` edge. */
  minCoCitations: number;
  /** Least number of references two papers share for a `coupled` edge. */
  minSharedReferences: number;
  /** Least Salton cosine of a `co-cited` or `coupled` edge. */
  minStrength: number;
  /** A `co-cited` / `coupled` edge is kept when it is among this many strongest of one of its papers. */
  maxSimilarityEdgesPerPaper: number;
}

export const DEFAULT_CITATION_OPTIONS: CitationOptions = {
  minCitingPapers: 2,
  maxReferenceNodesPerPaper: 0.25,
  minReferenceNodesCap: 25,
  maxReferenceEdgesPerPaper: 2,
  minCoCitations: 2,
  minSharedReferences: 2,
  minStrength: 0.05,
  maxSimilarityEdgesPerPaper: 5,
};

export interface CitationStats {
  /** Entries in all reference lists. */
  referencesTotal: number;
  /** References resolved to another corpus paper. */
  referencesResolved: number;
  /** References naming the paper that lists them (no edge). */
  referencesSelf: number;
  /** References pointing to no corpus paper (or ambiguously to several). */
  referencesOutside: number;
  /** Distinct (citing, cited) pairs of corpus papers. */
  citingPairs: number;
  /** `cites` edges between two papers (a pair citing each other is one edge). */
  citesEdges: number;
  /** `reference` nodes and the number of citing papers that made a work one. */
  referenceNodes: number;
  referenceThreshold: number;
  /** `cites` edges from papers to reference nodes. */
  referenceEdges: number;
  coCitedEdges: number;
  coupledEdges: number;
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/**
 * Smallest threshold ≥ the floor at which at most `maxNodes` works are cited often enough and their citing edges
 * number at most `maxEdges` (works with equal counts pass or fail together).
 */
export function referenceThreshold(citerCounts: number[], floor: number, maxNodes: number, maxEdges = Infinity): number {
  const sorted = [...citerCounts].sort((a, b) => b - a);
  let threshold = Math.max(1, floor);
  let nodes = 0;
  let edges = 0;
  for (const count of sorted) {
    if (count < threshold) break;
    nodes += 1;
    edges += count;
    // Over a limit: every work cited this often (or less) is left out.
    if (nodes > maxNodes || edges > maxEdges) {
      threshold = count + 1;
      break;
    }
  }
  return threshold;
}

function referenceLabel(work: OutsideWork): string {
  const { reference } = work;
  const who = [reference.firstAuthor, reference.year].filter((part) => part !== null && part !== '').join(' ');
  const what = reference.title ?? reference.source;
  if (who && what) return `${who}: ${what}`;
  if (who || what) return who || (what as string);
  if (reference.text) return reference.text;
  return work.parts.idKeys[0] ?? 'reference';
}

function referenceKeyOf(work: OutsideWork): string {
  const id = work.parts.idKeys.find((key) => !key.startsWith('text:'));
  if (id) return nodeKey('reference', id);
  const { reference } = work;
  // Author, year and the first words of the title or source: short enough for a URL, distinct in practice
  // (a clash gets a numeric suffix where the node is added).
  const what = slugify(reference.title ?? reference.source ?? reference.text ?? '').split('-').slice(0, 6).join('-');
  const slug = [slugify(reference.firstAuthor ?? ''), reference.year, what].filter((part) => part !== '' && part !== null).join('-');
  return nodeKey('reference', slug || 'unnamed');
}

/**
 * Add the citation layer to a built graph and set each paper's `referenceCount`, `referencesOutside`,
 * `citesInCorpus`, `citedByInCorpus`.
 * - `cites` paper–paper: one undirected edge per pair, `citing` = the citing paper's key; when both cite each other
 *   the edge gets `mutual: true` (and `citing` names the first of the two in corpus order). A citation replaces a
 *   `mentions` or `similar` edge on the same pair (the graph keeps one edge per pair; a citation is the direct evidence).
 * - `reference` nodes: outside works cited by at least `referenceThreshold` corpus papers, with `cites` edges from
 *   each citing paper (`citing` = the paper).
 * - `co-cited` (papers cited together by ≥ minCoCitations corpus papers) and `coupled` (papers sharing ≥
 *   minSharedReferences references, corpus papers and outside works alike): weight = Salton's cosine, count = the raw
 *   count; only on pairs with no edge yet, the stronger of the two when a pair is both.
 */
export function addCitationLayer(
  graph: PaperGraph,
  papers: Paper[],
  overrides: Partial<CitationOptions> = {},
): CitationStats {
  const options = { ...DEFAULT_CITATION_OPTIONS, ...overrides };
  const index: CitationIndex = resolveCitations(papers, options);
  const stats: CitationStats = {
    referencesTotal: 0,
    referencesResolved: 0,
    referencesSelf: 0,
    referencesOutside: 0,
    citingPairs: 0,
    citesEdges: 0,
    referenceNodes: 0,
    referenceThreshold: 0,
    referenceEdges: 0,
    coCitedEdges: 0,
    coupledEdges: 0,
  };

  // Per paper: the corpus papers it cites (distinct, in reference order) and how many distinct works it cites.
  const cited: number[][] = papers.map(() => []);
  const citedBy: number[][] = papers.map(() => []);
  const workCount: number[] = papers.map(() => 0);
  const n = papers.length;
  // Looked up once per paper rather than once per reference and per pair (hundreds of thousands on a large corpus).
  const inGraph: boolean[] = papers.map((paper) => graph.hasNode(paper.key));
  index.targets.forEach((targets, citing) => {
    let outside = 0;
    const seenOutside = new Set<number>();
    for (const target of targets) {
      if (target === SELF_TARGET) stats.referencesSelf += 1;
      else if (target >= 0) {
        stats.referencesResolved += 1;
        if (!cited[citing].includes(target)) {
          cited[citing].push(target);
          citedBy[target].push(citing);
        }
      } else {
        outside += 1;
        seenOutside.add(outsideWorkOf(target));
      }
    }
    stats.referencesTotal += targets.length;
    stats.referencesOutside += outside;
    workCount[citing] = cited[citing].length + seenOutside.size;
    const attributes: Partial<PaperAttributes> = {
      referenceCount: targets.length,
      referencesOutside: outside,
      citesInCorpus: cited[citing].length,
    };
    if (inGraph[citing]) graph.mergeNodeAttributes(papers[citing].key, attributes);
  });
  papers.forEach((paper, i) => {
    if (inGraph[i]) graph.mergeNodeAttributes(paper.key, { citedByInCorpus: citedBy[i].length } as Partial<PaperAttributes>);
  });

  // Paper → paper citations.
  cited.forEach((targets, citing) => {
    for (const target of targets) {
      stats.citingPairs += 1;
      const a = papers[citing].key;
      const b = papers[target].key;
      if (!inGraph[citing] || !inGraph[target] || a === b) continue;
      const existing = graph.edge(a, b);
      if (existing !== undefined) {
        const attributes = graph.getEdgeAttributes(existing);
        if (attributes.kind === 'cites') {
          if (attributes.citing === b) graph.setEdgeAttribute(existing, 'mutual', true);
          continue;
        }
        graph.dropEdge(existing);
      }
      graph.addEdgeWithKey(edgeKey('cites', a, b), a, b, { kind: 'cites', weight: 1, citing: a });
      // Counted here rather than by a pass over every edge afterwards: the built graph has no `cites` edge before this
      // layer, and nothing below removes one.
      stats.citesEdges += 1;
    }
  });

  // Outside works cited often enough: the corpus's cited base.
  const threshold = referenceThreshold(
    index.outside.map((work) => work.citers.length),
    options.minCitingPapers,
    Math.max(options.minReferenceNodesCap, Math.floor(papers.length * options.maxReferenceNodesPerPaper)),
    papers.length * options.maxReferenceEdgesPerPaper,
  );
  stats.referenceThreshold = threshold;
  for (const work of index.outside) {
    if (work.citers.length < threshold) continue;
    const base = referenceKeyOf(work);
    let key = base;
    for (let copy = 2; graph.hasNode(key); copy += 1) key = `${base}-${copy}`;
    const { reference } = work;
    graph.addNode(key, {
      kind: 'reference',
      label: referenceLabel(work),
      ids: work.ids,
      text: reference.text,
      firstAuthor: reference.firstAuthor,
      year: reference.year,
      title: reference.title,
      source: reference.source,
      paperCount: work.citers.length,
    });
    stats.referenceNodes += 1;
    for (const citer of work.citers) {
      const paper = papers[citer].key;
      if (!inGraph[citer]) continue;
      graph.addEdgeWithKey(edgeKey('cites', paper, key), paper, key, { kind: 'cites', weight: 1, citing: paper });
      stats.referenceEdges += 1;
    }
  }

  // Co-citation: the corpus papers each paper cites, counted in pairs; cosine over each paper's in-corpus citations.
  const coCited = countSharedPairs(
    cited,
    n,
    (i) => citedBy[i].length,
    { minCount: options.minCoCitations, minWeight: options.minStrength, perPaper: options.maxSimilarityEdgesPerPaper },
  );
  // Coupling: the citers of each work (corpus paper or outside work), counted in pairs; cosine over distinct works.
  // Both lists are built in paper order, so they are already ascending.
  const coupled = countSharedPairs([...citedBy, ...index.outside.map((work) => work.citers)], n, (i) => workCount[i], {
    minCount: options.minSharedReferences,
    minWeight: options.minStrength,
    perPaper: options.maxSimilarityEdgesPerPaper,
  });

  const strongest = new Map<number, { pair: PairStrength; kind: 'co-cited' | 'coupled' }>();
  for (const pair of coCited) strongest.set(pair.a * n + pair.b, { pair, kind: 'co-cited' });
  for (const pair of coupled) {
    const known = strongest.get(pair.a * n + pair.b);
    if (!known || pair.weight > known.pair.weight) strongest.set(pair.a * n + pair.b, { pair, kind: 'coupled' });
  }
  for (const { pair, kind } of [...strongest.values()].sort((x, y) => x.pair.a - y.pair.a || x.pair.b - y.pair.b)) {
    const a = papers[pair.a].key;
    const b = papers[pair.b].key;
    if (!inGraph[pair.a] || !inGraph[pair.b] || graph.hasEdge(a, b)) continue;
    const attributes: EdgeAttributes = { kind, weight: round(pair.weight), count: pair.count };
    graph.addEdgeWithKey(edgeKey(kind, a, b), a, b, attributes);
    if (kind === 'co-cited') stats.coCitedEdges += 1;
    else stats.coupledEdges += 1;
  }
  return stats;
}
