// Filters hide what a user unticks or cuts out, keep counts right and never touch the graph.
import { describe, expect, it } from 'vitest';
import {
  computeFilter, edgeKindOf, initialFiltersState, isFiltering, listEdgeKinds, listPaperDates, nodeKindOf, paperDateKey, setDateRange,
  setMinDegree, showAllEdgeKinds, showOnlyEdgeKinds, toggleEdgeKind, toggleKind,
} from '../../../../src/core/filters';
import { buildFilteredSubgraph } from '../../../../src/core/exchange/subgraph';
import { buildCitationGraph, REFERENCE_KEY } from '../citationFixture';
import { loadSampleGraph, makeSmallGraph } from '../fixtures';

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

  it('cuts papers outside a date range, keeps undated ones and drops terms left without papers', () => {
    const { graph, a, b, c, d, rare, lora } = makeSmallGraph();
    const result = computeFilter(graph, setDateRange('2025-01-01', null)(initialFiltersState));
    expect(result.hidden.has(a) && result.hidden.has(b)).toBe(true);
    expect(result.hidden.has(c) || result.hidden.has(d)).toBe(false);
    expect(result.hidden.has(rare)).toBe(true); // only a and b had it
    expect(result.hidden.has(lora)).toBe(false); // c still has it
  });

  it('hides nodes below a minimum degree', () => {
    const { graph, d, rare } = makeSmallGraph();
    const result = computeFilter(graph, setMinDegree(3)(initialFiltersState));
    expect(result.hidden.has(d)).toBe(true);
    expect(result.hidden.has(rare)).toBe(true);
    expect(result.shownNodes).toBe(graph.filterNodes((n) => graph.degree(n) >= 3).length);
  });

  it('orders date keys of full dates, month-days and bare years', () => {
    expect(paperDateKey({ date: '--09-02', year: null })).toBe('--09-02');
    expect(paperDateKey({ date: null, year: 2023 })).toBe('2023');
    const { graph } = makeSmallGraph();
    expect(listPaperDates(graph)).toEqual(['2024-03-01', '2024-06-15', '2025-01-20']);
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

  it('hides edges of a kind without hiding any node or touching the graph', () => {
    const graph = buildCitationGraph();
    const before = JSON.stringify(graph.export());
    const filters = toggleEdgeKind('cites')(initialFiltersState);
    const result = computeFilter(graph, filters);
    expect(result.hidden.size).toBe(0);
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
    expect(computeFilter(graph, only).shownEdges).toBe(14);
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
    expect(sub.order).toBe(graph.order);
    expect(sub.size).toBe(graph.size - 14);
    expect(sub.someEdge((_e, a) => a.kind === 'cites')).toBe(false);
  });
});
