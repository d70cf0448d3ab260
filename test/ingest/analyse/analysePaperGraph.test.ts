import { describe, expect, it } from 'vitest';
import { ingestGraph } from '../../../ingest/pipeline';
import { findPath, findRelatedClusters } from '../../../src/shared/analysis';

describe('analysePaperGraph on the seed corpus', () => {
  it('clusters, labels and ranks the graph built from data/seeds', async () => {
    const { graph, summary } = await ingestGraph(['data/seeds'], { layoutIterations: 0 });
    const infos = graph.getAttribute('communities')!;
    expect(summary.communities).toBe(infos.length);
    expect(infos.length).toBeGreaterThan(1);
    expect(graph.getAttribute('modularity')).toBeGreaterThan(0.2);
    expect(infos.every((info) => info.label.length > 0)).toBe(true);
    graph.forEachNode((_node, attributes) => {
      expect(attributes.community).toBeTypeOf('number');
      expect(attributes.pagerank).toBeGreaterThan(0);
    });
    const related = findRelatedClusters(graph);
    expect(related[0].length).toBeGreaterThan(0);
    expect(related[0][0].explanation).toMatch(/^(linked through|\d+ papers?)/);
    const papers = graph.filterNodes((_node, attributes) => attributes.kind === 'paper');
    const path = findPath(graph, papers[0], papers[papers.length - 1]);
    if (path) expect(path.steps.every((step) => step.text.includes('—'))).toBe(true);
  });
});
