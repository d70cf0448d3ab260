// Other tools' real files (test/fixtures/graphs-real, provenance in its README): what a user sees, counted by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type AbstractGraph from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { importGraphFile, type DOMParserConstructor } from '../../../../src/shared/exchange';

const Parser = DOMParser as unknown as DOMParserConstructor;
const DIR = join(import.meta.dirname, '../../../fixtures/graphs-real');

/** The file as the app imports it; typed loosely, since other tools' attributes are not the explorer's schema. */
function open(name: string): AbstractGraph {
  return importGraphFile(readFileSync(join(DIR, name), 'utf8'), name, Parser) as unknown as AbstractGraph;
}

function labels(graph: AbstractGraph): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  graph.forEachNode((node, attributes) => (out[node] = attributes.label));
  return out;
}

/** No attribute stored under a bare key id or an empty/undefined name (what unread yFiles data used to leave). */
function strayNames(graph: AbstractGraph): string[] {
  const names = new Set<string>();
  graph.forEachNode((_node, attributes) => Object.keys(attributes).forEach((name) => names.add(name)));
  graph.forEachEdge((_edge, attributes) => Object.keys(attributes).forEach((name) => names.add(name)));
  return [...names].filter((name) => name === '' || name === 'undefined' || /^d\d+$/.test(name));
}

describe('yEd / yFiles GraphML', () => {
  it('reads labels from y:NodeLabel, fill colour, centre and width (the resources key made it throw)', () => {
    const graph = open('yfiles_networkx_test.graphml');
    expect([graph.order, graph.size]).toEqual([3, 1]);
    expect(labels(graph)).toEqual({ n0: '1', n1: '2', n2: '3' });
    expect(graph.getNodeAttributes('n0')).toMatchObject({ color: '#ffcc00', x: 140, y: 115, size: 30 });
    expect(graph.getNodeAttributes('n2')).toMatchObject({ color: '#e8eef7', x: 990, y: 306, size: 80 });
    // The file puts an edge key (d6, "description") on a node: read under its name.
    expect(graph.getNodeAttribute('n2', 'description')).toBe('description\nline1\nline2');
    expect(strayNames(graph)).toEqual([]);
    expect(graph.getAttribute('importNotes')).toEqual([
      'The file declares a directed graph; it is shown and clustered as undirected (standard modularity).',
    ]);
  });

  it('reads nested graphs: 9 nodes (3 groups, 6 members) and 4 edges, each group with its own label and data', () => {
    const graph = open('yed_groups_networkx_test.graphml');
    expect([graph.order, graph.size]).toEqual([9, 4]);
    expect(labels(graph)).toEqual({
      n0: '2',
      n1: 'Group 3',
      'n1::n0': 'Group 1',
      'n1::n0::n0': '1',
      'n1::n0::n1': '3',
      'n1::n1': 'Group 2',
      'n1::n1::n0': '5',
      'n1::n1::n1': '6',
      n2: '9',
    });
    graph.forEachNode((_node, attributes) => expect(attributes.CustomProperty).toBe('CustomPropertyValue'));
    // The active realizer (index 0) of a group: its geometry, not the closed folder's.
    expect(graph.getNodeAttributes('n1')).toMatchObject({ color: '#f5f5f5', x: 40, size: 140 });
    expect(graph.hasEdge('n1::n0::n0', 'n0')).toBe(true);
    expect(graph.hasEdge('n1::n1::n1', 'n2')).toBe(true);
    expect(strayNames(graph)).toEqual([]);
    expect(graph.getAttribute('importNotes')).toEqual([
      '3 group nodes contain a nested graph; members are shown beside their group, as ordinary nodes.',
      'The file declares a directed graph; it is shown and clustered as undirected (standard modularity).',
    ]);
  });
});

