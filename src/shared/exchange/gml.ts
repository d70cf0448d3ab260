// GML import (Graph Modelling Language: Newman's network datasets, igraph/networkx/Cytoscape exports) into a PaperGraph.
//
// Hand-written: npm has no kept GML reader (no graphology-gml; the packages named "gml" parse other languages). GML is
// a tiny grammar — `key value` pairs where a value is a number, a quoted string or a `[ … ]` list — so a tokenizer
// with an explicit stack (no recursion, a depth cap) reads it in one linear pass.
import Graph from 'graphology';
import type { PaperGraph } from '../schema';
import { parseGraph, safeNodeKey } from '../serialize';
import { normaliseForeignGraph } from './foreignGraph';
import { undecodedNote } from './textEncoding';

export interface GmlImportOptions {
  /** Lists nested deeper than this are refused (a hostile file cannot exhaust memory through nesting). */
  maxDepth: number;
  /** Inputs longer than this (characters) are refused. */
  maxLength: number;
}

export const DEFAULT_GML_IMPORT_OPTIONS: GmlImportOptions = { maxDepth: 64, maxLength: 200 * 1024 * 1024 };

type GmlValue = number | string | GmlList;
/** A GML list keeps its pairs in order: keys repeat (`node`, `edge`). */
type GmlList = [string, GmlValue][];

export class GmlError extends Error {
  constructor(message: string, line: number) {
    super(`fromGml: ${message} (line ${line})`);
    this.name = 'GmlError';
  }
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };

/** GML strings escape with ISO-8859-1 HTML entities (`&amp;`, `&#233;`). */
function decodeGmlString(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const NON_FINITE = /^[+-]?(inf|infinity|nan)$/i;

/** Parse the text into nested key/value lists. */
export function parseGmlTree(text: string, options: Partial<GmlImportOptions> = {}): GmlList {
  const { maxDepth, maxLength } = { ...DEFAULT_GML_IMPORT_OPTIONS, ...options };
  if (text.length > maxLength) throw new GmlError(`file larger than ${maxLength} characters`, 1);
  const root: GmlList = [];
  const stack: GmlList[] = [root];
  let line = 1;
  let index = 0;
  let pendingKey: string | null = null;
  let pendingKeyLine = 1;
  const length = text.length;

  const put = (value: GmlValue) => {
    if (pendingKey === null) throw new GmlError('a value without a key', line);
    stack[stack.length - 1].push([pendingKey, value]);
    pendingKey = null;
  };

  while (index < length) {
    const char = text[index];
    if (char === '\n') {
      line++;
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r' || char === '\uFEFF') {
      index++;
    } else if (char === '#') {
      // A comment runs to the end of the line.
      while (index < length && text[index] !== '\n') index++;
    } else if (char === '[') {
      if (stack.length > maxDepth) throw new GmlError(`lists nested deeper than ${maxDepth}`, line);
      const list: GmlList = [];
      put(list);
      stack.push(list);
      index++;
    } else if (char === ']') {
      if (pendingKey !== null) throw new GmlError(`key "${pendingKey}" has no value`, pendingKeyLine);
      if (stack.length === 1) throw new GmlError('"]" without a matching "["', line);
      stack.pop();
      index++;
    } else if (char === '"') {
      const start = index + 1;
      const end = text.indexOf('"', start);
      if (end === -1) throw new GmlError('a string is never closed', line);
      const raw = text.slice(start, end);
      put(decodeGmlString(raw));
      for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 10) line++;
      index = end + 1;
    } else {
      const start = index;
      while (index < length && !/[\s[\]"]/.test(text[index])) index++;
      const token = text.slice(start, index);
      if (pendingKey === null) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(token)) throw new GmlError(`"${token.slice(0, 40)}" is not a key`, line);
        pendingKey = token;
        pendingKeyLine = line;
      } else {
        const number = Number(token);
        // igraph and networkx write infinite and undefined reals as Inf/-Inf/NaN (INF, NAN): kept as that text, since
        // a stored graph (JSON) has no such number.
        if (NON_FINITE.test(token)) put(token);
        else if (token === '' || !Number.isFinite(number)) throw new GmlError(`"${token.slice(0, 40)}" is not a number`, line);
        else put(number);
      }
    }
  }
  if (pendingKey !== null) throw new GmlError(`key "${pendingKey}" has no value`, pendingKeyLine);
  if (stack.length > 1) throw new GmlError('the file ends inside a "[ ]" list (truncated?)', line);
  return root;
}

function scalar(list: GmlList, key: string): number | string | undefined {
  const found = list.find(([name, value]) => name === key && !Array.isArray(value));
  return found ? (found[1] as number | string) : undefined;
}

