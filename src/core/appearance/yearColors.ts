// Colour by year (VOSviewer's overlay): papers by their year, ideas by the mean year of their papers, on viridis.
import type { PaperGraph } from '../../shared';
import { nodeYear } from '../filters/years';

/**
 * Matplotlib's viridis at 9 evenly spaced stops (perceptually uniform, readable in greyscale and for the common
 * colour-vision deficiencies). Written out because no colour-scale library is installed and 9 stops interpolated in
 * sRGB stay within a few units of the full 256-entry table.
 */
const VIRIDIS = [
  [68, 1, 84], [71, 44, 122], [59, 81, 139], [44, 113, 142], [33, 144, 141], [39, 173, 129], [92, 200, 99], [170, 220, 50], [253, 231, 37],
];

/** Grey for nodes with no year: neutral, and distinct from every viridis colour by lightness and hue. */
export const NO_YEAR_COLOR = '#c4c4c4';

const hex = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/** Viridis at t in [0, 1] (clamped) as `#rrggbb`. */
export function viridis(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [VIRIDIS[i], VIRIDIS[i + 1]];
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`;
}

/** The colour of a (possibly fractional) year on a scale from `min` to `max`; one-year spans sit mid-scale. */
export function yearColor(year: number | null, min: number | null, max: number | null): string {
  if (year === null || min === null || max === null) return NO_YEAR_COLOR;
  return viridis(max > min ? (year - min) / (max - min) : 0.5);
}

const TERM_KINDS = new Set(['concept', 'method', 'domain']);

/**
 * Each node's year: its own year when it has one (papers, cited works); concepts, methods and domains without one
 * take the mean year of their dated papers (VOSviewer's "average publication year"); otherwise null.
 */
export function nodeYears(graph: PaperGraph): Map<string, number | null> {
  const years = new Map<string, number | null>();
  graph.forEachNode((key, attrs) => {
    const a = attrs as unknown as Record<string, unknown>;
    const own = nodeYear(a);
    if (own !== null || !TERM_KINDS.has(a.kind as string)) {
      years.set(key, own);
      return;
    }
    let sum = 0;
    let n = 0;
    graph.forEachNeighbor(key, (_n, na) => {
      const b = na as unknown as Record<string, unknown>;
      if (b.kind !== 'paper') return;
      const y = nodeYear(b);
      if (y !== null) {
        sum += y;
        n++;
      }
    });
    years.set(key, n > 0 ? sum / n : null);
  });
  return years;
}

/** The scale's ends: the earliest and latest year of any node (means lie between their papers' years). */
export function yearDomain(years: Iterable<number | null>): { min: number | null; max: number | null } {
  let min = Infinity;
  let max = -Infinity;
  for (const y of years) {
    if (y === null) continue;
    if (y < min) min = y;
    if (y > max) max = y;
  }
  return min <= max ? { min: Math.floor(min), max: Math.ceil(max) } : { min: null, max: null };
}

export interface YearLegend {
  min: number | null;
  max: number | null;
  /** CSS gradient of the scale, for the legend bar. */
  gradient: string;
  /** Nodes with a year / without one (shown / total). */
  dated: { shown: number; total: number };
  noYear: { shown: number; total: number };
}

export function yearGradient(): string {
  return `linear-gradient(to right, ${Array.from({ length: 9 }, (_v, i) => viridis(i / 8)).join(', ')})`;
}

export function buildYearLegend(graph: PaperGraph, hidden: Set<string>): YearLegend {
  const years = nodeYears(graph);
  const { min, max } = yearDomain(years.values());
  const dated = { shown: 0, total: 0 };
  const noYear = { shown: 0, total: 0 };
  years.forEach((year, key) => {
    const row = year === null ? noYear : dated;
    row.total++;
    if (!hidden.has(key)) row.shown++;
  });
  return { min, max, gradient: yearGradient(), dated, noYear };
}

/**
 * Each cluster's year for the cluster overview coloured by year: the mean year of its dated papers; for a cluster
 * with none (another tool's graph, or ideas alone), the mean of its members' years as nodeYears gives them; null
 * when nothing in it has a year. Keys are the `community` ids.
 */
export function clusterYears(graph: PaperGraph): Map<number, number | null> {
  const years = nodeYears(graph);
  const sums = new Map<number, { papers: number; paperSum: number; others: number; otherSum: number }>();
  graph.forEachNode((key, attrs) => {
    const community = (attrs as unknown as Record<string, unknown>).community;
    if (typeof community !== 'number') return;
    const sum = sums.get(community) ?? { papers: 0, paperSum: 0, others: 0, otherSum: 0 };
    sums.set(community, sum);
    const year = years.get(key) ?? null;
    if (year === null) return;
    if ((attrs as unknown as Record<string, unknown>).kind === 'paper') {
      sum.papers++;
      sum.paperSum += year;
    } else {
      sum.others++;
      sum.otherSum += year;
    }
  });
  const out = new Map<number, number | null>();
  sums.forEach((s, id) => out.set(id, s.papers > 0 ? s.paperSum / s.papers : s.others > 0 ? s.otherSum / s.others : null));
  return out;
}
