// Routes an opened or dropped file to the right reader (graphology JSON, GEXF, GraphML, GML) by extension, then content.
import { assertNotTwoByteText, detectGraphFormat, fromGexf, fromGml, fromGraphml, type DOMParserConstructor, type GraphFormat } from '../../shared/exchange';
import { parseGraph, type PaperGraph } from '../../shared';

/**
 * The format to read `fileName` as. Throws when it is none of the four; the message leaves the file name to the
 * caller, which shows it beside the message ("Could not open notes.txt: not a graph file…").
 */
export function routeGraphFile(text: string, fileName: string): GraphFormat {
  // UTF-16 read as UTF-8 fails in every reader with a message about the content; the cause is the encoding.
  assertNotTwoByteText(text);
  const format = detectGraphFormat(text, fileName);
  if (format) return format;
  const head = text.replace(/^\uFEFF/, '').trimStart();
  const what = head === '' ? 'the file is empty' : head.startsWith('<') ? 'XML, but neither GEXF nor GraphML' : 'not a graph file';
  throw new Error(`${what}; this explorer opens graphology JSON, GEXF, GraphML and GML files.`);
}

/**
 * Read a graph file. The DOMParser is loaded only for XML formats (a worker has none: the caller passes
 * @xmldom/xmldom's), so opening JSON does not pay for an XML parser.
 */
export async function importGraphText(
  text: string,
  fileName: string,
  loadDomParser: () => Promise<DOMParserConstructor>,
): Promise<PaperGraph> {
  const format = routeGraphFile(text, fileName);
  if (format === 'json') return parseGraph(text);
  if (format === 'gml') {
    try {
      return fromGml(text);
    } catch (error) {
      throw new Error((error as Error).message.replace(/^fromGml: /, ''));
    }
  }
  const DOMParserCtor = await loadDomParser();
  try {
    return format === 'gexf' ? fromGexf(text, DOMParserCtor) : fromGraphml(text, DOMParserCtor);
  } catch (error) {
    // The readers prefix errors with their function name; the user sees the file name beside the message instead.
    throw new Error((error as Error).message.replace(/^(fromGexf|fromGraphml): /, ''));
  }
}
