// Kleinberg burst detection: a clear burst is found in the right years, a flat series has none, strength orders them.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { detectBursts, detectTermBursts } from '../../../../src/shared/analysis/bursts';

describe('detectBursts', () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
  const totals = [100, 100, 100, 100, 100, 100, 100, 100];

  it('finds the years where a term is several times more frequent than its base rate', () => {
    const counts = [2, 1, 2, 15, 18, 16, 2, 1];
    const bursts = detectBursts(years, counts, totals);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]).toMatchObject({ start: 2018, end: 2020 });
    expect(bursts[0].weight).toBeGreaterThan(10);
  });

  it('reports nothing for a steady term, or one in every paper', () => {
    expect(detectBursts(years, [5, 6, 5, 4, 5, 6, 5, 5], totals)).toEqual([]);
    expect(detectBursts(years, totals, totals)).toEqual([]);
    expect(detectBursts([], [], [])).toEqual([]);
  });

  it('a higher entry cost (gamma) suppresses a short weak burst but keeps a strong one', () => {
    const counts = [3, 3, 12, 3, 3, 3, 30, 3];
    expect(detectBursts(years, counts, totals, { gamma: 0.1 }).length).toBe(2);
    const strict = detectBursts(years, counts, totals, { gamma: 4 });
    expect(strict.map((b) => b.start)).toEqual([2021]);
  });
});

describe('detectTermBursts', () => {
  it('counts linked papers per year, with gap years as zero, and leaves undated papers out', () => {
    const graph = new Graph();
    const paper = (key: string, year: number | null) => graph.addNode(key, { kind: 'paper', label: key, year });
    graph.addNode('concept:new', { kind: 'concept', label: 'new idea' });
    graph.addNode('concept:old', { kind: 'concept', label: 'steady idea' });
    let n = 0;
    for (const year of [2010, 2011, 2012, 2014, 2015, 2016]) {
      for (let i = 0; i < 10; i++) {
        const key = `p${n++}`;
        paper(key, year);
        if (i < 3) graph.addEdge(key, 'concept:old');
        if (year >= 2015 && i >= 3) graph.addEdge(key, 'concept:new');
      }
    }
    paper('undated', null);
    graph.addEdge('undated', 'concept:new');
    const { bursts, years, undatedPapers } = detectTermBursts(graph);
    expect(years).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016]);
    expect(undatedPapers).toBe(1);
    expect(bursts.map((b) => [b.label, b.start, b.end])).toEqual([['new idea', 2015, 2016]]);
  });
});
