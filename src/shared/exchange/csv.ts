// CSV export: a nodes table and an edges table with every attribute (RFC 4180 quoting; Gephi's id/source/target).
import type AbstractGraph from 'graphology-types';

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

function table(header: string[], rows: string[][], lineEnding: string): string {
  return [header, ...rows].map((row) => row.map(quoteCsvField).join(',')).join(lineEnding) + lineEnding;
}

function headerName(name: string, fixed: string[]): string {
  return fixed.includes(name) ? `attr_${name}` : name;
}

/** Two CSV tables; arrays are joined with `; `, objects written as JSON, null/absent as an empty cell. */
export function toCsv(graph: AbstractGraph, options: Partial<CsvExportOptions> = {}): CsvTables {
  const { arraySeparator, lineEnding } = { ...DEFAULT_CSV_EXPORT_OPTIONS, ...options };
  const nodeFixed = ['id'];
  const nodeColumns = collectColumns((visit) => graph.forEachNode((_n, a) => visit(a)), ['label', 'kind']);
  const nodeRows: string[][] = [];
  graph.forEachNode((node, attributes) => {
    nodeRows.push([node, ...nodeColumns.map((name) => formatCell(attributes[name], arraySeparator))]);
  });
  const edgeFixed = ['id', 'source', 'target', 'type'];
  const edgeColumns = collectColumns((visit) => graph.forEachEdge((_e, a) => visit(a)), ['kind', 'weight']);
  const edgeRows: string[][] = [];
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    edgeRows.push([
      edge,
      source,
      target,
      undirected ? 'undirected' : 'directed',
      ...edgeColumns.map((name) => formatCell(attributes[name], arraySeparator)),
    ]);
  });
  return {
    nodes: table([...nodeFixed, ...nodeColumns.map((name) => headerName(name, nodeFixed))], nodeRows, lineEnding),
    edges: table([...edgeFixed, ...edgeColumns.map((name) => headerName(name, edgeFixed))], edgeRows, lineEnding),
  };
}
