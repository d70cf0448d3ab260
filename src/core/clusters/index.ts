// Clusters: producers for the partition, the re-clustering job, focus and overview, plus pure helpers over the graph.
import type { CommunityInfo, PaperGraph } from '../../shared';
import { nodeKindOf } from '../filters';
import { createStore } from '../store';
import { opensOnOverview } from './bigGraph';
import type { ClusteringResult, ClustersState } from './types';

export * from './types';
export { OVERVIEW_ABOVE, clusterDetailGraph, describeOverviewBound, opensOnOverview } from './bigGraph';
export { byWeight, fitClusterName, holdsAtEdge, placeClusterLabels, stableLabelShift, type LabelPlacementOptions, type ShiftBounds } from './labelPlacement';

export const RESOLUTION_MIN = 0.2;
export const RESOLUTION_MAX = 3;
/** Same seed as the ingest stage, so re-running at the file's own resolution reproduces the file's clusters. */
export const CLUSTERING_SEED = 42;

export const initialClustersState: ClustersState = {
  graphVersion: -1,
  resolution: 1,
  requested: 1,
  status: 'idle',
  error: null,
  modularity: null,
  quality: null,
  infos: [],
  revision: 0,
  focused: null,
  overview: false,
  detail: null,
};

/** State for a freshly loaded graph: the partition the file carries (if any), nothing focused. */
export const resetClusters = (graph: PaperGraph | null, graphVersion: number) => (state: ClustersState): ClustersState => {
  if (state.graphVersion === graphVersion) return state;
  const attrs = graph ? graph.getAttributes() : null;
  const resolution = typeof attrs?.resolution === 'number' && attrs.resolution > 0 ? attrs.resolution : 1;
  return {
    ...initialClustersState,
    graphVersion,
    resolution,
    requested: resolution,
    modularity: typeof attrs?.modularity === 'number' && Number.isFinite(attrs.modularity) ? attrs.modularity : null,
    quality: typeof attrs?.quality === 'number' && Number.isFinite(attrs.quality) ? attrs.quality : null,
    infos: graph ? readCommunityInfos(graph) : [],
    revision: state.revision + 1,
    overview: opensOnOverview(graph),
  };
};

export const requestResolution = (resolution: number) => (state: ClustersState): ClustersState =>
  state.requested === resolution && state.status === 'running'
    ? state
    : { ...state, requested: resolution, status: 'running', error: null };

/** The worker's answer, after it was written onto the graph; ids are renumbered by size, so focus is cleared. */
export const applyClustering = (resolution: number, result: ClusteringResult) => (state: ClustersState): ClustersState => ({
  ...state,
  // A big graph's map held one cluster of the old partition: back to the overview of the new one.
  ...(state.detail !== null ? { detail: null, overview: true } : {}),
  resolution,
  status: state.requested === resolution ? 'idle' : state.status,
  error: null,
  modularity: result.modularity,
  quality: result.quality,
  infos: result.infos,
  revision: state.revision + 1,
  focused: null,
});

export const failClustering = (message: string) => (state: ClustersState): ClustersState => ({
  ...state,
  status: 'error',
  error: message,
  requested: state.resolution,
});

export const focusCluster = (id: number | null) => (state: ClustersState): ClustersState =>
  state.focused === id ? state : { ...state, focused: id };

export const setOverview = (overview: boolean) => (state: ClustersState): ClustersState =>
  state.overview === overview ? state : { ...state, overview };

/** Load one cluster into the map (graphs that open on the overview) and leave the overview for it. */
export const showClusterDetail = (id: number) => (state: ClustersState): ClustersState =>
  state.detail === id && !state.overview ? state : { ...state, detail: id, overview: false };

export const clustersStore = createStore<ClustersState>(initialClustersState);

/**
 * Write a partition onto the graph in one batch: communities are analysis data (exported with the graph, read by the
 * labels and overview), not display state, so they live on the graph like the ingest stage writes them.
 */
