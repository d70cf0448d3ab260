// Colours fall back to kind without communities; sizes follow degree; the legend counts what is shown.
import { describe, expect, it } from 'vitest';
import {
  buildLegend, buildYearLegend, buildYearRows, CITATIONS_METRIC, clusterOverviewColors, clusterYears, communityColors, communityLabels, computeNodeColors, computeNodeSizes, effectiveColorMode,
  KIND_COLORS, legendTitleOf, listSizeMetrics, NO_YEAR_COLOR, nodeYears, viridis, yearColor, yearDomain,
} from '../../../../src/core/appearance';
import { buildCitationGraph, citationPaperKey, REFERENCE_KEY } from '../citationFixture';
import { computeFilter, initialFiltersState, toggleKind } from '../../../../src/core/filters';
import { makeSmallGraph, paper } from '../fixtures';
import { createPaperGraph } from '../../../../src/shared';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { fromGexf, fromGraphml, type DOMParserConstructor } from '../../../../src/shared/exchange';
import { itShared, sharedPath } from '../../../sharedData';

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

describe('appearance with a citation layer', () => {
  it('offers size by citations received in the collection and sizes the most cited largest', () => {
    const graph = buildCitationGraph();
    expect(listSizeMetrics(graph)).toContain(CITATIONS_METRIC);
    const sizes = computeNodeSizes(graph, CITATIONS_METRIC);
    const a = citationPaperKey('a');
    expect(sizes.get(a)).toBe(18); // cited by 5 papers: the maximum
    expect(sizes.get(citationPaperKey('f'))).toBe(3); // cited by none
    // The outside work carries no citedByInCorpus: its 4 citing papers are counted from the edges.
    expect(sizes.get(REFERENCE_KEY)!).toBeGreaterThan(sizes.get(citationPaperKey('b'))!);
    expect(sizes.get(REFERENCE_KEY)!).toBeLessThan(18);
  });

  it('counts citations from edges when no node stores them, and offers no such size without citations', () => {
    const graph = buildCitationGraph();
    graph.forEachNode((n) => graph.removeNodeAttribute(n, 'citedByInCorpus' as never));
    const sizes = computeNodeSizes(graph, CITATIONS_METRIC);
    expect(sizes.get(citationPaperKey('a'))).toBe(18);
    expect(listSizeMetrics(makeSmallGraph().graph)).not.toContain(CITATIONS_METRIC);
  });

  it('colours and lists reference nodes as their own kind', () => {
    const graph = buildCitationGraph();
    expect(computeNodeColors(graph, 'kind').get(REFERENCE_KEY)).toBe(KIND_COLORS.reference);
    const result = computeFilter(graph, initialFiltersState);
    const legend = buildLegend(graph, 'kind', result.counts, result.hidden);
    expect(legend.find((row) => row.id === 'reference')).toMatchObject({ label: 'Cited works (outside)', total: 1 });
  });

  it('survives a malformed communities attribute: bad entries cost their name only', () => {
    const graph = buildCitationGraph();
    graph.forEachNode((n, a) => graph.setNodeAttribute(n, 'community', a.kind === 'paper' ? 0 : 1));
    graph.setAttribute('communities', [{ id: 0, label: { text: 'object' } }, { id: 1, label: 'Language models' }, null, 'x'] as never);
    expect([...communityLabels(graph)]).toEqual([[1, 'Language models']]);
    const result = computeFilter(graph, initialFiltersState);
    const labels = buildLegend(graph, 'community', result.counts, result.hidden).map((row) => row.label);
    expect(labels).toEqual(['Community 0', 'Language models']);
    graph.setAttribute('communities', { not: 'a list' } as never);
    expect(buildLegend(graph, 'community', result.counts, result.hidden).map((row) => row.label)).toEqual(['Community 0', 'Community 1']);
  });
});

