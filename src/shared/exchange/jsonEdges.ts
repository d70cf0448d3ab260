// Edges as typed columns, and their graphology JSON text made from the columns alone, without the graph: the ingest
// writes its graph file's edges from the build's plan this way (ingest/write/plannedGraphJson.ts), at half the cost of
// stringifying edge objects, since each node key and string is escaped once, not once per edge.
//
// An edge here is its key `e<n>` (the ingest's keys, see ingest/build/edgeKeys.ts), its ends as numbers into a table
// of node keys, and its attributes as a "shape" (the attributes' names in order, each with its value's type) plus the
// values. Whoever fills the columns vouches that they describe the graph (ingest/build/plannedEdgeColumns.ts, from the
// plan the graph was built from; its test compares the text with graphologyJsonChunks on every edge kind); an edge
// the columns cannot describe is carried as its text (`fallback`). The text is what JSON.stringify writes for
// `{key, source, target, attributes}`: keys and strings through JSON.stringify itself, a number as JSON.stringify
// writes one (its `String` when finite, else null).

/** A value's type in a shape: how its slot in `values` is read. */
export const VALUE_NUMBER = 0;
/** A number into EdgeTables' `strings`. */
export const VALUE_STRING = 1;
export const VALUE_TRUE = 2;

/** An attribute layout: the names in order, each with its value's type (one of the VALUE_ codes). */
export interface EdgeShape {
  names: string[];
  types: number[];
}

/** What the columns' numbers refer to: node keys, shapes, strings (which may grow between slices, never change). */
export interface EdgeTables {
  nodeKeys: string[];
  shapes: EdgeShape[];
  strings: string[];
}

/**
 * Edges in file order. `values` holds each edge's slots one after the other (one per attribute, none for VALUE_TRUE), from `valueStart`.
 */
export interface EdgeColumns {
  count: number;
  /** n for the key `e<n>`; -1: the edge's whole text is in `fallback`. */
  key: Int32Array;
  source: Int32Array;
  target: Int32Array;
  /** Index into EdgeTables' `shapes`. */
  shape: Uint8Array;
  values: Float64Array;
  /** count + 1 entries. */
  valueStart: Int32Array;
  /** The JSON text of edges the columns do not describe, by edge number. */
  fallback: Map<number, string>;
}

/** Formats edges from columns, keeping the tables' JSON texts. */
export class EdgeColumnFormatter {
  private readonly nodeTexts: string[];
  private readonly stringTexts: string[] = [];
  /** Per shape, the text before each value: `,"attributes":{"kind":`, then `,"weight":` and so on. */
  private readonly before: string[][];

  constructor(private readonly tables: EdgeTables) {
    this.nodeTexts = tables.nodeKeys.map((key) => JSON.stringify(key));
    this.before = tables.shapes.map(({ names }) => names.map((name, a) => `${a === 0 ? ',"attributes":{' : ','}${JSON.stringify(name)}:`));
  }

  /**
   * Edges `from`..`to` (exclusive) as graphologyJsonChunks writes them: each edge's object, joined by commas (none
   * before the first: the caller puts one between ranges).
   */
  format(columns: EdgeColumns, from: number, to: number): string {
    const { nodeTexts, stringTexts, before } = this;
    const { shapes, strings } = this.tables;
    for (let s = stringTexts.length; s < strings.length; s++) stringTexts.push(JSON.stringify(strings[s]));
    const { key, source, target, shape, values, valueStart, fallback } = columns;
    let text = '';
    for (let k = from; k < to; k++) {
      if (k > from) text += ',';
      if (key[k] < 0) {
        text += fallback.get(k)!;
        continue;
      }
      text += `{"key":"e${key[k]}","source":${nodeTexts[source[k]]},"target":${nodeTexts[target[k]]}`;
      const { types } = shapes[shape[k]];
      if (types.length === 0) {
        text += '}';
        continue;
      }
      const texts = before[shape[k]];
      let slot = valueStart[k];
      for (let a = 0; a < types.length; a++) {
        text += texts[a];
        const type = types[a];
        if (type === VALUE_NUMBER) {
          const value = values[slot++];
          text += Number.isFinite(value) ? `${value}` : 'null';
        } else if (type === VALUE_STRING) text += stringTexts[values[slot++]];
        else text += 'true';
      }
      text += '}}';
    }
    return text;
  }
}
