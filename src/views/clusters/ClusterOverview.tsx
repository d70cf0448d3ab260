// The cluster overview: one node per cluster (size = papers, edges = inter-cluster links) drawn over the full graph;
// clicking a cluster returns to the full graph focused on it (for a graph too big to draw whole: loads that cluster).
import { SigmaContainer, useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Settings } from 'sigma/settings';
import { appearanceStore, clusterOverviewColors, effectiveColorMode } from '../../core/appearance';
import { clustersStore, countShownMembers, describeOverviewBound, opensOnOverview, setOverview } from '../../core/clusters';
import { useFilterResult, useGraph } from '../derived';
import { useStore } from '../useStore';
import { createPlacedLabelDrawer } from '../graph/placedLabels';
import { PlacedLabelsController } from '../graph/PlacedLabelsController';
import { fitInView, type DrawnNode } from './fitInView';
import { focusAndShowCluster } from './focusCluster';
import { layOutClusterOverview } from './overviewLayout';
import type { ClusterOverviewGraph } from '../../shared/analysis/clusterOverview';
import { countOf } from '../../core/format';

const SETTINGS: Partial<Settings> = {
  renderEdgeLabels: false,
  labelRenderedSizeThreshold: 0,
  labelFont: 'system-ui, sans-serif',
  labelWeight: '600',
  labelSize: 13,
  labelColor: { color: '#1f2933' },
  defaultEdgeColor: '#c4ccd4',
  zIndex: true,
};

function OverviewEventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      clickNode: ({ node }) => {
        clustersStore.update(setOverview(false));
        // The full graph is drawn again first, so the camera can read its nodes' positions.
        requestAnimationFrame(() => focusAndShowCluster(Number(node)));
      },
      enterNode: () => void (container.style.cursor = 'pointer'),
      leaveNode: () => void (container.style.cursor = ''),
    });
  }, [sigma, registerEvents]);
  return null;
}

/** What the overview's node reducer reads: the discs' colours, and what the filters show of each cluster (null: all). */
interface OverviewLook {
  colors: Map<number, string> | null;
  shown: ReturnType<typeof countShownMembers> | null;
}

/** A cluster's count on its name: its papers (nodes for a cluster without papers), "shown / all" while filters hide nodes. */
function countText(clusters: ClusterOverviewGraph, node: string, shown: OverviewLook['shown']): string {
  const { papers, nodes, community } = clusters.getNodeAttributes(node);
  const total = papers || nodes;
  if (!shown) return total.toLocaleString();
  const visible = (papers ? shown.papers.get(community) : shown.nodes.get(community)) ?? 0;
  return `${visible.toLocaleString()} / ${total.toLocaleString()}`;
}

/** Hands the reducer the overview's look and redraws when it changes (colour mode, filters); renders nothing. */
function OverviewLookController({ look, lookRef }: { look: OverviewLook; lookRef: { current: OverviewLook } }) {
  const sigma = useSigma();
  useEffect(() => {
    if (lookRef.current === look) return;
    lookRef.current = look;
    sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, look, lookRef]);
  return null;
}

/** Room kept free on every side of the drawing: the hint line sits over the canvas's bottom edge. */
const FIT_MARGIN = 28;

/**
 * After the first frame, zoom out a little and re-centre so every cluster's disc is inside the canvas (fitInView);
 * again from the whole view whenever the canvas changes size (a resized window), as if the overview opened at that size.
 */
function OverviewFit() {
  const sigma = useSigma();
  useEffect(() => {
    const fit = () => {
      const { width, height } = sigma.getDimensions();
      const nodes: DrawnNode[] = [];
      sigma.getGraph().forEachNode((key) => {
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden) return;
        const at = sigma.framedGraphToViewport(data);
        // Labels are left out: drawLabelInside writes them on whichever side of the disc has room.
        nodes.push({ x: at.x, y: at.y, radius: sigma.scaleSize(data.size), labelWidth: 0 });
      });
      const placed = fitInView(nodes, width, height, SETTINGS.labelSize ?? 13, FIT_MARGIN);
      if (!placed) return;
      const camera = sigma.getCamera();
      const center = sigma.viewportToFramedGraph({ x: placed.centerX, y: placed.centerY });
      camera.setState({ x: center.x, y: center.y, ratio: camera.getState().ratio * placed.zoom });
    };
    // Sigma has usually drawn its first frame before this effect runs: ask for one more and measure after it, when the
    // display data are normalised into the camera's frame.
    sigma.once('afterRender', fit);
    sigma.scheduleRender();
    const container = sigma.getContainer();
    let size = { width: container.offsetWidth, height: container.offsetHeight };
    const observer = new ResizeObserver(() => {
      const now = { width: container.offsetWidth, height: container.offsetHeight };
      if (now.width === size.width && now.height === size.height) return;
      size = now;
      // From the default camera (the whole graph framed in the new canvas), then fitted after sigma has drawn it.
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.off('afterRender', fit);
      sigma.once('afterRender', fit);
      sigma.scheduleRender();
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      sigma.off('afterRender', fit);
    };
  }, [sigma]);
  return null;
}

