// Types for the clusters domain: the current partition, the re-clustering job and which cluster is focused.
import type { CommunityInfo } from '../../shared';

export type ClusteringStatus = 'idle' | 'running' | 'error';

export interface ClustersState {
  /** Version of the loaded graph this state describes (see GraphState.version); -1 before any graph. */
  graphVersion: number;
  /** Resolution of the partition on the graph (from the file, or the last applied re-run). */
  resolution: number;
  /** Resolution the user asked for last; differs from `resolution` while a re-run is in flight. */
  requested: number;
  status: ClusteringStatus;
  error: string | null;
  /** Standard modularity Q of the partition (resolution 1), whatever resolution found it. */
  modularity: number | null;
  /** The quality the clustering optimised at its resolution (equals Q at resolution 1). */
  quality: number | null;
  infos: CommunityInfo[];
  /** Bumped each time a new partition is written onto the graph, so derived colours and lists rebuild. */
  revision: number;
  focused: number | null;
  /** Show one node per cluster instead of the full graph. */
  overview: boolean;
  /** For a graph that opens on the overview (bigGraph.ts): the cluster whose nodes the map holds, null for none yet. */
  detail: number | null;
}

/** What the clusters worker is asked and answers. */
export type ClusteringRequest =
  | { type: 'graph'; version: number; serialized: unknown }
  | { type: 'cluster'; version: number; ticket: number; resolution: number; seed: number };

export type ClusteringResponse =
  | { ok: true; version: number; ticket: number; resolution: number; result: ClusteringResult }
  | { ok: false; version: number; ticket: number; error: string };

export interface ClusteringResult {
  communities: Record<string, number>;
  modularity: number;
  quality: number;
  count: number;
  infos: CommunityInfo[];
}

export interface ClusterLabelCandidate {
  id: number;
  text: string;
  /** Viewport position of the cluster's centroid, in pixels. */
  x: number;
  y: number;
  /** How many papers (or members) the cluster has: bigger clusters claim their place first. */
  weight: number;
}

export interface PlacedLabel extends ClusterLabelCandidate {
  width: number;
  height: number;
}
