// The label drawer sigma calls for every label of a frame: with no node focused (nothing placed beforehand), the
// labels sigma's grid picks are still written only where they cover no label written before them in the frame.
import type { NodeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { beforeAll, describe, expect, it } from 'vitest';

let createPlacedLabelDrawer: typeof import('../../../../src/views/graph/placedLabels').createPlacedLabelDrawer;
let reserveLabelBoxes: typeof import('../../../../src/views/graph/placedLabels').reserveLabelBoxes;
beforeAll(async () => {
  // sigma/rendering reads the WebGL contexts' constants when loaded; Node has none, and none is drawn here.
  for (const name of ['WebGLRenderingContext', 'WebGL2RenderingContext']) (globalThis as Record<string, unknown>)[name] ??= class {};
  ({ createPlacedLabelDrawer, reserveLabelBoxes } = await import('../../../../src/views/graph/placedLabels'));
});

/** A 2D context that records what is written: 7 px per character, a 760 × 850 canvas at pixel ratio 1. */
function recordingContext() {
  const written: { text: string; x: number; y: number }[] = [];
  const context = {
    canvas: { width: 760, height: 850 },
    font: '',
    fillStyle: '',
    getTransform: () => ({ a: 1 }),
    measureText: (text: string) => ({ width: text.length * 7 }),
    fillText: (text: string, x: number, y: number) => void written.push({ text, x, y }),
  };
  return { context: context as unknown as CanvasRenderingContext2D, written };
}

const settings = { labelSize: 13, labelWeight: 'normal', labelFont: 'sans-serif', labelColor: { color: '#000' } } as unknown as Settings;
const node = (key: string, label: string, x: number, y: number) =>
  ({ key, label, x, y, size: 5, color: '#999', hidden: false, forceLabel: false, zIndex: 0, type: 'circle', highlighted: false }) as NodeDisplayData & { key: string };

describe('labels written with no node focused', () => {
  it('leaves out or moves a title that would be written over one written before it in the frame', () => {
    const { draw } = createPlacedLabelDrawer(() => null);
    const { context, written } = recordingContext();
    // Two paper titles (biblio sample) of nodes 8 px apart vertically: sigma writes each right of its disc, and the
    // second ran over the first. It now goes below its disc (no room left of it); 'Scrum, agile methodology', on the first's line under
    // its text, finds no free spot and is left out.
    const first = 'On The Development Of Agile Software Methodology Using Two Way Assessment';
    const second = 'Shortest Path Networks for Graph Property Prediction';
    draw(context, node('a', first, 200, 100), settings);
    draw(context, node('b', second, 300, 108), settings);
    draw(context, node('c', 'Scrum, agile methodology', 500, 100), settings);
    expect(written.map((w) => [w.text, w.x, w.y])).toEqual([
      [first, 208, 100 + 13 / 3], // 200 + 5 + 3, on the disc's line
      [second, 300 - (second.length * 7) / 2, 108 + 5 + 0.75 * 13 + 1 + 13 / 3], // centred below its disc
    ]);
  });

  it('with a sigma attached, writes the labels of a frame biggest node first, whatever order sigma asked in', () => {
    const { draw, attach } = createPlacedLabelDrawer(() => null);
    // The two sigma events the drawer listens to, and the one call it makes while placing nothing (getDimensions).
    const listeners = new Map<string, () => void>();
    const sigma = {
      on: (event: string, fn: () => void) => void listeners.set(event, fn),
      off: (event: string) => void listeners.delete(event),
      getDimensions: () => ({ width: 760, height: 850 }),
    };
    attach(sigma as unknown as Parameters<typeof attach>[0]);
    const { context, written } = recordingContext();
    listeners.get('beforeRender')!();
    // Sigma's grid asks cell by cell: a small idea's label first, then the biggest idea's, on the same line.
    draw(context, { ...node('small', 'end users', 300, 200), size: 3 }, settings);
    draw(context, { ...node('big', 'large language models (LLM)', 250, 200), size: 20 }, settings);
    expect(written).toEqual([]);
    listeners.get('afterRender')!();
    // The big idea's label takes its first choice, right of its disc on its line; the small one's disc lies under that
    // text, with every spot beside it taken: it is left out (it was written at the canvas's right edge, 400 px away).
    expect(written).toEqual([{ text: 'large language models (LLM)', x: 250 + 20 + 3, y: 200 + 13 / 3 }]);
  });

  it('keeps clear of the boxes a layer reserved (cluster names on the map)', () => {
    const { draw, attach } = createPlacedLabelDrawer(() => null);
    const listeners = new Map<string, () => void>();
    const sigma = {
      on: (event: string, fn: () => void) => void listeners.set(event, fn),
      off: (event: string) => void listeners.delete(event),
      getDimensions: () => ({ width: 760, height: 850 }),
    };
    attach(sigma as unknown as Parameters<typeof attach>[0]);
    // 'Scrum, agile methodology' (the biblio sample's cluster name) centred at (440, 200), 18 px high.
    reserveLabelBoxes(sigma as unknown as Parameters<typeof attach>[0], () => [{ left: 340, right: 540, top: 191, bottom: 209 }]);
    const { context, written } = recordingContext();
    listeners.get('beforeRender')!();
    const title = 'From Perception to Action';
    draw(context, { ...node('t', title, 330, 200), size: 5 }, settings);
    listeners.get('afterRender')!();
    // Right of its disc (338…) the name is there: the title goes left of its disc instead.
    expect(written).toEqual([{ text: title, x: 330 - 5 - 3 - title.length * 7, y: 200 + 13 / 3 }]);
  });
});
