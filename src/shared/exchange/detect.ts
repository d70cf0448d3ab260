// Which graph format a dropped file is, from its name and first characters, and one import entry point for all.
import { parseGraph } from '../serialize';
import type { PaperGraph } from '../schema';
import { fromGexf } from './gexf';
import { fromGml } from './gml';
import { fromGraphml } from './graphml';
import type { DOMParserConstructor, XmlSafetyOptions } from './xmlSafety';

export type GraphFormat = 'json' | 'gexf' | 'graphml' | 'gml';

/** By extension first, then by content (a `.xml` file or one with no extension); null when unknown. */
export function detectGraphFormat(text: string, fileName = ''): GraphFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'gexf') return 'gexf';
  if (extension === 'graphml') return 'graphml';
  if (extension === 'gml') return 'gml';
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/i.test(head)) return 'gexf';
    if (/<graphml[\s>]/i.test(head)) return 'graphml';
  }
  // GML: optional comments / Creator / Version lines, then `graph [`.
  if (/^(?:(?:#[^\n]*|\w+\s+(?:"[^"]*"|\S+))\s*\n\s*)*graph\s*\[/.test(head)) return 'gml';
  return null;
}

/** Read any supported graph file into a validated PaperGraph; throws naming the problem. */
export function importGraphFile(
  text: string,
  fileName: string,
  DOMParserCtor: DOMParserConstructor,
  options: Partial<XmlSafetyOptions> = {},
): PaperGraph {
  const format = detectGraphFormat(text, fileName);
  switch (format) {
    case 'json':
      return parseGraph(text);
    case 'gexf':
      return fromGexf(text, DOMParserCtor, options);
    case 'graphml':
      return fromGraphml(text, DOMParserCtor, options);
    case 'gml':
      return fromGml(text);
    default:
      throw new Error(`importGraphFile: "${fileName}" is not a graph file this tool reads (JSON, GEXF, GraphML or GML).`);
  }
}
