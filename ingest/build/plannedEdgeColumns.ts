// The planned graph's edges as the columns the JSON file's edges are written from on another thread (pure).
//
// Why from the plan and not from the graph: reading 1.67M edges back out of graphology (their ends as numbers, each
// attribute's name and type) cost about half of stringifying them (0.85 µs against 1.6 µs an edge at 20k papers),
// on the main thread, which is what the write was to take off it; the plan already holds every edge as numbers.
// What this assumes: the graph is insertPlannedGraph's from these insertions, and no step after the build changed
// its edges (layout and analysis write node attributes only). Each edge's attributes are edgeAttributes' (in
// insertPlannedGraph.ts): `kind`, `weight`, then per kind one payload attribute (`evidence`, `citing` with `mutual`
// when the pair cites each other, `narrower`, `count`). The test compares the text with graphologyJsonChunks on
// graphs with every edge kind, and the pipeline checks the graph's edge count against the plan's before using them.
import { VALUE_NUMBER, VALUE_STRING, VALUE_TRUE, type EdgeColumns, type EdgeShape, type EdgeTables } from '../../src/shared/exchange/jsonEdges';
import type { PlannedInsertions } from './planEdges';

/** The shapes edgeAttributes writes, by number. */
const SHAPES: EdgeShape[] = [
  { names: ['kind', 'weight'], types: [VALUE_STRING, VALUE_NUMBER] },
  { names: ['kind', 'weight', 'evidence'], types: [VALUE_STRING, VALUE_NUMBER, VALUE_STRING] },
  { names: ['kind', 'weight', 'citing'], types: [VALUE_STRING, VALUE_NUMBER, VALUE_STRING] },
  { names: ['kind', 'weight', 'citing', 'mutual'], types: [VALUE_STRING, VALUE_NUMBER, VALUE_STRING, VALUE_TRUE] },
  { names: ['kind', 'weight', 'narrower'], types: [VALUE_STRING, VALUE_NUMBER, VALUE_STRING] },
  { names: ['kind', 'weight', 'count'], types: [VALUE_STRING, VALUE_NUMBER, VALUE_NUMBER] },
];
const PLAIN = 0;
const EVIDENCE = 1;
const CITING = 2;
const CITING_MUTUAL = 3;
const NARROWER = 4;
const COUNT = 5;

/** Typed arrays in shared memory: the main thread and the writing thread format from the same columns. */
const shared = {
  int32: (length: number) => new Int32Array(new SharedArrayBuffer(Math.max(1, length) * 4)).subarray(0, length),
  uint8: (length: number) => new Uint8Array(new SharedArrayBuffer(Math.max(1, length))).subarray(0, length),
  float64: (length: number) => new Float64Array(new SharedArrayBuffer(Math.max(1, length) * 8)).subarray(0, length),
};

/** The surviving edges of the plan, in the order insertPlannedGraph adds them, as columns with their tables. */
export function plannedEdgeColumns(insertions: PlannedInsertions): { columns: EdgeColumns; tables: EdgeTables } {
  const { edges, edgeAlive, source, target, weight, kind, kinds, payload } = insertions;
  let count = 0;
  for (let e = 0; e < edges; e++) count += edgeAlive[e];
  const strings: string[] = [...kinds];
  const stringNumbers = new Map<string, number>(strings.map((text, s) => [text, s]));
  const stringNumber = (text: string) => {
    let number = stringNumbers.get(text);
    if (number === undefined) {
      number = strings.length;
      strings.push(text);
      stringNumbers.set(text, number);
    }
    return number;
  };
  const mutual = new Set(insertions.mutual);
  const columns: EdgeColumns = {
    count,
    key: shared.int32(count),
    source: shared.int32(count),
    target: shared.int32(count),
    shape: shared.uint8(count),
    values: shared.float64(3 * count),
    valueStart: shared.int32(count + 1),
    fallback: new Map(),
  };
  const { values } = columns;
  let k = 0;
  let slot = 0;
  for (let e = 0; e < edges; e++) {
    if (edgeAlive[e] !== 1) continue;
    columns.key[k] = e;
    columns.source[k] = source[e];
    columns.target[k] = target[e];
    columns.valueStart[k] = slot;
    values[slot++] = kind[e]; // the kinds are the first strings
    values[slot++] = weight[e];
    const extra = payload[e];
    let shape = PLAIN;
    switch (kinds[kind[e]]) {
      case 'in-domain':
        shape = EVIDENCE;
        break;
      case 'mentions':
        shape = CITING;
        break;
      case 'cites':
        shape = mutual.has(e) ? CITING_MUTUAL : CITING;
        break;
      case 'broader':
        shape = NARROWER;
        break;
      case 'co-cited':
      case 'coupled':
        shape = COUNT;
        break;
    }
    if (shape === COUNT && typeof extra === 'number') values[slot++] = extra;
    else if (shape !== PLAIN && shape !== COUNT && typeof extra === 'string') values[slot++] = stringNumber(extra);
    else if (shape !== PLAIN) {
      // A payload of another type than edgeAttributes declares (none is made): its text, as JSON.stringify writes
      // the attributes edgeAttributes would give (a property whose value is undefined left out, for one).
      const attributes: Record<string, unknown> = { kind: kinds[kind[e]], weight: weight[e], [SHAPES[shape].names[2]]: extra };
      if (shape === CITING_MUTUAL) attributes.mutual = true;
      columns.fallback.set(k, JSON.stringify({ key: `e${e}`, source: insertions.keys[source[e]], target: insertions.keys[target[e]], attributes }));
      columns.key[k] = -1;
      slot = columns.valueStart[k];
    }
    columns.shape[k] = shape;
    k++;
  }
  columns.valueStart[k] = slot;
  return { columns, tables: { nodeKeys: [...insertions.keys], shapes: SHAPES, strings } };
}
