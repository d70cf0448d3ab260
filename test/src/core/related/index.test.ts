// Related papers rank by the rarity of shared concepts/methods and explain themselves; term panels list their papers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '../../../../src/shared';
import { groupPaperTerms, listBroaderNarrower, listOtherNames, listSimilarPapers, listTermPapers, rankNeighboursByWeight, rankRelatedPapers } from '../../../../src/core/related';
import { fromGml } from '../../../../src/shared/exchange';
import { itShared, sharedPath } from '../../../sharedData';
import { buildCitationGraph, citationPaperKey } from '../citationFixture';
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

describe('similar texts', () => {
  it('lists the papers a similar edge links, most similar first, from either end of the edge', () => {
    const graph = buildCitationGraph();
    // The fixture's one similar edge joins a (Attention) and f (the graph-drawing survey), weight 0.2.
    expect(listSimilarPapers(graph, citationPaperKey('f'))).toEqual([
      { key: citationPaperKey('a'), label: 'Attention Is All You Need', similarity: 0.2 },
    ]);
    expect(listSimilarPapers(graph, citationPaperKey('a')).map((p) => p.label)).toEqual(['An Unrelated Survey of Graph Drawing']);
    // Citations, coupling and co-citation are other sections' business.
    expect(listSimilarPapers(graph, citationPaperKey('c'))).toEqual([]);
    expect(listSimilarPapers(graph, 'no-such-node')).toEqual([]);
  });

  it('on the seed graph, gives every similar neighbour of a paper once, in descending similarity', () => {
    // The bundled seed graph (the ingest's output, with its similar edges; the older fixture has none).
    const graph = parseGraph(readFileSync(resolve(import.meta.dirname, '../../../../public/graph.json'), 'utf8'));
    const paper = graph.findNode((n, a) => a.kind === 'paper' && graph.someEdge(n, (_e, ea) => ea.kind === 'similar'))!;
    const expected = new Set(graph.filterEdges(paper, (_e, ea) => ea.kind === 'similar').map((e) => graph.opposite(paper, e)));
    const similar = listSimilarPapers(graph, paper);
    expect(new Set(similar.map((p) => p.key))).toEqual(expected);
    expect(similar.length).toBe(expected.size);
    for (let i = 1; i < similar.length; i++) expect(similar[i - 1].similarity).toBeGreaterThanOrEqual(similar[i].similarity);
    expect(listSimilarPapers(graph, paper, 2)).toEqual(similar.slice(0, 2));
  });
});

describe('neighbours of a node of another tool\'s graph', () => {
  const LES_MIS_GML = sharedPath('samples/graphs/newman_lesmis.gml');

  itShared(LES_MIS_GML, 'lists Valjean\'s 36 neighbours by the scenes they share, Cosette first', () => {
    const graph = fromGml(readFileSync(LES_MIS_GML, 'utf8'));
    const valjean = graph.findNode((_k, a) => a.label === 'Valjean')!;
    const neighbours = rankNeighboursByWeight(graph, valjean);
    // Counted in the file's `value`s: Cosette 31, Marius 19, Javert 17, Thenardier 12, Fantine 9; three at 1 last.
    expect(neighbours).toHaveLength(36);
    expect(neighbours.slice(0, 5).map((n) => [n.label, n.weight])).toEqual([
      ['Cosette', 31], ['Marius', 19], ['Javert', 17], ['Thenardier', 12], ['Fantine', 9],
    ]);
    expect(neighbours.slice(-3).map((n) => n.label)).toEqual(['MotherInnocent', 'Scaufflaire', 'Toussaint']);
  });

  it('puts the weakest link last and counts a link without a numeric weight as 1', () => {
    const graph = buildCitationGraph();
    const a = citationPaperKey('a');
    // b cites a (weight 1) and a is linked to f by text similarity 0.2: f last.
    const neighbours = rankNeighboursByWeight(graph, a);
    expect(neighbours.at(-1)).toMatchObject({ key: citationPaperKey('f'), weight: 0.2 });
    graph.setEdgeAttribute(graph.edge(citationPaperKey('b'), a)!, 'weight', 'heavy' as never);
    expect(rankNeighboursByWeight(graph, a).find((n) => n.key === citationPaperKey('b'))!.weight).toBe(1);
    expect(rankNeighboursByWeight(graph, 'missing')).toEqual([]);
  });
});

describe('broader and narrower ideas', () => {
  const graph = parseGraph(readFileSync(resolve(import.meta.dirname, '../../../../public/graph.json'), 'utf8'));
  const llm = graph.findNode((_k, a) => a.label === 'Large Language Models (LLM)')!;

  it('lists the narrower ideas of the seeds\' "Large Language Models (LLM)" and the broader one of each', () => {
    // The seed graph's five broader edges into it (each names its narrower end in `narrower`).
    expect(listBroaderNarrower(graph, llm)).toEqual({
      broader: [],
      narrower: ['learning to route LLM', 'MoE LLM', 'multi-agent LLM', 'open-source LLM', 'pre-trained dense LLM']
        .map((label) => ({ key: graph.findNode((_k, a) => a.label === label)!, label, evidence: null })),
    });
    const moe = graph.findNode((_k, a) => a.label === 'MoE LLM')!;
    expect(listBroaderNarrower(graph, moe).broader.map((t) => t.label)).toEqual(['Large Language Models (LLM)']);
    // A category under its group: cs.AI's broader is Computer Science.
    expect(listBroaderNarrower(graph, 'domain:cs.AI').broader.map((t) => t.label)).toEqual(['Computer Science']);
    expect(listBroaderNarrower(graph, 'missing')).toEqual({ broader: [], narrower: [] });
  });
});

describe('a term\'s other names', () => {
  it('lists each once whatever its case, without the term\'s own name', () => {
    // The labelled arXiv week's method "Diffusion model": aliases as the ingest wrote them.
    expect(listOtherNames(['Diffusion model', 'diffusion model', 'denoising diffusion'], 'Diffusion model')).toEqual(['denoising diffusion']);
    expect(listOtherNames(['LoRA', 'low-rank adaptation', 'QLoRA'], 'LoRA')).toEqual(['low-rank adaptation', 'QLoRA']);
    expect(listOtherNames(['MoE', ' moe ', 42, ''], 'Mixture of Experts')).toEqual(['MoE']);
    expect(listOtherNames('not a list', 'x')).toEqual([]);
  });
});
