// Labels placed by priority: the first always written, each later one right or left of its disc, or above or below
// it, where it covers no label placed before it and stays on the canvas, or left out.
import { describe, expect, it } from 'vitest';
import { placeNodeLabels, type LabelCandidate, type LabelBox } from '../../../../src/views/graph/labelPlacement';

const CANVAS = { width: 760, height: 850 };
const SIZE = 13;

const overlap = (a: LabelBox, b: LabelBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('neighbourhood label placement', () => {
  it('writes the first label right of its disc; one that would cover it on its line goes below its own disc', () => {
    const focus: LabelCandidate = { key: 'focus', x: 300, y: 400, radius: 20, width: 250 };
    // 5 px lower, its disc just right of the focus's text start: right and left cross the focus's text, and so does
    // the line just above its disc; the line below (405 + 4 + 0.75 × 13 + 1) is free.
    const blocked: LabelCandidate = { key: 'blocked', x: 330, y: 405, radius: 4, width: 200 };
    const placed = placeNodeLabels([focus, blocked], SIZE, CANVAS);
    expect(placed.get('focus')).toMatchObject({ left: 323, y: 400 }); // 300 + 20 + 3
    expect(placed.get('blocked')).toMatchObject({ left: 230, y: 419.75 }); // centred: 330 - 100
    // A third just like it finds every spot taken (the shifted one too, 560–760 on the focus's line) and is left out.
    const twin: LabelCandidate = { ...blocked, key: 'twin' };
    expect([...placeNodeLabels([focus, blocked, twin], SIZE, CANVAS).keys()]).toEqual(['focus', 'blocked']);
  });

  it('moves a label left of its disc when its right side is taken, and keeps labels on other lines', () => {
    const a: LabelCandidate = { key: 'a', x: 100, y: 100, radius: 10, width: 300 };
    // Same line, disc inside a's text: right of it is taken; left of it (ending 3 px before its disc) also covers a.
    const b: LabelCandidate = { key: 'b', x: 600, y: 102, radius: 10, width: 150 };
    // Right of b would run past the canvas (600 + 13 + 150 = 763 > 760): written left, from 437 to 587, clear of a (113–413).
    const c: LabelCandidate = { key: 'c', x: 300, y: 140, radius: 5, width: 100 };
    const placed = placeNodeLabels([a, b, c], SIZE, CANVAS);
    expect(placed.get('a')!.left).toBe(113);
    expect(placed.get('b')!.left).toBe(600 - 10 - 3 - 150);
    expect(placed.get('c')!.left).toBe(308);
    const boxes = [...placed.values()].map((p) => p.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
  });

  it('around a hub with forty neighbours on a few lines, writes none over another and the earlier (bigger) ones first', () => {
    // Forty 280 px titles on discs spread on a circle of radius 150 around the hub, as the layout puts a paper's neighbours.
    const hub: LabelCandidate = { key: 'hub', x: 380, y: 425, radius: 18, width: 420 };
    const ring: LabelCandidate[] = Array.from({ length: 40 }, (_, i) => ({
      key: `n${i}`, x: 380 + 150 * Math.cos((2 * Math.PI * i) / 40), y: 425 + 150 * Math.sin((2 * Math.PI * i) / 40), radius: 6, width: 280,
    }));
    const placed = placeNodeLabels([hub, ...ring], SIZE, CANVAS);
    expect(placed.has('hub')).toBe(true);
    // A 19 px line a label; 40 titles on 300 px of height cannot all be written, some are.
    expect(placed.size).toBeGreaterThan(5);
    expect(placed.size).toBeLessThan(41);
    const boxes = [...placed.values()].map((p) => p.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    // Every box lies on the canvas.
    for (const b of boxes.slice(1)) expect(b.left >= -2 && b.right <= CANVAS.width + 2).toBe(true);
  });

  it('writes the first label above its disc when neither side has room, and where labelStartX puts one wider than the canvas', () => {
    // A 470 px title on a disc in the middle of a 760 px canvas: 398 + 470 > 760 and 362 − 470 < 0.
    const wide: LabelCandidate = { key: 'wide', x: 380, y: 400, radius: 18, width: 470 };
    expect(placeNodeLabels([wide], SIZE, CANVAS).get('wide')).toMatchObject({ left: 145, y: 400 - 18 - 0.35 * 13 - 1 });
    const wider: LabelCandidate = { key: 'wider', x: 380, y: 400, radius: 18, width: 900 };
    expect(placeNodeLabels([wider], SIZE, CANVAS).get('wider')).toMatchObject({ left: 0, y: 400 });
  });

  it('writes a label beside its own disc or not at all: never at the canvas edge, away from its node', () => {
    // Two ideas on one spot of a concept map (biblio: "Semantic Textual Similarity (STS)" and "LoRA"): the first's
    // text covers the second's right, above and below; a neighbour's label on the same line takes its left.
    const sts: LabelCandidate = { key: 'sts', x: 350, y: 400, radius: 5, width: 215 };
    const near: LabelCandidate = { key: 'near', x: 250, y: 400, radius: 3, width: 60 };
    const lora: LabelCandidate = { key: 'lora', x: 346, y: 400, radius: 5, width: 32 };
    const placed = placeNodeLabels([sts, near, lora], SIZE, CANVAS);
    // Before, it went to the last spot, 728 px (ending at the right edge): 370 px from its disc.
    expect([...placed.keys()]).toEqual(['sts', 'near']);
    // A disc near the right edge whose text fits on neither side, with the lines above and below taken: shifted left
    // to end at the edge, the text still crosses its own disc, and that spot stays.
    const over: LabelCandidate = { key: 'over', x: 10, y: 276, radius: 0, width: 740 };
    const under: LabelCandidate = { key: 'under', x: 10, y: 324, radius: 0, width: 740 };
    const edge: LabelCandidate = { key: 'edge', x: 740, y: 300, radius: 5, width: 745 };
    expect(placeNodeLabels([over, under, edge], SIZE, CANVAS).get('edge')).toMatchObject({ left: 760 - 745, y: 300 });
  });

  it('skips labels off screen, and gives the same placement for the same input', () => {
    const a: LabelCandidate = { key: 'a', x: 100, y: 100, radius: 10, width: 100 };
    const off: LabelCandidate = { key: 'off', x: 100, y: -50, radius: 10, width: 100 };
    const placed = placeNodeLabels([a, off], SIZE, CANVAS);
    expect([...placed.keys()]).toEqual(['a']);
    expect(placeNodeLabels([a, off], SIZE, CANVAS)).toEqual(placed);
  });

  it('places a hub\'s thousands of neighbours as checking each spot against every placed label would', () => {
    // The banded check (boxes indexed by horizontal band) must leave out and keep exactly the labels a check against
    // every placed box does: no two kept boxes overlap, and every label left out had each spot blocked or off-canvas.
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const candidates: LabelCandidate[] = Array.from({ length: 3000 }, (_, i) => ({
      key: `n${i}`, x: random() * 900 - 50, y: random() * 950 - 50, radius: 2 + random() * 8, width: 60 + random() * 300,
    }));
    const placed = placeNodeLabels(candidates, SIZE, CANVAS);
    const boxes = [...placed.values()].map((p) => p.box);
    expect(boxes.length).toBeGreaterThan(50);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    // Greedy order: a candidate left out could not have been added beside the labels placed before it.
    const order = candidates.map((c) => c.key);
    for (const c of candidates.slice(0, 400)) {
      if (placed.has(c.key)) continue;
      const before = [...placed].filter(([key]) => order.indexOf(key) < order.indexOf(c.key)).map(([, p]) => p.box);
      const alone = placeNodeLabels([candidates[0], c], SIZE, CANVAS).get(c.key);
      if (alone && placed.has(candidates[0].key)) expect(before.some((box) => overlap(box, alone.box))).toBe(true);
    }
  });

  it('with avoidDiscs (the cluster overview) keeps names off other discs, tries the short name, and writes over a disc last', () => {
    // A name right of A would run across B's disc: written above A instead (left of A is off the canvas).
    const a: LabelCandidate = { key: 'a', x: 100, y: 100, radius: 20, width: 150 };
    const b: LabelCandidate = { key: 'b', x: 200, y: 100, radius: 25, width: 60 };
    expect(placeNodeLabels([a, b], SIZE, CANVAS).get('a')).toMatchObject({ left: 123, y: 100 });
    const apart = placeNodeLabels([a, b], SIZE, CANVAS, { avoidDiscs: true });
    expect(apart.get('a')).toMatchObject({ left: 25, y: 100 - 20 - 0.35 * 13 - 1 });
    expect(apart.get('b')).toMatchObject({ left: 228, y: 100 });
    // A name wider than a 495 px overview ('acute myeloid leukemia (AML), chronic lymphocytic leukemia (CLL) (62)' at
    // 1024 px): left out before; its first term fits left of the disc.
    const narrow = { width: 495, height: 653 };
    const wide: LabelCandidate = { key: 'aml', x: 400, y: 300, radius: 26, width: 500, short: { text: 'acute myeloid leukemia (AML) (62)', width: 230 } };
    const { short: _short, ...unshortened } = wide;
    const other: LabelCandidate = { key: 'other', x: 100, y: 600, radius: 20, width: 100 };
    expect(placeNodeLabels([other, unshortened], SIZE, narrow).has('aml')).toBe(false);
    expect(placeNodeLabels([other, wide], SIZE, narrow, { avoidDiscs: true }).get('aml')).toMatchObject({ left: 400 - 26 - 3 - 230, text: 'acute myeloid leukemia (AML) (62)' });
    // Every spot of C's name crosses a disc (D right of it, E above, F below, the canvas's edge left): it is written
    // over one, at its first spot free of other names, rather than left out.
    const c: LabelCandidate = { key: 'c', x: 40, y: 100, radius: 15, width: 30 };
    const d: LabelCandidate = { key: 'd', x: 80, y: 100, radius: 12, width: 40 };
    const e: LabelCandidate = { key: 'e', x: 40, y: 70, radius: 10, width: 40 };
    const f: LabelCandidate = { key: 'f', x: 40, y: 130, radius: 10, width: 40 };
    const over = placeNodeLabels([d, e, f, c], SIZE, CANVAS, { avoidDiscs: true });
    expect(over.get('d')).toMatchObject({ left: 95, y: 100 });
    expect(over.get('c')).toMatchObject({ left: 58, y: 100 }); // across D's disc
    expect(placeNodeLabels([d, e, f, c], SIZE, CANVAS).get('c')).toMatchObject({ left: 58, y: 100 });
    const boxes = [...over.values()].map((p) => p.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
  });
});


describe('labels around a focused node', () => {
  it('keep off the focused node\'s disc with avoidFirstDisc', () => {
    // The selected paper (drawn over every label with its card) and a neighbour just left of it whose title, written
    // right of its own disc, would cross the selected disc: 'U… titled work' on the biblio sample.
    const focus: LabelCandidate = { key: 'focus', x: 300, y: 400, radius: 12, width: 250 };
    const neighbour: LabelCandidate = { key: 'n', x: 270, y: 420, radius: 5, width: 200 };
    expect(placeNodeLabels([focus, neighbour], SIZE, CANVAS).get('n')).toMatchObject({ left: 278, y: 420 }); // across the disc
    const clear = placeNodeLabels([focus, neighbour], SIZE, CANVAS, { avoidFirstDisc: true }).get('n')!;
    expect(clear).toMatchObject({ left: 270 - 5 - 3 - 200, y: 420 }); // left of its own disc instead
    const disc = { left: 300 - 12, right: 300 + 12, top: 400 - 12, bottom: 400 + 12 };
    expect(overlap(clear.box, disc)).toBe(false);
    // The focused node's own label keeps its place beside its disc.
    expect(placeNodeLabels([focus, neighbour], SIZE, CANVAS, { avoidFirstDisc: true }).get('focus')).toMatchObject({ left: 315, y: 400 });
  });
});
