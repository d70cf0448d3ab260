// A graph's edges read once into flat arrays (node indices, weights, kinds), shared by the analyses that walk them.
import type Graph from 'graphology-types';
import { plainDoubles, plainIntegers } from './plainArrays';

/**
 * Every edge of the graph in `forEachEdge` order, as parallel arrays indexed by edge number. Nodes are numbered in
 * `graph.nodes()` order, which is also the order of `forEachNode` and `updateEachNodeAttributes`.
 */
export interface EdgeList {
  /** The graph it was read from, and the weight attribute it was read with: an analysis reuses it only for those. */
  graph: Graph;
  weightAttribute: string | null;
  nodes: string[];
  /** Node key → its number (a prototype-less object: faster than a Map when keys are integers, as fast otherwise). */
  index: Record<string, number>;
  // Plain (heap) arrays, not typed ones: see readEdgeList.
  source: number[];
  target: number[];
  /** The weight attribute when it is a finite number, else 1 (always 1 when the attribute is `null`). */
  weight: number[];
  /** 1 for an undirected edge. */
  undirected: number[];
  /** Each edge's `kind` attribute, as a position in `kinds`. */
  kind: number[];
  kinds: unknown[];
  /** Some edge has a weight attribute that is not a finite number of at least 0 (what clustering needs). */
  weightIssue: boolean;
}

/**
 * One `forEachEdge` pass. The analyses each used to walk the graph's edges through graphology once per measure
 * (weights, kinds, modularity, weighted degree, PageRank twice), with string-keyed lookups in every step: at 100k
 * nodes / 1M edges those walks cost more than the algorithms (bench/analysis.ts). Read the list once and hand it to
 * `detectCommunities` and `computeCentrality` (option `edges`) while the graph's edges do not change.
 *
 * The arrays are plain ones (plainArrays.ts), as the clustering's layer: as typed arrays they were 21 MB of
 * ArrayBuffers per read at 1M edges, and V8 collects the whole heap once ArrayBuffers grow 64 MB past their total at
 * the previous collection. With PageRank's 24 MB (plain too now) that came every run or two, about a second each on the
 * bench graph's heap, charged to whichever step allocated next (bare Louvain's runs too, in the bench).
 */
export function readEdgeList(graph: Graph, weightAttribute: string | null = 'weight'): EdgeList {
  const nodes = graph.nodes();
  const index: Record<string, number> = Object.create(null);
  for (let i = 0; i < nodes.length; i++) index[nodes[i]] = i;
  const size = graph.size;
  const source = plainIntegers(size);
  const target = plainIntegers(size);
  const weight = plainDoubles(size);
  const undirected = plainIntegers(size);
  const kind = plainIntegers(size);
  const kinds: unknown[] = [];
  const kindCodes = new Map<unknown, number>();
  // Edges of one kind tend to come together (the build adds them layer by layer): remember the last one.
  let lastKind: unknown = undefined;
  let lastCode = -1;
  let weightIssue = false;
  let k = 0;
  graph.forEachEdge((_edge, attributes, s, t, _sa, _ta, isUndirected) => {
    source[k] = index[s];
    target[k] = index[t];
    if (weightAttribute === null) weight[k] = 1;
    else {
      const raw = attributes[weightAttribute];
      if (typeof raw === 'number' && Number.isFinite(raw)) {
        weight[k] = raw;
        if (raw < 0) weightIssue = true;
      } else {
        weight[k] = 1;
        if (raw !== undefined) weightIssue = true;
      }
    }
    if (isUndirected) undirected[k] = 1;
    const edgeKind = attributes.kind;
    if (edgeKind !== lastKind || lastCode < 0) {
      lastKind = edgeKind;
      lastCode = kindCodes.get(edgeKind) ?? -1;
      if (lastCode < 0) {
        lastCode = kinds.length;
        kinds.push(edgeKind);
        kindCodes.set(edgeKind, lastCode);
      }
    }
    kind[k] = lastCode;
    k++;
  });
  return { graph, weightAttribute, nodes, index, source, target, weight, undirected, kind, kinds, weightIssue };
}

/** The given list when it was read from this graph with this weight attribute, else a fresh one. */
export function edgeListFor(graph: Graph, weightAttribute: string | null, given: EdgeList | undefined): EdgeList {
  const usable =
    given !== undefined &&
    given.graph === graph &&
    given.weightAttribute === weightAttribute &&
    given.nodes.length === graph.order &&
    given.source.length === graph.size;
  return usable ? given : readEdgeList(graph, weightAttribute);
}

/** A mapping node → value from an array indexed like `nodes`. */
export function toRecord(nodes: string[], values: ArrayLike<number>): Record<string, number> {
  const record: Record<string, number> = {};
  for (let i = 0; i < nodes.length; i++) record[nodes[i]] = values[i];
  return record;
}
