// Graph → files in the requested format (serialisers from src/shared/exchange), each written atomically; JSON, GEXF,
// GraphML and CSV are streamed to the file chunk by chunk.
import { csvChunks, gexfChunks, graphmlChunks, graphologyJsonChunks, type ElementProgress } from '../../src/shared/exchange';
import type { PaperGraph } from '../../src/shared';
import type { OutputFormat } from '../config';
import { plannedEdgeCount } from '../build/plannedEdgeColumns';
import type { PlannedInsertions } from '../build/planEdges';
import { plannedGraphJsonChunks } from './plannedGraphJson';
import { csvPaths } from './outputPath';
import { writeFileAtomic } from './writeAtomic';

export { csvPaths, outputFiles } from './outputPath';

/** Returns the paths written. `onProgress`: the elements written so far (nodes, then edges; GEXF in fifths of one, see
 * gexfChunks), in every format: at 100k papers writing takes 5 to 15 seconds. `plan`: the insertions the graph was made
 * from (insertPlannedGraph.ts), for JSON: its edges are then formatted from them, the same bytes. */
export async function writeGraphFiles(
  graph: PaperGraph,
  out: string,
  format: OutputFormat,
  onProgress?: ElementProgress,
  plan?: PlannedInsertions,
): Promise<string[]> {
  switch (format) {
    case 'json': {
      // A plan whose edge count is not the graph's no longer describes it (a step changed the edges after the build).
      const planned = plan && plannedEdgeCount(plan) === graph.size;
      await writeFileAtomic(out, planned ? plannedGraphJsonChunks(graph, plan, onProgress) : graphologyJsonChunks(graph, onProgress));
      return [out];
    }
    case 'gexf':
      await writeFileAtomic(out, gexfChunks(graph, {}, onProgress));
      return [out];
    case 'graphml':
      await writeFileAtomic(out, graphmlChunks(graph, {}, onProgress));
      return [out];
    case 'csv': {
      const tables = csvChunks(graph, {}, onProgress);
      const paths = csvPaths(out);
      await writeFileAtomic(paths.nodes, tables.nodes);
      await writeFileAtomic(paths.edges, tables.edges);
      return [paths.nodes, paths.edges];
    }
  }
}
