import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePaperGraph } from '../../../../ingest/analyse';
import { parseGraph, type CommunityInfo, type PaperGraph } from '../../../../src/shared';
import {
  buildClusterOverview,
  communityColor,
  computeCentrality,
  findPath,
  findRelatedClusters,
  findRelatedClustersOf,
  labelCommunities,
  readEdgeList,
} from '../../../../src/shared/analysis';
import { TOPICS, buildTopicGraph, gliderKey } from '../paperGraphFixture';

describe('analysis on a topic graph', () => {
  let graph: PaperGraph;
  let infos: CommunityInfo[];
  const clusterOf = (concept: string) => infos.find((info) => info.terms.includes(concept))!.id;

  beforeAll(() => {
    graph = buildTopicGraph();
    const summary = analysePaperGraph(graph, { resolution: 1, seed: 42 });
    expect(summary.communities).toBe(3);
    infos = graph.getAttribute('communities')!;
  });

  it('finds the three topics and stores modularity, resolution and labels on the graph', () => {
    expect(graph.getAttribute('modularity')).toBeGreaterThan(0.3);
    expect(graph.getAttribute('resolution')).toBe(1);
    expect(infos.map((info) => info.papers)).toEqual([6, 6, 6]);
  });

  it('names each cluster by its distinctive concepts, never the concept every paper has', () => {
    const labels = infos.map((info) => info.label);
    for (const topic of Object.values(TOPICS)) {
      expect(labels.some((label) => label.split(', ').every((term) => (topic as readonly string[]).includes(term)))).toBe(true);
    }
    expect(labels.join(' ')).not.toContain('large language model');
  });

  it('labels communities from an explicit mapping as well as from the attribute', () => {
    const mapping: Record<string, number> = {};
    graph.forEachNode((node, attributes) => (mapping[node] = attributes.community!));
    expect(labelCommunities(graph, { communities: mapping })).toEqual(infos);
  });

  it('labels the same from the edge list the analysis read as from each paper\'s neighbours', () => {
    const edges = readEdgeList(graph);
    expect(labelCommunities(graph, { edges })).toEqual(infos);
    // Seed graph: many communities, concepts and methods linked to papers of several of them.
    const seeds = parseGraph(readFileSync('public/graph.json', 'utf8'));
    const seedEdges = readEdgeList(seeds);
    const fromNeighbours = labelCommunities(seeds);
    expect(fromNeighbours.length).toBeGreaterThan(3);
    expect(labelCommunities(seeds, { edges: seedEdges })).toEqual(fromNeighbours);
    // A list read from another graph is not used.
    expect(labelCommunities(seeds, { edges })).toEqual(fromNeighbours);
    // Edges written term → paper (another tool's file): counted from either end.
    const reversed = seeds.emptyCopy();
    seeds.forEachEdge((edge, attributes, source, target) => reversed.addEdgeWithKey(edge, target, source, attributes));
    expect(labelCommunities(reversed, { edges: readEdgeList(reversed) })).toEqual(fromNeighbours);
  });

  it('explains related clusters through the concepts and papers that bridge them', () => {
    const related = findRelatedClusters(graph);
    const moe = clusterOf('expert routing');
    const rl = clusterOf('policy optimization');
    const link = related[moe].find((entry) => entry.id === rl)!;
    expect(link).toBeDefined();
    expect(link.score).toBeGreaterThan(0);
    expect(link.score).toBeLessThanOrEqual(1);
    const conceptLabels = link.concepts.map((concept) => concept.label);
    expect(conceptLabels.slice(0, 2)).not.toContain('large language model');
    expect(conceptLabels).toEqual(expect.arrayContaining(['reinforcement learning']));
    expect(link.papers.map((paper) => paper.key)).toContain(gliderKey());
    expect(link.explanation).toMatch(/^linked through [^;]*reinforcement learning[^;]*; \d+ papers? bridges? them$/);
    // Symmetric: the RL cluster lists the MoE cluster with the same score.
    expect(related[rl].find((entry) => entry.id === moe)!.score).toBe(link.score);
  });

  it("gives one cluster's related clusters alone, the same as the whole mapping's entry", () => {
    const related = findRelatedClusters(graph, { maxRelated: 2, maxBridges: 3 });
    for (const id of Object.keys(related).map(Number)) {
      expect(findRelatedClustersOf(graph, id, { maxRelated: 2, maxBridges: 3 })).toEqual(related[id]);
    }
    expect(findRelatedClustersOf(graph, 999)).toEqual([]);
  });

  it('builds a cluster overview with one node per cluster sized by papers', () => {
    const overview = buildClusterOverview(graph);
    expect(overview.order).toBe(3);
    overview.forEachNode((node, attributes) => {
      expect(attributes.size).toBe(6);
      expect(attributes.label).toBe(infos[Number(node)].label);
      expect(attributes.color).toBe(communityColor(Number(node)));
    });
    expect(overview.size).toBeGreaterThan(0);
    overview.forEachEdge((_edge, attributes) => expect(attributes.weight).toBeGreaterThan(0));
  });

  it('names every step of a shortest path in words', () => {
    const path = findPath(graph, gliderKey(), 'concept:mixture-of-experts')!;
    expect(path.length).toBe(1);
    expect(path.steps[0].text).toBe('Glider —has concept→ mixture of experts');
    const backwards = findPath(graph, 'concept:denoising', gliderKey())!;
    expect(backwards.nodes[0].label).toBe('denoising');
    expect(backwards.steps[0].text).toMatch(/^denoising ←has concept— /);
    expect(backwards.steps).toHaveLength(backwards.length);
    expect(backwards.edges).toHaveLength(backwards.length);
    const weighted = findPath(graph, 'concept:denoising', gliderKey(), { weighted: true })!;
    expect(weighted.cost).toBeLessThanOrEqual(backwards.cost);
  });

  it('returns null when nodes are not connected and throws on unknown nodes', () => {
    const copy = graph.copy();
    copy.addNode('concept:orphan', { kind: 'concept', label: 'orphan', aliases: [], acronym: null, paperCount: 0 });
    expect(findPath(copy, gliderKey(), 'concept:orphan')).toBeNull();
    expect(() => findPath(copy, gliderKey(), 'nope')).toThrow(/^findPath: no node "nope"/);
  });

  it('assigns degree, weighted degree, PageRank and betweenness; the shared concept is the most central', () => {
    const hub = 'concept:large-language-model';
    expect(graph.getNodeAttribute(hub, 'degree')).toBe(18);
    expect(graph.getNodeAttribute(hub, 'weightedDegree')).toBe(18);
    let best = '';
    graph.forEachNode((node, attributes) => {
      if (!best || attributes.pagerank! > graph.getNodeAttribute(best, 'pagerank')!) best = node;
      expect(attributes.betweenness).toBeGreaterThanOrEqual(0);
    });
    expect(best).toBe(hub);
  });

  it('skips betweenness above the size cap, saying why', () => {
    const result = computeCentrality(graph, { betweennessMaxWork: 10 });
    expect(result.betweenness).toBeUndefined();
    expect(result.skipped.betweenness).toMatch(/nodes × .* edges is above the cap/);
    expect(result.pagerank).toBeDefined();
  });
});

describe('analysis on the sample graph built from the seed listings', () => {
  it('labels every community and keeps ids in size order', () => {
    const graph = parseGraph(readFileSync('test/fixtures/graphs/sample.json', 'utf8'));
    const summary = analysePaperGraph(graph, { resolution: 1, seed: 42 });
    const infos = graph.getAttribute('communities')!;
    expect(infos).toHaveLength(summary.communities);
    expect(infos.every((info) => info.label.length > 0 && info.terms.length > 0)).toBe(true);
    const sizes = infos.map((info) => info.size);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
    // Same input, same seed: the same file.
    const again = parseGraph(readFileSync('test/fixtures/graphs/sample.json', 'utf8'));
    analysePaperGraph(again, { resolution: 1, seed: 42 });
    expect(JSON.stringify(again.export())).toBe(JSON.stringify(graph.export()));
  });
});
