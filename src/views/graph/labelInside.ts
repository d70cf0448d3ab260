// A node label that stays inside the canvas: sigma always writes it right of the disc, so a node near the right edge
// had its name cut (on the cluster overview the biggest cluster's name could vanish whole). When the text would
// pass the right edge it is written left of the disc, or, fitting on neither side, shifted just enough to be whole.
import type { NodeLabelDrawingFunction } from 'sigma/rendering';

/** Gap between disc and text, as sigma's own label renderer leaves it. */
const GAP = 3;

/**
 * Where the text starts: right of the disc when it fits there, else left of the disc when it fits there, else as
 * little left of its usual place as keeps it whole (it then crosses its own disc: read over a disc, not cut off).
 */
export function labelStartX(x: number, radius: number, textWidth: number, canvasWidth: number): number {
  const right = x + radius + GAP;
  if (right + textWidth <= canvasWidth) return right;
  const left = x - radius - GAP - textWidth;
  if (left >= 0) return left;
  return Math.max(0, canvasWidth - textWidth);
}

export const drawLabelInside: NodeLabelDrawingFunction = (context, data, settings) => {
  if (!data.label) return;
  context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  // The context is scaled by the pixel ratio; the canvas's own width is in device pixels.
  const width = context.canvas.width / (context.getTransform().a || 1);
  drawLabelAt(context, data, settings, labelStartX(data.x, data.size, context.measureText(data.label).width, width));
};

/**
 * Writes a node's label starting at `left`, on the line centred at `y` (the node's own by default), in the label font
 * and colour of the settings.
 */
export function drawLabelAt(
  context: CanvasRenderingContext2D, data: Parameters<NodeLabelDrawingFunction>[1], settings: Parameters<NodeLabelDrawingFunction>[2], left: number,
  y = data.y,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  const color = settings.labelColor.attribute
    ? (data as unknown as Record<string, string>)[settings.labelColor.attribute] || settings.labelColor.color || '#000'
    : settings.labelColor.color;
  context.fillStyle = color ?? '#000';
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.fillText(data.label, left, y + size / 3);
}
