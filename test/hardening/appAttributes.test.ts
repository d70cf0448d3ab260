// Issue 12, class 5: the app validates every attribute it reads from a graph file (communities, weights, coordinates,
// keys) and falls back with a visible note; re-clustering as the app's worker does never gives a NaN or impossible
// modularity. (The same files in a real Chromium: test/e2e/hostile.test.ts.)
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { detectCommunities, labelCommunities } from '../../src/shared/analysis';
import { importGraphFile, toGexf, toGraphml, type DOMParserConstructor } from '../../src/shared/exchange';
import { serializeGraph, type PaperGraph } from '../../src/shared';
import { computeNodeSizes } from '../../src/core/appearance';

const Parser = DOMParser as unknown as DOMParserConstructor;

/** Two dense groups of five concepts joined by one edge, every edge weighted `weight`. */
function twoGroups(weight: unknown, extra: Record<string, unknown> = {}): string {
  const nodes = Array.from({ length: 10 }, (_, i) => ({ key: `concept:c${i}`, attributes: { kind: 'concept', label: `Concept ${i}`, x: i, y: i % 3 } }));
  const edges: unknown[] = [];
  for (let i = 0; i < 10; i++) {
    for (let j = i + 1; j < 10; j++) {
      if (Math.floor(i / 5) === Math.floor(j / 5) || (i === 0 && j === 5)) {
        edges.push({ source: `concept:c${i}`, target: `concept:c${j}`, attributes: { kind: 'has-concept', weight } });
      }
    }
  }
  return JSON.stringify({ options: { type: 'undirected' }, attributes: { schemaVersion: 1, ...extra }, nodes, edges });
}

/** What the app's clusters worker does after the resolution slider moves. */
function recluster(graph: PaperGraph, resolution: number) {
  const found = detectCommunities(graph, { resolution, seed: 42 });
  return { ...found, infos: labelCommunities(graph, { communities: found.communities }) };
}

const notesOf = (graph: PaperGraph) => (graph.getAttribute('importNotes') ?? []) as string[];

describe('weights (issue 12, class 5)', () => {
  it.each([
    ['negative', -5],
    ['non-numeric', 'heavy'],
    ['null', null],
    ['NaN written as a string', 'NaN'],
  ])('%s weights are read as 1 with a note, and re-clustering gives a real modularity', (_name, weight) => {
    const graph = importGraphFile(twoGroups(weight), 'weights.json', Parser);
    expect(notesOf(graph)).toContainEqual(expect.stringMatching(/edges had a negative or non-numeric weight; they are read as weight 1/));
    graph.forEachEdge((_edge, attributes) => expect(attributes.weight).toBe(1));
    for (const resolution of [0.5, 1, 2]) {
      const result = recluster(graph, resolution);
      expect(Number.isFinite(result.modularity)).toBe(true);
      expect(result.modularity).toBeGreaterThanOrEqual(-0.5);
      expect(result.modularity).toBeLessThanOrEqual(1);
    }
    expect(recluster(graph, 1).count).toBe(2);
  });

  it.each([
    ['all zero', 0],
    ['1e308 each (their sum overflows)', 1e308],
  ])('weights %s still cluster the two groups with a finite modularity', (_name, weight) => {
    const graph = importGraphFile(twoGroups(weight), 'weights.json', Parser);
    const result = recluster(graph, 1);
    expect(result.modularity).toBeCloseTo(recluster(importGraphFile(twoGroups(1), 'ones.json', Parser), 1).modularity, 10);
    expect(result.count).toBe(2);
    expect(result.infos.every((info) => typeof info.label === 'string')).toBe(true);
  });

  it('node sizes by weighted degree stay finite pixel sizes when weights are 1e308', () => {
    const graph = importGraphFile(twoGroups(1e308), 'weights.json', Parser);
    graph.forEachNode((node) => {
      let sum = 0;
      graph.forEachEdge(node, (_edge, attributes) => (sum += attributes.weight));
      graph.setNodeAttribute(node, 'weightedDegree', sum);
    });
    for (const size of computeNodeSizes(graph, 'weightedDegree').values()) expect(size).toBeGreaterThanOrEqual(3), expect(size).toBeLessThanOrEqual(18);
  });
});

