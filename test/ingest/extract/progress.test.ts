// Extraction's progress: one bar over its phases, moving only forward and ending at the paper count.
import { describe, expect, it } from 'vitest';
import { extractionProgress } from '../../../ingest/extract/progress';

function recorded(total: number) {
  const reports: number[] = [];
  const progress = extractionProgress(total, (done, all) => {
    expect(all).toBe(total);
    reports.push(done);
  });
  return { reports, progress };
}

describe('extractionProgress', () => {
  it('fills the bar phase after phase, the tagging first and the choice of concepts last', () => {
    const { reports, progress } = recorded(1000);
    progress('tag', 1000, 1000);
    const tagged = reports.at(-1)!;
    progress('collect', 500, 1000);
    const halfCollected = reports.at(-1)!;
    progress('collect', 1000, 1000);
    const collected = reports.at(-1)!;
    progress('rank', 1000, 1000);
    const ranked = reports.at(-1)!;
    progress('concepts', 1, 1);
    expect(tagged).toBeGreaterThan(0);
    expect(halfCollected).toBeGreaterThan(tagged);
    expect(collected).toBeGreaterThan(halfCollected);
    expect(ranked).toBeGreaterThan(collected);
    expect(ranked).toBeLessThan(1000);
    expect(reports.at(-1)).toBe(1000);
  });

  it('never goes back nor repeats a figure: a phase reporting again from 0 (the ranking after the text work) adds nothing', () => {
    const { reports, progress } = recorded(300);
    for (let done = 0; done <= 300; done += 7) progress('tag', done, 300);
    progress('collect', 300, 300);
    progress('collect', 0, 300);
    progress('tag', 10, 300);
    progress('rank', 0, 300);
    progress('rank', 300, 300);
    progress('concepts', 0, 1);
    progress('concepts', 1, 1);
    expect(reports.every((done, k) => k === 0 || done > reports[k - 1])).toBe(true);
    expect(reports.at(-1)).toBe(300);
  });

  it('reports nothing without a listener, and an empty corpus ends at 0 of 0', () => {
    expect(() => extractionProgress(10, undefined)('tag', 5, 10)).not.toThrow();
    const { reports, progress } = recorded(0);
    progress('tag', 0, 0);
    progress('concepts', 1, 1);
    expect(reports).toEqual([0]);
  });
});
