// Filters hide what a user unticks or cuts out, keep counts right and never touch the graph.
import { describe, expect, it } from 'vitest';
import {
  computeFilter, initialFiltersState, listPaperDates, paperDateKey, setDateRange, setMinDegree, toggleKind,
} from '../../../../src/core/filters';
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
