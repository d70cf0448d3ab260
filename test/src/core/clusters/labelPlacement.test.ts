// Panning the map: within the bounds `stableLabelShift` gives, placing the names again picks the same ones, moved.
import { describe, expect, it } from 'vitest';
import { placeClusterLabels, stableLabelShift, type ClusterLabelCandidate } from '../../../../src/core/clusters';
import { createRng } from '../../../../src/shared';

const measure = (text: string) => text.length * 7 + 8;
const viewport = { width: 800, height: 600 };

/** Many clusters around and beyond the view, whole pixels so no shift lands on a rounding tie. */
function scatter(seed: number, count: number): ClusterLabelCandidate[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, (_, id) => ({
    id, text: `cluster ${'x'.repeat(Math.floor(rng() * 12))}`,
    x: Math.round(rng() * 1600 - 400), y: Math.round(rng() * 1200 - 300), weight: Math.floor(rng() * 50),
  }));
}

const shifted = (cs: ClusterLabelCandidate[], dx: number, dy: number) => cs.map((c) => ({ ...c, x: c.x + dx, y: c.y + dy }));
const summary = (placed: { id: number; x: number; y: number }[]) => placed.map((p) => [p.id, p.x, p.y]);

describe('cluster names while the view pans', () => {
  it('inside the bounds, the same names are placed, moved by the pan; outside them the choice is made again', () => {
    let outsideChanged = 0;
    let tried = 0;
    // Many seeds: a name partly out of view (moved into it) leaves no room to pan, so some seeds give none.
    for (let seed = 1; seed <= 400; seed++) {
      const candidates = scatter(seed, 60);
      const max = 6 + (seed % 3) * 8;
      const placed = placeClusterLabels(candidates, viewport, measure, { max });
      const b = stableLabelShift(candidates, placed, viewport, measure, { max });
      // No pan at all is inside, or on the edge when a name touches the view's border.
      expect(b.minX <= 0 && b.maxX >= 0 && b.minY <= 0 && b.maxY >= 0).toBe(true);
      const rng = createRng(seed + 1000);
      for (let i = 0; i < 20; i++) {
        const dx = Math.round(Math.max(b.minX, -400) + 1 + rng() * (Math.min(b.maxX, 400) - Math.max(b.minX, -400) - 2));
        const dy = Math.round(Math.max(b.minY, -400) + 1 + rng() * (Math.min(b.maxY, 400) - Math.max(b.minY, -400) - 2));
        if (!(dx > b.minX && dx < b.maxX && dy > b.minY && dy < b.maxY)) continue;
        tried++;
        const again = placeClusterLabels(shifted(candidates, dx, dy), viewport, measure, { max });
        expect(summary(again)).toEqual(summary(placed.map((p) => ({ ...p, x: p.x + dx, y: p.y + dy }))));
      }
      // The bounds are where some name's view test flips: a little beyond, the names may differ.
      if (Number.isFinite(b.maxX)) {
        const dx = Math.floor(b.maxX) + 2;
        const again = placeClusterLabels(shifted(candidates, dx, 0), viewport, measure, { max });
        if (JSON.stringify(summary(again)) !== JSON.stringify(summary(placed.map((p) => ({ ...p, x: p.x + dx }))))) outsideChanged++;
      }
    }
    expect(tried).toBeGreaterThan(200);
    expect(outsideChanged).toBeGreaterThan(0);
  });

  it('a name about to leave the view bounds the pan', () => {
    const candidates = [
      { id: 0, text: 'near the right edge', x: 700, y: 300, weight: 10 },
      { id: 1, text: 'middle', x: 400, y: 300, weight: 5 },
    ];
    const placed = placeClusterLabels(candidates, viewport, measure);
    const b = stableLabelShift(candidates, placed, viewport, measure);
    // The first name's box ends at 700 + width/2 and starts to pass the view's edge once that passes 800.
    expect(b.maxX).toBe(800 - (700 + measure('near the right edge') / 2));
    expect(b.minX).toBe(-(400 - measure('middle') / 2));
  });

  it('a name whose centroid is near an edge is moved into the view whole, and any pan places it again', () => {
    // 'acute myeloid leukemia (AML), chronic lymphocytic leukemia (CLL)' was cut at the map's right edge (biblio sample).
    const text = 'acute myeloid leukemia (AML), chronic lymphocytic leukemia (CLL)';
    const candidates = [
      { id: 0, text, x: 760, y: 595, weight: 62 },
      { id: 1, text: 'left edge', x: -10, y: 5, weight: 8 },
    ];
    const placed = placeClusterLabels(candidates, viewport, measure);
    const width = measure(text);
    expect(placed.map((p) => [p.id, p.x, p.y])).toEqual([[0, 800 - width / 2, 600 - 9], [1, measure('left edge') / 2, 9]]);
    const b = stableLabelShift(candidates, placed, viewport, measure);
    expect([b.minX, b.maxX, b.minY, b.maxY]).toEqual([0, 0, 0, 0]);
  });
});