export function assignClustering(graph: PaperGraph, resolution: number, result: ClusteringResult): void {
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const id = result.communities[node];
      return (typeof id === 'number' ? { ...attributes, community: id } : attributes) as typeof attributes;
    },
    { attributes: ['community'] },
  );
  graph.mergeAttributes({ communities: result.infos, modularity: result.modularity, quality: result.quality, resolution });
}

/** Cluster rows for a graph whose file has communities but no labels (e.g. an imported one): counts only. */
export function describeClusters(graph: PaperGraph): CommunityInfo[] {
  const rows = new Map<number, CommunityInfo>();
  graph.forEachNode((_key, a) => {
    if (typeof a.community !== 'number') return;
    const row = rows.get(a.community) ?? { id: a.community, label: `Cluster ${a.community + 1}`, terms: [], papers: 0, size: 0 };
    row.size += 1;
    if (a.kind === 'paper') row.papers += 1;
    rows.set(a.community, row);
  });
  return [...rows.values()].sort((a, b) => a.id - b.id);
}

/**
 * The file's `communities` attribute, checked entry by entry: a graph file is data from anywhere, and an entry
 * without `terms`, with an object for a label or a string for a count must cost that field, not the app. Entries
 * without an integer id are dropped; missing counts are counted from the nodes.
 */
export function readCommunityInfos(graph: PaperGraph): CommunityInfo[] {
  const raw: unknown = graph.getAttribute('communities');
  const counted = describeClusters(graph);
  if (!Array.isArray(raw)) return counted;
  const byId = new Map(counted.map((info) => [info.id, info]));
  const count = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback);
  const infos: CommunityInfo[] = [];
  const seen = new Set<number>();
  for (const entry of raw as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    if (typeof e.id !== 'number' || !Number.isInteger(e.id) || seen.has(e.id)) continue;
    seen.add(e.id);
    const base = byId.get(e.id) ?? { id: e.id, label: `Cluster ${e.id + 1}`, terms: [], papers: 0, size: 0 };
    infos.push({
      id: e.id,
      label: typeof e.label === 'string' && e.label.trim() !== '' ? e.label : base.label,
      terms: Array.isArray(e.terms) ? e.terms.filter((t): t is string => typeof t === 'string') : [],
      papers: count(e.papers, base.papers),
      size: count(e.size, base.size),
    });
  }
  return infos;
}

/** Clusters as the list shows them: most papers first (members break ties, then id). */
export function orderClusters(infos: CommunityInfo[]): CommunityInfo[] {
  return [...infos].sort((a, b) => b.papers - a.papers || b.size - a.size || a.id - b.id);
}

export function clusterMembers(graph: PaperGraph, id: number): Set<string> {
  const members = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.community === id) members.add(key);
  });
  return members;
}

/**
 * Mean position of each cluster's members, in graph coordinates; members in `hidden` (the filters') left out, so a
 * cluster the filters empty has no centroid and a name goes where its shown members are.
 */
export function clusterCentroids(graph: PaperGraph, hidden?: ReadonlySet<string>): Map<number, { x: number; y: number; n: number }> {
  const sums = new Map<number, { x: number; y: number; n: number }>();
  graph.forEachNode((key, a) => {
    if (typeof a.community !== 'number' || typeof a.x !== 'number' || typeof a.y !== 'number') return;
    if (hidden?.has(key)) return;
    const s = sums.get(a.community) ?? { x: 0, y: 0, n: 0 };
    s.x += a.x;
    s.y += a.y;
    s.n += 1;
    sums.set(a.community, s);
  });
  for (const s of sums.values()) {
    s.x /= s.n;
    s.y /= s.n;
  }
  return sums;
}

/** Shown papers and shown nodes of each cluster, by community id. */
export function countShownMembers(graph: PaperGraph, hidden: ReadonlySet<string>) {
  const papers = new Map<number, number>();
  const nodes = new Map<number, number>();
  graph.forEachNode((key, a) => {
    if (typeof a.community !== 'number' || hidden.has(key)) return;
    nodes.set(a.community, (nodes.get(a.community) ?? 0) + 1);
    if (nodeKindOf(a as never) === 'paper') papers.set(a.community, (papers.get(a.community) ?? 0) + 1);
  });
  return { papers, nodes };
}
