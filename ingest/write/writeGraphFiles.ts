// Graph → files in the requested format (serialisers from src/shared/exchange), each written atomically; JSON, GEXF,
// GraphML and CSV are streamed to the file chunk by chunk.
import { csvChunks, gexfChunks, graphmlChunks, graphologyJsonChunks, type ElementProgress } from '../../src/shared/exchange';
import type { PaperGraph } from '../../src/shared';
import type { OutputFormat } from '../config';
import { csvPaths } from './outputPath';
import { writeFileAtomic } from './writeAtomic';

export { csvPaths, outputFiles } from './outputPath';

/** Returns the paths written. `onProgress`: the elements written so far (nodes, then edges; GEXF in fifths of one, see
 * gexfChunks), in every format: at 100k papers writing takes 5 to 15 seconds. */
export async function writeGraphFiles(
  graph: PaperGraph,
  out: string,
  format: OutputFormat,
  onProgress?: ElementProgress,
): Promise<string[]> {
  switch (format) {
    case 'json':
      await writeFileAtomic(out, graphologyJsonChunks(graph, onProgress));
      return [out];
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
