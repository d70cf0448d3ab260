// Papers + extraction results → one graphology graph (pure; layout and analysis happen in later stages).
import { createPaperGraph, type EdgeAttributes, type NodeAttributes, type PaperGraph } from '../../src/shared';
import type { ConceptInfo, DomainInfo, ExtractionResult, MethodInfo, Paper, PaperConcepts } from '../types';
import { useHashedAdjacency } from './hashedAdjacency';
import { addEdgeInOrder } from './edgeKeys';

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** A record kept without a title is shown by its first identifier (the title itself stays empty: it is unknown). */
function untitledLabel(paper: Paper): string {
  const [kind, id] = Object.entries(paper.ids)[0] ?? [];
  return kind ? `Untitled work (${kind} ${id})` : 'Untitled work';
}

/**
 * Whether each paper's sources list references at all: a file none of whose records lists one (listing pages, arXiv
 * metadata, PubMed, most BibTeX) carries no reference lists, so its papers' count is unknown, not 0. A file counts as
 * listing references when some paper took references from it (provenance; the paper's sources when it has none).
 */
export function listsReferences(papers: readonly Paper[]): boolean[] {
  const files = new Set<string>();
  for (const paper of papers) {
    if (paper.references.length === 0) continue;
    for (const file of paper.provenance.references ?? paper.sources) files.add(file);
  }
  return papers.map((paper) => paper.sources.some((file) => files.has(file)));
}

/** A paper's node attributes; `found` is its extraction entry, `listed` whether its sources list references at all. */
export function paperNodeAttributes(paper: Paper, found: PaperConcepts | undefined, listed: boolean): NodeAttributes {
  return {
    kind: 'paper',
    label: paper.title || untitledLabel(paper),
    title: paper.title,
    abstract: paper.abstract,
    authorsCount: paper.authorsCount,
    date: paper.date,
    year: paper.year,
    organisation: paper.organisation,
    upvotes: paper.upvotes,
    sources: paper.sources,
    keyphrases: found ? found.keyphrases.map((term) => term.label) : [],
    ids: paper.ids,
    authors: paper.authors,
    venue: paper.venue,
    keywords: paper.keywords,
    url: paper.url,
    categories: paper.categories,
    type: paper.type,
    provenance: paper.provenance,
    ...(listed ? { referenceCount: paper.references.length } : {}),
    ...(paper.yearInferred ? { yearInferred: paper.yearInferred } : {}),
    ...(found?.introducedMethods?.length ? { introducedMethods: found.introducedMethods } : {}),
  };
}

/** The ideas of one kind in the graph's node order (by key). */
export function sortedByKey<T extends { key: string }>(ideas: Map<string, T>): T[] {
  return [...ideas.values()].sort((a, b) => a.key.localeCompare(b.key));
}

// An idea's node attributes: `paperCount` is its number of paper neighbours (buildPaperGraph counts them as it links,
// so it adds 0 and sets the count afterwards, in the same place among the attributes).
export function conceptNodeAttributes(concept: ConceptInfo, paperCount: number): NodeAttributes {
  return { kind: 'concept', label: concept.label, aliases: concept.aliases, acronym: concept.acronym, paperCount };
}

export function methodNodeAttributes(method: MethodInfo, paperCount: number): NodeAttributes {
  return { kind: 'method', label: method.label, aliases: method.aliases, origin: method.origin, paperCount };
}

export function domainNodeAttributes(domain: DomainInfo, paperCount: number): NodeAttributes {
  return { kind: 'domain', label: domain.label, description: domain.description, paperCount };
}

/**
 * Build the graph: one node per paper, shared concept, method and domain; `has-concept` edges weighted by the
 * concept's score in the paper relative to that paper's best keyphrase (0..1], `introduces` / `uses-method`,
 * `in-domain` weighted by the domain score, `mentions` between papers. Insertion order follows the input order,
 * so the same input gives a byte-identical file.
 */
