// Graphs too big to draw whole in a browser tab open on the cluster overview; the map then holds one cluster at a time.
import type { PaperGraph } from '../../shared';

/**
 * Above either bound the explorer opens on the cluster overview and loads one cluster's nodes into the map on demand:
 * software WebGL takes seconds per frame past ~250k edges, and indexing ~1M edges for sigma freezes the tab for tens
 * of seconds. Both bounds sit above the benchmark's 50k/250k graph, which is still drawn whole.
 */
export const OVERVIEW_ABOVE = { nodes: 60_000, edges: 500_000 };

/** `?overview-above=N` lowers (or raises) the node bound for this page, e.g. to try the mode on a small graph. */
function nodeBound(): number {
  const fromUrl = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('overview-above');
  const value = fromUrl === null ? NaN : Number(fromUrl);
  return Number.isFinite(value) && value >= 0 ? value : OVERVIEW_ABOVE.nodes;
}

/** The bound in words, as it applies on this page: "above 60,000 nodes or 500,000 edges". */
export function describeOverviewBound(): string {
  const nodes = nodeBound();
  return nodes === OVERVIEW_ABOVE.nodes
    ? `above ${nodes.toLocaleString()} nodes or ${OVERVIEW_ABOVE.edges.toLocaleString()} edges`
    : `above ${nodes.toLocaleString()} nodes (set by ?overview-above in the address)`;
}

/** Whether this graph opens on the cluster overview: it is big, and has clusters to show one at a time. */
export function opensOnOverview(graph: PaperGraph | null): boolean {
  if (!graph) return false;
  const nodes = nodeBound();
  const big = graph.order > nodes || (nodes === OVERVIEW_ABOVE.nodes && graph.size > OVERVIEW_ABOVE.edges);
  return big && graph.someNode((_key, attributes) => typeof attributes.community === 'number');
}

/**
 * The cluster's members and the edges between them, as a graph of its own for the map (attributes are copied, so a
 * layout run on it leaves the loaded graph as it was). Cost is the members' degrees, not the whole graph.
 */
export function clusterDetailGraph(graph: PaperGraph, id: number): PaperGraph {
  const detail = graph.nullCopy() as PaperGraph;
  detail.replaceAttributes({ ...graph.getAttributes() });
  const members: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.community !== id) return;
    members.push(node);
    detail.addNode(node, { ...attributes });
  });
  for (const node of members) {
    graph.forEachEdge(node, (edge, attributes, source, target, _s, _t, undirected) => {
      if (detail.hasEdge(edge) || !detail.hasNode(source) || !detail.hasNode(target)) return;
      if (undirected) detail.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
      else detail.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
    });
  }
  return detail;
}
