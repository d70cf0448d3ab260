// Loaded-graph state: producers for the load lifecycle, the store, and seeded initial positions.
import { createRng, type PaperGraph } from '../../shared';
import { createStore } from '../store';
import type { GraphState } from './types';

export * from './types';

export const initialGraphState: GraphState = {
  status: 'idle',
  graph: null,
  source: null,
  hadPositions: false,
  error: null,
  openError: null,
  opening: null,
  notice: null,
  version: 0,
};

export const startLoading = (source: string) => (state: GraphState): GraphState =>
  state.graph ? { ...state, openError: null, opening: source } : { ...state, status: 'loading', source, error: null, opening: null };

export const setLoadedGraph = (graph: PaperGraph, source: string, hadPositions: boolean, notice: string | null = null) =>
  (state: GraphState): GraphState => ({
    status: graph.order === 0 ? 'empty' : 'ready',
    graph,
    source,
    hadPositions,
    error: null,
    openError: null,
    opening: null,
    notice,
    version: state.version + 1,
  });

/** A failed first load is fatal; a failed "open file" keeps the graph on screen and reports beside it. */
export const setLoadError = (message: string, source: string) => (state: GraphState): GraphState =>
  state.graph && state.status !== 'error'
    ? { ...state, openError: `${source}: ${message}`, opening: null }
    : { ...state, status: 'error', error: message, source, graph: null, opening: null };

export const dismissOpenError = () => (state: GraphState): GraphState =>
  state.openError ? { ...state, openError: null } : state;

export const dismissNotice = () => (state: GraphState): GraphState => (state.notice ? { ...state, notice: null } : state);

export const graphStore = createStore<GraphState>(initialGraphState);

export const LAYOUT_SEED = 42;

export function hasAllPositions(nodes: Array<{ attributes?: Record<string, unknown> }>): boolean {
  return nodes.length > 0 && nodes.every((n) => Number.isFinite(n.attributes?.x) && Number.isFinite(n.attributes?.y));
}

/**
 * Give nodes without x/y a seeded random position in a disc whose area grows with the node count, so the
 * force layout starts from the same place on every load.
 */
export function assignSeededPositions(
  nodes: Array<{ key: unknown; attributes?: Record<string, unknown> }>,
  seed = LAYOUT_SEED,
): void {
  const rng = createRng(seed);
  const radius = Math.sqrt(nodes.length) * 10;
  for (const node of nodes) {
    const angle = rng() * 2 * Math.PI;
    const r = Math.sqrt(rng()) * radius;
    const attributes = (node.attributes ??= {});
    if (!Number.isFinite(attributes.x) || !Number.isFinite(attributes.y)) {
      attributes.x = Math.cos(angle) * r;
      attributes.y = Math.sin(angle) * r;
    }
  }
}
