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
  /** A shorter text tried where the label finds no spot (a cluster's first term): placed only if the label is not. */
  short?: { text: string; width: number };
}

export interface NodeLabelPlacementOptions {
  /**
   * Keep labels off the other candidates' discs too, not only off one another: on the cluster overview, where a
   * few big discs are the picture, a name written across a neighbour's disc hid it ('agile methodology, Scrum'
   * over the LLM cluster's disc in a 1024 px window).
   */
  avoidDiscs?: boolean;
  /**
   * Keep labels off the first candidate's disc (a selected or hovered node, drawn over every label with its white
   * card): a neighbour's title written across it lost its middle ('U… titled work' beside the selected
   * 'Distributed Representations of Words…' on the biblio sample).
   */
  avoidFirstDisc?: boolean;
}

/** The top and bottom of a text's box on the line centred at `y`: the font's ascent above, descent below. */
const boxTop = (y: number, size: number) => y - 0.75 * size - PADDING;
const boxBottom = (y: number, size: number) => y + 0.35 * size + PADDING;

/** The text's box when it starts at `left` on the line centred at `y`. */
function boxOf(left: number, width: number, y: number, size: number) {
  return { left: left - PADDING, right: left + width + PADDING, top: boxTop(y, size), bottom: boxBottom(y, size) };
}

/** A written label's box on screen, with the free room kept around it. */
export type LabelBox = ReturnType<typeof boxOf>;

/** A label that is written: where its text starts, the line it is written on, and its box. */
export interface PlacedNodeLabel {
  left: number;
  y: number;
  box: LabelBox;
  /** The candidate's shorter text, when that is what is written. */
  text?: string;
}

const SPOTS = 5;
/** Where a label centred on its disc starts, kept inside the canvas. */
const centred = (c: LabelCandidate, canvasWidth: number) => Math.min(Math.max(0, c.x - c.width / 2), Math.max(0, canvasWidth - c.width));

/**
 * The places a label may take, in order of preference: on its disc's line right of it, left of it; centred just
 * above the disc, below it; last, on its line shifted left just enough to end at the canvas's right edge (labelInside's
 * last resort for a disc near that edge: the text then crosses its own disc, which a highlighted node draws over it).
 * That last spot is offered only when the text still reaches its disc: for a disc further left it was a label written
 * far from its node, at the canvas's edge ("LoRA" 370 px right of its disc on the biblio concept map).
 * Spot `i` (0 to SPOTS - 1) of `c`, written into `at`; false where the candidate has no such spot. One reused object
 * instead of an array of spots per candidate: the map places every label it draws this way at every frame of a pan.
 */
function spotOf(c: LabelCandidate, i: number, size: number, canvasWidth: number, at: { left: number; y: number }): boolean {
  switch (i) {
    case 0: at.left = c.x + c.radius + GAP; at.y = c.y; return true;
    case 1: at.left = c.x - c.radius - GAP - c.width; at.y = c.y; return true;
    case 2: at.left = centred(c, canvasWidth); at.y = c.y - c.radius - 0.35 * size - 1; return true;
    case 3: at.left = centred(c, canvasWidth); at.y = c.y + c.radius + 0.75 * size + 1; return true;
    default: {
      const shifted = Math.max(0, canvasWidth - c.width);
      at.left = shifted;
      at.y = c.y;
      return shifted <= c.x + c.radius + GAP;
    }
  }
}

/**
 * Room on the canvas that labels take one after another: `place` puts a label at the first of its spots (spotOf)
 * whose box lies on the canvas and covers no box taken before, or nowhere (null). `take` keeps a box whatever it
 * covers. `size` is the label font size.
 */
