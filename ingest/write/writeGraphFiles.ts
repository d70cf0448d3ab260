// Graph → files in the requested format (serialisers from src/shared/exchange), each written atomically; JSON, GEXF
// and GraphML are streamed to the file chunk by chunk.
import { gexfChunks, graphmlChunks, graphologyJsonChunks, toCsv } from '../../src/shared/exchange';
import type { PaperGraph } from '../../src/shared';
import type { OutputFormat } from '../config';
import type { EdgeColumns, EdgeTables } from '../../src/shared/exchange/jsonEdges';
import { graphJsonChunksInThreads } from './graphJsonInThreads';
import { csvPaths } from './outputPath';
import { writeFileAtomic } from './writeAtomic';

export { csvPaths, outputFiles } from './outputPath';

/** Returns the paths written. `onProgress`: the graph file's elements written so far, for JSON (the default format,
 * seconds to write at 100k papers); other formats report nothing between start and end. `edges`: the graph's edges as
 * columns (plannedEdgeColumns.ts), for JSON: its edges are then formatted on a second thread, the same bytes. */
export async function writeGraphFiles(
  graph: PaperGraph,
  out: string,
  format: OutputFormat,
  onProgress?: (elements: number, total: number) => void,
  edges?: () => { columns: EdgeColumns; tables: EdgeTables },
): Promise<string[]> {
  switch (format) {
    case 'json':
      await writeFileAtomic(out, edges ? graphJsonChunksInThreads(graph, edges, onProgress) : graphologyJsonChunks(graph, onProgress));
      return [out];
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
