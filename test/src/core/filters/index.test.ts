// Filters hide what a user unticks or cuts out, keep counts right and never touch the graph.
import { describe, expect, it } from 'vitest';
import {
  computeFilter, edgeKindOf, initialFiltersState, isFiltering, listEdgeKinds, nodeKindOf, nodeYear, setIncludeNoYear, setMinDegree,
  setYearRange, showAllEdgeKinds, showOnlyEdgeKinds, toggleEdgeKind, toggleKind, yearBinSize, yearHistogram,
} from '../../../../src/core/filters';
import { createPaperGraph, nodeKey } from '../../../../src/shared';
import { buildFilteredSubgraph } from '../../../../src/core/exchange/subgraph';
import { buildCitationGraph, REFERENCE_KEY } from '../citationFixture';
import { loadSampleGraph, makeSmallGraph, paper } from '../fixtures';

describe('filters', () => {
  it('shows everything by default', () => {
    const { graph } = makeSmallGraph();
    const result = computeFilter(graph, initialFiltersState);
    expect(result.hidden.size).toBe(0);
    expect(result.counts.paper).toEqual({ shown: 4, total: 4 });
    expect(result.shownEdges).toBe(graph.size);
  });

  it('hides a node kind and the edges touching it', () => {
    const { graph, rare, common } = makeSmallGraph();
    const filters = toggleKind('concept')(initialFiltersState);
    const result = computeFilter(graph, filters);
    expect(result.hidden).toEqual(new Set([rare, common]));
    expect(result.counts.concept).toEqual({ shown: 0, total: 2 });
    expect(result.shownEdges).toBe(graph.size - 5);
    expect(toggleKind('concept')(filters).hiddenKinds).toEqual([]);
  });

  it('cuts papers outside a year range, keeps those of unknown year and drops terms left without papers', () => {
    const { graph, a, b, c, d, rare, lora } = makeSmallGraph();
    const filters = setYearRange(2025, null)(initialFiltersState);
    const result = computeFilter(graph, filters);
    expect(result.hidden.has(a) && result.hidden.has(b)).toBe(true);
    expect(result.hidden.has(c) || result.hidden.has(d)).toBe(false);
    expect(result.hidden.has(rare)).toBe(true); // only a and b had it
    expect(result.hidden.has(lora)).toBe(false); // c still has it
    expect(isFiltering(filters)).toBe(true);
  });

  it('hides papers of unknown year only when their switch is off', () => {
    const { graph, a, d } = makeSmallGraph();
    const off = setIncludeNoYear(false)(initialFiltersState);
    expect(isFiltering(off)).toBe(true);
    const result = computeFilter(graph, off);
    expect(result.hidden.has(d)).toBe(true);
    expect(result.hidden.has(a)).toBe(false);
    expect(result.counts.paper).toEqual({ shown: 3, total: 4 });
    expect(computeFilter(graph, setIncludeNoYear(true)(off)).hidden.has(d)).toBe(false);
  });

  it('normalises a year range: swapped bounds, and the graph\'s own ends left open', () => {
    expect(setYearRange(2025, 2020)(initialFiltersState)).toMatchObject({ yearFrom: 2020, yearTo: 2025 });
    const span = { min: 2020, max: 2025 };
    expect(setYearRange(2019, 2025, span)(initialFiltersState)).toBe(initialFiltersState);
    expect(setYearRange(2021, 2030, span)(initialFiltersState)).toMatchObject({ yearFrom: 2021, yearTo: null });
    expect(setYearRange(null, null)(setYearRange(2021, 2022)(initialFiltersState))).toMatchObject({ yearFrom: null, yearTo: null });
  });

  it('hides nodes below a minimum degree', () => {
    const { graph, d, rare } = makeSmallGraph();
    const result = computeFilter(graph, setMinDegree(3)(initialFiltersState));
    expect(result.hidden.has(d)).toBe(true);
    expect(result.hidden.has(rare)).toBe(true);
    expect(result.shownNodes).toBe(graph.filterNodes((n) => graph.degree(n) >= 3).length);
  });

  it('reads a node\'s year from `year`, else from a full date; a month-day has none', () => {
    expect(nodeYear({ date: '--09-02', year: null })).toBe(null);
    expect(nodeYear({ date: null, year: 2023 })).toBe(2023);
    expect(nodeYear({ date: '2019-05-01' })).toBe(2019);
    expect(nodeYear({ date: '2019' })).toBe(2019);
    expect(nodeYear({ year: 'soon' })).toBe(null);
  });

  it('filters the seed-based sample graph consistently', () => {
    const graph = loadSampleGraph();
    const before = JSON.stringify(graph.export());
    const result = computeFilter(graph, toggleKind('paper')(initialFiltersState));
    expect(result.counts.paper.shown).toBe(0);
    expect(result.counts.paper.total).toBe(226);
    expect(result.shownEdges).toBe(0); // every edge in the sample touches a paper
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe('edge-kind filter', () => {
  it('lists the edge kinds present with their counts, in the schema order', () => {
    const graph = buildCitationGraph();
    expect(listEdgeKinds(graph)).toEqual([
      { kind: 'has-concept', count: 3 }, { kind: 'in-domain', count: 2 }, { kind: 'cites', count: 14 },
      { kind: 'co-cited', count: 1 }, { kind: 'coupled', count: 1 }, { kind: 'similar', count: 1 },
    ]);
    expect(edgeKindOf({ kind: 'whatever' })).toBe('other');
    expect(edgeKindOf({})).toBe('other');
  });

  it('hides edges of a kind, and the outside work known only through them, without touching the graph', () => {
    const graph = buildCitationGraph();
    const before = JSON.stringify(graph.export());
    const filters = toggleEdgeKind('cites')(initialFiltersState);
    const result = computeFilter(graph, filters);
    // The cited outside work has only `cites` edges; every paper keeps another edge (a: similar, b: in-domain...).
    expect(result.hidden).toEqual(new Set([REFERENCE_KEY]));
    expect(result.strandedByEdgeKinds).toBe(0);
    expect([...result.hiddenEdgeKinds]).toEqual(['cites']);
    expect(result.edgeCounts.cites).toEqual({ shown: 0, total: 14 });
    expect(result.edgeCounts['has-concept']).toEqual({ shown: 3, total: 3 });
    expect(result.shownEdges).toBe(graph.size - 14);
    expect(isFiltering(filters)).toBe(true);
    expect(toggleEdgeKind('cites')(filters).hiddenEdgeKinds).toEqual([]);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('shows citations only, then all kinds again', () => {
    const graph = buildCitationGraph();
    const present = listEdgeKinds(graph).map((e) => e.kind);
    const only = showOnlyEdgeKinds(['cites'], present)(initialFiltersState);
    expect(only.hiddenEdgeKinds).toEqual(['co-cited', 'coupled', 'has-concept', 'in-domain', 'similar']);
    const result = computeFilter(graph, only);
    expect(result.shownEdges).toBe(14);
    // The concept and the domain have no citation: they go with their edges instead of staying as bare dots.
    expect(result.hidden).toEqual(new Set([nodeKey('concept', 'language-model'), nodeKey('domain', 'nlp')]));
    expect(result.counts.concept).toEqual({ shown: 0, total: 1 });
    expect(result.counts.reference).toEqual({ shown: 1, total: 1 });
    // Papers stay, and the one cited by no one and citing no one (f, the graph-drawing survey) is counted apart.
    expect(result.counts.paper).toEqual({ shown: 7, total: 7 });
    expect(result.strandedByEdgeKinds).toBe(1);
    expect(computeFilter(graph, showAllEdgeKinds()(only)).hidden.size).toBe(0);
    expect(showAllEdgeKinds()(only).hiddenEdgeKinds).toEqual([]);
  });

  it('counts edges hidden by a node filter under their kind too', () => {
    const graph = buildCitationGraph();
    const result = computeFilter(graph, toggleKind('reference')(initialFiltersState));
    expect(nodeKindOf(graph.getNodeAttributes(REFERENCE_KEY) as never)).toBe('reference');
    expect(result.hidden).toEqual(new Set([REFERENCE_KEY]));
    expect(result.counts.reference).toEqual({ shown: 0, total: 1 });
    expect(result.edgeCounts.cites).toEqual({ shown: 10, total: 14 });
  });

  it('leaves hidden edge kinds out of the filtered export', () => {
    const graph = buildCitationGraph();
    const sub = buildFilteredSubgraph(graph, toggleEdgeKind('cites')(initialFiltersState));
    expect(sub.order).toBe(graph.order - 1); // the outside work, cited only
    expect(sub.size).toBe(graph.size - 14);
    expect(sub.someEdge((_e, a) => a.kind === 'cites')).toBe(false);
  });
});

describe('year histogram', () => {
  function graphWithYears(years: (number | null)[]) {
    const graph = createPaperGraph();
    years.forEach((year, i) => paper(graph, `p${i}`, year === null ? '--01-02' : `${year}-01-02`));
    return graph;
  }

  it('counts papers per year, gaps included, and papers of unknown year apart', () => {
    const h = yearHistogram(graphWithYears([2020, 2020, 2023, null, null]));
    expect(h.binSize).toBe(1);
    expect(h.bins).toEqual([
      { from: 2020, to: 2020, count: 2 }, { from: 2021, to: 2021, count: 0 }, { from: 2022, to: 2022, count: 0 }, { from: 2023, to: 2023, count: 1 },
    ]);
    expect(h).toMatchObject({ noYear: 2, papers: 5, min: 2020, max: 2023 });
  });

  it('handles one year and no year at all', () => {
    expect(yearHistogram(graphWithYears([2024, 2024]))).toMatchObject({ bins: [{ from: 2024, to: 2024, count: 2 }], min: 2024, max: 2024 });
    expect(yearHistogram(graphWithYears([null, null]))).toMatchObject({ bins: [], noYear: 2, papers: 2, min: null, max: null });
  });

  it('keeps 60 years as years and bins 70 years by 2, a long span by 5 or 10', () => {
    const sixty = yearHistogram(graphWithYears([1961, 2020]));
    expect(sixty.binSize).toBe(1);
    expect(sixty.bins).toHaveLength(60);
    const seventy = yearHistogram(graphWithYears(Array.from({ length: 70 }, (_v, i) => 1955 + i)));
    expect(seventy.binSize).toBe(2);
    expect(seventy.bins[0]).toEqual({ from: 1954, to: 1955, count: 1 });
    expect(seventy.bins.reduce((n, b) => n + b.count, 0)).toBe(70);
    expect(seventy.bins.length).toBeLessThanOrEqual(60);
    expect(yearBinSize(1900, 2024)).toBe(5);
    expect(yearBinSize(1700, 2024)).toBe(10);
    expect(yearBinSize(1000, 2024)).toBe(20);
  });
});
