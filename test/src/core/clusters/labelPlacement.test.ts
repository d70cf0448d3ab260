// Panning the map: within the bounds `stableLabelShift` gives, placing the names again picks the same ones, moved.
import { describe, expect, it } from 'vitest';
import { fitClusterName, holdsAtEdge, placeClusterLabels, stableLabelShift, type ClusterLabelCandidate, type PlacedLabel } from '../../../../src/core/clusters';
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

/** The names after a pan, as the map moves them without placing them again: a name held at an edge stays on that axis. */
function moved(candidates: ClusterLabelCandidate[], placed: PlacedLabel[], dx: number, dy: number) {
  return placed.map((p) => {
    const held = holdsAtEdge(candidates.find((c) => c.id === p.id)!, p);
    return { ...p, x: held.x ? p.x : p.x + dx, y: held.y ? p.y : p.y + dy };
  });
}

describe('cluster names while the view pans', () => {
  it('inside the bounds, the same names are placed, moved by the pan; outside them the choice is made again', () => {
    let outsideChanged = 0;
    let tried = 0;
    let triedHeld = 0;
    // Many seeds, names partly out of view (held at the edge) among them.
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
        if (placed.some((p) => Object.values(holdsAtEdge(candidates.find((c) => c.id === p.id)!, p)).includes(true))) triedHeld++;
        const again = placeClusterLabels(shifted(candidates, dx, dy), viewport, measure, { max });
        expect(summary(again)).toEqual(summary(moved(candidates, placed, dx, dy)));
      }
      // The bounds are where some name's view test flips: a little beyond, the names may differ.
      if (Number.isFinite(b.maxX)) {
        const dx = Math.floor(b.maxX) + 2;
        const again = placeClusterLabels(shifted(candidates, dx, 0), viewport, measure, { max });
        if (JSON.stringify(summary(again)) !== JSON.stringify(summary(moved(candidates, placed, dx, 0)))) outsideChanged++;
      }
    }
    expect(tried).toBeGreaterThan(200);
    // Pans with a name held at an edge were tried too (before, such a name left no room to pan at all).
    expect(triedHeld).toBeGreaterThan(100);
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
    // It stays held at the right and bottom edges while the pan keeps it partly out there; the small name at the
    // top-left stays held while it is partly out on the left and the top. Before, any pan placed them again (all 0).
    const small = measure('left edge');
    expect(b).toEqual({
      minX: Math.max(800 - (760 + width / 2), -(-10 + small / 2)), maxX: -(-10 - small / 2),
      minY: 600 - (595 + 9), maxY: -(5 - 9),
    });
    expect(b.minX < 0 && b.maxX > 0 && b.minY < 0 && b.maxY > 0).toBe(true);
    const again = placeClusterLabels(shifted(candidates, -3, 2), viewport, measure);
    expect(summary(again)).toEqual(summary(moved(candidates, placed, -3, 2)));
    expect(summary(again)).toEqual(summary(placed)); // both held on both axes: nothing moves
  });

  it('shortens a name wider than the view to its first term, or cuts it with an ellipsis, instead of cutting both ends', () => {
    // The labelled arXiv week at 1024 × 700: a 384 px map beside the panels.
    const narrow = { width: 384, height: 600 };
    const name = 'quantum algorithm, constraint satisfaction problem (CSP)'; // 56 characters: 400 px
    expect(measure(name)).toBeGreaterThan(384);
    expect(fitClusterName(name, 384, measure)).toBe('quantum algorithm');
    expect(fitClusterName('Federated learning, GPU', 384, measure)).toBe('Federated learning, GPU');
    // A first term still too wide: as many of its characters as fit, then "…" (13 characters: 13 × 7 + 8 = 99 ≤ 100).
    expect(fitClusterName('Multimodal Large Language Models (MLLM), vision-language models (VLM)', 100, measure)).toBe('Multimodal L…');
    const [placed] = placeClusterLabels([{ id: 0, text: name, x: 192, y: 300, weight: 120 }], narrow, measure);
    expect(placed).toMatchObject({ text: 'quantum algorithm', x: 192, width: measure('quantum algorithm') });
    // The pan bounds are worked out on the same shortened name: whole in view, it may move until an edge.
    const b = stableLabelShift([{ id: 0, text: name, x: 192, y: 300, weight: 120 }], [placed], narrow, measure);
    expect(b.maxX).toBe(384 - (192 + measure('quantum algorithm') / 2));
  });
});
