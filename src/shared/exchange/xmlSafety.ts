// Guards run before any XML reaches a DOMParser: size cap and no DTD entities or external ids (billion laughs, XXE).
import { safeNodeKey } from '../serialize';
import { recoverBrokenXml } from './xmlRecovery';

export interface XmlSafetyOptions {
  /** Largest input accepted, in characters; the parse builds a DOM several times the text's size. */
  maxChars: number;
}

export const DEFAULT_XML_SAFETY_OPTIONS: XmlSafetyOptions = { maxChars: 64 * 1024 * 1024 };

/** The DOMParser to use: the browser's `DOMParser`, or @xmldom/xmldom's in Node. Injected so this module stays pure. */
export type DOMParserConstructor = new (options?: never) => {
  parseFromString(source: string, mimeType: string): unknown;
};

/**
 * Reject documents that could expand or fetch: any `<!ENTITY` declaration (entity expansion such as "billion laughs")
 * and any DOCTYPE naming an external id (SYSTEM/PUBLIC: external DTDs and entities). Graph files never need either.
 * The check is textual and deliberately strict: an `<!ENTITY` inside a comment is rejected too.
 */
export function assertSafeXml(text: string, moduleName: string, options: Partial<XmlSafetyOptions> = {}): void {
  const { maxChars } = { ...DEFAULT_XML_SAFETY_OPTIONS, ...options };
  if (text.length > maxChars) {
    throw new Error(
      `${moduleName}: the file is too large (${text.length} characters; the limit is ${maxChars}).`,
    );
  }
  if (/<!ENTITY/i.test(text)) {
    throw new Error(`${moduleName}: the file declares XML entities (<!ENTITY>); refusing to read it.`);
  }
  const doctype = /<!DOCTYPE\s+[^\s>[]+\s+(SYSTEM|PUBLIC)\b/i.exec(text);
  if (doctype) {
    throw new Error(`${moduleName}: the file's DOCTYPE refers to an external ${doctype[1]} resource; refusing to read it.`);
  }
}

interface DomLike {
  documentElement: { tagName: string } | null;
  getElementsByTagName(name: string): { length: number; [index: number]: { textContent: string | null } };
}

/**
 * Parse to a Document with the injected DOMParser; fail with a readable message on malformed XML. xmldom reports
 * errors through an `errorHandler` option (browsers ignore the argument and return a <parsererror> document instead).
 */
export function parseXmlDocument(
  text: string,
  DOMParserCtor: DOMParserConstructor,
  moduleName: string,
  options: Partial<XmlSafetyOptions> = {},
  recordDepth = Infinity,
): { document: unknown; Document: new () => unknown; recovered: { line: number; reason: string } | null } {
  assertSafeXml(text, moduleName, options);
  // A file cut off part-way goes straight to the linear recovery: xmldom's own error recovery on a truncated document
  // is quadratic (a GraphML of 1,000 nodes cut at 80% took 14 s, 3,000 nodes minutes, and never finished in the app).
  // (Content after the root also fails that check; recovery finds nothing to cut then, and the DOM parser says why.)
  const early = endsBeforeItsRoot(text) ? recoverBrokenXml(text, { recordDepth }) : null;
  if (early) {
    return { ...parseWhole(early.text, DOMParserCtor, moduleName), recovered: { line: early.line, reason: early.reason } };
  }
  try {
    return { ...parseWhole(text, DOMParserCtor, moduleName), recovered: null };
  } catch (error) {
    // A file broken part-way: read the complete elements before the break, and say where it breaks.
    const recovery = recoverBrokenXml(text, { recordDepth });
    if (!recovery) throw error;
    try {
      return { ...parseWhole(recovery.text, DOMParserCtor, moduleName), recovered: { line: recovery.line, reason: recovery.reason } };
    } catch {
      throw error;
    }
  }
}

/** Name of the document's root element: the first tag that is not a declaration, comment, DOCTYPE or instruction. */
function rootElementName(text: string): string | null {
  for (let at = text.indexOf('<'); at !== -1 && at < 65_536; ) {
    if (text.startsWith('<!--', at)) at = text.indexOf('-->', at);
    else if (text.startsWith('<?', at)) at = text.indexOf('?>', at);
    // A DOCTYPE's internal subset holds its own '>'s; entity DOCTYPEs were refused before this runs.
    else if (text.startsWith('<!', at)) at = text.indexOf(text.indexOf('[', at) !== -1 && text.indexOf('[', at) < text.indexOf('>', at) ? ']>' : '>', at);
    else return /^<([^\s/>]+)/.exec(text.slice(at, at + 256))?.[1] ?? null;
    if (at === -1) return null;
    at = text.indexOf('<', at);
  }
  return null;
}

/**
 * Whether the text stops before its root element is closed: a whole document ends with `</root>` (or is one
 * self-closed root), then only comments, processing instructions and white space. Looks at the text's two ends only.
 */
function endsBeforeItsRoot(text: string): boolean {
  const root = rootElementName(text);
  if (root === null) return false;
  let tail = text.slice(-65_536).trimEnd();
  // Trailing comments and processing instructions are allowed after the root.
  for (;;) {
    if (tail.endsWith('-->') && tail.lastIndexOf('<!--') !== -1) tail = tail.slice(0, tail.lastIndexOf('<!--')).trimEnd();
    else if (tail.endsWith('?>') && tail.lastIndexOf('<?') !== -1) tail = tail.slice(0, tail.lastIndexOf('<?')).trimEnd();
    else break;
  }
  const close = tail.lastIndexOf('</');
  if (close !== -1 && /^<\/([^\s>]+)\s*>$/.exec(tail.slice(close))?.[1] === root) return false;
  // A root that closes itself (`<graphml/>`) is a whole, empty document.
  return !(tail.endsWith('/>') && text.indexOf('<', text.indexOf(`<${root}`) + 1) === -1);
}

/** xmldom's DOM-specification wording, in the user's terms. */
function plainXmldomMessage(message: string): string {
  if (/Hierarchy request error/i.test(message)) return 'more than one root element, or markup after the root element';
  return message.replace(/^element parse error: (?:Error: )?/, '');
}

function parseWhole(
  text: string,
  DOMParserCtor: DOMParserConstructor,
  moduleName: string,
): { document: unknown; Document: new () => unknown } {
  const errors: string[] = [];
  // xmldom reports a mismatched end tag only as a warning; browsers reject such a document, so we do too. Its
  // "@#[line:N,col:M]" suffix becomes "(line N)".
  const errorHandler = (_level: string, message: string) => {
    const line = /@#\[line:(\d+)/.exec(String(message))?.[1];
    const text = plainXmldomMessage(String(message).replace(/^\[xmldom \w+\]\s*/, '').replace(/\s*@#\[line:.*$/s, ''));
    errors.push(line ? `${text} (line ${line})` : text);
  };
  const parser = new DOMParserCtor({ errorHandler } as never);
  let document: DomLike;
  try {
    document = parser.parseFromString(text, 'application/xml') as DomLike;
  } catch (error) {
    throw new Error(`${moduleName}: not well-formed XML: ${(error as Error).message}`);
  }
  const parserError = document.getElementsByTagName('parsererror');
  if (errors.length > 0 || parserError.length > 0 || !document.documentElement) {
    const reason = errors[0] ?? parserError[0]?.textContent ?? 'no root element';
    throw new Error(`${moduleName}: not well-formed XML: ${reason.trim().split('\n')[0]}`);
  }
  return { document, Document: (document as object).constructor as new () => unknown };
}

interface ElementLike {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
}

/**
 * Rename node ids that name Object.prototype properties (see safeNodeKey) in a parsed GEXF/GraphML document, before
 * graphology's parsers build the graph: they would refuse valid edges between such nodes. A renamed GEXF node keeps its
 * id as label when it has none.
 */
export function renamePrototypeNodeIds(document: unknown): number {
  const doc = document as { getElementsByTagName(name: string): ArrayLike<ElementLike> };
  let renamed = 0;
  for (const node of Array.from(doc.getElementsByTagName('node'))) {
    const id = node.getAttribute('id');
    if (id !== null && safeNodeKey(id) !== id) {
      node.setAttribute('id', safeNodeKey(id));
      if (!node.hasAttribute('label')) node.setAttribute('label', id);
      renamed++;
    }
  }
  if (renamed === 0) return 0;
  for (const edge of Array.from(doc.getElementsByTagName('edge'))) {
    for (const end of ['source', 'target']) {
      const id = edge.getAttribute(end);
      if (id !== null) edge.setAttribute(end, safeNodeKey(id));
    }
  }
  return renamed;
}