describe('coordinates (issue 12, class 5)', () => {
  it('±1e308, Infinity written as a string and NaN coordinates are dropped with a note (the layout places those nodes)', () => {
    const data = JSON.parse(twoGroups(1));
    data.nodes[0].attributes.x = 1e308;
    data.nodes[1].attributes.y = -1e308;
    data.nodes[2].attributes.x = 'Infinity';
    data.nodes[3].attributes.y = null;
    const graph = importGraphFile(JSON.stringify(data), 'far.json', Parser);
    expect(graph.order).toBe(10);
    expect(notesOf(graph)).toContainEqual(expect.stringMatching(/^4 coordinates were not usable positions/));
    graph.forEachNode((_node, attributes) => {
      for (const value of [attributes.x, attributes.y]) if (value !== undefined) expect(Math.abs(value)).toBeLessThanOrEqual(1e9);
    });
  });
});

describe('node keys that name JavaScript object properties (issue 12, class 5)', () => {
  const KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
  function prototypeGraph(): string {
    const nodes = KEYS.map((key) => ({ key, attributes: { kind: 'concept', label: key } }));
    const edges = KEYS.flatMap((source, i) => KEYS.slice(i + 1).map((target) => ({ source, target, attributes: { kind: 'has-concept', weight: 1 } })));
    return JSON.stringify({ options: { type: 'undirected' }, attributes: {}, nodes, edges });
  }

  it('every valid edge between them is kept (not "already exists"), in JSON, GEXF and GraphML', () => {
    const fromJson = importGraphFile(prototypeGraph(), 'proto.json', Parser);
    expect([fromJson.order, fromJson.size]).toEqual([5, 10]);
    expect(notesOf(fromJson)).toContainEqual(expect.stringMatching(/5 node keys that name JavaScript object properties/));
    expect(fromJson.mapNodes((_node, attributes) => attributes.label).sort()).toEqual([...KEYS].sort());
    for (const [name, text] of [['proto.gexf', toGexf(fromJson)], ['proto.graphml', toGraphml(fromJson)]]) {
      const graph = importGraphFile(text, name, Parser);
      expect([graph.order, graph.size]).toEqual([5, 10]);
    }
    expect(Object.prototype).not.toHaveProperty('kind');
    const result = recluster(fromJson, 1);
    expect(Number.isFinite(result.modularity)).toBe(true);
  });
});

describe('malformed communities (issue 12, class 5)', () => {
  it('entries without terms, with an object for a label, null, or a communities value that is no list: kept where usable, noted', () => {
    const listed = importGraphFile(
      twoGroups(1, { communities: [{ id: 0, label: { text: 'object' } }, { id: 1, label: 'Good cluster' }, null, { id: 'two', label: 'x' }, { id: 2, label: 'No terms' }] }),
      'communities.json',
      Parser,
    );
    expect(listed.getAttribute('communities')).toEqual([
      { id: 1, label: 'Good cluster', terms: [], papers: 0, size: 0 },
      { id: 2, label: 'No terms', terms: [], papers: 0, size: 0 },
    ]);
    expect(notesOf(listed)).toContainEqual('3 malformed cluster entries in the file were ignored.');
    const notAList = importGraphFile(twoGroups(1, { communities: { 0: 'x' }, modularity: 'high' }), 'communities.json', Parser);
    expect(notAList.getAttribute('communities')).toEqual([]);
    expect(notAList.getAttribute('modularity')).toBeUndefined();
    // The file survives a round trip through the app's own export.
    expect(importGraphFile(serializeGraph(listed), 'again.json', Parser).getAttribute('communities')).toHaveLength(2);
  });

  it('labels that are objects fall back to the node key', () => {
    const data = JSON.parse(twoGroups(1));
    data.nodes[0].attributes.label = { en: 'object label' };
    const graph = importGraphFile(JSON.stringify(data), 'labels.json', Parser);
    expect(graph.getNodeAttribute('concept:c0', 'label')).toBe('concept:c0');
  });
});
