// Keeps the whole picture in the query string (node, filters, colour, size, view, resolution, focused cluster, path)
// so a view can be shared and survives a reload.
import { useEffect } from 'react';
import { appearanceStore, listSizeMetrics, setColorBy, setSizeBy } from '../core/appearance';
import { clusterMembers, clustersStore, focusCluster } from '../core/clusters';
import { runClustering } from '../core/clusters/runClustering';
import { filtersStore, replaceFilters } from '../core/filters';
import { graphStore } from '../core/graph';
import { choosePathTarget, pathsStore, startPath } from '../core/paths';
import { selectNode, selectionStore } from '../core/selection';
import { parseUrlState, serializeUrlState, type UrlState } from '../core/url';
import { viewStore } from '../core/view';
import { fitRequests } from './clusters/camera';

/**
 * What only the loaded graph can settle: the resolution to re-cluster at, then the cluster to focus (ids belong to a
 * partition), the path's two nodes and whether the size metric exists. Kept until the first graph is ready, and
 * written back to the URL meanwhile so the link is not lost while the graph loads.
 */
type Pending = Pick<UrlState, 'resolution' | 'focusedCluster' | 'path' | 'sizeBy'>;
let pending: Pending | null = null;

/** Resolution of the partition the current graph came with: the URL names a resolution only when it differs. */
let baseline: { graphVersion: number; resolution: number } | null = null;

/** Read once before the first render so the first frame already shows the shared view. */
export function applyUrlState(search: string): void {
  const state = parseUrlState(search);
  filtersStore.update(replaceFilters(state.filters));
  appearanceStore.update(setColorBy(state.colorBy));
  appearanceStore.update(setSizeBy(state.sizeBy));
  viewStore.update(() => state.view);
  selectionStore.update(selectNode(state.node));
  pending = { resolution: state.resolution, focusedCluster: state.focusedCluster, path: state.path, sizeBy: state.sizeBy };
}

/** The picture as it is now, as URL state. */
function currentUrlState(): UrlState {
  const { version } = graphStore.get();
  const clusters = clustersStore.get();
  const paths = pathsStore.get();
  const current = clusters.graphVersion === version;
  const resolution = current && baseline?.graphVersion === version && clusters.resolution !== baseline.resolution ? clusters.resolution : null;
  const live: UrlState = {
    node: selectionStore.get().selected,
    filters: filtersStore.get(),
    colorBy: appearanceStore.get().colorBy,
    sizeBy: appearanceStore.get().sizeBy,
    view: viewStore.get(),
    resolution,
    focusedCluster: current ? clusters.focused : null,
    path: { source: paths.source, target: paths.target },
  };
  return pending ? { ...live, ...pending } : live;
}

/**
 * Apply the graph-dependent part of the URL once the clusters panel has reset its state for the loaded graph:
 * re-cluster if another resolution is asked (and wait for it), then focus, path and size. Runs on every clusters or
 * graph change until done; a failed re-run gives up the resolution and the focus but keeps the rest.
 */
function settlePending(): void {
  const { graph, version, status } = graphStore.get();
  if (!pending) return;
  if (status === 'error' || status === 'empty') {
    pending = null;
    return;
  }
  if (!graph || status !== 'ready') return;
  const clusters = clustersStore.get();
  if (clusters.graphVersion !== version) return;
  if (pending.resolution !== null && Math.abs(clusters.resolution - pending.resolution) > 1e-9) {
    if (clusters.status === 'error') pending = { ...pending, resolution: null, focusedCluster: null };
    else {
      if (clusters.status !== 'running' || clusters.requested !== pending.resolution) runClustering(pending.resolution);
      return;
    }
  }
  const { focusedCluster, path, sizeBy } = pending;
  pending = null;
  const focus = focusedCluster !== null && clustersStore.get().infos.some((info) => info.id === focusedCluster);
  if (focus) clustersStore.update(focusCluster(focusedCluster));
  const pathShown = !!path.source && !!path.target && graph.hasNode(path.source) && graph.hasNode(path.target);
  if (path.source && graph.hasNode(path.source)) {
    pathsStore.update(startPath(path.source));
    if (pathShown) pathsStore.update(choosePathTarget(graph, path.target!));
  }
  // The camera goes to the focused cluster as a click in the list would take it, unless a path (which the map fits
  // itself) is shown too.
  if (focus && !pathShown) fitRequests.emit([...clusterMembers(graph, focusedCluster)]);
  if (!listSizeMetrics(graph).includes(sizeBy)) appearanceStore.update(setSizeBy('degree'));
}

export function UrlController() {
  useEffect(() => {
    const write = () => {
      const search = serializeUrlState(currentUrlState(), window.location.search);
      if (search !== window.location.search) {
        // replaceState: selecting nodes should not flood the back button's history.
        window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
      }
    };
    // A node named in the URL that the loaded graph lacks is dropped instead of showing an empty panel.
    const dropUnknown = () => {
      const { graph } = graphStore.get();
      const selected = selectionStore.get().selected;
      if (graph && selected && !graph.hasNode(selected)) selectionStore.update(selectNode(null));
    };
    const onClusters = () => {
      const clusters = clustersStore.get();
      // The first state seen for a graph is the clusters panel's reset: the file's own resolution.
      if (baseline?.graphVersion !== clusters.graphVersion) baseline = { graphVersion: clusters.graphVersion, resolution: clusters.resolution };
      settlePending();
      write();
    };
    const onGraph = () => {
      dropUnknown();
      settlePending();
      write();
    };
    const unsubscribe = [
      selectionStore.subscribe(write),
      filtersStore.subscribe(write),
      appearanceStore.subscribe(write),
      viewStore.subscribe(write),
      pathsStore.subscribe(write),
      clustersStore.subscribe(onClusters),
      graphStore.subscribe(onGraph),
    ];
    // The graph (and the clusters' reset) may be there before this effect runs.
    onClusters();
    return () => unsubscribe.forEach((u) => u());
  }, []);
  return null;
}
