// Colours fall back to kind without communities; sizes follow degree; the legend counts what is shown.
import { describe, expect, it } from 'vitest';
import {
  buildLegend, computeNodeColors, computeNodeSizes, effectiveColorMode, KIND_COLORS, listSizeMetrics,
} from '../../../../src/core/appearance';
import { computeFilter, initialFiltersState, toggleKind } from '../../../../src/core/filters';
import { makeSmallGraph } from '../fixtures';

describe('appearance', () => {
  it('colours by kind when no community attribute exists', () => {
    const { graph, a, rare } = makeSmallGraph();
    expect(effectiveColorMode(graph, 'community')).toBe('kind');
    const colors = computeNodeColors(graph, 'community');
    expect(colors.get(a)).toBe(KIND_COLORS.paper);
    expect(colors.get(rare)).toBe(KIND_COLORS.concept);
  });

  it('colours by community once the analysis wrote one, largest community first in the legend', () => {
    const { graph, a, b, c, d } = makeSmallGraph();
    graph.forEachNode((n) => graph.setNodeAttribute(n, 'community', [a, b, c].includes(n) ? 7 : 3));
    graph.setNodeAttribute(d, 'community', 9);
    const result = computeFilter(graph, initialFiltersState);
    const legend = buildLegend(graph, 'community', result.counts, result.hidden);
    expect(legend[0]).toMatchObject({ id: '3', total: 4 });
    expect(new Set(computeNodeColors(graph, 'community').values()).size).toBe(3);
  });

  it('sizes hubs larger and offers numeric metrics', () => {
    const { graph, a, d } = makeSmallGraph();
    const sizes = computeNodeSizes(graph, 'degree');
    expect(sizes.get(a)!).toBeGreaterThan(sizes.get(d)!);
    expect(listSizeMetrics(graph)).toContain('upvotes');
    expect(listSizeMetrics(graph)[0]).toBe('degree');
  });

  it('legend counts shown and total per kind', () => {
    const { graph } = makeSmallGraph();
    const result = computeFilter(graph, toggleKind('method')(initialFiltersState));
    const legend = buildLegend(graph, 'kind', result.counts, result.hidden);
    expect(legend.find((r) => r.id === 'method')).toMatchObject({ shown: 0, total: 1 });
    expect(legend.find((r) => r.id === 'paper')).toMatchObject({ shown: 4, total: 4 });
  });
});
