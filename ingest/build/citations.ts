// The citation layer on the paper graph: `cites` edges, cited-reference nodes, `co-cited` and `coupled` edges (pure).
import { nodeKey, slugify, type EdgeAttributes, type PaperAttributes, type PaperGraph, type ReferenceAttributes } from '../../src/shared';
import type { Paper } from '../types';
import { countSharedPairs, type PairStrength } from './citationSimilarity';
import {
  SELF_TARGET,
  outsideWorkOf,
  resolveCitations,
  type CitationIndex,
  type CitingRecord,
  type OutsideWork,
  type ResolveOptions,
} from './resolveCitations';
import { addEdgeInOrder } from './edgeKeys';

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
  return applyCitationPlan(graph, papers.map((paper) => paper.key), planCitationLayer(papers, overrides));
}

/**
 * The citation layer computed from the records alone, before any graph exists (pure, and all of the layer's work but
 * adding it): so it can run in a worker thread while the main thread extracts concepts. Papers are indices into the
 * records given; `applyCitationPlan` adds it to the graph.
 */
export interface CitationPlan {
  /** The counts that do not depend on the graph (see CitationStats). */
  counts: Pick<CitationStats, 'referencesTotal' | 'referencesResolved' | 'referencesSelf' | 'referencesOutside' | 'citingPairs' | 'referenceThreshold'>;
  /** Per paper, in record order: the attributes of the same names. */
  referenceCount: Int32Array;
  referencesOutside: Int32Array;
  citesInCorpus: Int32Array;
  citedByInCorpus: Int32Array;
  /** The corpus papers paper i cites, distinct, in reference order: citedTargets[citedStart[i] .. citedStart[i + 1]). */
  citedStart: Int32Array;
  citedTargets: Int32Array;
  /** Outside works cited often enough, in the order they were first cited: key before de-duplication, attributes, citers. */
  referenceNodes: { key: string; attributes: ReferenceAttributes; citers: number[] }[];
  /** Co-cited and coupled pairs (the stronger kind when a pair is both), ascending by (a, b). */
  sharedPairs: { a: number; b: number; kind: 'co-cited' | 'coupled'; weight: number; count: number }[];
}

