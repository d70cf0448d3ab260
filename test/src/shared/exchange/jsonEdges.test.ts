// Edges formatted from columns read as JSON.stringify writes the same edges: strings needing escapes, numbers of every
// sort, attributes of several shapes, none at all, and edges carried as text.
import { describe, expect, it } from 'vitest';
import { EdgeColumnFormatter, VALUE_NUMBER, VALUE_STRING, VALUE_TRUE, type EdgeColumns, type EdgeTables } from '../../../../src/shared/exchange/jsonEdges';

const ODD = ['plain', 'a "quoted" \\ back\\slash', 'tab\tnew\nline\u0001\u001f', 'é 日本 😀', 'lone \ud800 and \udc00', '\u2028\u2029', ''];

interface Edge {
  key: number;
  source: number;
  target: number;
  shape: number;
  values: number[];
}

function columnsOf(edges: Edge[], fallback = new Map<number, string>()): EdgeColumns {
  const starts = [0];
  for (const edge of edges) starts.push(starts[starts.length - 1] + edge.values.length);
  return {
    count: edges.length,
    key: Int32Array.from(edges, (edge) => edge.key),
    source: Int32Array.from(edges, (edge) => edge.source),
    target: Int32Array.from(edges, (edge) => edge.target),
    shape: Uint8Array.from(edges, (edge) => edge.shape),
    values: Float64Array.from(edges.flatMap((edge) => edge.values)),
    valueStart: Int32Array.from(starts),
    fallback,
  };
}

describe('EdgeColumnFormatter', () => {
  const tables: EdgeTables = {
    nodeKeys: ODD.map((text, i) => `node:${i}:${text}`),
    shapes: [
      { names: ['kind', 'weight'], types: [VALUE_STRING, VALUE_NUMBER] },
      { names: [], types: [] },
      { names: ['kind', 'weight', 'note "odd"', 'flag'], types: [VALUE_STRING, VALUE_NUMBER, VALUE_STRING, VALUE_TRUE] },
      { names: ['0', 'z'], types: [VALUE_NUMBER, VALUE_NUMBER] },
    ],
    strings: ['similar', ...ODD],
  };
  const numbers = [0.1058, 1 / 3, 1, 0, -0, -2.5, 1e21, 5e-7, 123456789.123, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity];

  it('writes what JSON.stringify writes for the same edges', () => {
    const edges: Edge[] = [];
    const expected: object[] = [];
    numbers.forEach((weight, i) => {
      const source = i % tables.nodeKeys.length;
      const target = (i * 3 + 1) % tables.nodeKeys.length;
      const shape = i % tables.shapes.length;
      const text = 1 + (i % ODD.length);
      const values = [[0, weight], [], [text, weight, text], [weight, i]][shape];
      edges.push({ key: i * 1000, source, target, shape, values });
      const base = { key: `e${i * 1000}`, source: tables.nodeKeys[source], target: tables.nodeKeys[target] };
      const attributes = [
        { kind: 'similar', weight },
        null,
        { kind: tables.strings[text], weight, 'note "odd"': tables.strings[text], flag: true },
        { 0: weight, z: i },
      ][shape];
      expected.push(attributes ? { ...base, attributes } : base);
    });
    const formatter = new EdgeColumnFormatter(tables);
    const columns = columnsOf(edges);
    expect(formatter.format(columns, 0, edges.length)).toBe(JSON.stringify(expected).slice(1, -1));
    // Any range, with no comma before its first edge.
    expect(formatter.format(columns, 3, 7)).toBe(JSON.stringify(expected.slice(3, 7)).slice(1, -1));
    expect(formatter.format(columns, 5, 5)).toBe('');
  });

  it('carries an edge the columns do not describe as its text', () => {
    const text = JSON.stringify({ key: 'odd key "x"', source: 'a', target: 'b', attributes: { list: [1, 2] } });
    const columns = columnsOf(
      [
        { key: 1, source: 0, target: 1, shape: 0, values: [0, 0.5] },
        { key: -1, source: 0, target: 0, shape: 0, values: [] },
        { key: 2, source: 1, target: 2, shape: 0, values: [0, 0.25] },
      ],
      new Map([[1, text]]),
    );
    const formatted = new EdgeColumnFormatter(tables).format(columns, 0, 3);
    expect(formatted.split(text)).toHaveLength(2);
    expect(JSON.parse(`[${formatted}]`)[1]).toEqual(JSON.parse(text));
  });
});
