// Deterministic initial layout for the graph file, so the explorer opens on a finished map instead of a hairball.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { BARNES_HUT_THETA, createRng, type PaperGraph } from '../../src/shared';

export interface LayoutOptions {
  /** ForceAtlas2 iterations; 0 skips the layout (the app then runs ForceAtlas2 in its worker on open). */
  iterations: number;
  seed: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { iterations: 300, seed: 42 };

/** Node size used by the layout's anti-overlap pass: grows with degree like the app's default sizing. */
function layoutSize(degree: number): number {
  return 3 + 2 * Math.sqrt(degree);
}

/** noverlap's passes at most, run in slices of NOVERLAP_SLICE so a large graph's layout shows progress. */
const NOVERLAP_ITERATIONS = 50;
const NOVERLAP_SLICE = 5;

/**
 * noverlap's grid: its default 20 × 20 cells up to 400 nodes, then about one cell per node. noverlap compares every
 * pair of nodes that share a cell, so with a fixed grid its passes grow with the square of the nodes crowded into one
 * cell: 20k papers with references (22k nodes after ForceAtlas2) took 59 s at 20 × 20, 16 s at 40, 2.7–3 s at 148
 * (2026-12-03). Every overlapping pair shares a cell at any grid size; only the order the pairs are met in (which of
 * the two is pushed) changes, so graphs of up to 400 nodes, the seeds among them, keep their layout.
 */
export function noverlapGridSize(order: number): number {
  return Math.max(20, Math.ceil(Math.sqrt(order)));
}

/** Seeded random start, ForceAtlas2 (Barnes-Hut on large graphs, as inferSettings decides, at Gephi's accuracy), then noverlap. */
export function layoutPaperGraph(
  graph: PaperGraph,
  options: Partial<LayoutOptions> = {},
  onProgress: (done: number, total: number) => void = () => {},
): void {
  const { iterations, seed } = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (iterations <= 0 || graph.order === 0) return;
  const rng = createRng(seed);
  const spread = Math.sqrt(graph.order) * 10;
  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    x: (rng() - 0.5) * spread,
    y: (rng() - 0.5) * spread,
  }));
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutTheta: BARNES_HUT_THETA, linLogMode: false, adjustSizes: false };
  // Ten slices instead of one call, so a large graph's layout shows progress (each slice is deterministic too).
  const total = iterations + NOVERLAP_ITERATIONS;
  const slice = Math.ceil(iterations / 10);
  for (let done = 0; done < iterations; done += slice) {
    forceAtlas2.assign(graph, { iterations: Math.min(slice, iterations - done), settings, getEdgeWeight: 'weight' });
    onProgress(Math.min(done + slice, iterations), total);
  }
  // In slices too, the same passes as one call: a slice reads back the positions the last one wrote (single-precision
  // values, as noverlap keeps them), and a slice after it converged finds no overlap and moves nothing (noverlap does
  // not say when it converged, so the slices after cost one pass each).
  const sizes = new Map(graph.mapNodes((node) => [node, layoutSize(graph.degree(node))]));
  const settingsNoverlap = { margin: 1, ratio: 1.2, gridSize: noverlapGridSize(graph.order) };
  for (let done = 0; done < NOVERLAP_ITERATIONS; done += NOVERLAP_SLICE) {
    noverlap.assign(graph, {
      maxIterations: NOVERLAP_SLICE,
      settings: settingsNoverlap,
      inputReducer: (node, attributes) => ({ x: attributes.x, y: attributes.y, size: sizes.get(node)! }),
    });
    onProgress(iterations + done + NOVERLAP_SLICE, total);
  }
  // Round to keep the file small and stable across platforms' last-digit float differences.
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: Math.round((attributes.x ?? 0) * 100) / 100,
    y: Math.round((attributes.y ?? 0) * 100) / 100,
  }));
}
