// Other tools' graph files made fit for the explorer: one undirected edge per pair and the file's own partition adopted.
import Graph from 'graphology';
import modularity from 'graphology-metrics/graph/modularity.js';
import type AbstractGraph from 'graphology-types';
import { countOf } from '../countWords';
import { renumberBySize } from '../analysis/communities';
import { labelCommunities } from '../analysis/labels';
import { drawableColor } from './drawableColor';
import { isPartitionName, partitionNameRank } from './partitionNames';

/** Where a node colour the view cannot draw is kept (a name beside `color`, so it stays visible as data). */
export const UNDRAWN_COLOR = 'colorName';

/** What normalisation did, for the notice the app shows. */
export interface ForeignGraphReport {
  declaredDirected: boolean;
  /** Edges B–A folded into an earlier A–B (weights summed). */
  reverseDuplicates: number;
  /** Further A–B edges folded into the first A–B (weights summed). */
  parallelDuplicates: number;
  /** The node attribute whose values became the clusters, or null. */
  partitionAttribute: string | null;
}

/** A node attribute every node carries with an integer (or integer-like string) value, with 2..n/2 distinct values. */
export function findPartitionAttribute(graph: AbstractGraph): string | null {
  if (graph.order < 2) return null;
  const names = new Map<string, string>();
  graph.forEachNode((_node, attributes) => {
    for (const name in attributes) if (!names.has(name) && isPartitionName(name)) names.set(name, name);
  });
  const ranked = [...names.keys()].sort((a, b) => partitionNameRank(a) - partitionNameRank(b));
  for (const name of ranked) {
    const values = new Set<string>();
    let ok = true;
    graph.forEachNode((_node, attributes) => {
      const value = attributes[name];
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      if (!/^-?\d+$/.test(text)) ok = false;
      else values.add(text);
    });
    if (ok && values.size >= 2 && values.size <= Math.max(2, graph.order / 2)) return name;
  }
  return null;
}

/** Partition values renumbered 0.. by size (largest first, ties by smallest member key), as our own clusters are. */
function renumberPartition(graph: AbstractGraph, attribute: string): Record<string, number> {
  const valueIds = new Map<string, number>();
  const raw: Record<string, number> = {};
  graph.forEachNode((node, attributes) => {
    const value = String(attributes[attribute]).trim();
    if (!valueIds.has(value)) valueIds.set(value, valueIds.size);
    raw[node] = valueIds.get(value)!;
  });
  return renumberBySize(raw).communities;
}

/**
 * Another tool's graph → an undirected simple graph the explorer clusters as undirected (a directed file is read as
 * undirected unless `keepDirected`): reverse and parallel duplicate edges merged with weights summed, first edge's
 * other attributes kept (and a later edge's attributes the first lacks). When the file carries a partition and no `community`, it becomes the clusters (labelled,
 * with its modularity Q). The report says what happened; `notes` are the sentences the app shows.
 */
