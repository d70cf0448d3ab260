// The graph of buildPaperGraph + applyCitationPlan + linkSimilarPapers, made from the plan of their insertions (pure).
//
// Why: at 100k papers the build is 1.67M edge insertions into graphology, and the step by step build asks before each
// one what the plan (planEdges.ts) has already worked out: whether both ends exist and whether the pair is linked
// (hasNode twice, hasEdge), how many papers each idea keeps, which ideas to drop afterwards (with the edges they had).
// Given the plan, this adds only what survives: the kept nodes, then the surviving edges in the order they were added,
// under the keys they had (`e<n>`: an edge dropped later, as a `mentions` edge a citation replaces, leaves its key
// unused). graphology's order of nodes, of edges and of each node's neighbours is then the step by step build's (a
// dropped edge or node leaves those orders; a citation replacing a mention joins the end of both ends' neighbours
// either way), so the graph and its file are the same: the tests compare them on the seeds, the bibliographic samples
// and graphs made for the purpose. The pipeline takes this path only when it has planned the edges (pipeline.ts).
import { createPaperGraph, type EdgeAttributes, type EdgeKind, type NodeAttributes, type PaperGraph } from '../../src/shared';
import type { ExtractionResult, Paper } from '../types';
import {
  conceptNodeAttributes,
  domainNodeAttributes,
  listsReferences,
  methodNodeAttributes,
  paperNodeAttributes,
  sortedByKey,
} from './buildPaperGraph';
import { setCitationCounts, type CitationPlan, type CitationStats } from './citations';
import { addEdgeWithIndex } from './edgeKeys';
import { useHashedAdjacency } from './hashedAdjacency';
import type { PlannedInsertions } from './planEdges';
import { DEFAULT_SIMILARITY_OPTIONS, similarityDiagnostics, type SimilarityLayer, type SimilarTexts } from './similarity';

/** The inputs buildPaperGraph, applyCitationPlan and linkSimilarPapers are given, and the plan made of them. */
export interface PlannedBuild {
  papers: Paper[];
  extraction: ExtractionResult;
  sources: string[];
  citations: CitationPlan;
  similar: SimilarTexts;
  insertions: PlannedInsertions;
}

/**
 * The one attribute an edge of a kind carries after `kind` and `weight`, and its type, as the build steps write them
 * (none for the other kinds); a `cites` edge whose pair cites each other also ends with `mutual: true`. One table for
 * edgeAttributes and for the JSON writer, which formats the file's edges from the plan (plannedEdgeColumns.ts).
 */
export const EDGE_PAYLOADS: Readonly<Partial<Record<EdgeKind, { name: 'evidence' | 'citing' | 'narrower' | 'count'; type: 'string' | 'number' }>>> = {
  'in-domain': { name: 'evidence', type: 'string' },
  mentions: { name: 'citing', type: 'string' },
  cites: { name: 'citing', type: 'string' },
  broader: { name: 'narrower', type: 'string' },
  'co-cited': { name: 'count', type: 'number' },
  coupled: { name: 'count', type: 'number' },
};

/** The kind whose edges say when their pair cites each other (`mutual`, set once the other paper's citation comes). */
export const MUTUAL_KIND: EdgeKind = 'cites';

/** An edge's attributes as the build step that adds it writes them (the same properties in the same order). */
function edgeAttributes(insertions: PlannedInsertions, e: number, mutual: ReadonlySet<number>): EdgeAttributes {
  const kind = insertions.kinds[insertions.kind[e]] as EdgeKind;
  const weight = insertions.weight[e];
  const payload = EDGE_PAYLOADS[kind];
  if (payload === undefined) return { kind, weight };
  const attributes = { kind, weight, [payload.name]: insertions.payload[e] } as EdgeAttributes;
  // `mutual` is set on the edge once the other paper's citation comes (applyCitationPlan): the last property.
  if (kind === MUTUAL_KIND && mutual.has(e)) attributes.mutual = true;
  return attributes;
}

/** The graph, with the citation layer's stats and the similarity layer, as the three build steps return them. */
export function insertPlannedGraph(
  { papers, extraction, sources, citations, similar, insertions }: PlannedBuild,
  /** Edges inserted so far, of the plan's: reported every 64k edges (at 100k papers the insertions take seconds). */
  onInserted?: (done: number, total: number) => void,
): {
  graph: PaperGraph;
  citations: CitationStats;
  similarity: SimilarityLayer;
} {
  const graph = useHashedAdjacency(createPaperGraph({ sources: [...sources].sort() }));
  const { keys, nodeAlive, paperCounts } = insertions;

  // Nodes: the papers, the ideas some paper kept (their count of papers known), then the reference nodes.
  const conceptsByPaper = new Map(extraction.papers.map((entry) => [entry.paperKey, entry]));
  const listed = listsReferences(papers);
  papers.forEach((paper, i) => graph.addNode(paper.key, paperNodeAttributes(paper, conceptsByPaper.get(paper.key), listed[i])));
  let node = papers.length;
  const addIdea = (key: string, attributes: (paperCount: number) => NodeAttributes) => {
    if (nodeAlive[node]) graph.addNode(key, attributes(paperCounts[node]));
    node++;
  };
  for (const concept of sortedByKey(extraction.concepts)) addIdea(concept.key, (count) => conceptNodeAttributes(concept, count));
  for (const method of sortedByKey(extraction.methods)) addIdea(method.key, (count) => methodNodeAttributes(method, count));
  for (const domain of sortedByKey(extraction.domains)) addIdea(domain.key, (count) => domainNodeAttributes(domain, count));
  const paperKeys = papers.map((paper) => paper.key);
  setCitationCounts(graph, paperKeys, citations);
  citations.referenceNodes.forEach(({ attributes }, r) => graph.addNode(keys[insertions.ideaEnd + r], attributes));

  // Edges: the survivors, in the order they were added, under their keys.
  const mutual = new Set(insertions.mutual);
  const { source, target, edgeAlive } = insertions;
  for (let e = 0; e < insertions.edges; e++) {
    if (edgeAlive[e] === 1) addEdgeWithIndex(graph, e, keys[source[e]], keys[target[e]], edgeAttributes(insertions, e, mutual));
    if ((e & 0xffff) === 0xffff) onInserted?.(e + 1, insertions.edges);
  }
  onInserted?.(insertions.edges, insertions.edges);

  const { counts } = insertions;
  const citationStats: CitationStats = {
    ...citations.counts,
    citesEdges: counts.citesEdges,
    referenceNodes: counts.referenceNodes,
    referenceEdges: counts.referenceEdges,
    coCitedEdges: counts.coCitedEdges,
    coupledEdges: counts.coupledEdges,
  };
  // The similarity layer as linkSimilarPapers (default options) reports it: its edges are in, counted by the plan.
  const similarity: SimilarityLayer = {
    edges: counts.similarEdges,
    diagnostics: similarityDiagnostics(paperKeys, similar),
    options: { ...DEFAULT_SIMILARITY_OPTIONS },
  };
  return { graph, citations: citationStats, similarity };
}
