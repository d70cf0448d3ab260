// Derived appearance: node colours by kind, community or year, sizes from a numeric metric, and legend rows with counts.
import type { CommunityInfo, PaperGraph } from '../../shared';
import { isPartitionName } from '../../shared/exchange/partitionNames';
import { createStore } from '../store';
import { nodeKindOf } from '../filters';
import { citationIndexOf, citationsReceived } from '../related/citations';
import type { AppearanceState, ColorMode, LegendEntry } from './types';
import { clusterYears, NO_YEAR_COLOR, nodeYears, yearColor, yearDomain } from './yearColors';

export * from './types';
export * from './yearColors';

export const KIND_COLORS: Record<string, string> = {
  paper: '#4e79a7',
  concept: '#f28e2b',
  method: '#59a14f',
  domain: '#b07aa1',
  reference: '#9c755f',
  other: '#8c8c8c',
};
export const KIND_LABELS: Record<string, string> = {
  paper: 'Papers', concept: 'Concepts', method: 'Methods', domain: 'Domains', reference: 'Cited works (outside)', other: 'Other nodes',
};
export const KIND_ORDER = ['paper', 'concept', 'method', 'domain', 'reference', 'other'];

/** Size by citations received inside the collection: the stored `citedByInCorpus`, else counted from `cites` edges. */
export const CITATIONS_METRIC = 'citedByInCorpus';

// Tableau 20 minus the greys: distinguishable categorical colours for the largest communities.
const COMMUNITY_PALETTE = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#a0cbe8',
  '#ffbe7d', '#8cd17d', '#b6992d', '#f1ce63', '#86bcb6', '#d37295', '#fabfd2', '#d4a6c8',
];
export const OTHER_COLOR = '#bab0ac';
export const DIMMED_COLOR = '#e6e6e6';

// Community colours are the default: they show the clusters at a glance; graphs without communities fall back to kind.
export const initialAppearanceState: AppearanceState = { colorBy: 'community', sizeBy: 'degree' };
export const setColorBy = (colorBy: ColorMode) => (state: AppearanceState): AppearanceState =>
  state.colorBy === colorBy ? state : { ...state, colorBy };
export const setSizeBy = (sizeBy: string) => (state: AppearanceState): AppearanceState =>
  state.sizeBy === sizeBy ? state : { ...state, sizeBy };
export const appearanceStore = createStore<AppearanceState>(initialAppearanceState);

export function hasCommunities(graph: PaperGraph): boolean {
  return graph.someNode((_k, a) => typeof a.community === 'number');
}

/** Colour by community only when the analysis stage wrote communities; otherwise fall back to kind. */
export function effectiveColorMode(graph: PaperGraph, mode: ColorMode): ColorMode {
  if (mode === 'year') return 'year';
  return mode === 'community' && hasCommunities(graph) ? 'community' : 'kind';
}

/** What the legend of a colour mode is titled (panel, PNG and SVG exports). */
export function legendTitleOf(mode: ColorMode): string {
  return mode === 'community' ? 'Clusters' : mode === 'year' ? 'Year (ideas: mean year of their papers)' : 'Node kinds';
}

/** Communities ordered by size get palette colours; the long tail shares one neutral colour. */
export function communityColors(graph: PaperGraph): Map<number, string> {
  const sizes = new Map<number, number>();
  graph.forEachNode((_k, a) => {
    if (typeof a.community === 'number') sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1);
  });
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Map(order.map(([id], i) => [id, COMMUNITY_PALETTE[i] ?? OTHER_COLOR]));
}

/**
 * The colours of the cluster overview's discs under the map's colour mode: by year, each cluster's mean paper year
 * (clusterYears) on the map's own scale, so the overview reads with the same legend; otherwise its cluster colour
 * (coloured by kind too: a cluster has no one kind, and the cluster list's swatches name it).
 */
export function clusterOverviewColors(graph: PaperGraph, mode: ColorMode): Map<number, string> {
  if (effectiveColorMode(graph, mode) !== 'year') return communityColors(graph);
  const { min, max } = yearDomain(nodeYears(graph).values());
  const colors = new Map<number, string>();
  clusterYears(graph).forEach((year, id) => colors.set(id, yearColor(year, min, max)));
  return colors;
}

