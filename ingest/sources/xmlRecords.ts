// Streaming XML record reader (saxes) for feeds: small trees of the record elements only, linear in file size, safe.
//
// A DOM parser (xmldom) builds the whole document and, on a truncated file, recovered nothing in super-linear time.
// Here saxes streams, only the elements inside a record are kept, and each record is handed over when it closes, so
// the complete records before a truncation survive. No DTD is read: entity declarations are refused, never expanded,
// and nothing is ever fetched.
import { SaxesParser } from 'saxes';
import { namedEntity } from './htmlEntities';

/** One element of a record: local name, namespace, attributes by local name, children and own text. */
export interface XmlElement {
  name: string;
  uri: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /**
   * Where this element starts in its parent's own `text` (mixed content: `inhaled <math>…</math> ventilation`), so that
   * the parent's text and its children's can be read back in document order. Absent: after the parent's text.
   */
  at?: number;
  /** 1-based line where the start tag ends. */
  line: number;
}

export interface XmlProblem {
  line: number;
  message: string;
}

export interface XmlRecord {
  element: XmlElement;
  /** XML errors found while the record was open, with the names of the elements open at that moment. */
  problems: (XmlProblem & { openElements: string[] })[];
}

export interface XmlStreamResult {
  /** Errors outside any record. */
  problems: XmlProblem[];
  /** A record still open when the file ended: the line it started on and the line where the file breaks. */
  truncated: { recordLine: number; endLine: number } | null;
  /** Set when the file declares entities in a DOCTYPE: nothing is read then. */
  refusedDoctypeLine: number | null;
  /** Stray `&` (not an entity reference) read as a literal `&`: the first line, and how many. */
  bareAmpersands: { line: number; count: number } | null;
}

class RefusedDoctype extends Error {}

/** Elements nested deeper than this inside a record are not kept (their text is still read into the last kept one). */
const MAX_RECORD_DEPTH = 64;

/** Direct children of an element with a local name (and namespace when given). */
export function childElements(element: XmlElement, name: string, uri?: string): XmlElement[] {
  return element.children.filter((child) => child.name === name && (uri === undefined || child.uri === uri));
}

/** Text of the first such child, whitespace collapsed; null when absent or empty. */
export function childText(element: XmlElement, name: string, uri?: string): string | null {
  const child = childElements(element, name, uri)[0];
  const text = child ? elementText(child) : '';
  return text === '' ? null : text;
}

/** Descendant at a path of local names (`Article/Journal/Title`: the first child of each name in turn), or undefined. */
export function elementAt(element: XmlElement | undefined, path: string): XmlElement | undefined {
  let node = element;
  for (const name of path.split('/')) node = node ? childElements(node, name)[0] : undefined;
  return node;
}

/** Text of the descendant at `path`, whitespace collapsed; null when absent or empty. */
export function textAt(element: XmlElement | undefined, path: string): string | null {
  const node = elementAt(element, path);
  const text = node ? elementText(node) : '';
  return text === '' ? null : text;
}

/**
 * The texts inside an element in document order: its own text cut where each child starts, each child's texts in
 * between (`inhaled`, the formula's, `ventilation`), not its own text first and the children's after it.
 */
export function textPieces(element: XmlElement): string[] {
  const pieces: string[] = [];
  const walk = (node: XmlElement) => {
    let from = 0;
    for (const child of node.children) {
      const at = Math.min(Math.max(child.at ?? node.text.length, from), node.text.length);
      if (at > from) pieces.push(node.text.slice(from, at));
      from = at;
      walk(child);
    }
    if (from < node.text.length || node.children.length === 0) pieces.push(node.text.slice(from));
  };
  walk(element);
  return pieces;
}

/** All text inside an element (descendants included), in document order, whitespace collapsed. */
export function elementText(element: XmlElement): string {
  return textPieces(element).join(' ').replace(/\s+/g, ' ').trim();
}

/** 1-based line of an offset, by counting newlines (only used for the few warnings). */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * An `&` that starts no entity or character reference is the commonest error in hand-made feeds ("A & B"). saxes
 * would read the rest of the file as an entity name and lose every later record, so it is escaped first.
 */
function escapeBareAmpersands(text: string): { text: string; first: number; count: number } {
  let first = -1;
  let count = 0;
  const escaped = text.replace(/&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g, (_match, offset: number) => {
    if (first === -1) first = offset;
    count++;
    return '&amp;';
  });
  return { text: escaped, first, count };
}

/**
 * Stream `text` and call `onRecord` for each complete element `isRecord` accepts (not nested in another record).
 * Never throws for bad XML: problems come back as data. `htmlEntities`: HTML's named references (`&uuml;`) are
 * known, for formats whose external DTD declares them (dblp.dtd); each expands to a character or two, never more.
 */
