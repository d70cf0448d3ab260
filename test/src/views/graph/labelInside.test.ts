// A label near the right edge of the canvas is written left of its disc instead of being cut.
import { describe, expect, it } from 'vitest';
import { labelStartX } from '../../../../src/views/graph/labelInside';

describe('label side', () => {
  it('writes right of the disc when the text fits there', () => {
    expect(labelStartX(100, 10, 200, 760)).toBe(113);
  });
  it('writes left of the disc, ending 3 px before it, when the text would pass the right edge', () => {
    // The biblio overview: a 300 px name beside a disc of radius 36 at x = 700 in a 760 px canvas.
    expect(labelStartX(700, 36, 300, 760)).toBe(700 - 36 - 3 - 300);
  });
  it('shifts a label that fits on neither side just enough to be whole, over its own disc', () => {
    // A 500 px name beside a disc at x = 300 in a 760 px canvas: it ends at the right edge.
    expect(labelStartX(300, 10, 500, 760)).toBe(260);
    // Wider than the canvas: starts at its left edge.
    expect(labelStartX(300, 10, 900, 760)).toBe(0);
  });
});
