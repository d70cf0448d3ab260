// The citation layer reads who cites whom from `cites` edges (direction from `citing`), lists a paper's references
// and citers inside the collection, and ranks prior / derivative works by co-citation and coupling with a reason.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  buildCitationIndex, citationsReceived, describeReferencesOutside, listCitations, rankDerivativeWorks, rankPriorWorks, referencesOutsideOf,
} from '../../../../src/core/related';
import type { PaperGraph } from '../../../../src/shared';
import { buildCitationGraph, citationPaperKey as key, REFERENCE_KEY } from '../citationFixture';
import { makeSmallGraph } from '../fixtures';

describe('citation index', () => {
  it('takes the citing end from `citing`, whichever end the undirected edge was written from', () => {
    const graph = buildCitationGraph();
    const index = buildCitationIndex(graph);
    expect(index.size).toBe(14);
    expect(new Set(index.cites.get(key('e')))).toEqual(new Set([key('a'), key('c'), key('d')]));
    expect(new Set(index.citedBy.get(REFERENCE_KEY))).toEqual(new Set([key('a'), key('b'), key('c'), key('g')]));
    expect(index.cites.get(REFERENCE_KEY)).toBeUndefined();
    expect(index.coupledCounts.get(key('g'))?.get(key('c'))).toBe(32);
    expect(index.cocitedCounts.get(key('d'))?.get(key('c'))).toBe(3);
  });

  it('reads a directed graph without `citing` from source to target, and ignores other edge kinds', () => {
    const graph = new Graph({ type: 'directed' }) as unknown as PaperGraph;
    for (const n of ['x', 'y', 'z']) graph.addNode(n, { kind: 'paper', label: n } as never);
    graph.addEdge('y', 'x', { kind: 'cites', weight: 1 });
    graph.addEdge('z', 'x', { kind: 'similar', weight: 1 });
    const index = buildCitationIndex(graph);
    expect(index.cites.get('y')).toEqual(['x']);
    expect(index.citedBy.get('x')).toEqual(['y']);
    expect(index.size).toBe(1);
  });

  it('reads both directions from a `mutual` edge (two papers citing each other)', () => {
    const graph = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
    for (const n of ['x', 'y']) graph.addNode(n, { kind: 'paper', label: n } as never);
    graph.addEdge('x', 'y', { kind: 'cites', weight: 1, citing: 'x', mutual: true });
    const index = buildCitationIndex(graph);
    expect(index.cites.get('x')).toEqual(['y']);
    expect(index.cites.get('y')).toEqual(['x']);
    expect(index.citedBy.get('x')).toEqual(['y']);
    expect(index.size).toBe(2);
  });

  it('finds nothing in a graph without a citation layer (older files)', () => {
    const { graph, a } = makeSmallGraph();
    expect(buildCitationIndex(graph).size).toBe(0);
    expect(listCitations(graph, a)).toEqual({ references: [], citedBy: [] });
    expect(rankPriorWorks(graph, a)).toEqual([]);
    expect(rankDerivativeWorks(graph, a)).toEqual([]);
  });
});

describe('references and citers in the collection', () => {
  const graph = buildCitationGraph();

  it('lists references oldest first, including cited works outside the collection', () => {
    const { references } = listCitations(graph, key('c'));
    expect(references.map((r) => r.key)).toEqual([REFERENCE_KEY, key('a'), key('b')]);
    expect(references[0]).toMatchObject({ kind: 'reference', year: 1997 });
  });

  it('lists citers newest first', () => {
    expect(listCitations(graph, key('a')).citedBy.map((r) => r.key)).toEqual([key('g'), key('e'), key('c'), key('d'), key('b')]);
    expect(listCitations(graph, REFERENCE_KEY).citedBy.map((r) => r.key)).toEqual([key('g'), key('c'), key('b'), key('a')]);
  });

  it('counts citations received from the stored attribute, else from the edges', () => {
    expect(citationsReceived(graph, key('a'))).toBe(5);
    expect(citationsReceived(graph, REFERENCE_KEY)).toBe(4); // reference nodes carry no citedByInCorpus
    graph.setNodeAttribute(key('b'), 'citedByInCorpus' as never, 'many' as never);
    expect(citationsReceived(graph, key('b'))).toBe(3);
  });
});

describe('references outside the collection', () => {
  it('reads the stored count, else subtracts the corpus papers cited from the reference list', () => {
    const graph = buildCitationGraph();
    expect(referencesOutsideOf(graph, key('c'))).toBe(118);
    graph.setNodeAttribute(key('c'), 'referencesOutside' as never, 5 as never);
    expect(referencesOutsideOf(graph, key('c'))).toBe(5);
    graph.removeNodeAttribute(key('c'), 'referencesOutside' as never);
    // 120 references, 2 of them corpus papers (a, b); the cited outside work counts as outside.
    expect(referencesOutsideOf(graph, key('c'))).toBe(118);
    graph.removeNodeAttribute(key('c'), 'referenceCount' as never);
    expect(referencesOutsideOf(graph, key('c'))).toBeNull();
    expect(referencesOutsideOf(graph, REFERENCE_KEY)).toBeNull();
  });
});

