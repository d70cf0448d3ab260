// The cluster overview's graph as drawn: one disc per cluster at its members' centroid, sized by papers (pixels),
// named with its count, and pushed apart so no disc lies over another on the overview's canvas.
import noverlap from 'graphology-layout-noverlap';
import { communityColors } from '../../core/appearance';
import type { PaperGraph } from '../../shared';
import { buildClusterOverview, type ClusterOverviewGraph } from '../../shared/analysis/clusterOverview';

/**
 * The span, in layout units, the cluster centroids are scaled to before the discs (sized in pixels) are pushed apart:
 * less than the overview's width beside the panels of a 1,024 px window (494 px), so that a unit is at least about a
 * pixel on screen (sigma fits the positions to the canvas, and the fit zooms out a little for the discs at the edges)
 * and discs kept apart in units stay apart in pixels. In the layout's own units (the labelled arXiv week's centroids
 * span about 2,000) a unit was a third of a pixel there, and at resolution 3 its 34 discs lay over one another.
 */
export const OVERVIEW_SPAN = 320;

/**
 * The smallest canvas the overview is drawn on, in pixels, less sigma's padding: beside the panels of a 1,024 px
 * window (494 px wide, 30 px padding each side). Discs pushed apart to a span wider than this are shrunk to fit it.
 */
export const OVERVIEW_CANVAS = 430;

/** The overview of `graph`'s clusters (its `community` attribute), laid out for drawing. */
export function layOutClusterOverview(graph: PaperGraph): ClusterOverviewGraph {
  const built = buildClusterOverview(graph);
  const colors = communityColors(graph);
  const maxPapers = Math.max(1, ...built.mapNodes((_k, a) => a.size));
  let i = 0;
  built.updateEachNodeAttributes((_k, a) => {
    // Clusters without a layout position are placed on a circle; sizes are area-true (radius ∝ √papers).
    const angle = (2 * Math.PI * i++) / built.order;
    // A name of several terms ("A, B") that finds no room is written by its first, the most distinctive term.
    const comma = a.label.indexOf(', ');
    return {
      ...a,
      x: a.x ?? Math.cos(angle) * 100,
      y: a.y ?? Math.sin(angle) * 100,
      color: colors.get(a.community) ?? a.color,
      size: 6 + 30 * Math.sqrt(a.size / maxPapers),
      label: `${a.label} (${a.papers || a.nodes})`,
      // The name and its first term, for a label with other counts (what the filters show of the cluster).
      name: a.label,
      shortName: comma > 0 ? a.label.slice(0, comma) : null,
    };
  });
  built.updateEachEdgeAttributes((_k, a) => ({ ...a, size: 0.5 + 8 * a.score } as typeof a));
  scaleToSpan(built, OVERVIEW_SPAN);
  spreadCoincident(built);
  // Centroids of interleaved clusters can coincide; push the discs apart so each can be seen and clicked. The ratio
  // leaves room for the fit's zoom-out, which brings positions closer faster than it shrinks discs.
  // noverlap moves one disc of each colliding pair a step at a time and may stop with a few still overlapping on a
  // crowded overview (34 clusters of the labelled arXiv week at resolution 3): again with discs a little smaller.
  for (let round = 0; round < 6; round++) {
    noverlap.assign(built as never, { maxIterations: 500, settings: { margin: 4, ratio: 1.2 } });
    if (closestPairRatio(built) >= 1) break;
    built.updateEachNodeAttributes((_k, a) => ({ ...a, size: a.size * 0.9 }));
  }
  // Whatever it left, discs shrunk by the closest pair's shortfall lie apart.
  const apart = closestPairRatio(built);
  if (apart < 1) built.updateEachNodeAttributes((_k, a) => ({ ...a, size: a.size * apart }));
  // Many discs pushed apart can span more than the canvas: sigma then draws a unit smaller than a pixel, but the
  // discs at their pixel size, over one another. Shrunk by the same factor, they stay apart as they are in units.
  const span = spanOf(built);
  if (span > OVERVIEW_CANVAS) built.updateEachNodeAttributes((_k, a) => ({ ...a, size: a.size * (OVERVIEW_CANVAS / span) }));
  return built;
}

/**
 * Centroids at the very same spot (clusters of nodes without positions) moved onto a small circle around it, in key
 * order: noverlap would part them by a random jitter, and the same file would open with another overview each time.
 */
function spreadCoincident(graph: ClusterOverviewGraph): void {
  const bySpot = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    const spot = `${a.x},${a.y}`;
    const keys = bySpot.get(spot);
    if (keys) keys.push(key);
    else bySpot.set(spot, [key]);
  });
  for (const keys of bySpot.values()) {
    if (keys.length < 2) continue;
    keys.forEach((key, i) => {
      const angle = (2 * Math.PI * i) / keys.length;
      graph.updateNodeAttributes(key, (a) => ({ ...a, x: a.x! + Math.cos(angle), y: a.y! + Math.sin(angle) }));
    });
  }
}

/** The least, over pairs of discs, of their distance over the sum of their radii (≥ 1: none overlaps; 1 with one disc). */
function closestPairRatio(graph: ClusterOverviewGraph): number {
  const discs = graph.mapNodes((_k, a) => ({ x: a.x!, y: a.y!, r: a.size }));
  let least = 1;
  for (let i = 0; i < discs.length; i++) {
    for (let j = i + 1; j < discs.length; j++) {
      const [a, b] = [discs[i], discs[j]];
      least = Math.min(least, Math.hypot(a.x - b.x, a.y - b.y) / (a.r + b.r));
    }
  }
  return least;
}

/** The longer side of the nodes' bounding box, in layout units. */
function spanOf(graph: ClusterOverviewGraph): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x!);
    maxX = Math.max(maxX, a.x!);
    minY = Math.min(minY, a.y!);
    maxY = Math.max(maxY, a.y!);
  });
  return graph.order > 0 ? Math.max(maxX - minX, maxY - minY) : 0;
}

/** Scales the nodes' positions about the origin so they span `span` units on their longer side (one place: as it is). */
function scaleToSpan(graph: ClusterOverviewGraph, span: number): void {
  const longer = spanOf(graph);
  if (!(longer > 0)) return;
  const factor = span / longer;
  graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: a.x! * factor, y: a.y! * factor }));
}
