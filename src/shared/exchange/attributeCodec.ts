// Column typing for XML/CSV exports: which attributes travel natively and which as JSON strings to stay lossless.

export type ColumnType = 'boolean' | 'integer' | 'double' | 'string' | 'json';

export interface ColumnRules {
  /** Strings with characters XML 1.0 cannot carry (control characters, lone surrogates) force a JSON column. */
  xmlSafe: boolean;
  /** graphology-gexf's writer drops '' values, so a column holding '' must travel as JSON to come back. */
  emptyStringIsMissing: boolean;
}

// XML 1.0 Char production; with the `u` flag a lone surrogate is one code point outside these ranges.
const XML_UNSAFE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function typeOfValue(value: unknown, rules: ColumnRules): ColumnType | null {
  // null is "no value" in a typed column (see NULLABLE below); it does not decide the column's type.
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'json';
    return Number.isInteger(value) ? 'integer' : 'double';
  }
  if (typeof value === 'string') {
    if (rules.emptyStringIsMissing && value === '') return 'json';
    if (rules.xmlSafe && XML_UNSAFE.test(value)) return 'json';
    return 'string';
  }
  // null, arrays and objects: GEXF/GraphML have no lossless native form for them (GEXF lists split on "|" or ",").
  return 'json';
}

function mergeTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'integer' && b === 'double') || (a === 'double' && b === 'integer')) return 'double';
  return 'json';
}

/** One type per attribute name over all elements, in first-seen order; `skip` says which values are handled elsewhere. */
export function inferColumns(
  each: (visit: (attributes: Record<string, unknown>) => void) => void,
  rules: ColumnRules,
  skip: (name: string, value: unknown) => boolean = () => false,
): Map<string, ColumnType> {
  const columns = new Map<string, ColumnType>();
  const nulls = new Set<string>();
  each((attributes) => {
    for (const name in attributes) {
      const value = attributes[name];
      if (skip(name, value)) continue;
      if (value === null) {
        nulls.add(name);
        continue;
      }
      const type = typeOfValue(value, rules);
      if (type === null) continue;
      const current = columns.get(name);
      columns.set(name, current === undefined ? type : mergeTypes(current, type));
    }
  });
  // Typed columns with nulls stay typed (`year` is a number for Gephi and networkx); the null is written as no value
  // and listed in the manifest so our import restores it.
  // A column of nulls only is declared a string column with no values; `nullableColumns` records its nulls.
  for (const name of nulls) if (!columns.has(name)) columns.set(name, 'string');
  return columns;
}

/**
 * Typed columns that hold nulls, with the node/edge `kind`s that carry them. A null is left out of the file and restored
 * on import for elements of those kinds that lack the value, so that has to be unambiguous: every element of those
 * kinds carries the column. Where that does not hold, the column is turned into a JSON column (lossless as before).
 */
export function nullableColumns(
  each: (visit: (attributes: Record<string, unknown>) => void) => void,
  columns: Map<string, ColumnType>,
): Record<string, string[]> {
  const kindOf = (attributes: Record<string, unknown>) => (typeof attributes.kind === 'string' ? attributes.kind : '');
  const candidates = new Map<string, Set<string>>();
  each((attributes) => {
    for (const name in attributes) {
      const type = columns.get(name);
      if (attributes[name] === null && type !== undefined && type !== 'json') {
        if (!candidates.has(name)) candidates.set(name, new Set());
        candidates.get(name)!.add(kindOf(attributes));
      }
    }
  });
  if (candidates.size === 0) return {};
  const ambiguous = new Set<string>();
  each((attributes) => {
    const kind = kindOf(attributes);
    for (const [name, kinds] of candidates) if (kinds.has(kind) && !(name in attributes)) ambiguous.add(name);
  });
  const result: Record<string, string[]> = {};
  for (const [name, kinds] of candidates) {
    if (ambiguous.has(name)) columns.set(name, 'json');
    else result[name] = [...kinds].sort();
  }
  return result;
}

/** Whether a value is written into a column of this type (nulls of typed columns are not: they travel in the manifest). */
export function isWritten(type: ColumnType, value: unknown): boolean {
  return value !== undefined && (value !== null || type === 'json');
}

/** JSON.stringify for JSON columns; NaN and ±Infinity become the strings JSON cannot express. */
export function encodeJson(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return JSON.stringify({ $number: String(value) });
  return JSON.stringify(value);
}

export function decodeJson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    const value = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && '$number' in value) {
      return Number(value.$number);
    }
    return value;
  } catch {
    // A file edited by hand may hold plain text in a JSON column; keep it rather than fail the import.
    return text;
  }
}

/** The value as written in the file for a column of this type. */
export function encodeValue(type: ColumnType, value: unknown): string | number | boolean {
  return type === 'json' ? encodeJson(value) : (value as string | number | boolean);
}

/**
 * What a paper-graph export records about itself, so the import can undo what the format forced: the graph's own
 * attributes (GEXF meta keeps only scalars, lower-cased), the graph options, the JSON-encoded columns, and the viz
 * fields we derived for Gephi (colour, size) rather than read from the graph.
 */
export interface ExchangeManifest {
  format: 'paper-graph-exchange';
  version: 1;
  options: { type: 'mixed' | 'directed' | 'undirected'; multi: boolean; allowSelfLoops: boolean };
  graphAttributes: Record<string, unknown>;
  json: { node: string[]; edge: string[] };
  /** Typed columns whose missing value means null, for elements of the listed kinds ('' = no kind). */
  nulls?: { node: Record<string, string[]>; edge: Record<string, string[]> };
  derived: { color: boolean; size: boolean };
}

export const MANIFEST_NAME = 'paper-graph';

export function readManifest(text: unknown): ExchangeManifest | null {
  if (typeof text !== 'string') return null;
  try {
    const value = JSON.parse(text);
    return value && value.format === 'paper-graph-exchange' && value.version === 1 ? (value as ExchangeManifest) : null;
  } catch {
    return null;
  }
}

export function jsonColumns(columns: Map<string, ColumnType>): string[] {
  return [...columns].filter(([, type]) => type === 'json').map(([name]) => name);
}
