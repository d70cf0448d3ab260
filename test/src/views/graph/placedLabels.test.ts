// The label drawer sigma calls for every label of a frame: with no node focused (nothing placed beforehand), the
// labels sigma's grid picks are still written only where they cover no label written before them in the frame.
import type { NodeDisplayData } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { beforeAll, describe, expect, it } from 'vitest';

let createPlacedLabelDrawer: typeof import('../../../../src/views/graph/placedLabels').createPlacedLabelDrawer;
beforeAll(async () => {
  // sigma/rendering reads the WebGL contexts' constants when loaded; Node has none, and none is drawn here.
  for (const name of ['WebGLRenderingContext', 'WebGL2RenderingContext']) (globalThis as Record<string, unknown>)[name] ??= class {};
  ({ createPlacedLabelDrawer } = await import('../../../../src/views/graph/placedLabels'));
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
});
