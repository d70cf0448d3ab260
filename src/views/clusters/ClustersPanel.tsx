// The clusters panel: resolution slider (re-clusters in a worker), modularity and count, the cluster list with focus,
// the focused cluster's related clusters explained in words, and the cluster-overview toggle.
import { useEffect, useMemo, useState } from 'react';
import { communityColors } from '../../core/appearance';
import { clustersStore, countShownMembers, orderClusters, resetClusters, RESOLUTION_MAX, RESOLUTION_MIN, setOverview } from '../../core/clusters';
import { runClustering } from '../../core/clusters/runClustering';
import { findRelatedClustersOf, type RelatedCluster } from '../../shared/analysis/relatedClusters';
import { NodeChip } from '../../components/NodeChip';
import { nodeKindOf } from '../../core/filters';
import { viewStore } from '../../core/view';
import { useFilterResult, useGraph } from '../derived';
import { selectAndShow } from '../selectNode';
import { useStore } from '../useStore';
import { focusAndShowCluster } from './focusCluster';
import { wordFor } from '../../core/format';

/** Slider moves settle for this long before the worker is asked, so dragging does not queue a run per pixel. */
const SLIDER_SETTLE_MS = 150;

function RelatedClusters({ related, colors }: { related: RelatedCluster[]; colors: Map<number, string> }) {
  const { graph } = useGraph();
  if (related.length === 0) return <p className="muted">No edge leaves this cluster.</p>;
  return (
    <ol className="related-clusters">
      {related.map((r) => (
        <li key={r.id}>
          <button type="button" className="link cluster-link" onClick={() => focusAndShowCluster(r.id)}>
            <span className="swatch" style={{ background: colors.get(r.id) }} aria-hidden="true" />
            {r.label ?? `Cluster ${r.id + 1}`}
          </button>
          <p className="reason">{r.explanation}.</p>
          {r.concepts.length > 0 && (
            <div className="chips" aria-label="Bridging concepts">
              {r.concepts.map((c) => (
                <NodeChip key={c.key} label={c.label} kind={graph ? nodeKindOf(graph.getNodeAttributes(c.key) as never) : 'concept'}
                  onClick={() => selectAndShow(c.key)} />
              ))}
            </div>
          )}
          {r.papers.length > 0 && (
            <ul className="bridge-papers" aria-label="Bridging papers">
              {r.papers.map((p) => (
                <li key={p.key}><button type="button" className="link" onClick={() => selectAndShow(p.key)}>{p.label}</button></li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export function ClustersPanel() {
  const { graph, version } = useGraph();
  const state = useStore(clustersStore);
  const viewMode = useStore(viewStore, (s) => s.mode);
  const [resolution, setResolution] = useState(state.requested);

  // A new graph brings its own partition (or none).
  useEffect(() => {
    clustersStore.update(resetClusters(graph, version));
  }, [graph, version]);
  useEffect(() => setResolution(state.requested), [state.requested]);

  // Ask the worker once the slider rests.
  useEffect(() => {
    if (resolution === clustersStore.get().requested) return;
    const timer = setTimeout(() => runClustering(resolution), SLIDER_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [resolution]);

  const current = state.graphVersion === version;
  const colors = useMemo(() => (graph ? communityColors(graph) : new Map<number, string>()), [graph, state.revision]);
  const ordered = useMemo(() => (current ? orderClusters(state.infos) : []), [current, state.infos]);
  // While filters hide nodes, each row says how much of its cluster is shown ("3 / 16"): a year range that emptied a
  // cluster left it listed with its full count.
  const filter = useFilterResult();
  const shown = useMemo(
    () => (graph && filter && filter.hidden.size > 0 ? countShownMembers(graph, filter.hidden) : null),
    [graph, filter, state.revision],
  );
  const related = useMemo(() => {
    if (!graph || state.focused === null || ordered.length < 2) return [];
    return findRelatedClustersOf(graph, state.focused, { maxRelated: 3, maxBridges: 4 });
  }, [graph, state.focused, state.revision, ordered.length]);
  if (!graph) return null;

  const running = state.status === 'running';
  const focusedInfo = ordered.find((c) => c.id === state.focused) ?? null;
  return (
    <section className="panel clusters" aria-label="Clusters">
      <h2>Clusters</h2>
      <label className="row resolution">
        <span>Resolution</span>
        <input type="range" min={RESOLUTION_MIN} max={RESOLUTION_MAX} step={0.1} value={resolution}
          aria-label="Community resolution" aria-valuetext={`${resolution.toFixed(1)}: ${resolution < 1 ? 'fewer, larger' : 'more, smaller'} clusters`}
          onChange={(e) => setResolution(Number(e.target.value))} />
        <output>{resolution.toFixed(1)}</output>
      </label>
      <p className="cluster-status" data-testid="cluster-status" data-status={state.status}
        data-resolution={state.resolution} aria-live="polite">
        {running ? (
          <><span className="spinner small" aria-hidden="true" /> Finding clusters at {state.requested.toFixed(1)}…</>
        ) : state.status === 'error' ? (
          <span className="error-text">Clustering failed: {state.error}</span>
        ) : ordered.length > 0 ? (
          <><span data-testid="cluster-count">{ordered.length}</span> {wordFor(ordered.length, 'cluster')}
            {state.modularity !== null && (
              <> · <span title="Standard modularity Q of this partition (resolution 1, undirected, the clustered edges' weights)"
                data-testid="modularity-q">modularity Q {state.modularity.toFixed(3)}</span></>
            )}
            {state.quality !== null && state.resolution !== 1 && (
              <> · <span title="The value the clustering maximised at the chosen resolution: not comparable with Q"
                data-testid="quality">quality at resolution {state.resolution.toFixed(1)}: {state.quality.toFixed(3)}</span></>
            )}</>
        ) : (
          'No clusters yet: move the slider to find them.'
        )}
      </p>
      {ordered.length > 0 && (
        <>
          <label className="check">
            <input type="checkbox" checked={state.overview} onChange={(e) => clustersStore.update(setOverview(e.target.checked))} />
            Cluster overview (one node per cluster)
          </label>
          {viewMode === 'concepts' && (
            // Same palette, other clusters: without this line the list read as the concept map's legend.
            <p className="muted" data-testid="paper-clusters-note">
              The papers' clusters; the concept map colours its ideas by clusters of its own, listed under Appearance.
            </p>
          )}
          <ul className={`cluster-list${running ? ' stale' : ''}`} aria-label="Cluster list">
            {ordered.map((c) => (
              <li key={c.id}>
                <button type="button" className="cluster-row" aria-pressed={state.focused === c.id}
                  title={c.terms.length ? `Distinctive: ${c.terms.join(', ')}` : undefined}
                  onClick={() => focusAndShowCluster(state.focused === c.id ? null : c.id)}>
                  <span className="swatch" style={{ background: colors.get(c.id) }} aria-hidden="true" />
                  <span className="legend-label">{c.label}</span>
                  <span className="count" title={`${c.papers} papers, ${c.size} nodes`} data-testid={`cluster-count-${c.id}`}>
                    {shown ? `${(c.papers ? shown.papers.get(c.id) : shown.nodes.get(c.id)) ?? 0} / ` : ''}{c.papers || c.size}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {focusedInfo && (
        <section className="focused-cluster" aria-label="Focused cluster">
          <h3>{focusedInfo.label}</h3>
          <p className="muted">{focusedInfo.papers} papers, {focusedInfo.size} nodes
            {focusedInfo.terms.length > 2 && <>; also {focusedInfo.terms.slice(2).join(', ')}</>}</p>
          <button type="button" className="link" onClick={() => focusAndShowCluster(null)}>Show all clusters</button>
          <h3>Most linked clusters</h3>
          <RelatedClusters related={related} colors={colors} />
        </section>
      )}
    </section>
  );
}