export function computeNodeColors(graph: PaperGraph, mode: ColorMode): Map<string, string> {
  const colors = new Map<string, string>();
  const effective = effectiveColorMode(graph, mode);
  if (effective === 'year') {
    const years = nodeYears(graph);
    const { min, max } = yearDomain(years.values());
    years.forEach((year, key) => colors.set(key, yearColor(year, min, max)));
  } else if (effective === 'community') {
    const palette = communityColors(graph);
    graph.forEachNode((key, a) => colors.set(key, typeof a.community === 'number' ? palette.get(a.community) ?? OTHER_COLOR : OTHER_COLOR));
  } else {
    graph.forEachNode((key, a) => {
      const kind = nodeKindOf(a as never);
      // A node from another tool (no known kind) keeps the colour its file gave it, as Gephi drew it.
      const own = (a as unknown as Record<string, unknown>).color;
      colors.set(key, kind === 'other' && typeof own === 'string' && own !== '' ? own : KIND_COLORS[kind]);
    });
  }
  return colors;
}

/** The colours other tools' nodes carry (kind "other" with a `color`), most used first: what computeNodeColors draws them in. */
function ownColors(graph: PaperGraph): string[] {
  const uses = new Map<string, number>();
  graph.forEachNode((_key, a) => {
    if (nodeKindOf(a as never) !== 'other') return;
    const own = (a as unknown as Record<string, unknown>).color;
    if (typeof own === 'string' && own !== '') uses.set(own, (uses.get(own) ?? 0) + 1);
  });
  return [...uses.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([color]) => color);
}

/** Numeric node attributes present on at least one node, plus "degree" (and citations when the graph has any), as size choices. */
export function listSizeMetrics(graph: PaperGraph): string[] {
  const metrics = new Set<string>(['degree']);
  if (citationIndexOf(graph).size > 0) metrics.add(CITATIONS_METRIC);
  // Positions (a GEXF's viz z too) and ids are numbers but not magnitudes: sizing Gephi's Les Misérables by its
  // "Modularity Class" drew cluster 8 eight times cluster 1.
  const skip = new Set(['x', 'y', 'z', 'size', 'community', 'year', 'authorsCount']);
  let seen = 0;
  graph.forEachNode((_k, a) => {
    if (seen++ > 2000) return; // a sample is enough to discover which metrics exist
    for (const [name, value] of Object.entries(a)) if (!skip.has(name) && typeof value === 'number' && !isPartitionName(name)) metrics.add(name);
  });
  return [...metrics].sort((a, b) => (a === 'degree' ? -1 : b === 'degree' ? 1 : a.localeCompare(b)));
}

/** Sizes in pixels, square-root scaled between min and max so hubs stand out without swallowing the view. */
export function computeNodeSizes(graph: PaperGraph, metric: string, min = 3, max = 18): Map<string, number> {
  const values = new Map<string, number>();
  let lo = Infinity;
  let hi = -Infinity;
  const citations = metric === CITATIONS_METRIC ? citationIndexOf(graph) : null;
  graph.forEachNode((key, a) => {
    const raw = (a as unknown as Record<string, unknown>)[metric];
    const value = citations
      ? citationsReceived(graph, key, citations)
      : typeof raw === 'number' && Number.isFinite(raw) ? raw : metric === 'degree' ? graph.degree(key) : 0;
    const v = Math.sqrt(Math.max(0, value));
    values.set(key, v);
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  });
  const span = hi - lo;
  const sizes = new Map<string, number>();
  values.forEach((v, key) => sizes.set(key, span > 0 ? min + ((v - lo) / span) * (max - min) : (min + max) / 2));
  if (metric === 'degree') keepOwnSizes(graph, sizes, min, max);
  return sizes;
}

/**
 * Under the default metric, nodes from another tool (no known kind) that carry their own `size` keep their relative
 * sizes, mapped linearly into the same pixel range, so an imported Gephi/sigma file looks as it was drawn.
 */
