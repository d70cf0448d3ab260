// Graph → files in the requested format (serialisers from src/shared/exchange), each written atomically.
import { toCsv, toGexf, toGraphml, toGraphologyJson } from '../../src/shared/exchange';
import type { PaperGraph } from '../../src/shared';
import type { OutputFormat } from '../config';
import { csvPaths } from './outputPath';
import { writeFileAtomic } from './writeAtomic';

export { csvPaths, outputFiles } from './outputPath';

/** Returns the paths written. */
export async function writeGraphFiles(graph: PaperGraph, out: string, format: OutputFormat): Promise<string[]> {
  switch (format) {
    case 'json':
      await writeFileAtomic(out, toGraphologyJson(graph));
      return [out];
    case 'gexf':
      await writeFileAtomic(out, toGexf(graph));
      return [out];
    case 'graphml':
      await writeFileAtomic(out, toGraphml(graph));
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
