// The planned graph's edges, slice after slice, as the columns the JSON file's edges are formatted from (pure).
//
// Why from the plan and not from the graph: stringifying 1.67M edge objects read back out of graphology cost ~1.5 µs
// an edge (each one's key, ends and attributes escaped and written again by JSON.stringify); the plan already holds
// every edge as numbers, and each node key and string is escaped once (jsonEdges.ts).
// What this assumes: the graph is insertPlannedGraph's from these insertions, and no step after the build changed
// its edges (layout and analysis write node attributes only). Each edge's attributes are edgeAttributes' (in
// insertPlannedGraph.ts): `kind`, `weight`, then its kind's payload attribute (EDGE_PAYLOADS, one table for both), and
// `mutual` on a citation whose pair cites each other. The test compares the text with graphologyJsonChunks on
// graphs with every edge kind; the writer checks the graph's edge count against the plan's before using them.
import { VALUE_NUMBER, VALUE_STRING, VALUE_TRUE, type EdgeColumns, type EdgeShape, type EdgeTables } from '../../src/shared/exchange/jsonEdges';
import { EDGE_PAYLOADS, MUTUAL_KIND } from './insertPlannedGraph';
import type { PlannedInsertions } from './planEdges';

/** The shapes edgeAttributes writes (its table, EDGE_PAYLOADS), by number: no payload, one per kind with one, then the
 * mutual citation's. */
const PLAIN = 0;
const SHAPES: EdgeShape[] = [{ names: ['kind', 'weight'], types: [VALUE_STRING, VALUE_NUMBER] }];
const SHAPE_OF_KIND = new Map<string, number>();
for (const [kind, { name, type }] of Object.entries(EDGE_PAYLOADS)) {
  SHAPE_OF_KIND.set(kind, SHAPES.length);
  SHAPES.push({ names: ['kind', 'weight', name], types: [VALUE_STRING, VALUE_NUMBER, type === 'number' ? VALUE_NUMBER : VALUE_STRING] });
}
const MUTUAL_SHAPE = SHAPES.length;
SHAPES.push({
  names: [...SHAPES[SHAPE_OF_KIND.get(MUTUAL_KIND)!].names, 'mutual'],
  types: [...SHAPES[SHAPE_OF_KIND.get(MUTUAL_KIND)!].types, VALUE_TRUE],
});

/** The edges the plan keeps: the graph made from it has as many. */
export function plannedEdgeCount({ edges, edgeAlive }: PlannedInsertions): number {
  let count = 0;
  for (let e = 0; e < edges; e++) count += edgeAlive[e];
  return count;
}

/**
 * Reads the plan's surviving edges in the order insertPlannedGraph adds them, `size` at a time, into one set of
 * columns reused by every slice (a few small typed arrays, however large the graph).
 */
export class PlannedEdgeReader {
  /** Node keys are the plan's (node numbers are the plan's), the kinds are the first strings; the strings grow. */
  readonly tables: EdgeTables;
  private readonly columns: EdgeColumns;
  private readonly stringNumbers: Map<string, number>;
  private readonly mutual: ReadonlySet<number>;
  /** By the plan's kind number: the shape of its edges (PLAIN, or its payload's), and which kind says `mutual`. */
  private readonly kindShapes: Int32Array;
  private readonly mutualKind: number;
  /** The next plan edge to read. */
  private e = 0;

  constructor(
    private readonly insertions: PlannedInsertions,
    private readonly size: number,
  ) {
    const strings = [...insertions.kinds];
    this.tables = { nodeKeys: insertions.keys as string[], shapes: SHAPES, strings };
    this.stringNumbers = new Map(strings.map((text, s) => [text, s]));
    this.mutual = new Set(insertions.mutual);
    this.kindShapes = Int32Array.from(insertions.kinds, (kind) => SHAPE_OF_KIND.get(kind) ?? PLAIN);
    this.mutualKind = insertions.kinds.indexOf(MUTUAL_KIND);
    this.columns = {
      count: 0,
      key: new Int32Array(size),
      source: new Int32Array(size),
      target: new Int32Array(size),
      shape: new Uint8Array(size),
      values: new Float64Array(3 * size),
      valueStart: new Int32Array(size + 1),
      fallback: new Map(),
    };
  }

  /** The next slice (count 0 once every edge is read); valid until the next call. */
  next(): EdgeColumns {
    const { insertions, columns, size } = this;
    const { edges, edgeAlive, source, target, weight, kind, kinds, payload } = insertions;
    const { values } = columns;
    columns.fallback.clear();
    let k = 0;
    let slot = 0;
    for (; this.e < edges && k < size; this.e++) {
      const e = this.e;
      if (edgeAlive[e] !== 1) continue;
      columns.key[k] = e;
      columns.source[k] = source[e];
      columns.target[k] = target[e];
      columns.valueStart[k] = slot;
      values[slot++] = kind[e]; // the kinds are the first strings
      values[slot++] = weight[e];
      const extra = payload[e];
      let shape = this.kindShapes[kind[e]];
      if (kind[e] === this.mutualKind && this.mutual.has(e)) shape = MUTUAL_SHAPE;
      if (shape !== PLAIN) {
        const type = SHAPES[shape].types[2];
        if (type === VALUE_NUMBER && typeof extra === 'number') values[slot++] = extra;
        else if (type === VALUE_STRING && typeof extra === 'string') values[slot++] = this.stringNumber(extra);
        else {
          // A payload of another type than EDGE_PAYLOADS declares (none is made): the text JSON.stringify writes for
          // the attributes edgeAttributes would give (a property whose value is undefined left out, for one).
          const attributes: Record<string, unknown> = { kind: kinds[kind[e]], weight: weight[e], [SHAPES[shape].names[2]]: extra };
          if (shape === MUTUAL_SHAPE) attributes.mutual = true;
          columns.fallback.set(k, JSON.stringify({ key: `e${e}`, source: insertions.keys[source[e]], target: insertions.keys[target[e]], attributes }));
          columns.key[k] = -1;
          slot = columns.valueStart[k];
        }
      }
      columns.shape[k] = shape;
      k++;
    }
    columns.valueStart[k] = slot;
    columns.count = k;
    return columns;
  }

  private stringNumber(text: string): number {
    let number = this.stringNumbers.get(text);
    if (number === undefined) {
      number = this.tables.strings.length;
      this.tables.strings.push(text);
      this.stringNumbers.set(text, number);
    }
    return number;
  }
}