function keepOwnSizes(graph: PaperGraph, sizes: Map<string, number>, min: number, max: number): void {
  const own = new Map<string, number>();
  graph.forEachNode((key, a) => {
    const size = (a as unknown as Record<string, unknown>).size;
    if (nodeKindOf(a as never) === 'other' && typeof size === 'number' && Number.isFinite(size) && size > 0) own.set(key, size);
  });
  if (own.size === 0) return;
  let lo = Infinity;
  let hi = -Infinity;
  own.forEach((size) => {
    lo = Math.min(lo, size);
    hi = Math.max(hi, size);
  });
  const span = hi - lo;
  own.forEach((size, key) => sizes.set(key, span > 0 ? min + ((size - lo) / span) * (max - min) : (min + max) / 2));
}

/** Community names from the graph's `communities` attribute; entries that are not `{ id: number, label: string }`
 * (a hand-edited or foreign file) are skipped so a bad attribute costs a name, not the app. */
export function communityLabels(graph: PaperGraph): Map<number, string> {
  const labels = new Map<number, string>();
  const raw: unknown = graph.getAttribute('communities');
  if (!Array.isArray(raw)) return labels;
  for (const entry of raw as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const { id, label } = entry as Partial<CommunityInfo>;
    if (typeof id === 'number' && typeof label === 'string') labels.set(id, label);
  }
  return labels;
}

export function buildLegend(
  graph: PaperGraph,
  mode: ColorMode,
  counts: Record<string, { shown: number; total: number }>,
  hidden: Set<string>,
): LegendEntry[] {
  if (effectiveColorMode(graph, mode) === 'year') return buildYearRows(graph, hidden);
  if (effectiveColorMode(graph, mode) === 'kind') {
    const own = ownColors(graph);
    return KIND_ORDER.filter((k) => counts[k]).map((k) => {
      const row: LegendEntry = { id: k, label: KIND_LABELS[k], color: KIND_COLORS[k], shown: counts[k].shown, total: counts[k].total };
      // Nodes of another tool's file are drawn in the file's own colours (computeNodeColors): a grey swatch said otherwise.
      if (k !== 'other' || own.length === 0) return row;
      return { ...row, label: `${row.label} (the file's colours)`, color: own[0], swatches: own.slice(0, 6) };
    });
  }
  const palette = communityColors(graph);
  const infos = communityLabels(graph);
  const rows = new Map<string, LegendEntry>();
  graph.forEachNode((key, a) => {
    const color = typeof a.community === 'number' ? palette.get(a.community) ?? OTHER_COLOR : OTHER_COLOR;
    const isOther = color === OTHER_COLOR;
    const id = isOther ? 'other' : String(a.community);
    const label = isOther ? 'Other communities' : infos.get(a.community as number) ?? `Community ${a.community}`;
    const row = rows.get(id) ?? { id, label, color, shown: 0, total: 0 };
    row.total++;
    if (!hidden.has(key)) row.shown++;
    rows.set(id, row);
  });
  return [...rows.values()].sort((a, b) => (a.id === 'other' ? 1 : b.id === 'other' ? -1 : b.total - a.total));
}

/**
 * Year legend as rows (for the exported pictures): the span cut into at most 5 equal year ranges, each with the
 * colour of its middle and the nodes whose (mean) year falls in it, then "No year" with its count when any.
 */
export function buildYearRows(graph: PaperGraph, hidden: Set<string>, maxRows = 5): LegendEntry[] {
  const years = nodeYears(graph);
  const { min, max } = yearDomain(years.values());
  const rows: LegendEntry[] = [];
  if (min !== null && max !== null) {
    const span = max - min + 1;
    const step = Math.ceil(span / Math.min(maxRows, span));
    for (let from = min; from <= max; from += step) {
      const to = Math.min(max, from + step - 1);
      rows.push({ id: `year-${from}`, label: from === to ? String(from) : `${from}–${to}`, color: yearColor((from + to) / 2, min, max), shown: 0, total: 0 });
    }
    years.forEach((year, key) => {
      if (year === null) return;
      const row = rows[Math.min(rows.length - 1, Math.floor((Math.round(year) - min) / step))];
      row.total++;
      if (!hidden.has(key)) row.shown++;
    });
  }
  const noYear: LegendEntry = { id: 'no-year', label: 'No year', color: NO_YEAR_COLOR, shown: 0, total: 0 };
  years.forEach((year, key) => {
    if (year !== null) return;
    noYear.total++;
    if (!hidden.has(key)) noYear.shown++;
  });
  if (noYear.total > 0) rows.push(noYear);
  return rows;
}
