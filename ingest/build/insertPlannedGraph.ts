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
import { createPaperGraph, type EdgeAttributes, type NodeAttributes, type PaperGraph } from '../../src/shared';
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

/** An edge's attributes as the build step that adds it writes them (the same properties in the same order). */
function edgeAttributes(insertions: PlannedInsertions, e: number, mutual: ReadonlySet<number>): EdgeAttributes {
  const kind = insertions.kinds[insertions.kind[e]];
  const weight = insertions.weight[e];
  const payload = insertions.payload[e];
  switch (kind) {
    case 'in-domain':
      return { kind, weight, evidence: payload as string };
    case 'mentions':
      return { kind, weight, citing: payload as string };
    case 'cites':
      // `mutual` is set on the edge once the other paper's citation comes (applyCitationPlan): the last property.
      return mutual.has(e) ? { kind, weight, citing: payload as string, mutual: true } : { kind, weight, citing: payload as string };
    case 'broader':
      return { kind, weight, narrower: payload as string };
    case 'co-cited':
    case 'coupled':
      return { kind, weight, count: payload as number };
    default:
      return { kind, weight };
  }
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