describe('colour by year', () => {
  it('colours papers by their year and ideas by the mean year of their papers, on viridis; no year is grey', () => {
    const { graph, a, c, d, rare, lora } = makeSmallGraph();
    expect(effectiveColorMode(graph, 'year')).toBe('year');
    const years = nodeYears(graph);
    expect(years.get(a)).toBe(2024);
    expect(years.get(lora)).toBe(2024.5);
    expect(years.get(d)).toBe(null);
    expect(yearDomain(years.values())).toEqual({ min: 2024, max: 2025 });
    const colors = computeNodeColors(graph, 'year');
    expect(colors.get(a)).toBe(viridis(0));
    expect(colors.get(c)).toBe(viridis(1));
    expect(colors.get(lora)).toBe(viridis(0.5));
    expect(colors.get(rare)).toBe(colors.get(a)); // only 2024 papers
    expect(colors.get(d)).toBe(NO_YEAR_COLOR);
  });

  it('colours the cluster overview by each cluster\'s mean paper year under year colouring, by cluster otherwise', () => {
    const { graph, a, b, c, d, rare, common, lora, nlp } = makeSmallGraph();
    // Papers of 2024 (a, b) with the idea of 2024 papers only; c (2025) with its ideas; d (no year) alone; an
    // ideas-only cluster takes its ideas' own mean years.
    for (const [node, community] of [[a, 0], [b, 0], [rare, 0], [c, 1], [common, 1], [lora, 3], [nlp, 3], [d, 2]] as const) {
      graph.setNodeAttribute(node, 'community', community);
    }
    const years = clusterYears(graph);
    expect(years.get(0)).toBe(2024); // a, b (papers only: 'mixture of experts' not counted)
    expect(years.get(1)).toBe(2025); // c alone among papers
    expect(years.get(2)).toBe(null);
    expect(years.get(3)).toBeCloseTo((2024.5 + (2024 + 2024 + 2025) / 3) / 2, 9); // LoRA 2024.5, NLP 2024.33
    const byYear = clusterOverviewColors(graph, 'year');
    expect(byYear.get(0)).toBe(viridis(0));
    expect(byYear.get(1)).toBe(viridis(1));
    expect(byYear.get(2)).toBe(NO_YEAR_COLOR);
    expect(clusterOverviewColors(graph, 'community')).toEqual(communityColors(graph));
    expect(clusterOverviewColors(graph, 'kind')).toEqual(communityColors(graph));
  });

  it('keeps viridis\' ends and stays inside the scale', () => {
    expect(viridis(0)).toBe('#440154');
    expect(viridis(1)).toBe('#fde725');
    expect(viridis(-3)).toBe(viridis(0));
    expect(viridis(7)).toBe(viridis(1));
    expect(yearColor(2020, 2020, 2020)).toBe(viridis(0.5)); // one year: mid-scale
    expect(yearColor(null, 2000, 2020)).toBe(NO_YEAR_COLOR);
  });

  it('gives a legend with the year range and counts nodes with no year, shown and total', () => {
    const { graph, d } = makeSmallGraph();
    const result = computeFilter(graph, toggleKind('domain')(initialFiltersState));
    const legend = buildYearLegend(graph, result.hidden);
    expect(legend).toMatchObject({ min: 2024, max: 2025, noYear: { shown: 1, total: 1 }, dated: { shown: graph.order - 2, total: graph.order - 1 } });
    const rows = buildLegend(graph, 'year', result.counts, result.hidden);
    expect(rows.map((r) => r.label)).toEqual(['2024', '2025', 'No year']);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(graph.order);
    expect(rows.at(-1)).toMatchObject({ color: NO_YEAR_COLOR, total: 1 });
    expect(legendTitleOf('year')).toMatch(/Year/);
    graph.dropNode(d);
    expect(buildLegend(graph, 'year', result.counts, new Set()).some((r) => r.id === 'no-year')).toBe(false);
  });

  it('cuts a long span into at most five legend rows, and says so when nothing has a year', () => {
    const graph = createPaperGraph();
    for (let y = 1990; y <= 2024; y++) paper(graph, `p${y}`, `${y}-05-05`);
    const rows = buildYearRows(graph, new Set());
    expect(rows).toHaveLength(5);
    expect(rows[0].label).toBe('1990–1996');
    expect(rows.at(-1)!.label).toBe('2018–2024');
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(35);
    const undated = createPaperGraph();
    paper(undated, 'x', null);
    expect(buildYearRows(undated, new Set())).toEqual([{ id: 'no-year', label: 'No year', color: NO_YEAR_COLOR, shown: 1, total: 1 }]);
    expect(buildYearLegend(undated, new Set())).toMatchObject({ min: null, max: null, noYear: { total: 1 } });
  });
});

describe('size choices of another tool\'s graph', () => {
  const Parser = DOMParser as unknown as DOMParserConstructor;

  itShared(sharedPath('samples/graphs'), 'offers its metrics but not its cluster ids or z coordinates', () => {
    // Gephi's GraphML: "Modularity Class" (0–8) is the partition the app adopts, not a size; the menu offered it.
    const gephi = fromGraphml(readFileSync(sharedPath('samples/graphs/gephi_export_miserables.graphml'), 'utf8'), Parser);
    expect(listSizeMetrics(gephi as never)).toEqual(['degree']);
    // sigma's GEXF: authority and hub are metrics; its viz z (0 for every node) is a coordinate.
    const sigma = fromGexf(readFileSync(sharedPath('samples/graphs/sigma_les_miserables.gexf'), 'utf8'), Parser);
    expect(listSizeMetrics(sigma as never)).toEqual(['degree', 'authority', 'hub']);
  });
});
