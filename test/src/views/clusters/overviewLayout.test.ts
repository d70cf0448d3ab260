// The cluster overview's discs lie apart on the canvas whatever units the file's layout uses: sizes are pixels, so
// the centroids are scaled to a span of about a pixel per unit before the discs are pushed apart.
import { describe, expect, it } from 'vitest';
import { layOutClusterOverview, OVERVIEW_SPAN } from '../../../../src/views/clusters/overviewLayout';
import { detectCommunities } from '../../../../src/shared/analysis/communities';
import { loadSampleGraph } from '../../core/fixtures';

/** Pairs of discs that overlap on a canvas of `width` × `height` px, sigma fitting the positions into it. */
function overlapsOnCanvas(overview: ReturnType<typeof layOutClusterOverview>, width: number, height: number): string[] {
  const nodes = overview.mapNodes((key, a) => ({ key, x: a.x!, y: a.y!, r: a.size }));
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  // Sigma fits the positions' bounding box into the canvas, keeping the aspect ratio (its sizes stay pixels).
  const scale = Math.min(width / (Math.max(...xs) - Math.min(...xs)), height / (Math.max(...ys) - Math.min(...ys)));
  const pairs: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i], nodes[j]];
      if (Math.hypot(a.x - b.x, a.y - b.y) * scale < a.r + b.r) pairs.push(`${a.key}|${b.key}`);
    }
  }
  return pairs;
}

describe('cluster overview layout', () => {
  it('keeps 48 discs apart on a 494 × 653 overview, whether the layout spans 900 units or 5,400, the same each time', () => {
    for (const stretch of [1, 6]) {
      const graph = loadSampleGraph();
      graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: (a.x ?? 0) * stretch, y: (a.y ?? 0) * stretch }));
      // Clustered finely (resolution 3, as the slider's end), so many discs share the canvas.
      detectCommunities.assign(graph as never, { resolution: 3, seed: 42 });
      const overview = layOutClusterOverview(graph);
      expect(overview.order, `×${stretch}`).toBe(48);
      // Before, at ×6 the centroids kept their units (a sixth of a pixel each on this canvas): every disc pushed
      // apart by its radius in units lay over its neighbours on screen.
      expect(overlapsOnCanvas(overview, 494 - 60, 653 - 60), `×${stretch}`).toEqual([]); // less sigma's 30 px padding
      const xs = overview.mapNodes((_k, a) => a.x!);
      expect(Math.max(...xs) - Math.min(...xs), `×${stretch}`).toBeGreaterThanOrEqual(OVERVIEW_SPAN * 0.5);
      // The discs stay big enough to see and click (the biggest shrinks least: sizes keep their order).
      expect(Math.max(...overview.mapNodes((_k, a) => a.size)), `×${stretch}`).toBeGreaterThan(12);
      // The same file gives the same overview (coinciding centroids were parted by noverlap's random jitter).
      const again = layOutClusterOverview(graph);
      expect(again.mapNodes((_k, a) => [a.x, a.y, a.size])).toEqual(overview.mapNodes((_k, a) => [a.x, a.y, a.size]));
      // Named with the count, and a shorter name (the first term) for where the whole one has no room.
      overview.forEachNode((_k, a) => expect(a.label).toMatch(/ \(\d+\)$/));
    }
  });
});
