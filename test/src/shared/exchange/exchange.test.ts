import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePaperGraph } from '../../../../ingest/analyse';
import { parseGraph, type PaperGraph } from '../../../../src/shared';
import { createRng } from '../../../../src/shared';
import { communityColor } from '../../../../src/shared/analysis';
import {
  detectGraphFormat,
  fromGexf,
  fromGraphml,
  importGraphFile,
  toCsv,
  toGexf,
  toGraphml,
  toGraphologyJson,
  type DOMParserConstructor,
} from '../../../../src/shared/exchange';
import { buildTopicGraph, gliderKey } from '../paperGraphFixture';
import { itShared, sharedPath } from '../../../sharedData';

const Parser = DOMParser as unknown as DOMParserConstructor;
const SAMPLES = sharedPath('samples/graphs');

/** Topic graph, analysed and laid out, with the values XML and CSV find hard. */
function buildTrickyGraph(): PaperGraph {
  const graph = buildTopicGraph();
  analysePaperGraph(graph, { resolution: 1, seed: 42 });
  const rng = createRng(3);
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: rng() * 200 - 100, y: rng() * 200 - 100 }));
  graph.mergeNodeAttributes(gliderKey(), {
    abstract: 'Line one,\r\nline "two"\twith <tags> & ampersands;\nthird \u0001 control, emoji 🧪, semicolon; end',
    organisation: '',
    keyphrases: ['router, global', 'a; b', ''],
  });
  return graph;
}

