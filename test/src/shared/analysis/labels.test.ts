// Cluster names on a real collection of another field: a term nearly every paper has names no cluster.
import { beforeAll, expect, it } from 'vitest';
import { analysePaperGraph } from '../../../../ingest/analyse';
import { buildPaperGraph } from '../../../../ingest/build/buildPaperGraph';
import { extractConcepts } from '../../../../ingest/extract';
import { loadVocabulary } from '../../../../ingest/extract/loadVocabulary';
import { mergeDuplicatePapers, readSources } from '../../../../ingest/sources';
import type { CommunityInfo, PaperGraph } from '../../../../src/shared';
import { labelCommunities } from '../../../../src/shared/analysis';
import { describeShared, sharedPath } from '../../../sharedData';

// asreview's demo collection: 100 Zotero records of systematic reviews on many clinical and social topics.
const ASREVIEW = sharedPath('samples/biblio/asreview_baseline_zotero.ris');
describeShared(ASREVIEW, 'cluster names on the asreview systematic-review collection', () => {
  let graph: PaperGraph;
  let infos: CommunityInfo[];
  beforeAll(async () => {
    const papers = mergeDuplicatePapers((await readSources([ASREVIEW])).entries).papers;
    graph = buildPaperGraph(papers, extractConcepts(papers, {}, await loadVocabulary()));
    analysePaperGraph(graph, { resolution: 1, seed: 42 });
    infos = graph.getAttribute('communities')!;
  }, 60_000);

  it('names no cluster by the method 99 of its 100 papers use, but by what sets each apart', () => {
    expect(graph.filterNodes((_n, a) => a.kind === 'paper')).toHaveLength(100);
    expect(graph.degree('method:systematic-review')).toBe(99);
    const named = infos.filter((info) => info.papers >= 2);
    expect(named.length).toBeGreaterThan(2);
    for (const info of named) {
      expect(info.terms).not.toContain('Systematic review');
      expect(info.label).not.toMatch(/^Cluster/);
    }
  });

  it('still names a cluster by such a term when it has nothing else', () => {
    // Only the papers and the common method: it is every cluster's one shared term.
    const bare = graph.copy();
    bare.filterNodes((node, a) => a.kind !== 'paper' && node !== 'method:systematic-review').forEach((node) => bare.dropNode(node));
    const one: Record<string, number> = {};
    bare.forEachNode((node) => (one[node] = 0));
    expect(labelCommunities(bare, { communities: one })[0].label).toBe('Systematic review');
  });
});