export function ClusterOverview() {
  const { graph } = useGraph();
  const overview = useStore(clustersStore, (s) => s.overview);
  const detail = useStore(clustersStore, (s) => s.detail);
  const revision = useStore(clustersStore, (s) => s.revision);
  const colorBy = useStore(appearanceStore, (s) => s.colorBy);
  // How many names the last frame left out for want of room (the hint says so; hovering a disc shows its name).
  const [leftOut, setLeftOut] = useState(0);
  const clusters = useMemo(
    () => (graph && overview && graph.someNode((_k, a) => typeof a.community === 'number') ? layOutClusterOverview(graph) : null),
    // revision: a re-run writes a new partition onto the same graph object.
    [graph, overview, revision],
  );
  // The discs' colours follow the map's colour mode (by year: each cluster's mean paper year), and their names count
  // what the filters show of each cluster ('2 / 10', as the cluster list does). Both reach the node reducer through
  // this ref: new settings or a new graph would make SigmaContainer build another sigma.
  const colors = useMemo(() => (clusters && graph ? clusterOverviewColors(graph, colorBy) : null), [clusters, graph, colorBy]);
  const filter = useFilterResult();
  const shown = useMemo(
    () => (graph && filter && filter.hidden.size > 0 ? countShownMembers(graph, filter.hidden) : null),
    [graph, filter, revision],
  );
  const look = useMemo((): OverviewLook => ({ colors, shown }), [colors, shown]);
  const lookRef = useRef<OverviewLook>(look);
  // Every cluster's name placed so that none covers another (biggest first; beside, above or below its disc).
  const labels = useMemo(() => {
    if (!clusters) return null;
    const drawer = createPlacedLabelDrawer(() => ({ first: null, nodes: clusters.nodes(), has: (node) => clusters.hasNode(node) }), {
      avoidDiscs: true,
      shorten: (node) => {
        const short = clusters.getNodeAttribute(node, 'shortName' as never) as string | null;
        return short === null ? null : `${short} (${countText(clusters, node, lookRef.current.shown)})`;
      },
      onLeftOut: setLeftOut,
    });
    const settings: Partial<Settings> = {
      ...SETTINGS,
      defaultDrawNodeLabel: drawer.draw,
      defaultDrawNodeHover: drawer.drawHover,
      // forceLabel: sigma's label grid draws one label per 100 px cell, so of two clusters close together one went
      // unnamed without being counted; every name is offered to the placement, which names or counts each.
      nodeReducer: (node, data) => ({
        ...data,
        forceLabel: true,
        color: lookRef.current.colors?.get(Number(node)) ?? data.color,
        label: lookRef.current.shown ? `${data.name as string} (${countText(clusters, node, lookRef.current.shown)})` : data.label,
      }),
    };
    return { attach: drawer.attach, settings };
  }, [clusters]);
  if (!clusters || !labels) return null;
  // The discs' colours say something else than the cluster list's swatches: say what (the year legend gives the scale).
  const byYear = graph !== null && effectiveColorMode(graph, colorBy) === 'year' ? ' · coloured by the mean year of their papers' : '';
  const unnamed = leftOut === 0 ? null : (
    <span data-testid="overview-unnamed">{' · '}{leftOut === 1 ? '1 name' : `${leftOut} names`} left out for room (hover a disc, or see the cluster list)</span>
  );
  return (
    <div className="cluster-overview" role="region" aria-label="Cluster overview" data-clusters={clusters.order} data-unnamed={leftOut}>
      <SigmaContainer graph={clusters} settings={labels.settings} className="overview-canvas">
        <PlacedLabelsController attach={labels.attach} />
        <OverviewLookController look={look} lookRef={lookRef} />
        <OverviewEventsController />
        <OverviewFit />
      </SigmaContainer>
      {opensOnOverview(graph) ? (
        <p className="overview-hint" data-testid="overview-hint">
          {countOf(clusters.order, 'cluster')} of a graph of {countOf(graph!.order, 'node')}, too big to draw whole ({describeOverviewBound()}){byYear}{unnamed}
          {' '}· click one to load its papers
          {detail !== null && (
            <>{' · '}<button type="button" className="link" onClick={() => clustersStore.update(setOverview(false))}>back to the cluster shown</button></>
          )}
        </p>
      ) : (
        <p className="overview-hint">{countOf(clusters.order, 'cluster')}{byYear}{unnamed} · click one to see its papers ·{' '}
          <button type="button" className="link" onClick={() => clustersStore.update(setOverview(false))}>back to the full graph</button>
        </p>
      )}
    </div>
  );
}
