// The graph file's JSON, its edges formatted from the build's plan (plannedEdgeColumns.ts) rather than stringified
// from the graph: the same bytes as graphologyJsonChunks, with about half the CPU for the edges.
//
// Why: at 100k papers the file is 647 MB, two thirds of it 1.67M edges. Formatting them from columns costs ~0.8 µs
// an edge against ~1.5 µs for JSON.stringify of edge objects (each edge's node keys escaped again, its attributes
// object walked). Tried and not kept (docs/benchmarks.md, write22): formatting and writing the edges on a worker thread
// while this one stringifies the nodes; on this shared 2-core machine (load 9–12 throughout) it cost more CPU and
// its wall time swung 2–3×, while formatting here cut the write stage's CPU by a quarter to a third.
import type AbstractGraph from 'graphology-types';
import { graphologyJsonNodeChunks } from '../../src/shared/exchange/json';
import type { ElementProgress } from '../../src/shared/exchange/textChunks';
import { EdgeColumnFormatter } from '../../src/shared/exchange/jsonEdges';
import { PlannedEdgeReader } from '../build/plannedEdgeColumns';
import type { PlannedInsertions } from '../build/planEdges';

/**
 * Edges per chunk: ~1 MB of text at the ingest's ~260 bytes an edge, which writeChunks encodes straight into its
 * write buffer. A chunk's text is a rope of small strings until then; bigger ropes outlive the young generation.
 */
export const PLANNED_SLICE_EDGES = 4096;

/**
 * graphologyJsonChunks(graph), the edges from `insertions`, the plan the graph was made from (insertPlannedGraph.ts);
 * the caller checks that the graph's edges are still the plan's (plannedEdgeCount). `onProgress` as there.
 */
export function* plannedGraphJsonChunks(
  graph: AbstractGraph,
  insertions: PlannedInsertions,
  onProgress?: ElementProgress,
): Generator<string> {
  yield* graphologyJsonNodeChunks(graph, onProgress);
  const total = graph.order + graph.size;
  const reader = new PlannedEdgeReader(insertions, PLANNED_SLICE_EDGES);
  const formatter = new EdgeColumnFormatter(reader.tables);
  let done = 0;
  for (let columns = reader.next(); columns.count > 0; columns = reader.next()) {
    const text = formatter.format(columns, 0, columns.count);
    yield done === 0 ? text : `,${text}`;
    done += columns.count;
    onProgress?.(graph.order + done, total);
  }
  yield ']}';
}
