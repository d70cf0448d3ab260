// Paths: producers for picking two nodes and finding the shortest path between them, and the highlight sets it draws.
// Not from the analysis barrel, which would bring the clustering libraries into the app's first chunk.
import { findPath } from '../../shared/analysis/paths';
import type { PaperGraph } from '../../shared';
import { createStore } from '../store';
import type { PathHighlight, PathsState } from './types';

export * from './types';

export const initialPathsState: PathsState = { source: null, target: null, picking: false, result: null, unreachable: false };

/** "Path from here": remember the source and wait for the target. */
export const startPath = (source: string) => (state: PathsState): PathsState =>
  state.source === source && state.picking ? state : { ...initialPathsState, source, picking: true };

/** Choose the target and find the path (fewest hops, so each step can be checked by eye). */
export const choosePathTarget = (graph: PaperGraph, target: string) => (state: PathsState): PathsState => {
  if (!state.source || !graph.hasNode(state.source) || !graph.hasNode(target)) return state;
  if (target === state.target && !state.picking) return state;
  const result = findPath(graph, state.source, target);
  return { ...state, target, picking: false, result, unreachable: result === null };
};

export const cancelPathPicking = () => (state: PathsState): PathsState =>
  state.picking ? (state.target ? { ...state, picking: false } : initialPathsState) : state;

export const clearPath = () => (state: PathsState): PathsState =>
  state.source === null && !state.picking ? state : initialPathsState;

/** A path that names nodes the graph lacks (another file was opened) is dropped. */
export const dropStalePath = (graph: PaperGraph | null) => (state: PathsState): PathsState =>
  state.source && (!graph || !graph.hasNode(state.source) || (state.target && !graph.hasNode(state.target)))
    ? initialPathsState
    : state;

export function pathHighlight(state: PathsState): PathHighlight | null {
  if (!state.result || !state.source || !state.target) return null;
  return {
    nodes: new Set(state.result.nodes.map((n) => n.key)),
    edges: new Set(state.result.edges),
    source: state.source,
    target: state.target,
  };
}

export const pathsStore = createStore<PathsState>(initialPathsState);
