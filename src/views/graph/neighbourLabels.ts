// Which labels of a focused node's neighbourhood are written, and on which side of their disc: placed by priority (the
// focused node first, then by size) so that none covers another, as sigma's label grid thins labels when nothing is
// focused. Sigma writes every forced label, and a paper's label is its title (often 300 px wide): around a paper with
// forty neighbours that made about twenty titles written over one another.
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { drawLabelAt, drawLabelInside, labelStartX } from './labelInside';

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

/** The text's box when it starts at `left`: the label font's ascent above the centre line and descent below it. */
function boxOf(left: number, width: number, y: number, size: number) {
  return { left: left - PADDING, right: left + width + PADDING, top: y - 0.75 * size - PADDING, bottom: y + 0.35 * size + PADDING };
}

/** A written label's box on screen, with the free room kept around it. */
export type LabelBox = ReturnType<typeof boxOf>;

/** A label that is written: where its text starts, and its box. */
export interface PlacedNodeLabel {
  left: number;
  box: LabelBox;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each label starts (its left x) and its box, for those that are written. Candidates are placed in the order given: the
 * first always (where labelStartX puts it), each later one right of its disc, else left of it, where its box covers no
 * box placed before it and lies on the canvas; a label with no such place is left out. `size` is the label font size.
 */
export function placeNodeLabels(
  candidates: readonly LabelCandidate[], size: number, canvas: { width: number; height: number },
): Map<string, PlacedNodeLabel> {
  const placed = new Map<string, PlacedNodeLabel>();
  const boxes: LabelBox[] = [];
  for (const c of candidates) {
    if (placed.size === 0) {
      const left = labelStartX(c.x, c.radius, c.width, canvas.width);
      const box = boxOf(left, c.width, c.y, size);
      placed.set(c.key, { left, box });
      boxes.push(box);
      continue;
    }
    // Off screen: takes no room and is not drawn anyway.
    if (c.y + size < 0 || c.y - size > canvas.height || c.x + c.radius < 0 || c.x - c.radius > canvas.width) continue;
    for (const left of [c.x + c.radius + GAP, c.x - c.radius - GAP - c.width]) {
      if (left < 0 || left + c.width > canvas.width) continue;
      const box = boxOf(left, c.width, c.y, size);
      if (boxes.some((b) => overlaps(b, box))) continue;
      placed.set(c.key, { left, box });
      boxes.push(box);
      break;
    }
  }
  return placed;
}

/** Boxes of the neighbourhood labels each sigma wrote in its last frame (null: none focused, labels drawn as usual). */
const writtenBoxes = new WeakMap<Sigma, LabelBox[] | null>();

/**
 * The boxes of the focused neighbourhood's labels in `sigma`'s last frame, for layers drawn over it (cluster names) to
 * keep clear of; undefined when this drawer does not draw that sigma's labels, null when no node is focused.
 */
export function writtenNeighbourLabelBoxes(sigma: Sigma): readonly LabelBox[] | null | undefined {
  return writtenBoxes.get(sigma);
}

/** What the label drawer needs of the current look: the focused node and its neighbourhood (null when none). */
export interface FocusedNeighbourhood {
  focus: string | null;
  near: ReadonlySet<string> | null;
}

/**
 * A label renderer for the graph view: with a node focused, its neighbourhood's labels are placed once per frame
 * (placeNodeLabels, on the first label sigma asks for, when its camera matrix for the frame is set) and each is written
 * where it was placed, or not at all; other labels are drawn by drawLabelInside. `look` is read on every frame.
 */
export function createNeighbourLabelDrawer(look: { current: FocusedNeighbourhood | null }): {
  draw: NodeLabelDrawingFunction;
  attach: (sigma: Sigma) => () => void;
} {
  let sigma: Sigma | null = null;
  let plan: Map<string, PlacedNodeLabel> | null = null;
  let stale = true;
  // Widths of label texts, remembered: measuring every neighbour's title on every frame costs more than placing them.
  const widths = new Map<string, number>();
  let widthFont = '';

  const placeNeighbourhood = (context: CanvasRenderingContext2D, settings: Settings): Map<string, PlacedNodeLabel> | null => {
    const l = look.current;
    if (!sigma || !l?.focus || !l.near) return null;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== widthFont) {
      widths.clear();
      widthFont = font;
    }
    context.font = font;
    const candidates: (LabelCandidate & { size: number })[] = [];
    for (const node of l.near) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) continue;
      const at = sigma.framedGraphToViewport(data);
      let width = widths.get(data.label);
      if (width === undefined) {
        width = context.measureText(data.label).width;
        widths.set(data.label, width);
      }
      candidates.push({ key: node, x: at.x, y: at.y, radius: sigma.scaleSize(data.size), width, size: data.size });
    }
    // The focused node first, then the biggest (sizes carry the weight the view sizes by), ties by key for stable frames.
    const rank = (key: string) => (key === l.focus ? 0 : 1);
    candidates.sort((a, b) => rank(a.key) - rank(b.key) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const { width, height } = sigma.getDimensions();
    return placeNodeLabels(candidates, settings.labelSize, { width, height });
  };

  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (stale) {
      plan = placeNeighbourhood(context, settings);
      stale = false;
      if (sigma) writtenBoxes.set(sigma, plan ? [...plan.values()].map((p) => p.box) : null);
    }
    const l = look.current;
    if (!plan || !l?.near?.has(data.key)) {
      drawLabelInside(context, data, settings);
      return;
    }
    const placed = plan.get(data.key);
    if (placed) drawLabelAt(context, data, settings, placed.left);
  };

  const attach = (instance: Sigma) => {
    sigma = instance;
    // Each frame places the labels again (camera, positions or look may have changed since the last one).
    const markStale = () => void (stale = true);
    instance.on('beforeRender', markStale);
    return () => {
      instance.off('beforeRender', markStale);
      writtenBoxes.delete(instance);
      if (sigma === instance) sigma = null;
    };
  };

  return { draw, attach };
}
