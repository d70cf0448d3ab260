// Keys of the edges the ingest adds: "e0", "e1", … in insertion order, per graph.
//
// Why not `kind:a|b` (edgeKey): paper keys are title slugs, so such keys averaged 168 characters at 20k papers with
// references, a quarter of the graph file (the app parses all of it), and each insert built and hashed one. Nothing
// reads meaning from an edge key — the kind, the citing end and the weight are attributes, and an edge is found by
// its two nodes (one edge per pair) — so a short key that is unique in its graph is all a key has to be. Insertion
// order is the input's order, so the same input still gives the same keys.
import type { EdgeAttributes, PaperGraph } from '../../src/shared';

const nextIndex = new WeakMap<PaperGraph, number>();

/** Add an edge under the graph's next free `e<n>` key (a key a graph built elsewhere already holds is skipped). */
export function addEdgeInOrder(graph: PaperGraph, source: string, target: string, attributes: EdgeAttributes): string {
  let index = nextIndex.get(graph) ?? 0;
  // graphology refuses a key it holds before it changes anything, so the key is tried rather than looked up first:
  // asking `hasEdge(key)` of a graph with half a million edges before every insert cost ~0.4 s at 20k papers.
  for (;;) {
    const key = `e${index++}`;
    try {
      graph.addEdgeWithKey(key, source, target, attributes);
      nextIndex.set(graph, index);
      return key;
    } catch (error) {
      if (!graph.hasEdge(key)) throw error; // refused for another reason (a missing node, a pair already linked)
    }
  }
}

/**
 * Add an edge under the key `e<index>` that addEdgeInOrder gave (or would give) it, for a graph built from a plan of
 * every insertion (insertPlannedGraph.ts), whose edges dropped later were never added: their keys stay unused, as
 * they do in the graph built step by step. Later addEdgeInOrder calls continue after the highest index.
 */
export function addEdgeWithIndex(graph: PaperGraph, index: number, source: string, target: string, attributes: EdgeAttributes): void {
  graph.addEdgeWithKey(`e${index}`, source, target, attributes);
  if (index >= (nextIndex.get(graph) ?? 0)) nextIndex.set(graph, index + 1);
}
