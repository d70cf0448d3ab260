// Other tools' files: duplicate edges merged with a notice, directed files clustered as undirected, stored partitions adopted.
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { fromGraphml, normaliseForeignGraph, type DOMParserConstructor } from '../../../../src/shared/exchange';
import { itShared, sharedPath } from '../../../sharedData';

const Parser = DOMParser as unknown as DOMParserConstructor;
const GEPHI_GRAPHML = sharedPath('samples/graphs/gephi_export_miserables.graphml');

/** An undirected GraphML listing every route twice, as the classic airlines file does. */
function airlinesLike(): string {
  const routes = [['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']];
  const edges = routes.flatMap(([s, t], i) => [
    `<edge id="e${i}" source="${s}" target="${t}"/>`,
    `<edge id="r${i}" source="${t}" target="${s}"/>`,
  ]);
  edges.push('<edge id="p0" source="a" target="b"/>');
  return `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
${['a', 'b', 'c', 'd'].map((n) => `<node id="${n}"/>`).join('')}${edges.join('\n')}</graph></graphml>`;
}

describe('normaliseForeignGraph', () => {
  it('merges reverse and parallel duplicates of an undirected file, sums weights and counts them', () => {
    const graph = fromGraphml(airlinesLike(), Parser);
    expect(graph.size).toBe(4);
    expect(graph.multi).toBe(false);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'weight')).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge('c', 'd')!, 'weight')).toBe(2);
    expect(graph.getAttribute('importNotes')).toEqual([
      '5 duplicate edges merged into one edge per pair, weights summed (4 listed in both directions, 1 repeated).',
    ]);
  });

  it('reads a directed graph as undirected and says so; keepDirected leaves it alone', () => {
    const directed = new Graph({ type: 'directed' });
    directed.mergeEdge('x', 'y', { weight: 2 });
    directed.mergeEdge('y', 'x', { weight: 1 });
    const { graph, report, notes } = normaliseForeignGraph(directed);
    expect(graph.type).toBe('undirected');
    expect(graph.size).toBe(1);
    expect(report).toMatchObject({ declaredDirected: true, reverseDuplicates: 1 });
    expect(notes[0]).toMatch(/declares a directed graph/);
    expect(normaliseForeignGraph(directed, { keepDirected: true }).graph.type).toBe('directed');
  });

  it('adopts a stored partition only when it looks like one', () => {
    const graph = new Graph();
    ['a', 'b', 'c', 'd', 'e', 'f'].forEach((n, i) => graph.addNode(n, { label: n, modularity_class: i < 3 ? 7 : 2, score: i }));
    graph.addEdge('a', 'b');
    graph.addEdge('b', 'c');
    graph.addEdge('d', 'e');
    graph.addEdge('e', 'f');
    graph.addEdge('c', 'd');
    const { graph: out, report } = normaliseForeignGraph(graph);
    expect(report.partitionAttribute).toBe('modularity_class');
    expect(new Set(out.mapNodes((_n, a) => a.community))).toEqual(new Set([0, 1]));
    expect(out.getAttribute('communities')).toHaveLength(2);
    expect(out.getAttribute('modularity')).toBeCloseTo(0.3, 1);
    // A numeric attribute that is not a partition (one value per node) is never adopted.
    const plain = new Graph();
    ['a', 'b', 'c', 'd'].forEach((n, i) => plain.addNode(n, { group: i }));
    expect(normaliseForeignGraph(plain).report.partitionAttribute).toBeNull();
  });

  itShared(GEPHI_GRAPHML, "offers Gephi's Modularity Class of the real export as its clusters", () => {
    const graph = fromGraphml(readFileSync(GEPHI_GRAPHML, 'utf8'), Parser);
    const communities = graph.getAttribute('communities') ?? [];
    expect(communities.length).toBeGreaterThan(1);
    expect(graph.getAttribute('importNotes')!.join(' ')).toMatch(/own partition "Modularity Class" is shown as \d+ clusters/);
    const q = graph.getAttribute('modularity')!;
    expect(q).toBeGreaterThan(0.3);
    expect(q).toBeLessThan(0.6);
  });
});
