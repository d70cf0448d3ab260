import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildTfIdf,
  contentStems,
  countWords,
  explainIsolatedPapers,
  findNearestNeighbours,
  pairList,
  linkSimilarPapers,
  similarPairsOfTexts,
  similarityTextOf,
  type SimilarityText,
} from '../../../ingest/build/similarity';
import { parseListing } from '../../../ingest/sources';
import { createPaperGraph, paperKey } from '../../../src/shared';

/** Cosine of two rows by brute force, to check the pruned search against. */
function cosine(matrix: ReturnType<typeof buildTfIdf>, a: number, b: number): number {
  const row = (doc: number) => {
    const map = new Map<number, number>();
    for (let i = matrix.start[doc]; i < matrix.start[doc + 1]; i++) map.set(matrix.terms[i], matrix.weights[i]);
    return map;
  };
  const x = row(a);
  let dot = 0;
  for (const [term, weight] of row(b)) dot += weight * (x.get(term) ?? 0);
  return dot;
}

/** Brute-force kNN: every pair scored, top k above the threshold, union or mutual. */
function bruteForcePairs(texts: SimilarityText[], k: number, threshold: number, mode: 'union' | 'mutual') {
  const matrix = buildTfIdf(texts);
  const n = texts.length;
  const nearest = Array.from({ length: n }, (_, a) =>
    Array.from({ length: n }, (_, b) => ({ b, score: a === b ? -1 : cosine(matrix, a, b) }))
      .filter(({ score }) => score >= threshold && score > 0)
      .sort((x, y) => y.score - x.score || x.b - y.b)
      .slice(0, k)
      .map(({ b }) => b),
  );
  const pairs = new Set<string>();
  for (let a = 0; a < n; a++) {
    for (const b of nearest[a]) {
      const both = nearest[b].includes(a);
      if (mode === 'union' || both) pairs.add(`${Math.min(a, b)}-${Math.max(a, b)}`);
    }
  }
  return [...pairs].sort();
}

const seedPage = readFileSync(new URL('../../../data/seeds/000_9841f08e9fbae111.txt', import.meta.url), 'utf8');

