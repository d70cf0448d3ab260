// Graph → files in the requested format (serialisers from src/shared/exchange), each written atomically; JSON, GEXF
// and GraphML are streamed to the file chunk by chunk.
import { gexfChunks, graphmlChunks, graphologyJsonChunks, toCsv } from '../../src/shared/exchange';
import type { PaperGraph } from '../../src/shared';
import type { OutputFormat } from '../config';
import { plannedEdgeCount } from '../build/plannedEdgeColumns';
import type { PlannedInsertions } from '../build/planEdges';
import { plannedGraphJsonChunks } from './plannedGraphJson';
import { csvPaths } from './outputPath';
import { writeFileAtomic } from './writeAtomic';

export { csvPaths, outputFiles } from './outputPath';

/** Returns the paths written. `onProgress`: the graph file's elements written so far, for JSON (the default format,
 * seconds to write at 100k papers); other formats report nothing between start and end. `plan`: the insertions the
 * graph was made from (insertPlannedGraph.ts), for JSON: its edges are then formatted from them, the same bytes. */
export async function writeGraphFiles(
  graph: PaperGraph,
  out: string,
  format: OutputFormat,
  onProgress?: (elements: number, total: number) => void,
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
      await writeFileAtomic(out, gexfChunks(graph));
      return [out];
    case 'graphml':
      await writeFileAtomic(out, graphmlChunks(graph));
      return [out];
    case 'csv': {
      const tables = toCsv(graph);
      const paths = csvPaths(out);
      await writeFileAtomic(paths.nodes, tables.nodes);
      await writeFileAtomic(paths.edges, tables.edges);
      return [paths.nodes, paths.edges];
    }
  }
}