export function planCitationLayer(papers: CitingRecord[], overrides: Partial<CitationOptions> = {}): CitationPlan {
  const options = { ...DEFAULT_CITATION_OPTIONS, ...overrides };
  const index: CitationIndex = resolveCitations(papers, options);
  const n = papers.length;
  const counts: CitationPlan['counts'] = {
    referencesTotal: 0,
    referencesResolved: 0,
    referencesSelf: 0,
    referencesOutside: 0,
    citingPairs: 0,
    referenceThreshold: 0,
  };
  const referenceCount = new Int32Array(n);
  const referencesOutside = new Int32Array(n);
  const citesInCorpus = new Int32Array(n);
  const citedByInCorpus = new Int32Array(n);

  // Per paper: the corpus papers it cites (distinct, in reference order) and how many distinct works it cites.
  const cited: number[][] = papers.map(() => []);
  const citedBy: number[][] = papers.map(() => []);
  const workCount: number[] = papers.map(() => 0);
  // The distinct outside works a paper cites, counted by marking each work with the last paper that cited it (a Set
  // per paper was 20k small Sets).
  const lastCiter = new Int32Array(index.outside.length).fill(-1);
  index.targets.forEach((targets, citing) => {
    let outside = 0;
    let outsideWorks = 0;
    for (const target of targets) {
      if (target === SELF_TARGET) counts.referencesSelf += 1;
      else if (target >= 0) {
        counts.referencesResolved += 1;
        if (!cited[citing].includes(target)) {
          cited[citing].push(target);
          citedBy[target].push(citing);
        }
      } else {
        outside += 1;
        const work = outsideWorkOf(target);
        if (lastCiter[work] !== citing) {
          lastCiter[work] = citing;
          outsideWorks += 1;
        }
      }
    }
    counts.referencesTotal += targets.length;
    counts.referencesOutside += outside;
    workCount[citing] = cited[citing].length + outsideWorks;
    referenceCount[citing] = targets.length;
    referencesOutside[citing] = outside;
    citesInCorpus[citing] = cited[citing].length;
  });
  const citedStart = new Int32Array(n + 1);
  cited.forEach((targets, i) => {
    citedByInCorpus[i] = citedBy[i].length;
    citedStart[i + 1] = citedStart[i] + targets.length;
  });
  const citedTargets = new Int32Array(citedStart[n]);
  cited.forEach((targets, i) => citedTargets.set(targets, citedStart[i]));
  counts.citingPairs = citedTargets.length;

  // Outside works cited often enough: the corpus's cited base.
  const threshold = referenceThreshold(
    index.outside.map((work) => work.citers.length),
    options.minCitingPapers,
    Math.max(options.minReferenceNodesCap, Math.floor(n * options.maxReferenceNodesPerPaper)),
    n * options.maxReferenceEdgesPerPaper,
  );
  counts.referenceThreshold = threshold;
  const referenceNodes: CitationPlan['referenceNodes'] = [];
  for (const work of index.outside) {
    if (work.citers.length < threshold) continue;
    const { reference } = work;
    const attributes: ReferenceAttributes = {
      kind: 'reference',
      label: referenceLabel(work),
      ids: work.ids,
      text: reference.text,
      firstAuthor: reference.firstAuthor,
      year: reference.year,
      title: reference.title,
      source: reference.source,
      paperCount: work.citers.length,
    };
    referenceNodes.push({ key: referenceKeyOf(work), attributes, citers: work.citers });
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
  const sharedPairs = [...strongest.values()]
    .sort((x, y) => x.pair.a - y.pair.a || x.pair.b - y.pair.b)
    .map(({ pair, kind }) => ({ a: pair.a, b: pair.b, kind, weight: round(pair.weight), count: pair.count }));
  return { counts, referenceCount, referencesOutside, citesInCorpus, citedByInCorpus, citedStart, citedTargets, referenceNodes, sharedPairs };
}

/**
 * Set each paper's citation counts (`referenceCount`, `referencesOutside`, `citesInCorpus`, `citedByInCorpus`) from the
 * plan; returns which of `keys` the graph holds (the papers the layer links).
 */
export function setCitationCounts(graph: PaperGraph, keys: readonly string[], plan: CitationPlan): boolean[] {
  // Looked up once per paper rather than once per reference and per pair (hundreds of thousands on a large corpus).
  const inGraph: boolean[] = keys.map((key) => graph.hasNode(key));
  keys.forEach((key, i) => {
    if (!inGraph[i]) return;
    // A paper whose sources list no references (buildPaperGraph gave it no count: see listsReferences) has unknown
    // counts of its own references, not 0; who cites it here is known all the same.
    const listed = (graph.getNodeAttributes(key) as Partial<PaperAttributes>).referenceCount !== undefined;
    const attributes: Partial<PaperAttributes> = {
      ...(listed ? { referenceCount: plan.referenceCount[i], referencesOutside: plan.referencesOutside[i] } : {}),
      citesInCorpus: plan.citesInCorpus[i],
      citedByInCorpus: plan.citedByInCorpus[i],
    };
    graph.mergeNodeAttributes(key, attributes);
  });
  return inGraph;
}

/** Add a planned citation layer to the graph; `keys[i]` is the node of the plan's paper i (records missing from the graph are skipped). */
export function applyCitationPlan(graph: PaperGraph, keys: string[], plan: CitationPlan): CitationStats {
  const stats: CitationStats = {
    ...plan.counts,
    citesEdges: 0,
    referenceNodes: 0,
    referenceEdges: 0,
    coCitedEdges: 0,
    coupledEdges: 0,
  };
  const inGraph = setCitationCounts(graph, keys, plan);

  // Paper → paper citations.
  for (let citing = 0; citing < keys.length; citing++) {
    for (let t = plan.citedStart[citing]; t < plan.citedStart[citing + 1]; t++) {
      const target = plan.citedTargets[t];
      const a = keys[citing];
      const b = keys[target];
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
      addEdgeInOrder(graph, a, b, { kind: 'cites', weight: 1, citing: a });
      // Counted here rather than by a pass over every edge afterwards: the built graph has no `cites` edge before this
      // layer, and nothing below removes one.
      stats.citesEdges += 1;
    }
  }

  // Outside works cited often enough: the corpus's cited base.
  for (const { key: base, attributes, citers } of plan.referenceNodes) {
    let key = base;
    for (let copy = 2; graph.hasNode(key); copy += 1) key = `${base}-${copy}`;
    graph.addNode(key, attributes);
    stats.referenceNodes += 1;
    for (const citer of citers) {
      const paper = keys[citer];
      if (!inGraph[citer]) continue;
      addEdgeInOrder(graph, paper, key, { kind: 'cites', weight: 1, citing: paper });
      stats.referenceEdges += 1;
    }
  }

  for (const { a: i, b: j, kind, weight, count } of plan.sharedPairs) {
    const a = keys[i];
    const b = keys[j];
    if (!inGraph[i] || !inGraph[j] || graph.hasEdge(a, b)) continue;
    const attributes: EdgeAttributes = { kind, weight, count };
    addEdgeInOrder(graph, a, b, attributes);
    if (kind === 'co-cited') stats.coCitedEdges += 1;
    else stats.coupledEdges += 1;
  }
  return stats;
}
