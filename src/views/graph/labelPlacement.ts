// Where node labels go so that none covers another (pure, in screen pixels): placed by priority, each beside, above or
// below its disc where its box is free, or left out. The graph view and the cluster overview draw with it (placedLabels.ts).
import { labelStartX } from './labelInside';

/** Gap between disc and text, as sigma's own label renderer leaves it (and labelInside). */
const GAP = 3;
/** Free room kept around each written label, in pixels. */
const PADDING = 2;

export interface LabelCandidate {
  key: string;
  /** The disc's centre and radius on screen, in CSS pixels. */
  x: number;
  y: number;
  radius: number;
  /** The text's width in pixels (measured with the label font). */
  width: number;
}

/** The text's box when it starts at `left` on the line centred at `y`: the font's ascent above, descent below. */
function boxOf(left: number, width: number, y: number, size: number) {
  return { left: left - PADDING, right: left + width + PADDING, top: y - 0.75 * size - PADDING, bottom: y + 0.35 * size + PADDING };
}

/** A written label's box on screen, with the free room kept around it. */
export type LabelBox = ReturnType<typeof boxOf>;

/** A label that is written: where its text starts, the line it is written on, and its box. */
export interface PlacedNodeLabel {
  left: number;
  y: number;
  box: LabelBox;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The places a label may take, in order of preference: on its disc's line right of it, left of it; centred just
 * above the disc, below it; last, on its line shifted left just enough to end at the canvas's right edge (labelInside's
 * last resort for a disc near that edge: the text then crosses its own disc, which a highlighted node draws over it).
 * That last spot is offered only when the text still reaches its disc: for a disc further left it was a label written
 * far from its node, at the canvas's edge ("LoRA" 370 px right of its disc on the biblio concept map).
 */
function spotsOf(c: LabelCandidate, size: number, canvasWidth: number): { left: number; y: number }[] {
  const centred = Math.min(Math.max(0, c.x - c.width / 2), Math.max(0, canvasWidth - c.width));
  const spots = [
    { left: c.x + c.radius + GAP, y: c.y },
    { left: c.x - c.radius - GAP - c.width, y: c.y },
    { left: centred, y: c.y - c.radius - 0.35 * size - 1 },
    { left: centred, y: c.y + c.radius + 0.75 * size + 1 },
  ];
  const shifted = Math.max(0, canvasWidth - c.width);
  if (shifted <= c.x + c.radius + GAP) spots.push({ left: shifted, y: c.y });
  return spots;
}

/**
 * Room on the canvas that labels take one after another: `place` puts a label at the first of its spots (spotsOf)
 * whose box lies on the canvas and covers no box taken before, or nowhere (null). `take` keeps a box whatever it
 * covers. `size` is the label font size.
 */
export function createLabelSpace(size: number, canvas: { width: number; height: number }) {
  // Taken boxes by horizontal band (two font sizes high): a box can only overlap boxes in the bands it spans, so a
  // spot is checked against a few boxes rather than every one placed (a selected hub has thousands of candidates).
  const band = Math.max(1, 2 * size);
  const bands = new Map<number, LabelBox[]>();
  const free = (box: LabelBox) => {
    for (let k = Math.floor(box.top / band); k <= Math.floor(box.bottom / band); k++) {
      for (const other of bands.get(k) ?? []) if (overlaps(other, box)) return false;
    }
    return true;
  };
  const take = (box: LabelBox) => {
    for (let k = Math.floor(box.top / band); k <= Math.floor(box.bottom / band); k++) {
      const list = bands.get(k);
      if (list) list.push(box);
      else bands.set(k, [box]);
    }
  };
  const place = (c: LabelCandidate): PlacedNodeLabel | null => {
    for (const { left, y } of spotsOf(c, size, canvas.width)) {
      const box = boxOf(left, c.width, y, size);
      if (left < 0 || left + c.width > canvas.width || box.top < 0 || box.bottom > canvas.height) continue;
      if (!free(box)) continue;
      take(box);
      return { left, y, box };
    }
    return null;
  };
  return { place, take };
}

/**
 * Where each written label goes. Candidates are placed in the order given (createLabelSpace); a label with no free
 * spot is left out, but the first is always written (where labelStartX puts it when it fits nowhere: wider than the
 * canvas). `size` is the label font size.
 */
export function placeNodeLabels(
  candidates: readonly LabelCandidate[], size: number, canvas: { width: number; height: number },
): Map<string, PlacedNodeLabel> {
  const placed = new Map<string, PlacedNodeLabel>();
  const space = createLabelSpace(size, canvas);
  for (const c of candidates) {
    const first = placed.size === 0;
    // Off screen: takes no room and is not drawn anyway.
    if (!first && (c.y + c.radius < 0 || c.y - c.radius > canvas.height || c.x + c.radius < 0 || c.x - c.radius > canvas.width)) continue;
    const label = space.place(c);
    if (label) placed.set(c.key, label);
    else if (first) {
      const left = labelStartX(c.x, c.radius, c.width, canvas.width);
      const box = boxOf(left, c.width, c.y, size);
      space.take(box);
      placed.set(c.key, { left, y: c.y, box });
    }
  }
  return placed;
}