describe('GraphML keys', () => {
  it('casts typed <default> values (networkx) instead of keeping strings', () => {
    const graph = open('networkx_node_defaults.graphml');
    expect([graph.order, graph.size]).toEqual([2, 1]);
    expect(graph.getNodeAttributes('n0')).toMatchObject({
      boolean_attribute: false,
      int_attribute: 0,
      long_attribute: 0,
      float_attribute: 0,
      double_attribute: 0,
      string_attribute: 'Foo',
    });
  });

  it('reads a key declared for="all" on nodes and edges, drops port data and says hyperedges are not read', () => {
    const text = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">
<key id="w" for="all" attr.name="weight" attr.type="double"><default>2</default></key>
<key id="p" for="port" attr.name="side" attr.type="string"/>
<graph edgedefault="undirected">
<node id="a"><data key="w">5</data><port name="north"><data key="p">top</data></port></node><node id="b"/><node id="c"/>
<edge source="a" target="b" sourceport="north"><data key="w">3</data></edge><edge source="b" target="c"/>
<hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge>
</graph></graphml>`;
    const graph = importGraphFile(text, 'all.graphml', Parser) as unknown as AbstractGraph;
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(graph.getNodeAttribute('a', 'weight')).toBe(5);
    expect(graph.getNodeAttribute('b', 'weight')).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'weight')).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge('b', 'c')!, 'weight')).toBe(2);
    expect(Object.keys(graph.getNodeAttributes('a'))).not.toContain('p');
    expect(graph.getAttribute('importNotes')).toEqual(['1 hyperedge was not read (the explorer draws edges between two nodes).']);
  });
});

describe('Gephi GEXF', () => {
  it('applies a boolean <default> and keeps a self-loop', () => {
    const graph = open('gephi_data.gexf');
    expect([graph.order, graph.size]).toEqual([1, 1]);
    expect(graph.getNodeAttributes('0')).toMatchObject({ label: 'Node1', url: 'http://gephi.org', indegree: 1, valid: true });
  });

  it('says a dynamic file is shown as one static graph with the last value of a timed weight', () => {
    const graph = open('gephi_dynamicedgeweight.gexf');
    expect([graph.order, graph.size]).toEqual([2, 1]);
    expect(labels(graph)).toEqual({ 0: 'Hello', 1: 'Word' });
    expect(graph.getEdgeAttribute(graph.edge('0', '1')!, 'weight')).toBe(2);
    expect(graph.getAttribute('importNotes')).toEqual([
      'The file is dynamic (a timeline); it is shown as one static graph with every node and edge it ever has, and a value that changes over time shows its last listed value.',
      'The file declares a directed graph; it is shown and clustered as undirected (standard modularity).',
    ]);
  });
});

describe('igraph GML', () => {
  it('labels vertices by their igraph name', () => {
    const graph = open('igraph_vnf.gml');
    expect([graph.order, graph.size]).toEqual([4, 3]);
    expect(labels(graph)).toEqual({ 1: 'robotSlave', 2: 'robotMaster', 3: 'vEPC', 4: 'controller' });
    expect(graph.getNodeAttributes('1')).toMatchObject({ type: 'vnf', lon: -3.75591113449374, lat: 40.2753689393847 });
    expect(graph.getEdgeAttributes(graph.edge('1', '2')!)).toMatchObject({ bandwidth: 5, bandwidthUnits: 'Mb/s', weight: 1 });
  });
});

describe("igraph's own GML test files", () => {
  it('reads -Inf, repeated keys and nested lists (it threw on -Inf)', () => {
    const graph = open('igraph_unit_graph1.gml');
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(graph.getNodeAttributes('1')).toMatchObject({ a: { b: 1 }, b: 2, c: 5.6, x: 0, y: 0 });
    expect(graph.getNodeAttributes('2')).toMatchObject({ a: [1, 2], b: 'asd', d: '-Inf', nan: 'foo' });
    expect(graph.getNodeAttribute('5', 'c')).toEqual({ str: 'foo' });
    expect(graph.getEdgeAttribute(graph.edge('2', '5')!, 'label')).toBe('edge label');
    expect(graph.getAttribute('AttOne')).toEqual([1, 'x']);
    expect(graph.getAttribute('AttTwo')).toBe(3.14);
    // Only the first graph of the file is read.
    expect(graph.hasNode('node 1')).toBe(false);
  });

  it('numbers nodes without an id and says so (it threw)', () => {
    const graph = open('igraph_unit_graph2.gml');
    expect([graph.order, graph.size]).toEqual([3, 0]);
    expect(graph.getNodeAttribute('node 3', 'Foo')).toBe('bar & baz');
    expect(graph.getAttribute('importNotes')).toEqual(['3 nodes have no id; shown, numbered in file order (no edge can name them).']);
  });
});

describe('networkx GEXF', () => {
  it('keeps matplotlib colour codes the view cannot draw as data, not as black nodes', () => {
    const graph = open('networkx24_colors.gexf');
    expect([graph.order, graph.size]).toEqual([9, 9]);
    expect(graph.getNodeAttributes('5')).toMatchObject({ label: '5', type: 'todo', colorName: 'xkcd:pale orange', positive: true });
    graph.forEachNode((_node, attributes) => expect(attributes.color).toBeUndefined());
    expect(graph.getAttribute('importNotes')).toEqual([
      '9 nodes carry a colour the view cannot draw ("k", "b", "g"…); kept as the attribute "colorName".',
      'The file declares a directed graph; it is shown and clustered as undirected (standard modularity).',
    ]);
  });

  it('reads a dynamic file (start/end on nodes and edges, meta inside graph) as one static graph, repeated edges summed', () => {
    const graph = open('networkx22_dynamic.gexf');
    expect([graph.order, graph.size]).toEqual([3, 1]);
    expect(labels(graph)).toEqual({ 1: '192.168.0.1', 2: '192.168.0.2', 3: '192.168.0.3' });
    expect(graph.getEdgeAttribute(graph.edge('1', '2')!, 'weight')).toBe(22);
    expect(graph.getAttribute('importNotes')).toEqual([
      'The file is dynamic (a timeline); it is shown as one static graph with every node and edge it ever has, and a value that changes over time shows its last listed value.',
      '1 duplicate edge merged into one edge per pair, weights summed (1 repeated).',
    ]);
  });
});

describe('drawable colours', () => {
  it('keeps hex, rgb() and colour names the view draws, lower-cases a name, refuses the rest', async () => {
    const { drawableColor } = await import('../../../../src/shared/exchange/drawableColor');
    expect(drawableColor('#ffcc00')).toBe('#ffcc00');
    expect(drawableColor('rgba(179,0,0,0.5)')).toBe('rgba(179,0,0,0.5)');
    expect(drawableColor('Red')).toBe('red');
    expect(drawableColor('k')).toBeNull();
    expect(drawableColor('xkcd:pale orange')).toBeNull();
  });
});

describe('files in another encoding, read as the app reads them (bytes decoded as UTF-8)', () => {
  const asTheAppReads = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

  it('opens a Latin-1 file whole and says which characters did not decode', () => {
    const text = readFileSync(join(DIR, 'gephi_data.gexf'), 'utf8').replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace('Node1', 'Café');
    const latin1 = Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
    const graph = importGraphFile(asTheAppReads(latin1), 'latin1.gexf', Parser) as unknown as AbstractGraph;
    expect([graph.order, graph.size]).toEqual([1, 1]);
    expect(graph.getAttribute('importNotes')[0]).toBe(
      '1 character could not be read and shows as "\uFFFD": the file declares ISO-8859-1; saved again as UTF-8, it opens whole.',
    );
  });

  it('a BOM changes nothing, in any of the three formats', () => {
    for (const name of ['gephi_data.gexf', 'yfiles_networkx_test.graphml', 'igraph_vnf.gml']) {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(readFileSync(join(DIR, name), 'utf8'))]);
      const graph = importGraphFile(asTheAppReads(bytes), name, Parser);
      expect([graph.order, graph.size]).toEqual([open(name).order, open(name).size]);
    }
  });

  it('refuses UTF-16 with a message naming the encoding', () => {
    const text = readFileSync(join(DIR, 'igraph_vnf.gml'), 'utf8');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(text).flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    expect(() => importGraphFile(asTheAppReads(utf16), 'vnf.gml', Parser)).toThrow(
      'importGraphFile: "vnf.gml": the file is in a two-byte encoding (UTF-16); save it as UTF-8 to open it.',
    );
  });
});

describe('mixed GEXF', () => {
  it('says how many edges were directed when a file mixes both kinds', () => {
    const graph = open('graphology_mixed.gexf');
    expect([graph.order, graph.size]).toEqual([3, 3]);
    expect(graph.getEdgeAttributes(graph.edge('2', '3')!)).toMatchObject({ label: 'Nice edge', weight: 4.56 });
    expect(graph.getAttribute('importNotes')).toEqual([
      '2 edges of 3 are directed in the file; all are shown and clustered as undirected (standard modularity).',
    ]);
  });
});

describe('yEd and Cytoscape GML', () => {
  it('yFiles 2.9: labels, centre positions, width and fill colour', () => {
    const graph = open('yfiles29.gml');
    expect([graph.order, graph.size]).toEqual([4, 5]);
    expect(labels(graph)).toEqual({ 0: '0', 1: '1', 2: '2', 3: '3' });
    expect(graph.getNodeAttributes('1')).toMatchObject({ x: 266, y: 82, size: 30, color: '#ccccff' });
    expect(graph.getEdgeAttribute(graph.edge('3', '2')!, 'label')).toBe('10');
  });

  it('yFiles 2.11 (CRLF): a parallel pair merged and said, a self-loop kept, an unlabelled group box', () => {
    const graph = open('yfiles211_parallel.gml');
    expect([graph.order, graph.size]).toEqual([9, 9]);
    expect(graph.getNodeAttribute('0', 'label')).toBe('0');
    expect(graph.getNodeAttribute('1', 'label')).toBe('BHx');
    expect(graph.getEdgeAttribute(graph.edge('1', '5')!, 'weight')).toBe(2);
    expect(graph.hasEdge('7', '7')).toBe(true);
    expect(graph.getAttribute('importNotes')).toEqual([
      'The file declares a directed graph; it is shown and clustered as undirected (standard modularity).',
      '1 duplicate edge merged into one edge per pair, weights summed (1 repeated).',
    ]);
  });

  it('Cytoscape: negative ids, graphics as position, size and colour', () => {
    const graph = open('cytoscape_networkx_test.gml');
    expect([graph.order, graph.size]).toEqual([3, 2]);
    expect(labels(graph)).toEqual({ '-3': 'node2', '-2': 'node1', '-1': 'node0' });
    expect(graph.getNodeAttributes('-3')).toMatchObject({ x: -96, y: -67, size: 40, color: '#ff9999' });
    expect(graph.getEdgeAttributes(graph.edge('-1', '-2')!)).toMatchObject({ label: 'DirectedEdge', weight: 1 });
  });
});

describe('multinet (R) multilayer GraphML', () => {
  it('labels by igraph-style name, reads a key declared after the nodes, keeps both layers of a merged pair', () => {
    const graph = open('multinet_mlnet3.graphml');
    expect([graph.order, graph.size]).toEqual([7, 6]);
    expect(labels(graph)).toEqual({ 1: 'U6', 2: 'U0', 3: 'U5', 4: 'U1', 5: 'U2', 6: 'U3', 7: 'U4' });
    expect(graph.getNodeAttributes('2')).toMatchObject({ l1: 'T', 'l1:Color': 'Blue', 'l1:Age': 34 });
    // e5 (layer l2) and e4 (layer l1) join nodes 4 and 6: one edge, weight 2, each layer's values kept.
    expect(graph.getEdgeAttributes(graph.edge('4', '6')!)).toMatchObject({ e_type: 'l2', 'l2-l2: Weight': 3, 'l1-l1: Stars': 4, weight: 2 });
    expect(graph.getAttribute('importNotes')).toEqual([
      'The file declares a directed graph; it is shown and clustered as undirected (standard modularity).',
      '1 duplicate edge merged into one edge per pair, weights summed (1 repeated).',
    ]);
  });
});

describe('rgexf (R) and Gephi 0.10 GEXF 1.3', () => {
  it('names attributes by their title when the id is a code (rgexf att1 → letrafavorita), keeps viz colour with alpha', () => {
    const graph = open('rgexf_dynamic_attributes.gexf');
    expect([graph.order, graph.size]).toEqual([4, 6]);
    expect(labels(graph)).toEqual({ 1: 'juan', 2: 'pedro', 3: 'matthew', 4: 'carlos' });
    expect(graph.getNodeAttributes('1')).toMatchObject({ letrafavorita: 'a', numbers: 1, color: 'rgba(255,99,71,1)', size: 125, x: 250 });
    expect(graph.getNodeAttributes('1')).not.toHaveProperty('att1');
    expect(graph.getEdgeAttributes(graph.edge('4', '2')!)).toMatchObject({ letrafavorita: 'f', numbers: 6, weight: 1 });
    expect(graph.getAttribute('importNotes')).toEqual([
      'The file is dynamic (a timeline); it is shown as one static graph with every node and edge it ever has, and a value that changes over time shows its last listed value.',
    ]);
  });

  it('Gephi 0.10.1 (gexf.net/1.3 namespace, nodes without label): ids as labels', () => {
    const graph = open('gephi0101_kasma_docs.gexf');
    expect([graph.order, graph.size]).toEqual([7, 6]);
    expect(graph.getNodeAttribute('Mme. Thenardier', 'label')).toBe('Mme. Thenardier');
    expect(graph.hasEdge('Fantine', 'Thenardier')).toBe(true);
  });
});

describe('yFiles for HTML / yEd Live GraphML', () => {
  it('reads labels from y:Label.Text and the box from y:RectD, and keeps no XAML whitespace as attributes', () => {
    const graph = open('yfiles_html_graphp_test.graphml');
    expect([graph.order, graph.size]).toEqual([4, 4]);
    expect(labels(graph)).toEqual({ n0: 'A', n1: 'B', n2: 'C', n3: 'D' });
    expect(graph.getNodeAttributes('n3')).toMatchObject({ x: 396.5, y: -24, size: 311, Expanded: true });
    for (const name of ['NodeLabels', 'NodeGeometry', 'NodeStyle', 'EdgeStyle', 'UserTags']) {
      graph.forEachNode((_node, attributes) => expect(attributes).not.toHaveProperty(name));
      graph.forEachEdge((_edge, attributes) => expect(attributes).not.toHaveProperty(name));
    }
    expect(strayNames(graph)).toEqual([]);
  });
});

describe("GEXF's own samples (the primer's hierarchy and viz files, as gonum's gexf12 tests hold them)", () => {
  it('a nested hierarchy: 10 nodes, 9 edges, each member with its parent, groups keep only their own values', () => {
    const graph = open('gexf_primer_hierarchy_nested.gexf');
    expect([graph.order, graph.size]).toEqual([10, 9]);
    expect(graph.getNodeAttributes('a')).toEqual({ label: 'Kevin Bacon' });
    expect(graph.getNodeAttribute('b', 'parent')).toBe('a');
    expect(graph.getNodeAttribute('h', 'parent')).toBe('e');
    expect(graph.getNodeAttribute('j', 'parent')).toBe('a');
    expect(graph.getAttribute('importNotes')).toEqual([
      '3 nodes contain nodes of their own (a hierarchy); members are shown beside their group, as ordinary nodes.',
      'The file declares a directed graph; it is shown and clustered as undirected (standard modularity).',
    ]);
  });

  it('a pid hierarchy keeps each parent as data', () => {
    const graph = open('gexf_primer_hierarchy_pid.gexf');
    expect([graph.order, graph.size]).toEqual([7, 4]);
    expect(graph.getNodeAttribute('g', 'parent')).toBe('e');
    expect(graph.hasNodeAttribute('a', 'parent')).toBe(false);
  });

  it('viz elements in a default namespace: colour with alpha, position, size', () => {
    const graph = open('gexf_primer_viz_default_ns.gexf');
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'glossy', color: 'rgba(239,173,66,0.6)', x: 15.783598, y: 40.109245, size: 2.0375757 });
  });
});

describe('drawable colour names', () => {
  it("are sigma's HTML colour names, no more, no fewer", async () => {
    const { HTML_COLORS } = await import('sigma/utils');
    const { DRAWABLE_COLOR_NAMES } = await import('../../../../src/shared/exchange/drawableColor');
    expect([...DRAWABLE_COLOR_NAMES].sort()).toEqual(Object.keys(HTML_COLORS).sort());
  });
});

describe('numeric labels', () => {
  it('keep their value as text (GML `label 0` from networkx test_gml.py, a GraphML label key typed int)', () => {
    const gml = importGraphFile('graph [edge [ source 0 target 0 ] node [ id 0 label 0 ] ]', 'nx.gml', Parser);
    expect([gml.order, gml.size]).toEqual([1, 1]);
    expect(gml.getNodeAttribute('0', 'label')).toBe('0');
    const relabelled = importGraphFile('graph [ node [ id 0 label 1203 ] node [ id 1 label "x" ] edge [ source 0 target 1 ] ]', 'n.gml', Parser);
    expect(relabelled.getNodeAttribute('0', 'label')).toBe('1203');
    const graphml = importGraphFile(
      '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><key id="l" for="node" attr.name="label" attr.type="int"/>' +
        '<graph><node id="a"><data key="l">7</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>',
      'int-label.graphml',
      Parser,
    );
    expect(graphml.getNodeAttribute('a', 'label')).toBe('7');
  });
});