/** `graphics [ x 1 y 2 w 3 fill "#ff0000" ]` → position, size, colour (what Cytoscape and yEd write). */
function graphicsAttributes(list: GmlList): Record<string, unknown> {
  const graphics = list.find(([name, value]) => name === 'graphics' && Array.isArray(value))?.[1] as GmlList | undefined;
  if (!graphics) return {};
  const out: Record<string, unknown> = {};
  const x = scalar(graphics, 'x');
  const y = scalar(graphics, 'y');
  const w = scalar(graphics, 'w');
  const fill = scalar(graphics, 'fill');
  if (typeof x === 'number') out.x = x;
  if (typeof y === 'number') out.y = y;
  if (typeof w === 'number') out.size = w;
  if (typeof fill === 'string' && /^#[0-9a-f]{6}$/i.test(fill)) out.color = fill.toLowerCase();
  return out;
}

/**
 * Pairs as a JSON-compatible object: nested lists become nested objects (networkx writes dicts so), and a key given
 * more than once keeps every value as a list (networkx writes a list attribute as repeated keys), in file order.
 */
function objectOf(list: GmlList, skip: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const repeated = new Set<string>();
  for (const [name, raw] of list) {
    if (skip.has(name)) continue;
    const value = Array.isArray(raw) ? objectOf(raw) : raw;
    if (!Object.hasOwn(out, name)) out[name] = value;
    else if (repeated.has(name)) (out[name] as unknown[]).push(value);
    else {
      out[name] = [out[name], value];
      repeated.add(name);
    }
  }
  return out;
}

/** Scalar pairs become attributes, nested lists other than `graphics` objects (see objectOf). */
function attributesOf(list: GmlList, skip: ReadonlySet<string>): Record<string, unknown> {
  return { ...objectOf(list, new Set([...skip, 'graphics'])), ...graphicsAttributes(list) };
}

export interface GmlImport {
  graph: PaperGraph;
  /** Whether the file declared `directed 1`. */
  declaredDirected: boolean;
}

/**
 * Read a GML file. Nodes are keyed by their `id`; `label` is the label (else yEd's LabelGraphics text, igraph's
 * `name`, the id); edge `value` or `weight`
 * becomes the weight (1 when absent). The graph is read as undirected with duplicate edges merged and a stored partition
 * adopted (normaliseForeignGraph, which notes a `directed 1` declaration), then validated by parseGraph.
 */
export function fromGmlWithInfo(text: string, options: Partial<GmlImportOptions> = {}): GmlImport {
  const tree = parseGmlTree(text, options);
  const graphList = tree.find(([name, value]) => name === 'graph' && Array.isArray(value))?.[1] as GmlList | undefined;
  if (!graphList) throw new GmlError('no "graph [ … ]" block', 1);
  const declaredDirected = scalar(graphList, 'directed') === 1;
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
  // The graph's own scalar pairs (a repeated key keeps every value, as on nodes).
  graph.replaceAttributes(objectOf(graphList.filter(([name, value]) => !Array.isArray(value) && name !== 'directed')));
  // A node without an id (igraph reads such files, numbering them) gets a key no id uses; no edge can name it.
  let withoutId = 0;
  const ids = new Set<string>();
  for (const [name, value] of graphList) {
    const id = name === 'node' && Array.isArray(value) ? scalar(value, 'id') : undefined;
    if (id !== undefined) ids.add(String(id));
  }
  const freshKey = () => {
    let key = `node ${++withoutId}`;
    while (ids.has(key)) key = `${key}'`;
    return key;
  };
  for (const [name, value] of graphList) {
    if (name !== 'node' || !Array.isArray(value)) continue;
    const id = scalar(value, 'id') ?? freshKey();
    const key = safeNodeKey(String(id));
    const attributes = attributesOf(value, new Set(['id']));
    // An unquoted label (networkx reads `label 1203`) is text all the same.
    if (typeof attributes.label === 'number') attributes.label = String(attributes.label);
    // Without a label: yEd's drawn text (`LabelGraphics [ text ]`), else igraph's vertex `name`, else the id.
    if (typeof attributes.label !== 'string' || attributes.label === '') {
      const drawn = (attributes.LabelGraphics as Record<string, unknown> | undefined)?.text;
      const name = attributes.name;
      attributes.label =
        typeof drawn === 'string' && drawn !== '' ? drawn : typeof name === 'string' && name !== '' ? name : String(id);
    }
    graph.mergeNode(key, attributes);
  }
  for (const [name, value] of graphList) {
    if (name !== 'edge' || !Array.isArray(value)) continue;
    const source = scalar(value, 'source');
    const target = scalar(value, 'target');
    if (source === undefined || target === undefined) throw new GmlError('an edge without source or target', 1);
    const attributes = attributesOf(value, new Set(['source', 'target']));
    const weight = typeof attributes.value === 'number' ? attributes.value : attributes.weight;
    attributes.weight = typeof weight === 'number' && Number.isFinite(weight) ? weight : 1;
    // An edge may name a node the file never declared (GML allows it): add it with its id as label.
    for (const end of [safeNodeKey(String(source)), safeNodeKey(String(target))]) if (!graph.hasNode(end)) graph.addNode(end, { label: end });
    graph.addEdge(safeNodeKey(String(source)), safeNodeKey(String(target)), attributes);
  }
  const notes = [undecodedNote(text)];
  if (withoutId > 0) {
    const nodes = withoutId === 1 ? '1 node has' : `${withoutId.toLocaleString('en')} nodes have`;
    notes.push(`${nodes} no id; shown, numbered in file order (no edge can name ${withoutId === 1 ? 'it' : 'them'}).`);
  }
  if (notes.some((note) => note !== null)) graph.setAttribute('importNotes', notes.filter((note) => note !== null));
  const { graph: simple } = normaliseForeignGraph(graph, { declaredDirected });
  return { graph: parseGraph(simple.export()), declaredDirected };
}

/** Read a GML file into a validated PaperGraph (see fromGmlWithInfo). */
export function fromGml(text: string, options: Partial<GmlImportOptions> = {}): PaperGraph {
  return fromGmlWithInfo(text, options).graph;
}
