// The planned graph's edges formatted from the plan's columns are the edges graphologyJsonChunks writes from the graph
// made of the same plan: every edge kind, keys and evidence needing JSON escapes, weights that are not integers.
import { describe, expect, it } from 'vitest';
import { insertPlannedGraph } from '../../../ingest/build/insertPlannedGraph';
import { planGraph, type PlannedInsertions } from '../../../ingest/build/planEdges';
import { PlannedEdgeReader, plannedEdgeCount } from '../../../ingest/build/plannedEdgeColumns';
import type { PaperGraph } from '../../../src/shared';
import { graphologyJsonChunks } from '../../../src/shared/exchange';
import { EdgeColumnFormatter } from '../../../src/shared/exchange/jsonEdges';
import { inputsOf, interactingInputs, manyReferencesInputs, type TestBuildInputs } from './buildInputs';

/** The edges' text of the graph file, between `"edges":[` and `]}`. */
function edgesText(graph: PaperGraph): string {
  const file = [...graphologyJsonChunks(graph)].join('');
  const at = file.lastIndexOf('],"edges":[');
  return file.slice(at + '],"edges":['.length, -2);
}

/** The edges formatted slice by slice from the plan, `size` edges a slice, joined as the file joins them. */
function formattedSlices(insertions: PlannedInsertions, size: number): string {
  const reader = new PlannedEdgeReader(insertions, size);
  const formatter = new EdgeColumnFormatter(reader.tables);
  const slices: string[] = [];
  for (let columns = reader.next(); columns.count > 0; columns = reader.next()) slices.push(formatter.format(columns, 0, columns.count));
  return slices.join(',');
}

function expectSameEdges(inputs: TestBuildInputs, sizes = [1, 3, 4096]): PaperGraph {
  const { insertions } = planGraph(inputs);
  const { graph } = insertPlannedGraph({ ...inputs, sources: ['a.txt'], insertions });
  expect(plannedEdgeCount(insertions)).toBe(graph.size);
  const expected = edgesText(graph);
  for (const size of sizes) expect(formattedSlices(insertions, size)).toBe(expected);
  return graph;
}

const ODD = ' "q" \\ \t\u0001 é 😀 \ud800 \u2028';

/** Every key of a node (paper, idea, reference) and every evidence with characters JSON escapes or encodes long. */
function oddly<T>(value: T): T {
  if (typeof value === 'string') return (/^(paper|concept|method|domain|reference):/.test(value) ? `${value}${ODD}` : value) as T;
  if (Array.isArray(value)) return value.map(oddly) as T;
  if (value instanceof Map) return new Map([...value].map(([key, entry]) => [oddly(key), oddly(entry)])) as T;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([name, entry]) => [name, name === 'evidence' ? `${entry}${ODD}` : oddly(entry)])) as T;
}

describe('plannedEdgeColumns', () => {
  it('every edge kind, with odd keys and evidence, counts, and weights that are not integers', () => {
    const inputs = oddly(interactingInputs());
    inputs.similar.pairs.weight = Float64Array.from([0.1058, 1 / 3, 0.7, 1e-7]);
    // A co-cited pair besides the coupled ones the references make (paper a with e: not linked otherwise).
    inputs.citations = { ...inputs.citations, sharedPairs: [...inputs.citations.sharedPairs, { a: 0, b: 4, kind: 'co-cited', weight: 0.375, count: 3 }] };
    const graph = expectSameEdges(inputs);
    const kinds = new Set(graph.mapEdges((_edge, attributes) => attributes.kind));
    expect([...kinds].sort()).toEqual(['broader', 'cites', 'co-cited', 'coupled', 'has-concept', 'in-domain', 'introduces', 'mentions', 'similar', 'uses-method']);
    expect(graph.someEdge((_edge, attributes) => attributes.mutual === true)).toBe(true);
    expect(graph.mapEdges((_edge, attributes) => attributes.weight)).toEqual(expect.arrayContaining([0.6667, 0.8165, 0.375, 1e-7]));
    expect(graph.someNode((node) => node.endsWith(ODD))).toBe(true);
  });

  it('300,000 edges to reference nodes', () => {
    expect(expectSameEdges(manyReferencesInputs(), [4096, 7001]).size).toBe(300_000);
  });

  it('the seeds', async () => {
    expect(expectSameEdges(await inputsOf(['data/seeds'])).size).toBeGreaterThan(1000);
  }, 60_000);
});
