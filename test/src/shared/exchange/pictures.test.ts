// VOSviewer JSON and SVG exports: what another tool (or a reader of the picture) needs is in the file, text stays text.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { analysePaperGraph } from '../../../../ingest/analyse';
import { createRng } from '../../../../src/shared';
import { toSvg, toVosviewerJson } from '../../../../src/shared/exchange';
import { buildTopicGraph, gliderKey } from '../paperGraphFixture';

function laidOutGraph() {
  const graph = buildTopicGraph();
  analysePaperGraph(graph, { resolution: 1, seed: 42 });
  const rng = createRng(5);
  graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: rng() * 100, y: rng() * 100 }));
  graph.mergeNodeAttributes(gliderKey(), { abstract: 'We route <b>experts</b> & more', year: 2024 });
  return graph;
}

describe('VOSviewer JSON', () => {
  it('has one item per node with 1-based clusters, one link per pair, cluster names and escaped descriptions', () => {
    const graph = laidOutGraph();
    const document = JSON.parse(toVosviewerJson(graph));
    const { items, links, clusters } = document.network;
    expect(items).toHaveLength(graph.order);
    expect(links).toHaveLength(graph.size);
    expect(new Set(items.map((item: { id: number }) => item.id)).size).toBe(graph.order);
    expect(items.every((item: { cluster: number }) => Number.isInteger(item.cluster) && item.cluster >= 1)).toBe(true);
    expect(clusters.map((c: { label: string }) => c.label)).toEqual(graph.getAttribute('communities')!.map((c) => c.label));
    const glider = items.find((item: { label: string }) => item.label === graph.getNodeAttribute(gliderKey(), 'label'));
    expect(glider.description).toContain('We route &lt;b&gt;experts&lt;/b&gt; &amp; more');
    expect(glider.weights).toMatchObject({ Links: graph.degree(gliderKey()) });
    expect(glider.scores['Avg. pub. year']).toBe(2024);
    for (const link of links) {
      expect(link.source_id).toBeLessThan(link.target_id);
      expect(link.strength).toBeGreaterThan(0);
    }
    expect(document.config.terminology).toMatchObject({ items: 'Nodes', links: 'Links' });
  });
});

describe('SVG picture', () => {
  it('is well-formed XML with every placed node, the cluster names and the legend', () => {
    const graph = laidOutGraph();
    const svg = toSvg(graph, {
      nodeColor: () => '#4e79a7',
      legend: [{ label: 'Papers <&>', color: '#4e79a7', count: 18 }],
      legendTitle: 'Node kinds',
      title: 'seed graph',
    });
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('circle').length).toBe(graph.order + 1); // + the legend's dot
    expect(document.getElementsByTagName('line').length).toBe(graph.size);
    const names = Array.from(document.getElementById('cluster-names')!.getElementsByTagName('text')).map((t) => t.textContent);
    expect(names.length).toBeGreaterThan(0);
    expect(graph.getAttribute('communities')!.map((c) => c.label)).toEqual(expect.arrayContaining(names));
    const legend = document.getElementById('legend')!.textContent;
    expect(legend).toContain('Node kinds');
    expect(legend).toContain('Papers <&> (18)');
  });

  it('says how many nodes had no position instead of drawing them at the origin', () => {
    const graph = laidOutGraph();
    graph.removeNodeAttribute(gliderKey(), 'x');
    // One node is "1 node" (was "1 nodes"); more are plural.
    expect(toSvg(graph)).toContain('<!-- 1 node without a position left out (not drawn) -->');
    graph.forEachNode((node) => graph.removeNodeAttribute(node, 'y'));
    expect(toSvg(graph)).toMatch(/<!-- \d+ nodes without a position left out \(not drawn\) -->/);
  });
});
