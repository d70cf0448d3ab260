// Which graph format a dropped file is, from its name and first characters, and one import entry point for all.
import { parseGraph } from '../serialize';
import type { PaperGraph } from '../schema';
import { fromGexf } from './gexf';
import { fromGml } from './gml';
import { fromGraphml } from './graphml';
import { detectGraphFormat } from './graphFormat';
import { assertNotTwoByteText } from './textEncoding';
import type { DOMParserConstructor, XmlSafetyOptions } from './xmlSafety';

export { detectGraphFormat, type GraphFormat } from './graphFormat';

/** Read any supported graph file into a validated PaperGraph; throws naming the problem. */
export function importGraphFile(
  text: string,
  fileName: string,
  DOMParserCtor: DOMParserConstructor,
  options: Partial<XmlSafetyOptions> = {},
): PaperGraph {
  try {
    assertNotTwoByteText(text);
  } catch (error) {
    throw new Error(`importGraphFile: "${fileName}": ${(error as Error).message}`);
  }
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
