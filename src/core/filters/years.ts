// Papers' years: the year of a node, the span of years in a graph and the histogram the year brush draws.
import type { PaperGraph } from '../../shared';

/** A node's own year: the `year` attribute, else the year of a full ISO `date` (`--MM-DD` has none); null if unknown. */
export function nodeYear(attrs: Record<string, unknown>): number | null {
  const year = attrs.year;
  if (typeof year === 'number' && Number.isInteger(year)) return year;
  const date = attrs.date;
  if (typeof date === 'string') {
    const match = /^(\d{4})(?:-|$)/.exec(date);
    if (match) return Number(match[1]);
  }
  return null;
}

function isPaper(attrs: Record<string, unknown>): boolean {
  return attrs.kind === 'paper';
}

export interface YearBin {
  /** First and last year of the bin (inclusive). */
  from: number;
  to: number;
  count: number;
}

export interface YearHistogram {
  bins: YearBin[];
  /** Years per bar: 1 up to 60 years, then 2, 5, 10, 20, 50… so a long span stays readable. */
  binSize: number;
  /** Papers whose year is unknown: counted apart, never dropped. */
  noYear: number;
  /** All papers (with and without a year). */
  papers: number;
  /** Earliest and latest paper year, or null when no paper has a year. */
  min: number | null;
  max: number | null;
}

export const MAX_YEAR_BARS = 60;

/** The smallest "nice" bin size (1, 2, 5, 10, 20, 50, …) that keeps the bar count at or below `maxBars`. */
export function yearBinSize(min: number, max: number, maxBars = MAX_YEAR_BARS): number {
  const span = max - min + 1;
  if (span <= maxBars) return 1;
  for (let scale = 1; ; scale *= 10) {
    for (const step of [2, 5, 10]) {
      const size = step * scale;
      if (Math.floor(max / size) - Math.floor(min / size) + 1 <= maxBars) return size;
    }
  }
}

/** Bars per year (or per 2/5/10… years, aligned on multiples of the bin size), empty years included so gaps show. */
export function yearHistogram(graph: PaperGraph, maxBars = MAX_YEAR_BARS): YearHistogram {
  const years: number[] = [];
  let papers = 0;
  graph.forEachNode((_key, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    if (!isPaper(a)) return;
    papers++;
    const year = nodeYear(a);
    if (year !== null) years.push(year);
  });
  if (years.length === 0) return { bins: [], binSize: 1, noYear: papers, papers, min: null, max: null };
  let min = Infinity;
  let max = -Infinity;
  for (const y of years) {
    if (y < min) min = y;
    if (y > max) max = y;
  }
  const binSize = yearBinSize(min, max, maxBars);
  const first = Math.floor(min / binSize) * binSize;
  const count = Math.floor(max / binSize) - Math.floor(min / binSize) + 1;
  const bins: YearBin[] = Array.from({ length: count }, (_v, i) => ({ from: first + i * binSize, to: first + (i + 1) * binSize - 1, count: 0 }));
  for (const y of years) bins[Math.floor(y / binSize) - Math.floor(min / binSize)].count++;
  return { bins, binSize, noYear: papers - years.length, papers, min, max };
}
