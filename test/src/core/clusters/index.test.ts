// Re-clustering state and helpers on the sample graph: what the slider, cluster list and map labels show.
import { describe, expect, it } from 'vitest';
import {
  applyClustering, assignClustering, clusterCentroids, clusterMembers, clustersStore, failClustering, focusCluster,
  initialClustersState, orderClusters, placeClusterLabels, requestResolution, resetClusters,
} from '../../../../src/core/clusters';
import { detectCommunities, labelCommunities } from '../../../../src/shared/analysis';
import type { PaperGraph } from '../../../../src/shared';
import { loadSampleGraph } from '../fixtures';

/** The sample graph as the ingest's analysis stage leaves it: communities, labels and modularity on the graph. */
function loadAnalysedGraph(): PaperGraph {
  const graph = loadSampleGraph();
  const found = detectCommunities.assign(graph, { resolution: 1, seed: 42 });
  labelCommunities.assign(graph);
  graph.mergeAttributes({ modularity: found.modularity, resolution: 1 });
  return graph;
}

/** What the clusters worker computes, run here in-process. */
function cluster(graph: PaperGraph, resolution: number) {
  const found = detectCommunities(graph, { resolution, seed: 42 });
  return { ...found, infos: labelCommunities(graph, { communities: found.communities }) };
}

describe('clusters state', () => {
  it('starts from the partition the file carries, with its labels and modularity', () => {
    const graph = loadAnalysedGraph();
    const state = resetClusters(graph, 1)(initialClustersState);
    expect(state.infos.length).toBe(graph.getAttribute('communities')!.length);
    expect(state.modularity).toBe(graph.getAttribute('modularity'));
    expect(state.infos.every((info) => info.label.length > 0)).toBe(true);
    // Same graph version again: nothing changes, so the list keeps its focus.
    const focused = focusCluster(0)(state);
    expect(resetClusters(graph, 1)(focused)).toBe(focused);
  });

  it('a higher resolution gives more clusters, the same resolution the same clusters', () => {
    const graph = loadAnalysedGraph();
    const coarse = cluster(graph, 0.3);
    const fine = cluster(graph, 2.5);
    expect(fine.count).toBeGreaterThan(coarse.count);
    expect(cluster(graph, 2.5).communities).toEqual(fine.communities);
  });

  it('applies a re-run in one batch: graph attributes, list, modularity; focus is cleared', () => {
    const graph = loadAnalysedGraph();
    let state = focusCluster(2)(resetClusters(graph, 1)(initialClustersState));
    state = requestResolution(2.5)(state);
    expect(state.status).toBe('running');
    const result = cluster(graph, 2.5);
    assignClustering(graph, 2.5, result);
    state = applyClustering(2.5, result)(state);
    expect(state).toMatchObject({ status: 'idle', resolution: 2.5, focused: null, modularity: result.modularity, quality: result.quality });
    // At resolution 2.5 the optimised quality is not Q: both are kept, apart.
    expect(result.quality).not.toBe(result.modularity);
    expect(graph.getAttribute('quality')).toBe(result.quality);
    expect(state.infos).toHaveLength(result.count);
    expect(graph.getAttribute('resolution')).toBe(2.5);
    const ids = new Set<number>();
    graph.forEachNode((_k, a) => ids.add(a.community!));
    expect(ids.size).toBe(result.count);
    expect(clusterMembers(graph, 0).size).toBe(result.infos[0].size);
  });

  it('an older answer arriving after a newer request leaves the run in progress; a failure is reported', () => {
    const graph = loadAnalysedGraph();
    let state = requestResolution(0.5)(requestResolution(2)(resetClusters(graph, 1)(initialClustersState)));
    state = applyClustering(2, cluster(graph, 2))(state);
    expect(state.status).toBe('running');
    state = failClustering('worker died')(state);
    expect(state).toMatchObject({ status: 'error', error: 'worker died', requested: 2 });
  });

  it('lists clusters by paper count and finds their centroids', () => {
    const graph = loadAnalysedGraph();
    const ordered = orderClusters(resetClusters(graph, 1)(initialClustersState).infos);
    for (let i = 1; i < ordered.length; i++) expect(ordered[i - 1].papers).toBeGreaterThanOrEqual(ordered[i].papers);
    // The sample file has no layout; place the nodes so each cluster has a known centre.
    graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { x: a.community! * 100, y: 10 }));
    const centroids = clusterCentroids(graph);
    expect(centroids.size).toBe(ordered.length);
    expect(centroids.get(1)).toMatchObject({ x: 100, y: 10 });
    expect([...centroids.values()].every((c) => Number.isFinite(c.x) && Number.isFinite(c.y))).toBe(true);
    // Nodes the filters hide count for nothing: cluster 1 hidden whole has no centroid; cluster 0 keeps its shown ones.
    const hidden = new Set(graph.filterNodes((_k, a) => a.community === 1));
    const zero = graph.filterNodes((_k, a) => a.community === 0);
    graph.setNodeAttribute(zero[0], 'x', 1000);
    const filtered = clusterCentroids(graph, new Set([...hidden, zero[0]]));
    expect(filtered.has(1)).toBe(false);
    expect(filtered.get(0)).toMatchObject({ x: 0, n: zero.length - 1 });
    expect(clusterCentroids(graph).get(0)!.x).toBeCloseTo(1000 / zero.length);
  });

  it('the store replaces state only through producers', () => {
    const before = clustersStore.get();
    clustersStore.update(focusCluster(before.focused));
    expect(clustersStore.get()).toBe(before);
  });
});