describe('the line about references outside', () => {
  it('says that the cited works listed as references are among the outside ones', () => {
    expect(describeReferencesOutside(85, 85, 17)).toBe('85 references point outside this collection, the 17 cited works listed above among them · 85 in its reference list');
    expect(describeReferencesOutside(3, 4, 1)).toBe('3 references point outside this collection, the cited work listed above among them · 4 in its reference list');
    expect(describeReferencesOutside(1, null, 0)).toBe('1 reference points outside this collection');
    expect(describeReferencesOutside(null, 12, 0)).toBe('12 in its reference list');
    expect(describeReferencesOutside(null, null, 2)).toBeNull();
    expect(describeReferencesOutside(0, 0, 0)).toBe('Its record lists no references.');
  });
});

describe('prior and derivative works', () => {
  const graph = buildCitationGraph();

  it('ranks prior works: direct citation plus co-citation, never newer unless cited, never a citer', () => {
    const prior = rankPriorWorks(graph, key('c'));
    // d: same year, co-cited with c by 3 papers by the file's count (e in the graph); a: cited by c and co-cited with
    // it by e (2); the outside work and b: cited (1), ties broken by citations received. e cites c: derivative, not prior.
    expect(prior.map((w) => [w.key, w.score])).toEqual([[key('d'), 3], [key('a'), 2], [REFERENCE_KEY, 1], [key('b'), 1]]);
    expect(prior[0].reason).toBe('cited together with it by 3 papers');
    expect(prior[1].reason).toBe('cited by this paper; cited together with it by 1 paper');
    expect(prior[2].reason).toBe('cited by this paper');
  });

  it('counts co-citation over every paper citing it', () => {
    // Every other corpus paper cites a, so only the outside work is prior: cited by a, and with a by b, c and g.
    const prior = rankPriorWorks(graph, key('a'));
    expect(prior.map((w) => w.key)).toEqual([REFERENCE_KEY]);
    expect(prior[0].reason).toBe('cited by this paper; cited together with it by 3 papers');
  });

  it('ranks derivative works: newer papers citing it or sharing its references', () => {
    // g shares a, b and the outside work in the graph, 32 references by the file's coupled count; d shares a and b;
    // e cites c and shares a.
    expect(rankDerivativeWorks(graph, key('c')).map((w) => [w.key, w.reason])).toEqual([
      [key('g'), 'shares 32 references'],
      [key('d'), 'shares 2 references'],
      [key('e'), 'cites this paper; shares 1 reference'],
    ]);
    expect(rankDerivativeWorks(graph, key('a')).map((w) => w.key)).toEqual([key('b'), key('c'), key('g'), key('d'), key('e')]);
  });

  it('leaves out older papers that only share references, and reference nodes', () => {
    // b (2018) shares references with c (2020) but is older and cited by c: not derivative of c; a shares the
    // outside reference with c but is older.
    const keys = rankDerivativeWorks(graph, key('c')).map((w) => w.key);
    expect(keys).not.toContain(key('b'));
    expect(keys).not.toContain(key('a'));
    expect(rankDerivativeWorks(graph, REFERENCE_KEY).every((w) => w.kind === 'paper')).toBe(true);
    expect(rankPriorWorks(graph, key('f'))).toEqual([]);
    expect(rankDerivativeWorks(graph, key('f'))).toEqual([]);
  });
});

describe('ranking on a large collection', () => {
  it('gives the full sort\'s first works when many candidates tie, reading labels only up to the last tie', () => {
    // 400 papers citing a few classics (cited by most of them) and each other: thousands of tied candidates.
    const graph = new Graph({ type: 'undirected' }) as unknown as PaperGraph;
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const papers = Array.from({ length: 400 }, (_, i) => `p${i}`);
    for (const [i, node] of papers.entries()) graph.addNode(node, { kind: 'paper', label: `Paper ${i % 37}`, year: 2000 + (i % 5) } as never);
    for (const [i, node] of papers.entries()) {
      const cited = new Set<string>();
      for (let c = 0; c < 3; c++) if (random() < 0.8) cited.add(papers[c]);
      for (let k = 0; k < 4; k++) cited.add(papers[Math.floor(random() * papers.length)]);
      cited.delete(node);
      for (const other of cited) if (!graph.hasEdge(node, other)) graph.addEdge(node, other, { kind: 'cites', weight: 1, citing: node });
      void i;
    }
    const index = buildCitationIndex(graph);
    // The definition, by brute force: every candidate built, sorted by score, citations and label, then cut.
    const fullSort = (works: ReturnType<typeof rankPriorWorks>) =>
      [...works].sort((a, b) => b.score - a.score || (index.citedBy.get(b.key)?.length ?? 0) - (index.citedBy.get(a.key)?.length ?? 0) || a.label.localeCompare(b.label));
    for (const paper of papers.slice(0, 60)) {
      for (const limit of [1, 3, 10]) {
        const allDerivative = rankDerivativeWorks(graph, paper, 10_000, index);
        const allPrior = rankPriorWorks(graph, paper, 10_000, index);
        expect(rankDerivativeWorks(graph, paper, limit, index)).toEqual(fullSort(allDerivative).slice(0, limit));
        expect(rankPriorWorks(graph, paper, limit, index)).toEqual(fullSort(allPrior).slice(0, limit));
      }
    }
  });
});
