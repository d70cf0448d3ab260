// The sigma label renderers that write node labels where labelPlacement puts them, so that none covers another: a
// focused node's neighbourhood on the map, every cluster on the overview. Sigma writes every forced label, and a
// paper's label is its title (often 300 px wide): around a paper with forty neighbours that made about twenty titles
// written over one another; on the cluster overview a long name ran over its neighbour's.
import type Sigma from 'sigma';
import { drawDiscNodeHover, type NodeHoverDrawingFunction, type NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { drawLabelAt } from './labelInside';
import {
  createLabelSpace, placeNodeLabels, type LabelBox, type LabelCandidate, type NodeLabelPlacementOptions, type PlacedNodeLabel,
} from './labelPlacement';

/** Boxes of the placed labels each sigma wrote in its last frame (null: none placed, labels drawn as usual). */
const writtenBoxes = new WeakMap<Sigma, LabelBox[] | null>();

/**
 * The boxes of the placed labels in `sigma`'s last frame, for layers drawn over it (cluster names) to keep clear of;
 * undefined when no placing drawer draws that sigma's labels, null when it placed none in that frame.
 */
export function writtenLabelBoxes(sigma: Sigma): readonly LabelBox[] | null | undefined {
  return writtenBoxes.get(sigma);
}

/** Boxes other layers keep for their own text (cluster names), by sigma: labels drawn freely keep clear of them. */
const reservedBoxes = new WeakMap<Sigma, () => readonly LabelBox[]>();

/**
 * Lets a layer over `sigma` keep room for its text: from the next frame, the labels sigma asks for outside a focused
 * neighbourhood are not written over the boxes `boxes()` gives (read once per frame, in viewport pixels); null: none.
 */
export function reserveLabelBoxes(sigma: Sigma, boxes: (() => readonly LabelBox[]) | null): void {
  if (boxes) reservedBoxes.set(sigma, boxes);
  else reservedBoxes.delete(sigma);
}

/** The nodes whose labels are placed together, and the one placed first whatever its size (null: biggest first). */
export interface PlacedNodes {
  first: string | null;
  nodes: Iterable<string>;
  has: (node: string) => boolean;
}

/**
 * A label renderer that places the labels of `placedNodes()` (read once per frame; null: none) with placeNodeLabels,
 * on the first label sigma asks for in a frame (when that frame's camera matrix is set), and writes each where it was
 * placed or not at all; other labels are drawn by drawLabelInside. `attach` hands it the sigma it draws for.
 */
export interface PlacedLabelOptions extends NodeLabelPlacementOptions {
  /** A shorter label for a node, tried where its label finds no room (null: none). */
  shorten?: (node: string, label: string) => string | null;
  /** Told how many of the placed nodes' labels a frame left out, when that number changes (0 at first). */
  onLeftOut?: (count: number) => void;
}

export function createPlacedLabelDrawer(placedNodes: () => PlacedNodes | null, options: PlacedLabelOptions = {}): {
  draw: NodeLabelDrawingFunction;
  drawHover: NodeHoverDrawingFunction;
  attach: (sigma: Sigma) => () => void;
} {
  let sigma: Sigma | null = null;
  let plan: { nodes: PlacedNodes; placed: Map<string, PlacedNodeLabel> } | null = null;
  let stale = true;
  let leftOut = 0;
  const focusedOptions: NodeLabelPlacementOptions = { ...options, avoidFirstDisc: true };
  // Widths of label texts, remembered: measuring every neighbour's title on every frame costs more than placing them.
  const widths = new Map<string, number>();
  let widthFont = '';

  const place = (context: CanvasRenderingContext2D, settings: Settings): typeof plan => {
    const nodes = placedNodes();
    if (!sigma || !nodes) return null;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== widthFont) {
      widths.clear();
      widthFont = font;
    }
    context.font = font;
    const candidates: (LabelCandidate & { size: number })[] = [];
    for (const node of nodes.nodes) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) continue;
      const at = sigma.framedGraphToViewport(data);
      let width = widths.get(data.label);
      if (width === undefined) {
        width = context.measureText(data.label).width;
        widths.set(data.label, width);
      }
      const candidate: LabelCandidate & { size: number } = { key: node, x: at.x, y: at.y, radius: sigma.scaleSize(data.size), width, size: data.size };
      const short = options.shorten?.(node, data.label);
      if (short) {
        let shortWidth = widths.get(short);
        if (shortWidth === undefined) {
          shortWidth = context.measureText(short).width;
          widths.set(short, shortWidth);
        }
        candidate.short = { text: short, width: shortWidth };
      }
      candidates.push(candidate);
    }
    // The first node, then the biggest (sizes carry the weight the view sizes by), ties by key for stable frames.
    const rank = (key: string) => (key === nodes.first ? 0 : 1);
    candidates.sort((a, b) => rank(a.key) - rank(b.key) || b.size - a.size || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const { width, height } = sigma.getDimensions();
    // A focused node is drawn over the labels with its card: theirs keep off its disc.
    const focusFirst = nodes.first !== null && candidates[0]?.key === nodes.first;
    const placed = placeNodeLabels(candidates, settings.labelSize, { width, height }, focusFirst ? focusedOptions : options);
    if (options.onLeftOut && candidates.length - placed.size !== leftOut) {
      leftOut = candidates.length - placed.size;
      options.onLeftOut(leftOut);
    }
    return { nodes, placed };
  };

  // The room this frame's labels took: the placed ones, then each other label sigma draws, in its order.
  let space: ReturnType<typeof createLabelSpace> | null = null;
  const width = (context: CanvasRenderingContext2D, label: string) => {
    let w = widths.get(label);
    if (w === undefined) {
      w = context.measureText(label).width;
      widths.set(label, w);
    }
    return w;
  };

  type LabelCall = Parameters<NodeLabelDrawingFunction>;
  let pending: { context: LabelCall[0]; data: LabelCall[1]; settings: LabelCall[2] }[] = [];
  /** Writes a label at its first free spot in this frame's space, or not at all. */
  const writeFree = (...[context, data, settings]: LabelCall) => {
    if (!data.label || !space) return;
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== widthFont) {
      widths.clear();
      widthFont = font;
    }
    context.font = font;
    const at = space.place({ key: data.key, x: data.x, y: data.y, radius: data.size, width: width(context, data.label) });
    if (at) drawLabelAt(context, data, settings, at.left, at.y);
  };
  const flush = () => {
    if (pending.length === 0) return;
    const calls = pending;
    pending = [];
    calls.sort((a, b) => b.data.size - a.data.size || (a.data.key < b.data.key ? -1 : a.data.key > b.data.key ? 1 : 0));
    for (const call of calls) writeFree(call.context, call.data, call.settings);
  };

  const draw: NodeLabelDrawingFunction = (context, data, settings) => {
    if (stale) {
      plan = place(context, settings);
      stale = false;
      if (sigma) writtenBoxes.set(sigma, plan ? [...plan.placed.values()].map((p) => p.box) : null);
      // The context is scaled by the pixel ratio; the canvas's own size is in device pixels.
      const ratio = context.getTransform().a || 1;
      space = createLabelSpace(settings.labelSize, { width: context.canvas.width / ratio, height: context.canvas.height / ratio });
      if (plan) for (const p of plan.placed.values()) space.take(p.box);
      // Cluster names on the map: a title written under one was unreadable ('Scrum, agile methodology' over a title).
      if (sigma) for (const box of reservedBoxes.get(sigma)?.() ?? []) space.take(box);
    }
    if (!plan || !plan.nodes.has(data.key)) {
      // Sigma's label grid keeps one label per cell, but a paper's title is wider than a cell: titles of neighbouring
      // cells were written over one another (the biblio sample's Scrum cluster). A label that finds no free spot
      // beside, above or below its disc is left out, as sigma leaves out those of smaller nodes in its cell. Sigma
      // asks cell by cell; with a sigma attached the frame's labels are written after it asked for all of them,
      // biggest node first, so a small node's label never takes the room of a big one's.
      if (!data.label) return;
      if (sigma) pending.push({ context, data, settings });
      else writeFree(context, data, settings);
      return;
    }
    const placed = plan.placed.get(data.key);
    if (placed) drawLabelAt(context, placed.text === undefined ? data : { ...data, label: placed.text }, settings, placed.left, placed.y);
  };

  /**
   * A highlighted (hovered or selected) node: sigma's white card behind its disc and label, but around the label where
   * it was placed (sigma's own card always runs right of the disc, over the neighbours' labels placed there).
   */
  const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
    const placed = plan?.nodes.has(data.key) ? plan.placed.get(data.key) : undefined;
    // A label left out or shortened for room is read whole on its hovered card, as sigma draws it.
    if (!placed || placed.text !== undefined || !data.label) {
      drawDiscNodeHover(context, data, settings);
      return;
    }
    context.fillStyle = '#FFF';
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 0;
    context.shadowBlur = 8;
    context.shadowColor = '#000';
    context.beginPath();
    context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
    const { box } = placed;
    context.rect(box.left, box.top, box.right - box.left, box.bottom - box.top);
    context.fill('nonzero');
    context.shadowBlur = 0;
    drawLabelAt(context, data, settings, placed.left, placed.y);
  };

  const attach = (instance: Sigma) => {
    sigma = instance;
    // Each frame places the labels again (camera, positions or look may have changed since the last one).
    const markStale = () => {
      stale = true;
      pending = [];
    };
    instance.on('beforeRender', markStale);
    // Before the cluster names' layer (mounted after this controller) reads this frame's labels.
    instance.on('afterRender', flush);
    return () => {
      instance.off('beforeRender', markStale);
      instance.off('afterRender', flush);
      writtenBoxes.delete(instance);
      if (sigma === instance) sigma = null;
    };
  };

  return { draw, drawHover, attach };
}
