// Deterministic initial layout for the graph file, so the explorer opens on a finished map instead of a hairball.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { createRng, type PaperGraph } from '../../src/shared';

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

/** Seeded random start, ForceAtlas2 (Barnes-Hut on large graphs, as inferSettings decides), then noverlap. */
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
  const settings = { ...forceAtlas2.inferSettings(graph), linLogMode: false, adjustSizes: false };
  // Ten slices instead of one call, so a large graph's layout shows progress (each slice is deterministic too).
  const slice = Math.ceil(iterations / 10);
  for (let done = 0; done < iterations; done += slice) {
    forceAtlas2.assign(graph, { iterations: Math.min(slice, iterations - done), settings, getEdgeWeight: 'weight' });
    onProgress(Math.min(done + slice, iterations), iterations);
  }
  noverlap.assign(graph, {
    maxIterations: 50,
    settings: { margin: 1, ratio: 1.2 },
    inputReducer: (node, attributes) => ({ x: attributes.x, y: attributes.y, size: layoutSize(graph.degree(node)) }),
  });
  // Round to keep the file small and stable across platforms' last-digit float differences.
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    x: Math.round((attributes.x ?? 0) * 100) / 100,
    y: Math.round((attributes.y ?? 0) * 100) / 100,
  }));
}
