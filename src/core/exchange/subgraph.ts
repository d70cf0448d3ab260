// The graph "as the filters show it": a new graph with the shown nodes and the edges between them (pure).
import Graph from 'graphology';
import { computeFilter, edgeKindOf, type FiltersState } from '../filters';
import type { PaperGraph } from '../../shared';

/**
 * Copy of `graph` without the `hidden` nodes and their edges, nor edges of hidden kinds. Options, graph attributes and edge keys are kept so
 * the export reads back as the same kind of file; attribute objects are copied so the export cannot alter the view.
 */
export function buildShownSubgraph(graph: PaperGraph, hidden: ReadonlySet<string>, hiddenEdgeKinds: ReadonlySet<string> = new Set()): PaperGraph {
  const sub = new Graph({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }) as unknown as PaperGraph;
  sub.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((node, attributes) => {
    if (!hidden.has(node)) sub.addNode(node, { ...attributes });
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (hidden.has(source) || hidden.has(target) || hiddenEdgeKinds.has(edgeKindOf(attributes as never))) return;
    if (undirected) sub.addUndirectedEdgeWithKey(edge, source, target, { ...attributes });
    else sub.addDirectedEdgeWithKey(edge, source, target, { ...attributes });
  });
  return sub;
}

/** The subgraph for the current filter state, computed the same way the view hides nodes. */
export function buildFilteredSubgraph(graph: PaperGraph, filters: FiltersState): PaperGraph {
  const result = computeFilter(graph, filters);
  return buildShownSubgraph(graph, result.hidden, result.hiddenEdgeKinds);
}

/** The graph an export writes: the loaded graph itself, or the filtered copy. */
export function selectExportGraph(graph: PaperGraph, filters: FiltersState, scope: 'all' | 'filtered'): PaperGraph {
  return scope === 'filtered' ? buildFilteredSubgraph(graph, filters) : graph;
}
