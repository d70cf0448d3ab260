// Layout state producers and the pure choice of ForceAtlas2 settings and run length for a graph.
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { BARNES_HUT_THETA, type PaperGraph } from '../../shared';
import { createStore } from '../store';
import type { LayoutState } from './types';

export * from './types';

export const initialLayoutState: LayoutState = { status: 'idle', autoStopAt: null };

export const layoutStarted = (autoStopAt: number | null) => (): LayoutState => ({ status: 'running', autoStopAt });
export const layoutSpreading = () => (state: LayoutState): LayoutState => ({ ...state, status: 'spreading', autoStopAt: null });
export const layoutStopped = () => (): LayoutState => ({ status: 'stopped', autoStopAt: null });
export const layoutReset = () => (): LayoutState => initialLayoutState;

export const layoutStore = createStore<LayoutState>(initialLayoutState);

/**
 * FA2 settings inferred from the graph (Barnes-Hut above ~2000 nodes, at Gephi's accuracy; gravity and scaling by
 * order), with edge weights on.
 */
export function chooseLayoutSettings(graph: PaperGraph): ForceAtlas2Settings {
  // inferSettings' gravity (0.05) lets isolated papers drift ~3.5x further than the median node on the seed graph,
  // which shrinks the framed view; gravity 1 (strong mode) keeps them within ~1.5x.
  return { ...forceAtlas2.inferSettings(graph), barnesHutTheta: BARNES_HUT_THETA, edgeWeightInfluence: 1, adjustSizes: false, strongGravityMode: true, gravity: 1 };
}

/** How long the automatic run lasts: long enough to settle small graphs, bounded for big ones. */
export function chooseLayoutDuration(order: number): number {
  return Math.min(12_000, 2_000 + Math.sqrt(order) * 40);
}
