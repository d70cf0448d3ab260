// The citations a built graph holds, read back from its `cites` edges, for the tests of the citation layer.
import type { PaperGraph } from '../../src/shared';

/**
 * Directed citing → cited pairs between papers, as node keys in edge order: each `cites` edge between two papers gives
 * its `citing` end → the other, and the reverse too when `mutual` (a pair citing each other is one edge).
 */
export function citingPairs(graph: PaperGraph): [string, string][] {
  const pairs: [string, string][] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind !== 'cites') return;
    if (graph.getNodeAttribute(source, 'kind') !== 'paper' || graph.getNodeAttribute(target, 'kind') !== 'paper') return;
    const citing = attributes.citing as string;
    const cited = citing === source ? target : source;
    pairs.push([citing, cited]);
    if (attributes.mutual) pairs.push([cited, citing]);
  });
  return pairs;
}

/** The pairs as `a → b` text by each node's identifier of `scheme` (its key without one), sorted. */
export function citingPairsById(graph: PaperGraph, scheme: 'doi' | 'openalex'): string[] {
  const id = (node: string) => (graph.getNodeAttributes(node) as { ids?: Record<string, string | undefined> }).ids?.[scheme] ?? node;
  return citingPairs(graph).map(([citing, cited]) => `${id(citing)} → ${id(cited)}`).sort();
}
