// Truncated or broken XML: keep every element that was complete before the break, close the open ones, say where.
//
// Uses saxes (a streaming, non-validating parser that reports the position of each tag), so finding the break is one
// linear pass; the DOM parser then reads the repaired text. Graph files cut off by a failed download or a full disk
// keep their nodes and edges up to the cut instead of being refused whole.
import { SaxesParser } from 'saxes';

export interface XmlRecovery {
  /** The text up to the last complete element, with the elements still open there closed. */
  text: string;
  /** 1-based line where the document breaks. */
  line: number;
  /** What the streaming parser said at the break. */
  reason: string;
}

class StopParsing extends Error {}

/**
 * `recordDepth`: the number of ancestors a record element has (GEXF node: gexf > graph > nodes, so 3). Null when the
 * document is whole (or when nothing complete precedes the break); otherwise the repaired text.
 * Only call it for a document the DOM parser refused: it parses the text once more.
 */
export function recoverBrokenXml(text: string, options: { recordDepth?: number } = {}): XmlRecovery | null {
  // Records (a GEXF <node>, a GraphML <edge>, an Atom <entry>) sit at a known depth: cutting only where one closes
  // keeps whole records, never a record with half its attributes.
  const recordDepth = options.recordDepth ?? Infinity;
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let cut = -1;
  let cutDepth = 0;
  let broken: { line: number; reason: string } | null = null;
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
  });
  let previous = { cut: -1, depth: 0 };
  parser.on('closetag', () => {
    stack.pop();
    if (stack.length > recordDepth) return;
    // Entries below cutDepth only change by being closed, which moves the cut: stack[0..cutDepth) stays valid.
    previous = { cut, depth: cutDepth };
    cut = parser.position;
    cutDepth = stack.length;
  });
  parser.on('error', (error) => {
    broken = { line: parser.line, reason: error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') };
    // saxes closes the open element for a mismatched close tag before reporting it: that close is not a real one.
    if (cut === parser.position) ({ cut, depth: cutDepth } = previous);
    throw new StopParsing();
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (!(error instanceof StopParsing)) broken ??= { line: parser.line, reason: (error as Error).message };
  }
  if (!broken && stack.length === 0) return null;
  const at = broken ?? { line: parser.line, reason: 'the file ends inside an element' };
  // Nothing complete inside the root element: there is nothing worth keeping.
  if (cut < 0 || cutDepth === 0) return null;
  let end = cut;
  // saxes reports the position after the tag's '>'; step back over anything else defensively.
  while (end > 0 && text[end - 1] !== '>') end--;
  const closing = stack.slice(0, cutDepth).reverse().map((name) => `</${name}>`).join('');
  return { text: `${text.slice(0, end)}\n${closing}\n`, line: at.line, reason: at.reason };
}
