// Types for the live layout: what the ForceAtlas2 / anti-overlap workers are doing.
export type LayoutStatus = 'idle' | 'running' | 'spreading' | 'stopped';

export interface LayoutState {
  status: LayoutStatus;
  /** When the current FA2 run stops by itself (ms since epoch), or null for a run the user started. */
  autoStopAt: number | null;
}
