// Graph → files in the requested format, each written atomically.
import { serializeGraph, type PaperGraph } from '../../src/shared';
import type { OutputFormat } from '../config';
import { writeFileAtomic } from './writeAtomic';

/** Returns the paths written. */
export async function writeGraphFiles(graph: PaperGraph, out: string, format: OutputFormat): Promise<string[]> {
  switch (format) {
    case 'json':
      await writeFileAtomic(out, serializeGraph(graph));
      return [out];
    default:
      throw new Error(`write: format "${format}" is not supported yet`);
  }
}