describe('cluster labels on the map', () => {
  const measure = (text: string) => text.length * 7;
  const viewport = { width: 800, height: 600 };

  it('keeps the bigger of two overlapping labels and drops labels off screen', () => {
    const placed = placeClusterLabels(
      [
        { id: 1, text: 'small cluster', x: 400, y: 300, weight: 3 },
        { id: 0, text: 'large cluster', x: 410, y: 305, weight: 30 },
        { id: 2, text: 'far away', x: 2000, y: 300, weight: 50 },
        { id: 3, text: 'elsewhere', x: 100, y: 100, weight: 2 },
      ],
      viewport,
      measure,
    );
    expect(placed.map((p) => p.id)).toEqual([0, 3]);
  });

  it('shows at most `max` labels, largest first', () => {
    const candidates = Array.from({ length: 30 }, (_, i) => ({ id: i, text: `c${i}`, x: 20 + (i % 6) * 120, y: 20 + Math.floor(i / 6) * 100, weight: i }));
    const placed = placeClusterLabels(candidates, viewport, measure, { max: 5 });
    expect(placed.map((p) => p.id)).toEqual([29, 28, 27, 26, 25]);
  });

  it('never covers a node label of the selected neighbourhood: moves aside, else is left out', () => {
    const candidates = [
      { id: 0, text: 'over a node name', x: 400, y: 300, weight: 30 },
      { id: 1, text: 'clear of it', x: 100, y: 100, weight: 3 },
    ];
    const nodeLabel = { left: 380, right: 470, top: 292, bottom: 310 };
    // The name moves just above the node label rather than covering it.
    const moved = placeClusterLabels(candidates, viewport, measure, { avoid: [nodeLabel] });
    expect(moved.map((p) => [p.id, p.y])).toEqual([[0, 273], [1, 100]]);
    expect(placeClusterLabels(candidates, viewport, measure).map((p) => [p.id, p.y])).toEqual([[0, 300], [1, 100]]);
    // Boxed in on every side: left out.
    const wall = [-60, -30, 0, 30, 60].map((dy) => ({ left: 300, right: 500, top: 290 + dy, bottom: 312 + dy }));
    expect(placeClusterLabels(candidates, viewport, measure, { avoid: wall }).map((p) => p.id)).toEqual([1]);
  });
});
