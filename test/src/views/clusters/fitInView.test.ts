// The cluster overview zooms out and re-centres so each disc (and, when measured, its label) stays inside the canvas.
import { describe, expect, it } from 'vitest';
import { fitInView, type DrawnNode } from '../../../../src/views/clusters/fitInView';

const W = 760;
const H = 800;

/** Right edge of a node's label after the fit is applied (zoom around the chosen centre). */
function rightAfter(n: DrawnNode, fit: { zoom: number; centerX: number }): number {
  return W / 2 + (n.x - fit.centerX) / fit.zoom + n.radius + 3 + n.labelWidth;
}

describe('fitting discs and labels in the overview', () => {
  it('moves a disc half outside the right edge back in, by a small zoom-out', () => {
    // As the biblio overview drew it: the biggest cluster's disc (radius 36) centred 30 px from the right edge.
    const nodes: DrawnNode[] = [{ x: 16, y: 500, radius: 14, labelWidth: 0 }, { x: 730, y: 430, radius: 36, labelWidth: 0 }];
    const fit = fitInView(nodes, W, H, 13, 16)!;
    expect(fit.zoom).toBeGreaterThan(1);
    expect(fit.zoom).toBeLessThan(1.2);
    for (const n of nodes) {
      expect(W / 2 + (n.x - fit.centerX) / fit.zoom + n.radius).toBeLessThanOrEqual(W - 16 + 1e-6);
      expect(W / 2 + (n.x - fit.centerX) / fit.zoom - n.radius).toBeGreaterThanOrEqual(16 - 1e-6);
    }
  });

  it('zooms out and shifts left when a disc at the right edge has its name past it', () => {
    // As the biblio overview drew it: the biggest cluster at the right edge, its 300 px name invisible.
    const nodes: DrawnNode[] = [
      { x: 40, y: 500, radius: 14, labelWidth: 260 },
      { x: 730, y: 430, radius: 36, labelWidth: 300 },
      { x: 450, y: 100, radius: 30, labelWidth: 200 },
    ];
    const fit = fitInView(nodes, W, H, 13, 16)!;
    expect(fit).not.toBeNull();
    expect(fit.zoom).toBeGreaterThan(1);
    for (const n of nodes) {
      expect(rightAfter(n, fit)).toBeLessThanOrEqual(W - 16 + 1e-6);
      expect(W / 2 + (n.x - fit.centerX) / fit.zoom - n.radius).toBeGreaterThanOrEqual(16 - 1e-6);
    }
  });

  it('leaves a view whose labels already fit alone, and gives up on a label wider than the canvas', () => {
    expect(fitInView([{ x: 200, y: 300, radius: 10, labelWidth: 120 }], W, H, 13, 16)).toBeNull();
    expect(fitInView([{ x: 200, y: 300, radius: 10, labelWidth: 2000 }], W, H, 13, 16)).toBeNull();
    expect(fitInView([], W, H, 13, 16)).toBeNull();
  });

  it('only shifts, without zooming, when the drawing fits but sits too far right', () => {
    const nodes: DrawnNode[] = [{ x: 500, y: 400, radius: 10, labelWidth: 250 }, { x: 600, y: 300, radius: 10, labelWidth: 100 }];
    const fit = fitInView(nodes, W, H, 13, 16)!;
    expect(fit.zoom).toBe(1);
    for (const n of nodes) expect(rightAfter(n, fit)).toBeLessThanOrEqual(W - 16 + 1e-6);
  });
});
