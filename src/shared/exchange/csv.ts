// CSV export: a nodes table and an edges table with every attribute (RFC 4180 quoting; Gephi's id/source/target).
import type AbstractGraph from 'graphology-types';
import { TextChunks, type ElementProgress } from './textChunks';

export interface CsvExportOptions {
  /** Joins array values in one cell. */
  arraySeparator: string;
  /** RFC 4180 ends records with CRLF. */
  lineEnding: string;
}

export const DEFAULT_CSV_EXPORT_OPTIONS: CsvExportOptions = { arraySeparator: '; ', lineEnding: '\r\n' };

export interface CsvTables {
  nodes: string;
  edges: string;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function formatCell(value: unknown, arraySeparator: string): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    return value
      .map((item) => (item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item ?? '')))
      .join(arraySeparator);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Attribute names in first-seen order, with the given ones first; fixed columns renamed if an attribute shares them. */
function collectColumns(
  each: (visit: (attributes: Record<string, unknown>) => void) => void,
  first: string[],
): string[] {
  const seen = new Set<string>();
  each((attributes) => {
    for (const name in attributes) seen.add(name);
  });
  return [...first.filter((name) => seen.has(name)), ...[...seen].filter((name) => !first.includes(name))];
}

function headerName(name: string, fixed: string[]): string {
  return fixed.includes(name) ? `attr_${name}` : name;
}

/** The two tables as chunks of text, for a file writer (see csvChunks). */
export interface CsvTableChunks {
  nodes: Iterable<string>;
  edges: Iterable<string>;
}

/**
 * The two CSV tables as sequences of text chunks, each table read from the graph as its chunks are asked for: at 100k
 * papers (1.67M edges) the edges table is hundreds of millions of characters, near V8's limit for one string, so a
 * file is written from these. `onProgress` hears the elements written (nodes, then edges) at each chunk.
 */
export function csvChunks(graph: AbstractGraph, options: Partial<CsvExportOptions> = {}, onProgress?: ElementProgress): CsvTableChunks {
  const { arraySeparator, lineEnding } = { ...DEFAULT_CSV_EXPORT_OPTIONS, ...options };
  const total = graph.order + graph.size;
  let done = 0;
  const chunks = new TextChunks();
  /** A record of quoted cells, ended as RFC 4180 ends it. */
  const record = (cells: string[]) => {
    chunks.push(cells.map(quoteCsvField).join(','));
    chunks.push(lineEnding);
  };
  const flush = () => {
    onProgress?.(done, total);
    return chunks.flush();
  };
  // Each table counts its own part of the whole (nodes first, then edges), so a table read again reports it again.
  function* nodes(): Generator<string> {
    done = 0;
    const fixed = ['id'];
    const columns = collectColumns((visit) => graph.forEachNode((_n, a) => visit(a)), ['label', 'kind']);
    record([...fixed, ...columns.map((name) => headerName(name, fixed))]);
    for (const { node, attributes } of graph.nodeEntries()) {
      record([node, ...columns.map((name) => formatCell(attributes[name], arraySeparator))]);
      done++;
      if (chunks.full) yield flush();
    }
    yield flush();
  }
  function* edges(): Generator<string> {
    done = graph.order;
    const fixed = ['id', 'source', 'target', 'type'];
    const columns = collectColumns((visit) => graph.forEachEdge((_e, a) => visit(a)), ['kind', 'weight']);
    record([...fixed, ...columns.map((name) => headerName(name, fixed))]);
    for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
      record([edge, source, target, undirected ? 'undirected' : 'directed', ...columns.map((name) => formatCell(attributes[name], arraySeparator))]);
      done++;
      if (chunks.full) yield flush();
    }
    yield flush();
  }
  return { nodes: { [Symbol.iterator]: nodes }, edges: { [Symbol.iterator]: edges } };
}

/** Two CSV tables; arrays are joined with `; `, objects written as JSON, null/absent as an empty cell. */
export function toCsv(graph: AbstractGraph, options: Partial<CsvExportOptions> = {}): CsvTables {
  const tables = csvChunks(graph, options);
  return { nodes: Array.from(tables.nodes).join(''), edges: Array.from(tables.edges).join('') };
}
