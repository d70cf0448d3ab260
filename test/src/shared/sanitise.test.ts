// Hostile or hand-edited graph files: prototype-named keys, absurd coordinates, bad weights and malformed clusters are
// made safe with a note saying what changed, in JSON, GEXF and GML alike.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../src/shared';
import { fromGexf, fromGml, type DOMParserConstructor } from '../../../src/shared/exchange';

const Parser = DOMParser as unknown as DOMParserConstructor;

describe('parseGraph on hostile files', () => {
  it('reads edges between nodes named constructor, toString and __proto__', () => {
    const graph = parseGraph({
      nodes: [{ key: 'constructor' }, { key: 'toString' }, { key: '__proto__' }, { key: 'a' }],
      edges: [{ source: 'constructor', target: 'toString' }, { source: '__proto__', target: 'a' }, { source: 'toString', target: 'a' }],
    });
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttributes('constructor#')).toMatchObject({ label: 'constructor', originalKey: 'constructor' });
    expect(graph.getAttribute('importNotes')!.join(' ')).toMatch(/3 node keys .* "#" suffix/);
  });

  it('drops coordinates that are not positions and reads bad weights as 1, saying so', () => {
    const graph = parseGraph({
      nodes: [{ key: 'a', attributes: { x: 1e308, y: 0 } }, { key: 'b', attributes: { x: 1, y: 'north' } }, { key: 'c', attributes: { x: 2, y: 3 } }],
      edges: [{ source: 'a', target: 'b', attributes: { weight: -3 } }, { source: 'b', target: 'c', attributes: { weight: 'heavy' } }],
    });
    expect(graph.getNodeAttributes('a')).not.toHaveProperty('x');
    expect(graph.getNodeAttributes('b')).not.toHaveProperty('y');
    expect(graph.getNodeAttributes('c')).toMatchObject({ x: 2, y: 3 });
    graph.forEachEdge((_edge, attributes) => expect(attributes.weight).toBe(1));
    const notes = graph.getAttribute('importNotes')!.join(' ');
    expect(notes).toMatch(/2 coordinates were not usable positions/);
    expect(notes).toMatch(/2 edges had a negative or non-numeric weight/);
  });

  it('ignores malformed cluster entries instead of failing', () => {
    const graph = parseGraph({
      attributes: { communities: [{ id: 0, label: 'ok', terms: ['x'], papers: 1, size: 2 }, { id: 1, label: { bad: true } }, { id: 2 }], modularity: 'high' },
      nodes: [{ key: 'a' }],
    });
    expect(graph.getAttribute('communities')).toEqual([{ id: 0, label: 'ok', terms: ['x'], papers: 1, size: 2 }]);
    expect(graph.getAttribute('modularity')).toBeUndefined();
    expect(graph.getAttribute('importNotes')).toEqual(['2 malformed cluster entries in the file were ignored.']);
  });

  it('GEXF and GML with prototype-named ids keep their edges', () => {
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
      <nodes><node id="constructor"/><node id="toString" label="T"/><node id="x"/></nodes>
      <edges><edge id="0" source="constructor" target="toString"/><edge id="1" source="toString" target="x"/></edges></graph></gexf>`;
    const fromXml = fromGexf(gexf, Parser);
    expect(fromXml.size).toBe(2);
    expect(fromXml.getNodeAttribute('constructor#', 'label')).toBe('constructor');
    const fromText = fromGml('graph [ node [ id 1 ] node [ id 2 ] edge [ source 1 target 2 ] ]');
    expect(fromText.size).toBe(1);
    const proto = fromGml('graph [ node [ id "constructor" ] node [ id "toString" ] edge [ source "constructor" target "toString" ] ]');
    expect(proto.size).toBe(1);
  });
});
