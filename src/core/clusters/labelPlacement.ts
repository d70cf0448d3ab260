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
  for (const sortedCandidate of sorted) {
    if (placed.length >= max) break;
    const c = fitIntoView(sortedCandidate, viewport.width, measure);
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
 * without `avoid` — keeps choosing the same labels, each moved by the shift except along an axis where it is held at
 * the view's edge (`holdsAtEdge`: partly out of view, moved into it). Lets the map move its names with the camera
 * instead of placing them again on every frame of a pan. `placed` is what `placeClusterLabels` returned for
 * `candidates`. Bounds kept, in the placement's order: a candidate in view (placed, or left out for a clash) stays
 * in view and keeps, on each axis, whether it is whole in view or held at the same edge; a pair of a candidate and a
 * label placed before it, of which one is held on an axis and the other moves, keeps whether the two overlap on that
 * axis (the clash test); a candidate out of view that clashes with no label placed before it stays out. Then every
 * clash between names is as it was, and so is every choice.
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
  const placedById = new Map(placed.map((p) => [p.id, p]));
  /** Labels placed so far, with whether each is held at an edge on x and on y. */
  const before: { label: PlacedLabel; heldX: boolean; heldY: boolean }[] = [];
  for (const sortedCandidate of [...candidates].sort(byWeight)) {
    // The placement stops looking once `max` labels are placed: later candidates do not count.
    if (before.length >= max) break;
    const c = fitIntoView(sortedCandidate, viewport.width, measure);
    const width = measure(c.text);
    const half = width / 2;
    const left = c.x - half;
    const right = c.x + half;
    const top = c.y - lineHeight / 2;
    const bottom = c.y + lineHeight / 2;
    const inX = right >= 0 && left <= viewport.width;
    const inY = bottom >= 0 && top <= viewport.height;
    if (inX && inY) {
      const heldX = keepAxis(bounds, 'X', left, right, viewport.width);
      const heldY = keepAxis(bounds, 'Y', top, bottom, viewport.height);
      // Where the placement tested it: moved into the view.
      const x = intoView(c.x, width, viewport.width);
      const y = intoView(c.y, lineHeight, viewport.height);
      const box = { left: x - half, right: x + half, top: y - lineHeight / 2, bottom: y + lineHeight / 2 };
      for (const p of before) {
        const pb = boxOf(p.label);
        // Only a pair where one name is held and the other moves changes its overlap as the view pans.
        if (heldX !== p.heldX) keepOverlap(bounds, 'X', heldX ? box : pb, heldX ? pb : box, padding, 'left', 'right');
        if (heldY !== p.heldY) keepOverlap(bounds, 'Y', heldY ? box : pb, heldY ? pb : box, padding, 'top', 'bottom');
      }
      const label = placedById.get(c.id);
      if (label) before.push({ label, heldX, heldY });
      continue;
    }
    // A name held at an edge does not move with the others: a clash with it may not last, so it does not count here.
    if (before.some((p) => !p.heldX && !p.heldY && clashes(left, right, top, bottom, p.label, padding))) continue;
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

/**
 * Where the placement puts its names after a pan of (dx, dy) within `stableLabelShift`'s bounds: each moved by the
 * pan, except along an axis where it was held at the view's edge (placed elsewhere than its centroid), where it stays.
 */
export function holdsAtEdge(candidate: Pick<ClusterLabelCandidate, 'x' | 'y'>, label: Pick<PlacedLabel, 'x' | 'y'>): { x: boolean; y: boolean } {
  return { x: label.x !== candidate.x, y: label.y !== candidate.y };
}

/**
 * Bounds one axis by what a name in view must keep: whole in view, or held at the same edge (partly out, or wider
 * than the view). Returns whether it is held there.
 */
function keepAxis(bounds: ShiftBounds, axis: 'X' | 'Y', low: number, high: number, extent: number): boolean {
  const min = `min${axis}` as const;
  const max = `max${axis}` as const;
  if (high - low < extent && low >= 0 && high <= extent) {
    bounds[min] = Math.max(bounds[min], -low);
    bounds[max] = Math.min(bounds[max], extent - high);
    return false;
  }
  // Held while it stays partly out on the same side (in view at all, and still past that edge).
  const wide = high - low >= extent;
  bounds[min] = Math.max(bounds[min], wide || low < 0 ? -high : extent - high);
  bounds[max] = Math.min(bounds[max], wide || high > extent ? extent - low : -low);
  return true;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Bounds a shift of `moving` against the `fixed` box, along one axis, so that whether the two overlap (with the
 * clash test's padding) stays as it is.
 */
function keepOverlap(
  bounds: ShiftBounds, axis: 'X' | 'Y', fixed: Box, moving: Box, padding: number,
  lowSide: 'left' | 'top', highSide: 'right' | 'bottom',
): void {
  const min = `min${axis}` as const;
  const max = `max${axis}` as const;
  const fixedLow = fixed[lowSide];
  const fixedHigh = fixed[highSide];
  const low = moving[lowSide];
  const high = moving[highSide];
  // Overlap now: low + s < fixedHigh + padding and high + s > fixedLow - padding.
  if (low < fixedHigh + padding && high > fixedLow - padding) {
    bounds[min] = Math.max(bounds[min], fixedLow - padding - high);
    bounds[max] = Math.min(bounds[max], fixedHigh + padding - low);
  } else if (low >= fixedHigh + padding) {
    bounds[min] = Math.max(bounds[min], fixedHigh + padding - low);
  } else {
    bounds[max] = Math.min(bounds[max], fixedLow - padding - high);
  }
}

const boxOf = (p: PlacedLabel): Box => ({ left: p.x - p.width / 2, right: p.x + p.width / 2, top: p.y - p.height / 2, bottom: p.y + p.height / 2 });

/**
 * A name no wider than the view: as it is when it fits; else its first part (a cluster is named by its two most
 * distinctive terms, "A, B": the first is the more distinctive); else that part cut to fit, ending in "…". A name
 * wider than the view was centred on it and cut at both edges ("…antum algorithm, constraint satisfaction problem (C…"
 * on a 384 px map beside the panels of a 1024 px window).
 */
export function fitClusterName(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const comma = text.indexOf(', ');
  const first = comma > 0 ? text.slice(0, comma) : text;
  if (measure(first) <= maxWidth) return first;
  // Longest prefix that fits with the ellipsis (binary search: measure is monotone in the prefix length).
  let low = 0;
  let high = first.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${first.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low > 0 ? `${first.slice(0, low).trimEnd()}…` : '…';
}

/** The candidate with its name fitted to the view's width (the same object when it already fits). */
function fitIntoView<C extends ClusterLabelCandidate>(c: C, width: number, measure: (text: string) => number): C {
  const text = fitClusterName(c.text, width, measure);
  return text === c.text ? c : { ...c, text };
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
