// GML import: Newman's Les Misérables file (real), the grammar's corners, and hostile inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectGraphFormat, fromGml, fromGmlWithInfo, importGraphFile, parseGmlTree } from '../../../../src/shared/exchange';
import { sharedPath, itShared } from '../../../sharedData';

const LESMIS = sharedPath('samples/graphs/newman_lesmis.gml');

describe('GML import', () => {
  itShared(LESMIS, "reads Newman's lesmis.gml: 77 nodes, 254 edges, value weights summing to 820", () => {
    const text = readFileSync(LESMIS, 'utf8');
    expect(detectGraphFormat(text, 'lesmis.gml')).toBe('gml');
    expect(detectGraphFormat(text, '')).toBe('gml');
    const graph = importGraphFile(text, 'lesmis.gml', undefined as never);
    expect(graph.order).toBe(77);
    expect(graph.size).toBe(254);
    let total = 0;
    graph.forEachEdge((_edge, attributes) => (total += attributes.weight));
    expect(total).toBe(820);
    expect(graph.getNodeAttribute('0', 'label')).toBe('Myriel');
    expect(graph.type).toBe('undirected');
  });

  it('reads comments, Creator lines, nested graphics, entities and directed declarations', () => {
    const text = [
      '# written by hand',
      'Creator "igraph"',
      'graph [',
      '  directed 1',
      '  node [ id 1 label "Caf&#233; &amp; co" graphics [ x 1.5 y -2 w 10 fill "#FF0000" ] ]',
      '  node [ id 2 ]',
      '  edge [ source 1 target 2 weight 2.5 ]',
      '  edge [ source 2 target 1 weight 1 ]',
      ']',
    ].join('\n');
    expect(detectGraphFormat(text)).toBe('gml');
    const { graph, declaredDirected } = fromGmlWithInfo(text);
    expect(declaredDirected).toBe(true);
    expect(graph.getNodeAttributes('1')).toMatchObject({ label: 'Café & co', x: 1.5, y: -2, size: 10, color: '#ff0000' });
    expect(graph.getNodeAttribute('2', 'label')).toBe('2');
    // The reverse edge is merged into the first, weights summed, and the import says so.
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('1', '2')!, 'weight')).toBe(3.5);
    const notes = graph.getAttribute('importNotes') ?? [];
    expect(notes.join(' ')).toMatch(/directed graph; it is shown and clustered as undirected/);
    // One merged edge is "1 duplicate edge" (was "1 duplicate edges").
    expect(notes.join(' ')).toMatch(/\b1 duplicate edge merged .*1 listed in both directions/);
  });

  it('names the line of a truncated or malformed file', () => {
    expect(() => fromGml('graph [\n node [ id 1 ]\n node [ id 2')).toThrow(/ends inside .*line 3/);
    expect(() => fromGml('graph [\n node [ id 1 label "open ]\n]')).toThrow(/never closed.*line 2/);
    expect(() => fromGml('graph [\n node [ id ]\n]')).toThrow(/key "id" has no value.*line 2/);
    expect(() => fromGml('node [ id 1 ]')).toThrow(/no "graph/);
  });

  it('refuses deep nesting without recursion', () => {
    const deep = 'graph [ ' + 'a [ '.repeat(10_000) + ' ]'.repeat(10_000) + ' ]';
    expect(() => parseGmlTree(deep)).toThrow(/nested deeper than 64/);
  });
});