/** RFC 4180 reader for checking our CSV; hand-written because no CSV library is a project dependency. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += c;
  }
  return rows;
}

describe('round trips', () => {
  let graph: PaperGraph;
  beforeAll(() => {
    graph = buildTrickyGraph();
  });

  it('JSON keeps everything', () => {
    expect(parseGraph(toGraphologyJson(graph)).export()).toEqual(graph.export());
  });

  it('GEXF keeps nodes, edges, attributes (arrays, nulls, empty strings, newlines) and graph attributes', () => {
    const text = toGexf(graph);
    const back = fromGexf(text, Parser);
    expect(back.export()).toEqual(graph.export());
    expect(back.type).toBe('undirected');
  });

  it('GEXF carries colours by community, sizes and positions as viz for Gephi', () => {
    const text = toGexf(graph);
    const community = graph.getNodeAttribute(gliderKey(), 'community')!;
    const glider = new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('node')[0];
    expect(glider.getAttribute('id')).toBe(gliderKey());
    expect(glider.getElementsByTagName('viz:color')[0].getAttribute('hex')).toBe(communityColor(community));
    expect(Number(glider.getElementsByTagName('viz:position')[0].getAttribute('x'))).toBe(
      graph.getNodeAttribute(gliderKey(), 'x'),
    );
    expect(Number(glider.getElementsByTagName('viz:size')[0].getAttribute('value'))).toBeGreaterThan(0);
  });

  it('GraphML keeps nodes, edges, attributes and graph attributes', () => {
    const text = toGraphml(graph);
    expect(text).toContain('<key id="r" for="node" attr.name="r" attr.type="int"/>');
    const back = fromGraphml(text, Parser);
    expect(back.export()).toEqual(graph.export());
  });

  it('CSV writes every attribute with RFC 4180 quoting and arrays joined by "; "', () => {
    const { nodes, edges } = toCsv(graph);
    const nodeRows = parseCsv(nodes);
    const header = nodeRows[0];
    expect(header.slice(0, 3)).toEqual(['id', 'label', 'kind']);
    expect(header).toEqual(expect.arrayContaining(['abstract', 'keyphrases', 'community', 'pagerank', 'x']));
    expect(nodeRows).toHaveLength(graph.order + 1);
    expect(nodeRows.every((row) => row.length === header.length)).toBe(true);
    const glider = nodeRows.find((row) => row[0] === gliderKey())!;
    const cell = (name: string) => glider[header.indexOf(name)];
    expect(cell('abstract')).toBe((graph.getNodeAttributes(gliderKey()) as { abstract: string }).abstract);
    expect(cell('keyphrases')).toBe('router, global; a; b; ');
    expect(cell('authorsCount')).toBe('');
    expect(Number(cell('pagerank'))).toBe(graph.getNodeAttribute(gliderKey(), 'pagerank'));
    const edgeRows = parseCsv(edges);
    expect(edgeRows[0].slice(0, 6)).toEqual(['id', 'source', 'target', 'type', 'kind', 'weight']);
    expect(edgeRows).toHaveLength(graph.size + 1);
    const first = edgeRows[1];
    expect(graph.extremities(first[0]).sort()).toEqual([first[1], first[2]].sort());
  });
});

describe('importing other tools\' files', () => {
  itShared(SAMPLES, 'reads the sigma.js Les Misérables GEXF (77 nodes, 254 edges, weight 1 when absent)', () => {
    const graph = fromGexf(readFileSync(`${SAMPLES}/sigma_les_miserables.gexf`, 'utf8'), Parser);
    expect(graph.order).toBe(77);
    expect(graph.size).toBe(254);
    expect(graph.getNodeAttributes('0.0')).toMatchObject({
      label: 'Myriel',
      color: 'rgb(216,72,45)',
      size: 22.714287,
      x: 268.72385,
      y: 91.18155,
    });
    expect(graph.getNodeAttribute('0.0', 'kind')).toBeUndefined();
    graph.forEachEdge((_edge, attributes) => expect(typeof attributes.weight).toBe('number'));
    expect(graph.getEdgeAttribute(graph.edge('1.0', '0.0')!, 'weight')).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('2.0', '0.0')!, 'weight')).toBe(8);
  });

  itShared(SAMPLES, "reads Gephi's GraphML export: r/g/b become one colour, labels and positions kept", () => {
    const graph = fromGraphml(readFileSync(`${SAMPLES}/gephi_export_miserables.graphml`, 'utf8'), Parser);
    expect(graph.order).toBe(77);
    expect(graph.size).toBe(254);
    expect(graph.getNodeAttributes('11')).toMatchObject({ label: 'Valjean', color: '#f55b5b', size: 100, x: -87.93029 });
    expect(graph.getNodeAttributes('11')).not.toHaveProperty('r');
  });

  itShared(SAMPLES, 'imported graphs can be analysed although their nodes have no kind', () => {
    const graph = importGraphFile(readFileSync(`${SAMPLES}/gephi_export_miserables.graphml`, 'utf8'), 'm.graphml', Parser);
    const summary = analysePaperGraph(graph, { resolution: 1 });
    expect(summary.modularity).toBeGreaterThan(0.5);
    expect(graph.getAttribute('communities')!.every((info) => info.label.length > 0)).toBe(true);
  });

});

describe('hostile and broken XML', () => {
  const billionLaughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
    ']><gexf><graph><nodes><node id="a" label="&lol9;"/></nodes></graph></gexf>';
  const externalEntity =
    '<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
    '<graphml><graph edgedefault="undirected"><node id="&xxe;"/></graph></graphml>';

  it('rejects entity declarations before parsing, fast', () => {
    const started = performance.now();
    expect(() => fromGexf(billionLaughs, Parser)).toThrow(/^fromGexf: the file declares XML entities/);
    expect(() => fromGraphml(externalEntity, Parser)).toThrow(/^fromGraphml: the file declares XML entities/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('rejects an external DTD', () => {
    const text = '<?xml version="1.0"?><!DOCTYPE graphml SYSTEM "http://example.com/evil.dtd"><graphml/>';
    expect(() => fromGraphml(text, Parser)).toThrow(/external SYSTEM resource/);
  });

  it('caps input size', () => {
    expect(() => fromGexf(`<gexf>${' '.repeat(2000)}</gexf>`, Parser, { maxChars: 1000 })).toThrow(/too large/);
  });

  it('reports malformed XML', () => {
    expect(() => fromGexf('<gexf><graph><nodes><node id="a"></nodes></gexf>', Parser)).toThrow(/^fromGexf: not well-formed XML/);
    expect(() => fromGraphml('not xml at all', Parser)).toThrow(/^fromGraphml: not well-formed XML/);
  });
});

describe('detectGraphFormat', () => {
  it('uses the extension, then the content', () => {
    expect(detectGraphFormat('', 'graph.json')).toBe('json');
    expect(detectGraphFormat('', 'g.GEXF')).toBe('gexf');
    expect(detectGraphFormat('<?xml version="1.0"?>\n<graphml xmlns="x">', 'export.xml')).toBe('graphml');
    expect(detectGraphFormat('\uFEFF<?xml version="1.0"?><gexf version="1.3">', 'export')).toBe('gexf');
    expect(detectGraphFormat(' {"nodes": []}', 'download')).toBe('json');
    expect(detectGraphFormat('id,label\n1,a', 'nodes.csv')).toBeNull();
  });
});
