// Streamed writers: the chunks concatenate to exactly the one-string export, a big graph comes in many chunks, and the
// streamed GEXF/GraphML still read back through our importers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { parseGraph, serializeGraph, type PaperGraph } from '../../../../src/shared';
import {
  csvChunks,
  fromGexf,
  fromGraphml,
  gexfChunks,
  graphmlChunks,
  graphologyJsonChunks,
  toCsv,
  toGexf,
  toGraphml,
  type DOMParserConstructor,
} from '../../../../src/shared/exchange';

const Parser = DOMParser as unknown as DOMParserConstructor;
const seedGraph = () => parseGraph(readFileSync(join(__dirname, '../../../../public/graph.json'), 'utf8'));

/** A graph with many elements, so every writer has to cut it into several chunks. */
function bigGraph(order: number): PaperGraph {
  const graph = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
  graph.replaceAttributes({ schemaVersion: 1, generator: 'streaming.test', sources: [] });
  for (let i = 0; i < order; i++) {
    graph.addNode(`n${i}`, { kind: 'concept', label: `concept ${i} <&>`, x: i, y: 1 - i, community: i % 7 } as never);
  }
  for (let i = 1; i < order; i++) graph.addEdge(`n${i - 1}`, `n${i}`, { kind: 'has-concept', weight: i / order } as never);
  return graph;
}

describe('graphologyJsonChunks', () => {
  it('is byte-identical to serializeGraph on the seed graph', () => {
    const graph = seedGraph();
    const chunks = Array.from(graphologyJsonChunks(graph));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(serializeGraph(graph));
  });

  it('reports the elements written as it goes, up to all of them, without changing the text', () => {
    const graph = bigGraph(50_000);
    const reports: [number, number][] = [];
    const text = Array.from(graphologyJsonChunks(graph, (done, total) => reports.push([done, total]))).join('');
    expect(text).toBe(serializeGraph(graph));
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.every(([done, total], k) => total === graph.order + graph.size && (k === 0 || done > reports[k - 1][0]))).toBe(true);
    expect(reports.at(-1)![0]).toBe(graph.order + graph.size);
  });

  it('follows graphology for empty attributes, mixed graphs and empty graphs', () => {
    const mixed = new Graph({ type: 'mixed', allowSelfLoops: false });
    mixed.setAttribute('note', 'a "quoted" \u2028 value');
    mixed.addNode('a', { list: [1, undefined, 'x'], missing: undefined });
    mixed.addNode('b');
    mixed.addDirectedEdge('a', 'b');
    mixed.addUndirectedEdgeWithKey('ab', 'a', 'b', { weight: 2 });
    const directed = new Graph({ type: 'directed', multi: true });
    for (const graph of [mixed, directed, new Graph()]) {
      expect(Array.from(graphologyJsonChunks(graph)).join('')).toBe(JSON.stringify(graph.export()));
    }
  });
  it('is byte-identical when element sizes swing (batches sized from the last one), with non-ASCII text', () => {
    const graph = new Graph({ type: 'undirected' });
    for (let i = 0; i < 3000; i++) {
      const text = i % 500 === 7 ? 'é"\u2028😀 '.repeat(20_000) : `node ${i} ☃`;
      graph.addNode(`n${i}`, i % 3 === 0 ? {} : { label: text, i });
    }
    for (let i = 1; i < 3000; i++) graph.addEdge(`n${i - 1}`, `n${i}`, i % 2 ? { weight: i / 7 } : {});
    const chunks = Array.from(graphologyJsonChunks(graph));
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join('')).toBe(JSON.stringify(graph.export()));
  });
});

