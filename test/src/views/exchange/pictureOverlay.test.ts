// The cluster names the PNG export writes over the view: placed as the map places them, so none covers another, none
// is cut at the picture's edge and none goes under the legend box.
import { describe, expect, it } from 'vitest';
import { layOutPictureLegend, placePictureClusterNames } from '../../../../src/views/exchange/pictureOverlay';

/** 9 px per character (the bold 15 px font is close to it); the picture is the 760 × 803 view of the PubMed sample. */
const measure = (text: string) => text.length * 9;
const SIZE = { width: 760, height: 803 };

describe('cluster names on the exported picture', () => {
  it('shortens a long name to its first term rather than cutting it mid-word', () => {
    // Names and member counts of the PubMed sample's clusters whose names overlapped or were cut in the picture.
    const names = placePictureClusterNames([
      { label: 'AML cells, KPT-9274', x: 286, y: 348, weight: 14 },
      { label: 'ultrasensitive LC-FACSeq, Next-generation sequencing', x: 500, y: 347, weight: 16 },
      { label: 'de novo acute myeloid leukemia, adult acute myeloid leukemia', x: 590, y: 381, weight: 25 },
    ], SIZE, measure);
    // Names over 40 characters are shortened to their first term (they were cut at 40 mid-word, "…adult a…"); so
    // shortened, the three no longer cover one another, and all are written at their centres.
    expect(names).toEqual([
      { text: 'de novo acute myeloid leukemia', x: 590, y: 381 },
      { text: 'ultrasensitive LC-FACSeq', x: 500, y: 347 },
      { text: 'AML cells, KPT-9274', x: 286, y: 348 },
    ]);
  });

  it('leaves out a smaller cluster whose name would cover a bigger one, and moves a name at the edge inside whole', () => {
    // The same sample's biggest name at the right edge, and a smaller cluster's name on its line.
    const names = placePictureClusterNames([
      { label: 'de novo acute myeloid leukemia', x: 700, y: 381, weight: 25 },
      { label: 'AML cells, KPT-9274', x: 560, y: 384, weight: 14 },
    ], SIZE, measure);
    const big = 'de novo acute myeloid leukemia';
    expect(names).toEqual([{ text: big, x: 760 - (measure(big) + 8) / 2, y: 381 }]);
  });

  it('keeps a name off the legend box: it moves above or below its centre, or is left out', () => {
    const legend = { left: 470, right: 748, top: 12, bottom: 192 };
    const names = placePictureClusterNames([{ label: 'Hairy cell leukemia (HCL)', x: 600, y: 100, weight: 16 }], SIZE, measure, [legend]);
    expect(names).toEqual([]);
    const below = placePictureClusterNames([{ label: 'Hairy cell leukemia (HCL)', x: 600, y: 170, weight: 16 }], SIZE, measure, [legend]);
    expect(below).toEqual([{ text: 'Hairy cell leukemia (HCL)', x: 600, y: 170 + 20 * 3 }]);
  });
});

describe('the legend box on the exported picture', () => {
  /** About 6.5 px per character: the 12 px legend fonts. */
  const measure = (text: string) => text.length * 6.5;
  const yearTitle = 'Year (ideas: mean year of their papers)';
  const yearRows = ['1951–1966 (2)', '1967–1982 (4)', '1983–1998 (11)', '1999–2014 (144)', '2015–2026 (764)', 'No year (5)'];

  it('is as wide as its title when the title is the widest line (coloured by year)', () => {
    // Before, 40 + the widest row (15 characters, 97.5 px) = 137.5 px: the 253.5 px title ran out of the box.
    const { width, title } = layOutPictureLegend(yearTitle, yearRows, measure, measure, 494);
    expect(title).toBe(yearTitle);
    expect(width).toBe(20 + yearTitle.length * 6.5);
  });

  it('stays inside a narrow picture, cutting the title with an ellipsis', () => {
    const { width, title } = layOutPictureLegend(yearTitle, yearRows, measure, measure, 200);
    expect(width).toBe(176);
    expect(title.endsWith('…')).toBe(true);
    expect(measure(title)).toBeLessThanOrEqual(width - 20);
    expect(title).toBe('Year (ideas: mean year…'); // 23 characters, 149.5 px of the 156 free
    // Rows wider than the title set the width, up to 300 px.
    expect(layOutPictureLegend('Clusters', ['x'.repeat(60)], measure, measure, 1400).width).toBe(300);
  });
});