export function createLabelSpace(size: number, canvas: { width: number; height: number }) {
  // Taken boxes by horizontal band (two font sizes high): a box can only overlap boxes in the bands it spans, so a
  // spot is checked against a few boxes rather than every one placed (a selected hub has thousands of candidates).
  const band = Math.max(1, 2 * size);
  const bands = new Map<number, LabelBox[]>();
  // The box a spot would take, tested as numbers: a box object is made only for the spot taken.
  const free = (left: number, right: number, top: number, bottom: number) => {
    for (let k = Math.floor(top / band); k <= Math.floor(bottom / band); k++) {
      const list = bands.get(k);
      if (!list) continue;
      for (const o of list) if (o.left < right && left < o.right && o.top < bottom && top < o.bottom) return false;
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
  const at = { left: 0, y: 0 };
  const place = (c: LabelCandidate): PlacedNodeLabel | null => {
    for (let i = 0; i < SPOTS; i++) {
      if (!spotOf(c, i, size, canvas.width, at)) continue;
      const { left, y } = at;
      // boxOf's box, as numbers.
      const l = left - PADDING;
      const r = left + c.width + PADDING;
      const top = boxTop(y, size);
      const bottom = boxBottom(y, size);
      if (left < 0 || left + c.width > canvas.width || top < 0 || bottom > canvas.height) continue;
      if (!free(l, r, top, bottom)) continue;
      const box = { left: l, right: r, top, bottom };
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
  options: NodeLabelPlacementOptions = {},
): Map<string, PlacedNodeLabel> {
  const placed = new Map<string, PlacedNodeLabel>();
  const space = createLabelSpace(size, canvas);
  // With avoidDiscs, the labels alone are also kept apart in a second space, for the labels that found no room off
  // the discs: written over a disc rather than not at all.
  const labelsOnly = options.avoidDiscs ? createLabelSpace(size, canvas) : null;
  // Discs as boxes, 2 px inside their bounding square: a label's own spots above and below its disc touch it by 1 px.
  const discBox = (c: LabelCandidate) => ({ left: c.x - c.radius + 2, right: c.x + c.radius - 2, top: c.y - c.radius + 2, bottom: c.y + c.radius - 2 });
  if (labelsOnly) for (const c of candidates) space.take(discBox(c));
  else if (options.avoidFirstDisc && candidates.length > 0) space.take(discBox(candidates[0]));
  const leftOut: LabelCandidate[] = [];
  for (const c of candidates) {
    const first = placed.size === 0;
    // Off screen: takes no room and is not drawn anyway.
    if (!first && (c.y + c.radius < 0 || c.y - c.radius > canvas.height || c.x + c.radius < 0 || c.x - c.radius > canvas.width)) continue;
    const label = space.place(c) ?? placeShort(space, c);
    if (label) {
      placed.set(c.key, label);
      labelsOnly?.take(label.box);
    } else if (first) {
      // Written even where it fits nowhere, as the first label always is (over discs, then, with avoidDiscs).
      const label = (labelsOnly && (labelsOnly.place(c) ?? placeShort(labelsOnly, c))) || forced(c, size, canvas.width);
      space.take(label.box);
      labelsOnly?.take(label.box);
      placed.set(c.key, label);
    } else if (labelsOnly) {
      leftOut.push(c);
    }
  }
  if (labelsOnly) {
    // The shorter text first: it covers less of the disc it crosses.
    for (const c of leftOut) {
      const label = placeShort(labelsOnly, c) ?? labelsOnly.place(c);
      if (label) placed.set(c.key, label);
    }
  }
  return placed;
}

/** The first label where it fits nowhere: on its line, where labelStartX puts it (wider than the canvas: at 0). */
function forced(c: LabelCandidate, size: number, canvasWidth: number): PlacedNodeLabel {
  const left = labelStartX(c.x, c.radius, c.width, canvasWidth);
  return { left, y: c.y, box: boxOf(left, c.width, c.y, size) };
}

/** The candidate's shorter text at its first free spot, or null (no shorter text, or no room for it either). */
function placeShort(space: ReturnType<typeof createLabelSpace>, c: LabelCandidate): PlacedNodeLabel | null {
  if (!c.short) return null;
  const label = space.place({ ...c, width: c.short.width });
  return label && { ...label, text: c.short.text };
}