describe('GEXF and GraphML chunks', () => {
  it('cut a big graph into several chunks that still read back whole', () => {
    const graph = bigGraph(3000);
    const gexf = Array.from(gexfChunks(graph));
    const graphml = Array.from(graphmlChunks(graph));
    expect(gexf.length).toBeGreaterThan(2);
    expect(graphml.length).toBeGreaterThan(2);
    expect(fromGexf(gexf.join(''), Parser).export()).toEqual(graph.export());
    expect(fromGraphml(graphml.join(''), Parser).export()).toEqual(graph.export());
  });

  it('write viz colours as r/g/b and hex, typed numeric columns and the paper-graph manifest', () => {
    const text = Array.from(gexfChunks(seedGraph())).join('');
    expect(text).toMatch(/<viz:color r="\d+" g="\d+" b="\d+" hex="#[0-9a-f]{6}"\/>/);
    expect(text).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(text).toContain('<attribute id="community" title="community" type="integer"/>');
    expect(text).toMatch(/<meta>\s*<creator>[^<]+<\/creator>\s*<paper-graph>\{"format":"paper-graph-exchange"/);
  });
});

/** The reports a writer made while its chunks were read: they only move forward and end at all of them. */
function expectForwardReports(reports: [number, number][], total: number): void {
  expect(reports.length).toBeGreaterThan(2);
  expect(reports.every(([done, all], k) => all === total && done <= total && (k === 0 || done >= reports[k - 1][0]))).toBe(true);
  expect(reports.at(-1)![0]).toBe(total);
}

describe('progress of the GEXF, GraphML and CSV writers', () => {
  it('GEXF counts each element in its model pass (a fifth) and when written (the rest), without changing the text', () => {
    const graph = bigGraph(20_000);
    const reports: [number, number][] = [];
    const text = Array.from(gexfChunks(graph, {}, (done, total) => reports.push([done, total]))).join('');
    expect(text).toBe(toGexf(graph));
    expectForwardReports(reports, 5 * (graph.order + graph.size));
    // The model pass reports before the first chunk is written.
    expect(reports.some(([done]) => done > 0 && done < graph.order + graph.size)).toBe(true);
  });

  it('GraphML counts the elements written', () => {
    const graph = bigGraph(20_000);
    const reports: [number, number][] = [];
    const text = Array.from(graphmlChunks(graph, {}, (done, total) => reports.push([done, total]))).join('');
    expect(text).toBe(toGraphml(graph));
    expectForwardReports(reports, graph.order + graph.size);
  });

  it('CSV comes in chunks per table, the same text as toCsv, counting nodes then edges', () => {
    const graph = bigGraph(20_000);
    const reports: [number, number][] = [];
    const tables = csvChunks(graph, {}, (done, total) => reports.push([done, total]));
    const nodes = Array.from(tables.nodes);
    const edges = Array.from(tables.edges);
    expect(nodes.length).toBeGreaterThan(2);
    expect(edges.length).toBeGreaterThan(2);
    expect({ nodes: nodes.join(''), edges: edges.join('') }).toEqual(toCsv(graph));
    expect(nodes.join('').split('\r\n')).toHaveLength(graph.order + 2);
    expectForwardReports(reports, graph.order + graph.size);
  });

  it('CSV of an empty graph is the two header lines', () => {
    const tables = csvChunks(new Graph());
    expect([Array.from(tables.nodes).join(''), Array.from(tables.edges).join('')]).toEqual(['id\r\n', 'id,source,target,type\r\n']);
  });
});

describe('escaping in the XML writers', () => {
  it('a value with each character XML escapes reads back exactly from GEXF and GraphML; plain values stay as written', () => {
    const graph = new Graph({ type: 'directed' });
    const hostile = 'a&b<c>d"e\tf\ng\rh &amp; done';
    graph.addNode(hostile, { label: hostile, note: hostile, plain: 'plain words' });
    // Each character alone too: a value is escaped only when it holds one.
    const singles = ['&', '<', '>', '"', '\t', '\n', '\r'].map((char) => `x${char}y`);
    graph.addNode('b', { label: 'b', note: 'x', plain: 'y', ...Object.fromEntries(singles.map((value, k) => [`single${k}`, value])) });
    for (const value of singles) graph.addNode(value, { label: value });
    graph.addEdgeWithKey(`e ${hostile}`, hostile, 'b', { kind: hostile, weight: 1, why: hostile });
    for (const [text, read] of [
      [toGexf(graph), (xml: string) => fromGexf(xml, Parser)],
      [toGraphml(graph), (xml: string) => fromGraphml(xml, Parser)],
    ] as const) {
      expect(text).toContain('plain words');
      const back = read(text) as unknown as Graph;
      expect(back.getNodeAttribute(hostile, 'label')).toBe(hostile);
      expect(back.getNodeAttribute(hostile, 'note')).toBe(hostile);
      expect(back.getEdgeAttribute(`e ${hostile}`, 'why')).toBe(hostile);
      singles.forEach((value, k) => {
        expect(back.getNodeAttribute('b', `single${k}`)).toBe(value);
        expect(back.getNodeAttribute(value, 'label')).toBe(value);
      });
    }
  });
});
