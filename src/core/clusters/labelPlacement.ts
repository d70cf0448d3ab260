// Where cluster names go on the map (pure, in viewport pixels), and how far the view may pan before that choice changes.
import type { ClusterLabelCandidate, PlacedLabel } from './types';

export interface LabelPlacementOptions {
  lineHeight?: number;
  padding?: number;
  max?: number;
  /** Screen boxes a cluster name must not cover (node labels): such a name moves aside, or is left out. */
  avoid?: readonly { left: number; right: number; top: number; bottom: number }[];
}

/** Open bounds on a shift (dx, dy) of every candidate, in pixels. */
export interface ShiftBounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * The order labels are placed in: heaviest first, ties by id. Exported so a caller placing the same candidates frame
 * after frame can keep them in this order: sorting an array already in order is one pass, while sorting 112 unordered
 * candidates (the 50k bench graph's clusters) twice made a placement about 100 µs instead of 25.
 */
export const byWeight = (a: Pick<ClusterLabelCandidate, 'weight' | 'id'>, b: Pick<ClusterLabelCandidate, 'weight' | 'id'>) =>
  b.weight - a.weight || a.id - b.id;

/**
 * Which cluster labels to draw: biggest clusters first, each kept only if its box overlaps no label already placed
 * and some of it lies inside the viewport (it is then moved into the viewport whole), at most `max` of them, so zoomed out the map names its large clusters instead of
 * piling text. `measure` gives a label's width in pixels (the canvas's font metrics in the app).
 */
export function placeClusterLabels(
  candidates: ClusterLabelCandidate[],
  viewport: { width: number; height: number },
  measure: (text: string) => number,
  options: LabelPlacementOptions = {},
): PlacedLabel[] {
  const { lineHeight = 18, padding = 6, max = 12, avoid = [] } = options;
  const placed: PlacedLabel[] = [];
  const sorted = [...candidates].sort(byWeight);
  for (const c of sorted) {
    if (placed.length >= max) break;
    const width = measure(c.text);
    // A name that would cover a node label moves just above or below its centroid; if no spot is free it is left out.
    for (const dy of avoid.length > 0 ? [0, -lineHeight * 1.5, lineHeight * 1.5, -lineHeight * 3, lineHeight * 3] : [0]) {
      const raw = c.y + dy;
      if (c.x + width / 2 < 0 || c.x - width / 2 > viewport.width || raw + lineHeight / 2 < 0 || raw - lineHeight / 2 > viewport.height) continue;
      // A name partly in view is moved inside it whole (the layer clips at the view's edges, which cut a name
      // centred near them: "…chronic lymphocytic leukemia (CL", "algorithm, constraint…" without its "quantum").
      const x = intoView(c.x, width, viewport.width);
      const y = intoView(raw, lineHeight, viewport.height);
      const box = { left: x - width / 2, right: x + width / 2, top: y - lineHeight / 2, bottom: y + lineHeight / 2 };
      const clash = placed.some((p) => clashes(box.left, box.right, box.top, box.bottom, p, padding));
      const covers = avoid.some((a) => box.left < a.right && box.right > a.left && box.top < a.bottom && box.bottom > a.top);
      if (clash || covers) continue;
      placed.push({ ...c, x, y, width, height: lineHeight });
      break;
    }
  }
  return placed;
}

/**
 * How far every candidate may move together (a pan of the view) while `placeClusterLabels` — given the same options,
 * without `avoid` — keeps choosing the same labels, each moved by the same shift. Lets the map move its names with the
 * camera instead of placing them again on every frame of a pan. `placed` is what `placeClusterLabels` returned for
 * `candidates`. A common shift leaves every clash between names wholly in view as it was, so by induction over the
 * placement's order only two kinds of candidate bound it: one in view (placed, or left out for a clash) must stay
 * wholly in view (a name partly out is moved into the view, by less than the shift: no room then), and one left out
 * only for being out of view (it clashes with no label placed before it) must stay out.
 */
export function stableLabelShift(
  candidates: readonly ClusterLabelCandidate[],
  placed: readonly PlacedLabel[],
  viewport: { width: number; height: number },
  measure: (text: string) => number,
  options: Pick<LabelPlacementOptions, 'lineHeight' | 'padding' | 'max'> = {},
): ShiftBounds {
  const { lineHeight = 18, padding = 6, max = 12 } = options;
  const bounds: ShiftBounds = { minX: -Infinity, maxX: Infinity, minY: -Infinity, maxY: Infinity };
  const placedIds = new Set(placed.map((p) => p.id));
  const before: PlacedLabel[] = [];
  for (const c of [...candidates].sort(byWeight)) {
    // The placement stops looking once `max` labels are placed: later candidates do not count.
    if (before.length >= max) break;
    const half = measure(c.text) / 2;
    const left = c.x - half;
    const right = c.x + half;
    const top = c.y - lineHeight / 2;
    const bottom = c.y + lineHeight / 2;
    const inX = right >= 0 && left <= viewport.width;
    const inY = bottom >= 0 && top <= viewport.height;
    if (inX && inY) {
      // Placed, or left out for a clash: both were tested where they are, moved into view. The choice holds while each
      // stays wholly in view (then it moves with the shift, as every other does); one moved into view (partly out)
      // would move less than the shift, so any shift places the names again (open bounds at 0).
      const whole = left >= 0 && right <= viewport.width && top >= 0 && bottom <= viewport.height;
      bounds.minX = Math.max(bounds.minX, whole ? -left : 0);
      bounds.maxX = Math.min(bounds.maxX, whole ? viewport.width - right : 0);
      bounds.minY = Math.max(bounds.minY, whole ? -top : 0);
      bounds.maxY = Math.min(bounds.maxY, whole ? viewport.height - bottom : 0);
      if (placedIds.has(c.id)) before.push(placed.find((p) => p.id === c.id)!);
      continue;
    }
    if (before.some((p) => clashes(left, right, top, bottom, p, padding))) continue;
    // Out on one side: stays out while it stays beyond that side, whatever the other axis does.
    if (!inX) {
      if (right < 0) bounds.maxX = Math.min(bounds.maxX, -right);
      else bounds.minX = Math.max(bounds.minX, viewport.width - left);
    } else if (bottom < 0) {
      bounds.maxY = Math.min(bounds.maxY, -bottom);
    } else {
      bounds.minY = Math.max(bounds.minY, viewport.height - top);
    }
  }
  return bounds;
}

/** The centre of a span of `size` at `at`, moved just enough to lie inside [0, extent] (centred when wider than it). */
function intoView(at: number, size: number, extent: number): number {
  if (size >= extent) return extent / 2;
  return Math.min(Math.max(at, size / 2), extent - size / 2);
}

/** The clash test of `placeClusterLabels`: a box against a placed label and the padding kept around it. */
function clashes(left: number, right: number, top: number, bottom: number, p: PlacedLabel, padding: number): boolean {
  return left < p.x + p.width / 2 + padding && right > p.x - p.width / 2 - padding &&
    top < p.y + p.height / 2 + padding && bottom > p.y - p.height / 2 - padding;
}
