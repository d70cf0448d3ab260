// Big graphs: which open on the cluster overview, and the one-cluster graph the map then holds.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  applyClustering, clusterDetailGraph, initialClustersState, OVERVIEW_ABOVE, opensOnOverview, resetClusters, showClusterDetail,
} from '../../../../src/core/clusters';
import { detectCommunities } from '../../../../src/shared/analysis';
import type { PaperGraph } from '../../../../src/shared';
import { loadSampleGraph } from '../fixtures';

function analysed(): PaperGraph {
  const graph = loadSampleGraph();
  detectCommunities.assign(graph, { resolution: 1, seed: 42 });
  return graph;
}

/** A graph of `order` isolated nodes, all in cluster 0 when `clustered`. */
function wide(order: number, clustered: boolean): PaperGraph {
  const graph = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, (clustered ? { community: 0 } : {}) as never);
  return graph;
}

describe('opensOnOverview', () => {
  it('holds above the node bound for a clustered graph only', () => {
    expect(opensOnOverview(analysed())).toBe(false);
    expect(opensOnOverview(wide(OVERVIEW_ABOVE.nodes, true))).toBe(false);
    expect(opensOnOverview(wide(OVERVIEW_ABOVE.nodes + 1, true))).toBe(true);
    // Without clusters there is no overview to open on: the graph is drawn whole.
    expect(opensOnOverview(wide(OVERVIEW_ABOVE.nodes + 1, false))).toBe(false);
    expect(opensOnOverview(null)).toBe(false);
  });

  it('decides the state a freshly loaded graph starts in', () => {
    expect(resetClusters(wide(OVERVIEW_ABOVE.nodes + 1, true), 1)(initialClustersState)).toMatchObject({ overview: true, detail: null });
    expect(resetClusters(analysed(), 1)(initialClustersState)).toMatchObject({ overview: false, detail: null });
  });
});

describe('clusterDetailGraph', () => {
  it('holds exactly the cluster members and the edges between them, as copies', () => {
    const graph = analysed();
    const id = graph.getNodeAttribute(graph.nodes()[0], 'community')!;
    const detail = clusterDetailGraph(graph, id);
    const members = graph.filterNodes((_n, a) => a.community === id);
    expect(detail.nodes().sort()).toEqual(members.sort());
    const inside = graph.filterEdges((_e, _a, s, t) => members.includes(s) && members.includes(t));
    expect(detail.edges().sort()).toEqual(inside.sort());
    expect(detail.getAttribute('communities')).toEqual(graph.getAttribute('communities'));
    detail.setNodeAttribute(members[0], 'x', 12345);
    expect(graph.getNodeAttribute(members[0], 'x')).not.toBe(12345);
  });
});

describe('cluster detail state', () => {
  it('showing a cluster leaves the overview; a re-run partition returns to it', () => {
    const start = { ...initialClustersState, overview: true };
    const shown = showClusterDetail(3)(start);
    expect(shown).toMatchObject({ detail: 3, overview: false });
    const rerun = applyClustering(1, { communities: {}, modularity: 0.5, quality: 0.5, count: 0, infos: [] })(shown);
    expect(rerun).toMatchObject({ detail: null, overview: true });
  });
});
