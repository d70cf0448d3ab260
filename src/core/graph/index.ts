// Loaded-graph state: producers for the load lifecycle, the store, and seeded initial positions.
import { createRng, isUsableCoordinate, type PaperGraph } from '../../shared';
import { createStore } from '../store';
import type { GraphState, LoadProgress } from './types';

export * from './types';

export const initialGraphState: GraphState = {
  status: 'idle',
  graph: null,
  source: null,
  pending: null,
  hadPositions: false,
  error: null,
  openError: null,
  version: 0,
};

/**
 * With a graph on screen, the file being opened is only `pending`: the header keeps the shown graph's name and counts
 * (and Export its name) until the new graph replaces it, and a failed open leaves both as they were.
 */
export const startLoading = (source: string) => (state: GraphState): GraphState =>
  state.graph ? { ...state, openError: null, pending: source } : { ...state, status: 'loading', source, pending: null, error: null };

export const setLoadedGraph = (graph: PaperGraph, source: string, hadPositions: boolean) =>
  (state: GraphState): GraphState => ({
    status: graph.order === 0 ? 'empty' : 'ready',
    graph,
    source,
    pending: null,
    hadPositions,
    error: null,
    openError: null,
    version: state.version + 1,
  });

/** A failed first load is fatal; a failed "open file" keeps the graph on screen and reports beside it. */
export const setLoadError = (message: string, source: string) => (state: GraphState): GraphState =>
  state.graph && state.status !== 'error'
    ? { ...state, pending: null, openError: `${source}: ${message}` }
    : { ...state, status: 'error', error: message, source, pending: null, graph: null };

export const dismissOpenError = () => (state: GraphState): GraphState =>
  state.openError ? { ...state, openError: null } : state;

export const graphStore = createStore<GraphState>(initialGraphState);

/**
 * How far a big graph's load has got (null when no big load is under way). A store of its own rather than a field of
 * GraphState: it changes every slice, and every component reading the graph store would re-render with it while a
 * big graph is still shown.
 */
export const loadProgressStore = createStore<LoadProgress | null>(null);

export const LAYOUT_SEED = 42;

// A position is a coordinate parseGraph keeps (isUsableCoordinate); it drops the others and the layout places those nodes.
const isPosition = isUsableCoordinate;

/** How many x/y values are present but unusable (not finite numbers, or absurdly far): replaced, and said so. */
export function countUnusableCoordinates(nodes: Array<{ attributes?: Record<string, unknown> }>): number {
  let count = 0;
  for (const node of nodes) {
    for (const value of [node.attributes?.x, node.attributes?.y]) if (value !== undefined && !isPosition(value)) count++;
  }
  return count;
}

export function hasAllPositions(nodes: Array<{ attributes?: Record<string, unknown> }>): boolean {
  return nodes.length > 0 && nodes.every((n) => isPosition(n.attributes?.x) && isPosition(n.attributes?.y));
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
    if (!isPosition(attributes.x) || !isPosition(attributes.y)) {
      attributes.x = Math.cos(angle) * r;
      attributes.y = Math.sin(angle) * r;
    }
  }
}