describe('text similarity', () => {
  const seedTexts = parseListing(seedPage, 'seed.txt').entries.map(({ title, abstract }) => ({ title, abstract }));

  it('stems content words and drops stopwords, filler and numbers', () => {
    expect(contentStems('We propose a graph-based method for 3 robots, using graphs.')).toEqual([
      'graph',
      'method',
      'robot',
      'graph',
    ]);
  });

  it('counts and splits words as /[\\p{L}\\p{N}]+/u does, astral letters and lone surrogates included', () => {
    const text = 'Graph-based 𝑥-means on R² (ΣΑΣ.Β) naïve\uD800cafés 日本語 x\u0301y 42';
    expect(countWords(text)).toBe([...text.matchAll(/[\p{L}\p{N}]+/gu)].length);
    expect(countWords('')).toBe(0);
    expect(countWords(' … ')).toBe(0);
  });

  it('lower-casing keeps every code point’s length and word class, except İ, which only lengthens', () => {
    // similarPairsOfTexts counts an abstract's words in its lower-cased text whenever that is as long as the text.
    const wordChar = /^[\p{L}\p{N}]+$/u;
    const lengthened: number[] = [];
    const otherwise: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      const char = codePoint >= 0xd800 && codePoint <= 0xdfff ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
      const lower = char.toLowerCase();
      if (lower === char) continue;
      if (lower.length > char.length) lengthened.push(codePoint);
      else if (lower.length < char.length || wordChar.test(char) !== wordChar.test(lower)) otherwise.push(codePoint.toString(16));
    }
    expect(lengthened).toEqual([0x130]);
    expect(otherwise).toEqual([]);
    // Σ lower-cases by its context (final ς or σ), a letter either way.
    expect(wordChar.test('ΑΣ ΑΣ.Α'.toLowerCase().replace(/[ .]/g, ''))).toBe(true);
  });

  it('counts each abstract’s words as countWords does, where lower-casing splits words too', () => {
    const texts = [
      { title: 'İstanbul graphs', abstract: 'İstanbul xİy graphs of İ and ΣΑΣ.Β naïve 𝑥-means' },
      { title: 'Graphs', abstract: 'Graphs of cities: 日本語 x\u0301y 42 \uD800 R²' },
      { title: '', abstract: '' },
      { title: 'İ', abstract: 'İİİ' },
    ];
    expect(Array.from(similarPairsOfTexts(texts).abstractWords)).toEqual(texts.map(({ abstract }) => countWords(abstract)));
    expect(countWords('xİy')).toBe(1);
    expect(countWords('xİy'.toLowerCase())).toBe(2);
  });

  it('finds the same words as contentStems where ASCII and other characters meet', () => {
    const text = 'naïve cafés x—y αβγ-δ ab𝑥cd Ünïcode’s graph\uD800based 日本語 e\u0301t ÅNGSTRÖM İstanbul Straße test42 a1';
    // Three documents so that every term of the first two has a positive weight and none is dropped.
    const matrix = buildTfIdf([{ title: '', abstract: text }, { title: text, abstract: '' }, { title: 'zzz', abstract: 'qqq' }]);
    const distinct = new Set(contentStems(text)).size;
    expect(distinct).toBeGreaterThan(10);
    expect(matrix.start[1] - matrix.start[0]).toBe(distinct);
    expect(matrix.start[2] - matrix.start[1]).toBe(distinct);
    expect(matrix.vocabularySize).toBe(distinct + 2);
  });

  it('rows are unit vectors and a term in only one document is dropped', () => {
    const matrix = buildTfIdf([
      { title: 'Robot grasping', abstract: 'A robot learns grasping of objects.' },
      { title: 'Robot navigation', abstract: 'A robot learns navigation in rooms.' },
      { title: 'Protein folding', abstract: 'Folding of proteins.' },
    ]);
    for (let doc = 0; doc < 3; doc++) {
      let norm = 0;
      for (let i = matrix.start[doc]; i < matrix.start[doc + 1]; i++) norm += matrix.weights[i] ** 2;
      if (matrix.start[doc + 1] > matrix.start[doc]) expect(norm).toBeCloseTo(1, 5);
    }
    // "grasping", "navigation" and "rooms" each occur in one document only: no weight can link through them.
    expect(matrix.start[1] - matrix.start[0]).toBe(2); // robot, learn
  });

  it('the pruned search finds exactly the pairs brute force finds, on real seed abstracts', () => {
    expect(seedTexts.length).toBeGreaterThan(30);
    for (const [k, threshold, mode] of [
      [10, 0.1, 'union'],
      [3, 0.05, 'mutual'],
      [5, 0.2, 'union'],
    ] as const) {
      const { pairs } = findNearestNeighbours(buildTfIdf(seedTexts), { neighbours: k, minSimilarity: threshold, mode });
      expect(pairList(pairs).map(({ a, b }) => `${a}-${b}`).sort()).toEqual(bruteForcePairs(seedTexts, k, threshold, mode));
    }
  });

  it('with its work bounds binding, still returns true cosines and at most k neighbours per paper', () => {
    const matrix = buildTfIdf(seedTexts);
    const { pairs } = findNearestNeighbours(matrix, {
      neighbours: 3, minSimilarity: 0.05, mode: 'mutual', maxPostingsPerTerm: 2, maxCandidates: 4,
    });
    expect(pairs.a.length).toBeGreaterThan(0);
    const degree = new Map<number, number>();
    for (const { a, b, weight } of pairList(pairs)) {
      expect(weight).toBeCloseTo(cosine(matrix, a, b), 4);
      degree.set(a, (degree.get(a) ?? 0) + 1);
      degree.set(b, (degree.get(b) ?? 0) + 1);
    }
    expect(Math.max(...degree.values())).toBeLessThanOrEqual(3);
  });

  it('is deterministic and weights are cosines rounded to 4 decimals', () => {
    const first = findNearestNeighbours(buildTfIdf(seedTexts), { neighbours: 10, minSimilarity: 0.1, mode: 'union' });
    const second = findNearestNeighbours(buildTfIdf(seedTexts), { neighbours: 10, minSimilarity: 0.1, mode: 'union' });
    expect(second.pairs).toEqual(first.pairs);
    const list = pairList(first.pairs);
    // Sorted by (a, b), each pair once.
    for (let i = 1; i < list.length; i++) expect(list[i - 1].a < list[i].a || (list[i - 1].a === list[i].a && list[i - 1].b < list[i].b)).toBe(true);
    for (const { a, b, weight } of list) {
      expect(a).toBeLessThan(b);
      expect(weight).toBeGreaterThanOrEqual(0.1);
      expect(weight).toBeLessThanOrEqual(1);
      expect(Math.round(weight * 1e4) / 1e4).toBe(weight);
    }
  });

  it('links papers on one topic and explains why the others stay isolated', () => {
    const graph = createPaperGraph({ sources: [] });
    const papers = [
      ['Robot grasping with tactile sensors', 'We study robot grasping of deformable objects with tactile sensors and a learned grasp policy on a real robot arm.'],
      ['Tactile sensing for robot manipulation', 'Tactile sensors give a robot arm contact feedback; our grasp policy uses it to manipulate deformable objects.'],
      ['A note on prime gaps', 'We bound gaps between consecutive primes using sieve methods and analytic number theory estimates over short intervals, and we compare the bounds with numerical tables of known prime gaps.'],
      ['Feline acoustics', 'Cats purr loudly.'],
      ['No text at all', ''],
    ];
    for (const [title, abstract] of papers) {
      graph.addNode(paperKey(title), {
        kind: 'paper', label: title, title, abstract, authorsCount: null, date: null, year: null,
        organisation: null, upvotes: null, sources: [], keyphrases: [],
      });
    }
    const layer = linkSimilarPapers(graph);
    expect(graph.hasEdge(paperKey(papers[0][0]), paperKey(papers[1][0]))).toBe(true);
    expect(graph.getEdgeAttributes(paperKey(papers[0][0]), paperKey(papers[1][0])).kind).toBe('similar');
    const reasons = Object.fromEntries(explainIsolatedPapers(graph, layer).map(({ key, reason }) => [key, reason]));
    expect(reasons[paperKey('No text at all')]).toBe('no abstract');
    expect(reasons[paperKey('Feline acoustics')]).toMatch(/^abstract shorter than 20 words \(3\)$/);
    expect(reasons[paperKey('A note on prime gaps')]).toMatch(/^no neighbour above similarity 0\.\d+ \(best 0(\.\d+)?\)$/);
    expect(reasons[paperKey(papers[0][0])]).toBeUndefined();
  });

  it('uses pairs computed elsewhere only when they were computed for the same papers in the same order', () => {
    const build = () => {
      const graph = createPaperGraph({ sources: [] });
      for (const [title, abstract] of [
        ['Robot grasping with tactile sensors', 'Robot grasping of deformable objects with tactile sensors and a learned grasp policy.'],
        ['Tactile sensing for robot manipulation', 'Tactile sensors give a robot arm contact feedback for its grasp policy on deformable objects.'],
        ['Prime gaps', 'Bounds on gaps between consecutive primes from sieve methods.'],
      ]) {
        graph.addNode(paperKey(title), {
          kind: 'paper', label: title, title, abstract, authorsCount: null, date: null, year: null,
          organisation: null, upvotes: null, sources: [], keyphrases: [],
        });
      }
      return graph;
    };
    const plain = build();
    linkSimilarPapers(plain);
    const edges = plain.edges();
    expect(edges.length).toBeGreaterThan(0);
    const keys = build().nodes();
    const computed = similarPairsOfTexts(keys.map((key) => similarityTextOf(plain.getNodeAttributes(key))));
    // Same papers, same order: the pairs are used as given.
    const reused = build();
    linkSimilarPapers(reused, {}, { ...computed, keys });
    expect(reused.edges()).toEqual(edges);
    // Pairs for another order of the papers would link the wrong ones: they are ignored and the layer recomputed.
    const reordered = build();
    linkSimilarPapers(reordered, {}, { ...computed, pairs: { a: Int32Array.of(0), b: Int32Array.of(2), weight: Float64Array.of(0.9) }, keys: [...keys].reverse() });
    expect(reordered.edges()).toEqual(edges);
  });
});
