// The clusters panel reads a graph's `communities` attribute entry by entry, so a malformed one costs its bad fields,
// never the panel or the app (parseGraph already drops malformed entries from files; this guards every other path).
import { describe, expect, it } from 'vitest';
import { initialClustersState, readCommunityInfos, resetClusters } from '../../../../src/core/clusters';
import { makeSmallGraph } from '../fixtures';

function graphWithCommunities(communities: unknown) {
  const { graph } = makeSmallGraph();
  graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'community', a.kind === 'paper' ? 0 : 1));
  graph.setAttribute('communities', communities as never);
  return graph;
}

describe('communities from a file', () => {
  it('keeps good fields, drops bad ones and counts what is missing from the nodes', () => {
    const graph = graphWithCommunities([
      { id: 0, label: { text: 'object' }, papers: 'many' },
      { id: 1, label: 'Concepts', terms: ['moe', 7, null], papers: 0, size: 6 },
      null, 'x', { id: 1.5, label: 'not an id' }, { id: 1, label: 'duplicate' },
    ]);
    expect(readCommunityInfos(graph)).toEqual([
      { id: 0, label: 'Cluster 1', terms: [], papers: 4, size: 4 },
      { id: 1, label: 'Concepts', terms: ['moe'], papers: 0, size: 6 },
    ]);
  });

  it('ignores a modularity that is not a finite number', () => {
    const graph = graphWithCommunities([]);
    graph.setAttribute('modularity', Number.NaN);
    expect(resetClusters(graph, 1)(initialClustersState).modularity).toBeNull();
  });
});
