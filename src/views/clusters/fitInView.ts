// How far to zoom out and where to centre so every disc of a small map (and, when asked, the label right of it) fits
// inside the canvas. Sigma fits node centres to the stage, not discs: on the cluster overview the biggest cluster's
// disc sat half outside the right edge. (Fitting whole labels too shrank the overview until the names overlapped;
// the overview now writes a label left of its disc when the right has no room, see labelInside.ts.)

/** A node as drawn at the current camera, in viewport pixels; the label starts right of the disc. */
export interface DrawnNode {
  x: number;
  y: number;
  /** Disc radius in pixels. */
  radius: number;
  /** Width of the label in pixels (0 when the node has none). */
  labelWidth: number;
}

export interface ViewFit {
  /** Factor to multiply the camera ratio by (≥ 1: only ever zooms out). */
  zoom: number;
  /** The viewport point, at the current camera, to move to the centre of the canvas. */
  centerX: number;
  centerY: number;
}

/** Gap between a disc and its label, and the label's height, as sigma's default label renderer draws them. */
const LABEL_GAP = 3;

function extents(nodes: DrawnNode[], width: number, height: number, labelHeight: number, zoom: number) {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    // Zooming out by `zoom` around the canvas centre brings positions closer; discs and text keep their pixel size
    // (discs in fact shrink a little, so this errs on the side of room).
    const x = width / 2 + (n.x - width / 2) / zoom;
    const y = height / 2 + (n.y - height / 2) / zoom;
    left = Math.min(left, x - n.radius);
    right = Math.max(right, x + n.radius + (n.labelWidth > 0 ? LABEL_GAP + n.labelWidth : 0));
    top = Math.min(top, y - Math.max(n.radius, labelHeight / 2));
    bottom = Math.max(bottom, y + Math.max(n.radius, labelHeight / 2));
  }
  return { left, right, top, bottom };
}

/**
 * The smallest zoom-out (found by bisection: the drawn extent shrinks as the zoom grows, labels do not) that fits
 * discs and labels within the canvas less `margin` on every side, and the centre that balances the free room.
 * Null when nothing needs to move or nothing can fit (a label wider than the canvas).
 */
export function fitInView(nodes: DrawnNode[], width: number, height: number, labelHeight: number, margin: number): ViewFit | null {
  if (nodes.length === 0 || width <= 2 * margin || height <= 2 * margin) return null;
  const fits = (zoom: number) => {
    const e = extents(nodes, width, height, labelHeight, zoom);
    return e.right - e.left <= width - 2 * margin && e.bottom - e.top <= height - 2 * margin;
  };
  const now = extents(nodes, width, height, labelHeight, 1);
  if (now.left >= margin && now.right <= width - margin && now.top >= margin && now.bottom <= height - margin) return null;
  let zoom = 1;
  if (!fits(1)) {
    let high = 64;
    if (!fits(high)) return null;
    for (let i = 0; i < 30; i++) {
      const mid = (zoom + high) / 2;
      if (fits(mid)) high = mid;
      else zoom = mid;
    }
    zoom = high;
  }
  const e = extents(nodes, width, height, labelHeight, zoom);
  // The midpoint of the extents at the new zoom, taken back to the current camera's viewport.
  const midX = (e.left + e.right) / 2;
  const midY = (e.top + e.bottom) / 2;
  return { zoom, centerX: width / 2 + (midX - width / 2) * zoom, centerY: height / 2 + (midY - height / 2) * zoom };
}
