// Related papers rank by the rarity of shared concepts/methods and explain themselves; term panels list their papers.
import { describe, expect, it } from 'vitest';
import { groupPaperTerms, listTermPapers, rankRelatedPapers } from '../../../../src/core/related';
import { loadSampleGraph, makeSmallGraph } from '../fixtures';

describe('rankRelatedPapers', () => {
  it('prefers the paper sharing the rarer concept and names the shared terms, rarest first', () => {
    const { graph, a, b, c } = makeSmallGraph();
    const related = rankRelatedPapers(graph, a);
    expect(related.map((r) => r.key)).toEqual([b, c]);
    // N = 4 papers: idf(rare, df 2) = log 2, idf(common, df 3) = log 4/3, idf(LoRA, df 2) = log 2.
    expect(related[0].score).toBeCloseTo(Math.log(2) + Math.log(4 / 3));
    expect(related[1].score).toBeCloseTo(Math.log(2) + Math.log(4 / 3));
    expect(related[0].shared.map((s) => s.label)).toEqual(['mixture of experts', 'large language model']);
    expect(related[1].shared.map((s) => s.label)).toEqual(['LoRA', 'large language model']);
  });

  it('ignores domains and returns nothing for an unconnected paper', () => {
    const { graph, d, a } = makeSmallGraph();
    expect(rankRelatedPapers(graph, d)).toEqual([]);
    expect(rankRelatedPapers(graph, a).every((r) => r.shared.every((s) => s.kind !== 'domain'))).toBe(true);
  });

  it('ranks sample-graph neighbours by descending score and never lists the paper itself', () => {
    const graph = loadSampleGraph();
    const paper = graph.findNode((n, a) => a.kind === 'paper' && graph.degree(n) > 4)!;
    const related = rankRelatedPapers(graph, paper, 8);
    expect(related.length).toBeGreaterThan(0);
    expect(related.some((r) => r.key === paper)).toBe(false);
    for (let i = 1; i < related.length; i++) expect(related[i - 1].score).toBeGreaterThanOrEqual(related[i].score);
    for (const r of related) for (const s of r.shared) expect(graph.areNeighbors(paper, s.key) && graph.areNeighbors(r.key, s.key)).toBe(true);
  });
});

describe('term papers and paper terms', () => {
  it('lists a concept’s papers most upvoted first', () => {
    const { graph, common, a, b, c } = makeSmallGraph();
    expect(listTermPapers(graph, common).map((p) => p.key)).toEqual([b, c, a]);
  });

  it('groups a paper’s terms by kind', () => {
    const { graph, a } = makeSmallGraph();
    const groups = groupPaperTerms(graph, a);
    expect(groups.concept.map((t) => t.label)).toEqual(['large language model', 'mixture of experts']);
    expect(groups.method.map((t) => t.label)).toEqual(['LoRA']);
    expect(groups.domain.map((t) => t.label)).toEqual(['natural language processing']);
  });
});
