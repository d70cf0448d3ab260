// The concept map follows the colour mode: its own clusters, the ideas' kinds, or their papers' mean year on the paper graph's scale.
import { describe, expect, it } from 'vitest';
import { KIND_COLORS, NO_YEAR_COLOR, viridis } from '../../../../src/core/appearance';
import { buildConceptMap } from '../../../../src/shared/analysis/conceptMap';
import { communityColor } from '../../../../src/shared/analysis/palette';
import { conceptMapColors, conceptMapLegend } from '../../../../src/views/conceptMap/colors';
import { buildTopicGraph } from '../../shared/paperGraphFixture';

function datedTopicGraph() {
  const graph = buildTopicGraph();
  // Mixture-of-experts papers early, the rest late: their ideas sit at the two ends of the scale.
  graph.forEachNode((node, a) => {
    if (a.kind !== 'paper') return;
    const moe = graph.neighbors(node).includes('concept:load-balancing') || graph.neighbors(node).includes('concept:expert-routing');
    graph.mergeNodeAttributes(node, { year: moe ? 2010 : 2020, date: null });
  });
  return graph;
}

describe('concept map colours', () => {
  it('colours ideas by the mean year of their papers on the paper graph\'s year scale', () => {
    const graph = datedTopicGraph();
    const map = buildConceptMap(graph, { minOccurrences: 2 });
    const colors = conceptMapColors(map, graph, 'year');
    expect(colors.size).toBe(map.graph.order);
    expect(colors.get('concept:load-balancing')).toBe(viridis(0));
    expect(colors.get('concept:denoising')).toBe(viridis(1));
    map.graph.forEachNode((node, a) => {
      if (a.meanYear !== null) expect(colors.get(node)).toBe(viridis((a.meanYear - 2010) / 10));
    });
  });

  it('greys ideas with no dated paper, and follows kind and cluster modes', () => {
    const graph = buildTopicGraph();
    graph.forEachNode((node, a) => a.kind === 'paper' && graph.mergeNodeAttributes(node, { year: null, date: null }));
    const map = buildConceptMap(graph, { minOccurrences: 2 });
    expect(new Set(conceptMapColors(map, graph, 'year').values())).toEqual(new Set([NO_YEAR_COLOR]));
    const byKind = conceptMapColors(map, graph, 'kind');
    map.graph.forEachNode((node, a) => expect(byKind.get(node)).toBe(KIND_COLORS[a.kind]));
    const byCluster = conceptMapColors(map, graph, 'community');
    map.graph.forEachNode((node, a) => expect(byCluster.get(node)).toBe(communityColor(a.community)));
  });

  it('gives the legend the map\'s ideas by kind and by year, not the paper graph\'s nodes', () => {
    const graph = datedTopicGraph();
    const map = buildConceptMap(graph, { minOccurrences: 2 });
    const legend = conceptMapLegend(map, graph);
    expect(legend.kinds.map((row) => row.id)).toEqual(['concept']);
    expect(legend.kinds[0]).toMatchObject({ label: 'Concepts', shown: map.graph.order, total: map.graph.order });
    expect(legend.year).toMatchObject({ min: 2010, max: 2020, dated: { total: map.graph.order }, noYear: { total: 0 } });
    graph.forEachNode((node, a) => a.kind === 'paper' && graph.mergeNodeAttributes(node, { year: null, date: null }));
    const undated = conceptMapLegend(buildConceptMap(graph, { minOccurrences: 2 }), graph).year;
    expect(undated).toMatchObject({ min: null, max: null, dated: { total: 0 }, noYear: { total: map.graph.order } });
  });
});
