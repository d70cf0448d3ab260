// The map for a graph too big to draw whole (core/clusters/bigGraph.ts): one cluster's nodes at a time, loaded when the
// user picks a cluster, with a line saying what is shown; until then the cluster overview stands in for the map.
import { useEffect, useMemo } from 'react';
import { clusterDetailGraph, clustersStore, describeOverviewBound, setOverview, showClusterDetail } from '../../core/clusters';
import { selectionStore } from '../../core/selection';
import type { PaperGraph } from '../../shared';
import { GraphView } from '../graph/GraphView';
import { useStore } from '../useStore';
import { countOf } from '../../core/format';

export function ClusterDetailView({ graph, version, hadPositions }: { graph: PaperGraph; version: number; hadPositions: boolean }) {
  // A choice left from the previous graph (the clusters panel resets the state after mounting) names other nodes.
  const detail = useStore(clustersStore, (s) => (s.graphVersion === version ? s.detail : null));
  const revision = useStore(clustersStore, (s) => s.revision);
  const info = useStore(clustersStore, (s) => s.infos.find((i) => i.id === detail) ?? null);
  const subgraph = useMemo(
    () => (detail === null ? null : clusterDetailGraph(graph, detail)),
    // revision: after a re-run the same id names other nodes.
    [graph, detail, revision],
  );

  // A node chosen elsewhere (search, a chip, the URL) that is not in the map brings its cluster in.
  useEffect(() => {
    const follow = () => {
      const key = selectionStore.get().selected;
      if (key === null || !graph.hasNode(key) || subgraph?.hasNode(key)) return;
      const community = graph.getNodeAttribute(key, 'community');
      if (typeof community === 'number') clustersStore.update(showClusterDetail(community));
    };
    follow();
    return selectionStore.subscribe(follow);
  }, [graph, subgraph]);

  const total = `${countOf(graph.order, 'node')} and ${countOf(graph.size, 'edge')}`;
  const bound = describeOverviewBound();
  if (!subgraph || detail === null) {
    return (
      <div className="state" role="status" data-testid="big-graph-state">
        <h2>This graph is too big to draw whole</h2>
        <p>It has {total}; graphs {bound} open on the cluster overview. Pick a cluster there, in the Clusters panel, or
          find a paper with the search, to load its papers into the map.</p>
        <button type="button" onClick={() => clustersStore.update(setOverview(true))}>Show the cluster overview</button>
      </div>
    );
  }
  return (
    <>
      <p className="detail-hint" role="status" data-testid="cluster-detail-hint">
        Showing one cluster: <strong>{info?.label ?? `Cluster ${detail + 1}`}</strong>, {subgraph.order.toLocaleString()} of{' '}
        {graph.order.toLocaleString()} nodes ({subgraph.size.toLocaleString()} of {graph.size.toLocaleString()} edges). Graphs{' '}
        {bound} show one cluster at a time ·{' '}
        <button type="button" className="link" onClick={() => clustersStore.update(setOverview(true))}>cluster overview</button>
      </p>
      <GraphView key={`${version}:${detail}:${revision}`} graph={subgraph} hadPositions={hadPositions} />
    </>
  );
}