export function streamXmlRecords(
  text: string,
  isRecord: (name: string, uri: string) => boolean,
  onRecord: (record: XmlRecord) => void,
  options: { htmlEntities?: boolean } = {},
): XmlStreamResult {
  const escaped = escapeBareAmpersands(text);
  const result: XmlStreamResult = {
    problems: [],
    truncated: null,
    refusedDoctypeLine: null,
    bareAmpersands: escaped.count > 0 ? { line: lineOf(text, escaped.first), count: escaped.count } : null,
  };
  // saxes' own namespace mode costs time in proportion to the nesting depth at every tag (quadratic on hostile
  // nesting); prefixes are resolved here instead, with one shared map per level that declares none.
  const parser = new SaxesParser({ position: true });
  if (options.htmlEntities) {
    const xmlEntities = parser.ENTITIES;
    parser.ENTITIES = new Proxy(xmlEntities, {
      get: (entities, name) => (typeof name === 'string' ? entities[name] ?? namedEntity(name) ?? undefined : undefined),
    });
  }
  const namespaces: Record<string, string>[] = [{ xml: 'http://www.w3.org/XML/1998/namespace' }];
  const resolve = (tag: { name: string; attributes: Record<string, string> }) => {
    const parent = namespaces[namespaces.length - 1];
    let scope = parent;
    for (const [name, value] of Object.entries(tag.attributes)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      if (scope === parent) scope = { ...parent };
      scope[name === 'xmlns' ? '' : name.slice(6)] = value;
    }
    namespaces.push(scope);
    const colon = tag.name.indexOf(':');
    const local = colon === -1 ? tag.name : tag.name.slice(colon + 1);
    const uri = scope[colon === -1 ? '' : tag.name.slice(0, colon)] ?? '';
    return { local, uri };
  };
  const stack: XmlElement[] = [];
  let problems: XmlRecord['problems'] = [];
  let recordLine = 0;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      result.refusedDoctypeLine = parser.line;
      throw new RefusedDoctype();
    }
  });
  let ignoredDepth = 0;
  parser.on('opentag', (tag) => {
    const { local, uri } = resolve(tag as { name: string; attributes: Record<string, string> });
    if (stack.length === 0 && !isRecord(local, uri)) return;
    if (stack.length >= MAX_RECORD_DEPTH) {
      // Hostile nesting: keep the record's tree bounded (and the walks over it shallow).
      if (ignoredDepth === 0) {
        problems.push({
          line: parser.line,
          message: `elements nested deeper than ${MAX_RECORD_DEPTH} levels are not read`,
          openElements: stack.map((element) => element.name),
        });
      }
      ignoredDepth++;
      return;
    }
    const attributes: Record<string, string> = {};
    for (const [name, value] of Object.entries(tag.attributes as Record<string, string>)) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) attributes[name.slice(name.indexOf(':') + 1)] = value;
    }
    const element: XmlElement = { name: local, uri, attributes, children: [], text: '', line: parser.line };
    if (stack.length === 0) {
      problems = [];
      recordLine = parser.line;
    } else {
      const parent = stack[stack.length - 1];
      element.at = parent.text.length;
      parent.children.push(element);
    }
    stack.push(element);
  });
  const addText = (value: string) => {
    if (stack.length > 0) stack[stack.length - 1].text += value;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  // saxes closes the open elements itself when it meets a close tag that does not match; the error comes right after
  // that implicit close, so the element just closed is the one the error broke.
  let lastClosed: XmlElement | null = null;
  let lastClosedAt = -1;
  parser.on('closetag', () => {
    if (namespaces.length > 1) namespaces.pop();
    if (ignoredDepth > 0) {
      ignoredDepth--;
      return;
    }
    if (stack.length === 0) return;
    const element = stack.pop()!;
    lastClosed = element;
    lastClosedAt = parser.position;
    if (stack.length === 0) onRecord({ element, problems });
  });
  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; the line is kept separately.
    const message = error.message.replace(/^\d+:\d+:\s*/, '').replace(/\s+/g, ' ').trim();
    const openElements = stack.map((element) => element.name);
    if (/unexpected close tag/i.test(message) && lastClosed && lastClosedAt === parser.position) openElements.push((lastClosed as XmlElement).name);
    if (stack.length > 0) problems.push({ line: parser.line, message, openElements });
    else result.problems.push({ line: parser.line, message });
  });

  try {
    parser.write(escaped.text).close();
  } catch (error) {
    if (error instanceof RefusedDoctype) return result;
    throw error;
  }
  if (stack.length > 0) result.truncated = { recordLine, endLine: lineOf(text, text.length) };
  return result;
}
