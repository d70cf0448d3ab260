// Concept map (VOSviewer's term map): concepts and methods linked by co-occurrence in papers, association-strength
// normalised, clustered and labelled. Pure: paper graph in, a new graph of ideas out.
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type AbstractGraph from 'graphology-types';
import { createRng } from '../random';
import { renumberBySize } from './communities';

export interface ConceptMapOptions {
  /** Node kinds that become map items. */
  kinds: readonly string[];
  /** Items need at least this many papers (VOSviewer's minimum number of occurrences). */
  minOccurrences: number;
  /** Links below this many co-occurring papers are left out. */
  minCooccurrences: number;
  /** Louvain resolution for the map's clusters. */
  resolution: number;
  seed: number;
}

export const DEFAULT_CONCEPT_MAP_OPTIONS: ConceptMapOptions = {
  kinds: ['concept', 'method'],
  minOccurrences: 2,
  minCooccurrences: 1,
  resolution: 1,
  seed: 42,
};

export interface ConceptMapItemAttributes {
  kind: string;
  label: string;
  /** Papers that have the idea. */
  occurrences: number;
  /** Total co-occurrence count over the item's links (VOSviewer's total link strength before normalisation). */
  totalCooccurrence: number;
  /** Mean publication year of its dated papers, or null. */
  meanYear: number | null;
  community: number;
  x: number;
  y: number;
  size: number;
}

export interface ConceptMapLinkAttributes {
  /** Association strength: 2m·c_ij / (c_i·c_j) (see buildConceptMap). */
  weight: number;
  /** Papers having both ideas. */
  count: number;
}

export interface ConceptMap {
  graph: AbstractGraph<ConceptMapItemAttributes, ConceptMapLinkAttributes>;
  /** Cluster id → the label of its most occurring idea (ids sorted by size). */
  clusters: { id: number; label: string; size: number }[];
  /** Ideas left out for having fewer papers than `minOccurrences`. */
  belowThreshold: number;
}

/**
 * Build the map. Co-occurrence c_ij = papers linked to both i and j. Links are normalised by association strength
 * as VOSviewer does (van Eck & Waltman 2009, "How to normalize co-occurrence data?"): s_ij = 2m·c_ij / (c_i·c_j),
 * with c_i the total co-occurrence of i and m the total over all links, so a link between two frequent ideas is not
 * strong merely because both are frequent; s_ij = 1 is what independence would give. Items keep the paper graph's
 * node keys, so a selection survives switching views. Positions start on a seeded circle (the app lays the map out).
 */
export function buildConceptMap(paperGraph: AbstractGraph, options: Partial<ConceptMapOptions> = {}): ConceptMap {
  const o = { ...DEFAULT_CONCEPT_MAP_OPTIONS, ...options };
  const kinds = new Set(o.kinds);
  const papersOf = new Map<string, string[]>();
  let belowThreshold = 0;
  paperGraph.forEachNode((node, attributes) => {
    if (!kinds.has(attributes.kind as string)) return;
    const papers: string[] = [];
    paperGraph.forEachNeighbor(node, (neighbour, neighbourAttributes) => {
      if (neighbourAttributes.kind === 'paper') papers.push(neighbour);
    });
    if (papers.length >= o.minOccurrences) papersOf.set(node, papers);
    else belowThreshold++;
  });

  // Per paper, the items it has; then count pairs paper by paper (cost: Σ items-per-paper²).
  const itemsOfPaper = new Map<string, string[]>();
  for (const [item, papers] of papersOf) {
    for (const paper of papers) {
      if (!itemsOfPaper.has(paper)) itemsOfPaper.set(paper, []);
      itemsOfPaper.get(paper)!.push(item);
    }
  }
  const pairCounts = new Map<string, number>();
  for (const items of itemsOfPaper.values()) {
    items.sort();
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const key = `${items[i]}\u0000${items[j]}`;
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
      }
    }
  }

  const graph = new Graph<ConceptMapItemAttributes, ConceptMapLinkAttributes>({ type: 'undirected' });
  const items = [...papersOf.keys()].sort();
  items.forEach((item, index) => {
    const attributes = paperGraph.getNodeAttributes(item);
    const years = papersOf.get(item)!.map((paper) => paperGraph.getNodeAttribute(paper, 'year')).filter(
      (year): year is number => typeof year === 'number' && Number.isFinite(year),
    );
    const angle = (2 * Math.PI * index) / Math.max(1, items.length);
    graph.addNode(item, {
      kind: String(attributes.kind),
      label: typeof attributes.label === 'string' ? attributes.label : item,
      occurrences: papersOf.get(item)!.length,
      totalCooccurrence: 0,
      meanYear: years.length > 0 ? Math.round((years.reduce((a, b) => a + b, 0) / years.length) * 10) / 10 : null,
      community: 0,
      x: 100 * Math.cos(angle),
      y: 100 * Math.sin(angle),
      size: 3 + 2 * Math.sqrt(papersOf.get(item)!.length),
    });
  });
  let total = 0;
  const kept: [string, string, number][] = [];
  for (const [key, count] of [...pairCounts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (count < o.minCooccurrences) continue;
    const [a, b] = key.split('\u0000');
    kept.push([a, b, count]);
    total += count;
    graph.updateNodeAttribute(a, 'totalCooccurrence', (value) => (value ?? 0) + count);
    graph.updateNodeAttribute(b, 'totalCooccurrence', (value) => (value ?? 0) + count);
  }
  for (const [a, b, count] of kept) {
    const ca = graph.getNodeAttribute(a, 'totalCooccurrence');
    const cb = graph.getNodeAttribute(b, 'totalCooccurrence');
    const strength = (2 * total * count) / (ca * cb);
    graph.addEdgeWithKey(`${a}|${b}`, a, b, { weight: Math.round(strength * 1e4) / 1e4, count });
  }

  let clusters: ConceptMap['clusters'] = [];
  if (graph.order > 0) {
    const raw: Record<string, number> =
      graph.size > 0 ? louvain(graph, { resolution: o.resolution, rng: createRng(o.seed), getEdgeWeight: 'weight' }) : {};
    // Items Louvain did not see (a map without links) form their own clusters; ids renumbered by size as everywhere.
    let next = 0;
    for (const node in raw) next = Math.max(next, raw[node] + 1);
    graph.forEachNode((node) => {
      if (!(node in raw)) raw[node] = next++;
    });
    const { communities, count } = renumberBySize(raw);
    const ordered: string[][] = Array.from({ length: count }, () => []);
    // Members in the map's (sorted) node order, as the label ranking below expects.
    graph.forEachNode((node) => ordered[communities[node]].push(node));
    clusters = ordered.map((nodes, id) => {
      for (const node of nodes) graph.setNodeAttribute(node, 'community', id);
      const top = [...nodes].sort(
        (a, b) => graph.getNodeAttribute(b, 'occurrences') - graph.getNodeAttribute(a, 'occurrences') || (a < b ? -1 : 1),
      );
      return { id, label: top.slice(0, 2).map((node) => graph.getNodeAttribute(node, 'label')).join(', '), size: nodes.length };
    });
  }
  return { graph, clusters, belowThreshold };
}
