// Graph → files in the requested format (serialisers from src/shared/exchange), each written atomically; JSON, GEXF
// and GraphML are streamed to the file chunk by chunk.
import { gexfChunks, graphmlChunks, graphologyJsonChunks, toCsv } from '../../src/shared/exchange';
import type { PaperGraph } from '../../src/shared';
import type { OutputFormat } from '../config';
import { csvPaths } from './outputPath';
import { writeFileAtomic } from './writeAtomic';

export { csvPaths, outputFiles } from './outputPath';

/** Returns the paths written. */
export async function writeGraphFiles(graph: PaperGraph, out: string, format: OutputFormat): Promise<string[]> {
  switch (format) {
    case 'json':
      await writeFileAtomic(out, graphologyJsonChunks(graph));
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