export function normaliseForeignGraph(
  input: AbstractGraph,
  options: { keepDirected?: boolean; declaredDirected?: boolean } = {},
): { graph: AbstractGraph; report: ForeignGraphReport; notes: string[] } {
  const declaredDirected = options.declaredDirected ?? input.type === 'directed';
  const report: ForeignGraphReport = { declaredDirected, reverseDuplicates: 0, parallelDuplicates: 0, partitionAttribute: null };
  let graph: AbstractGraph = input;
  if (!options.keepDirected) {
    graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: input.allowSelfLoops });
    graph.replaceAttributes(input.getAttributes());
    input.forEachNode((node, attributes) => graph.addNode(node, { ...attributes }));
    const orientation = new Map<string, string>();
    input.forEachEdge((edge, attributes, source, target) => {
      const weight = typeof attributes.weight === 'number' && Number.isFinite(attributes.weight) ? attributes.weight : 1;
      const existing = graph.edge(source, target);
      if (existing === undefined) {
        graph.addEdgeWithKey(edge, source, target, { ...attributes, weight });
        orientation.set(edge, source);
        return;
      }
      graph.updateEdgeAttribute(existing, 'weight', (w) => (w as number) + weight);
      // An attribute only the later edge has (a multilayer file's other layer) is kept rather than dropped.
      const kept = graph.getEdgeAttributes(existing);
      const missing = Object.keys(attributes).filter((name) => !(name in kept));
      if (missing.length > 0) graph.mergeEdgeAttributes(existing, Object.fromEntries(missing.map((name) => [name, attributes[name]])));
      if (source !== target && orientation.get(existing) !== source) report.reverseDuplicates++;
      else report.parallelDuplicates++;
    });
  }

  // A numeric label (a GraphML label key typed int) is the label as text; a node without a label takes its `name`
  // (igraph, Cytoscape and networkx write names so) rather than its bare id.
  graph.updateEachNodeAttributes((_node, attributes) => {
    if (typeof attributes.label === 'number' && Number.isFinite(attributes.label)) return { ...attributes, label: String(attributes.label) };
    if (typeof attributes.label === 'string' && attributes.label !== '') return attributes;
    return typeof attributes.name === 'string' && attributes.name.trim() !== '' ? { ...attributes, label: attributes.name } : attributes;
  });
  // A node colour the view cannot draw (it would be black) is kept as data under another name, and said.
  const undrawn = new Map<string, number>();
  graph.updateEachNodeAttributes((_node, attributes) => {
    if (typeof attributes.color !== 'string' || attributes.color === '') return attributes;
    const drawable = drawableColor(attributes.color);
    if (drawable === attributes.color) return attributes;
    if (drawable !== null) return { ...attributes, color: drawable };
    undrawn.set(attributes.color, (undrawn.get(attributes.color) ?? 0) + 1);
    const { color, ...rest } = attributes;
    return { ...rest, [UNDRAWN_COLOR]: color };
  });
  // A reader may have left notes of its own on the graph (what it could not read); they come first.
  const earlier = input.getAttribute('importNotes');
  const notes: string[] = Array.isArray(earlier) ? earlier.filter((note): note is string => typeof note === 'string') : [];
  if (undrawn.size > 0) {
    const count = [...undrawn.values()].reduce((sum, n) => sum + n, 0);
    const examples = [...undrawn.keys()].slice(0, 3).map((value) => `"${value}"`).join(', ');
    notes.push(
      `${countOf(count, 'node', undefined, 'en')} ${count === 1 ? 'carries' : 'carry'} a colour the view cannot draw (${examples}${undrawn.size > 3 ? '…' : ''}); ` +
        `kept as the attribute "${UNDRAWN_COLOR}".`,
    );
  }
  if (declaredDirected && !options.keepDirected) {
    notes.push('The file declares a directed graph; it is shown and clustered as undirected (standard modularity).');
  } else if (input.type === 'mixed' && input.directedSize > 0 && !options.keepDirected) {
    // GEXF's per-edge `type` and GraphML's `directed` attribute make a mixed graph: its arrows are dropped too.
    notes.push(
      `${countOf(input.directedSize, 'edge', undefined, 'en')} of ${input.size.toLocaleString('en')} ${input.directedSize === 1 ? 'is' : 'are'} ` +
        'directed in the file; all are shown and clustered as undirected (standard modularity).',
    );
  }
  const merged = report.reverseDuplicates + report.parallelDuplicates;
  if (merged > 0) {
    const parts = [
      report.reverseDuplicates ? `${report.reverseDuplicates.toLocaleString('en')} listed in both directions` : '',
      report.parallelDuplicates ? `${report.parallelDuplicates.toLocaleString('en')} repeated` : '',
    ].filter(Boolean);
    notes.push(`${countOf(merged, 'duplicate edge', undefined, 'en')} merged into one edge per pair, weights summed (${parts.join(', ')}).`);
  }

  const hasCommunities = graph.someNode((_node, attributes) => typeof attributes.community === 'number');
  const partition = hasCommunities ? null : findPartitionAttribute(graph);
  if (partition) {
    report.partitionAttribute = partition;
    const ids = renumberPartition(graph, partition);
    graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, community: ids[node] }));
    const infos = labelCommunities.assign(graph as never);
    const q = graph.size > 0 ? modularity(graph, { getNodeCommunity: 'community', getEdgeWeight: 'weight' }) : 0;
    graph.mergeAttributes({ modularity: q, resolution: 1 });
    notes.push(`The file's own partition "${partition}" is shown as ${countOf(infos.length, 'cluster', undefined, 'en')} (modularity Q ${q.toFixed(3)}).`);
  }
  if (notes.length > 0) graph.setAttribute('importNotes', notes);
  return { graph, report, notes };
}