export function buildPaperGraph(papers: Paper[], extraction: ExtractionResult, sources: string[] = []): PaperGraph {
  const graph = useHashedAdjacency(createPaperGraph({ sources: [...sources].sort() }));
  const conceptsByPaper = new Map(extraction.papers.map((entry) => [entry.paperKey, entry]));

  const listed = listsReferences(papers);
  papers.forEach((paper, i) => graph.addNode(paper.key, paperNodeAttributes(paper, conceptsByPaper.get(paper.key), listed[i])));
  for (const concept of sortedByKey(extraction.concepts)) graph.addNode(concept.key, conceptNodeAttributes(concept, 0));
  for (const method of sortedByKey(extraction.methods)) graph.addNode(method.key, methodNodeAttributes(method, 0));
  for (const domain of sortedByKey(extraction.domains)) graph.addNode(domain.key, domainNodeAttributes(domain, 0));

  // Papers linked to each concept, method and domain, counted as the edges are added (its `paperCount`): one edge per
  // pair, so the count of its paper neighbours, without walking every neighbour of every idea afterwards (about a
  // million at 100k papers).
  const paperKeys = new Set(papers.map((paper) => paper.key));
  const paperCounts = new Map<string, number>();
  const countPaper = (a: string, b: string) => {
    const aPaper = paperKeys.has(a);
    if (aPaper === paperKeys.has(b)) return;
    const idea = aPaper ? b : a;
    paperCounts.set(idea, (paperCounts.get(idea) ?? 0) + 1);
  };
  /** `attributes.weight` comes rounded (round): the object is the edge's own, not copied. */
  const link = (a: string, b: string, attributes: EdgeAttributes) => {
    if (!graph.hasNode(a) || !graph.hasNode(b) || a === b) return;
    // One edge per pair: the first kind wins (an introduced method is not also "used"), weights of repeats add up.
    if (graph.hasEdge(a, b)) return;
    addEdgeInOrder(graph, a, b, attributes);
    countPaper(a, b);
  };

  for (const method of extraction.methods.values()) {
    if (method.introducedBy) link(method.introducedBy, method.key, { kind: 'introduces', weight: 1 });
  }
  for (const paper of papers) {
    const found = conceptsByPaper.get(paper.key);
    if (!found) continue;
    const best = Math.max(...found.keyphrases.map((term) => term.score), Number.MIN_VALUE);
    for (const term of found.keyphrases) {
      if (extraction.concepts.has(term.key)) link(paper.key, term.key, { kind: 'has-concept', weight: round(term.score / best) });
    }
    for (const method of found.methods) link(paper.key, method.key, { kind: 'uses-method', weight: round(method.weight) });
    for (const domain of found.domains) {
      link(paper.key, domain.key, { kind: 'in-domain', weight: round(domain.weight), evidence: domain.evidence });
    }
    for (const mention of found.mentions) {
      link(paper.key, mention.paperKey, { kind: 'mentions', weight: 1, citing: paper.key });
    }
  }

  // A narrower idea links to the broader one it is a kind of ("sparse MoE" → mixture of experts).
  for (const { narrower, broader } of extraction.broader ?? []) {
    if (graph.hasNode(narrower) && graph.hasNode(broader) && narrower !== broader && !graph.hasEdge(narrower, broader)) {
      addEdgeInOrder(graph, narrower, broader, { kind: 'broader', weight: 1, narrower });
    }
  }

  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== 'paper') graph.mergeNodeAttributes(node, { paperCount: paperCounts.get(node) ?? 0 } as Partial<NodeAttributes>);
  });
  // A concept, method or domain no paper kept an edge to would float alone on the map: drop it.
  graph.filterNodes((_node, attributes) => attributes.kind !== 'paper' && attributes.paperCount === 0).forEach((node) =>
    graph.dropNode(node),
  );
  return graph;
}
