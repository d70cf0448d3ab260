// The keyphrase scorer against hand-computed cases: stemming, duplicates, the K cut, empty predictions; gold parsing.
import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePredictions, stemKeyphrase } from '../../../ingest/eval/score';
import { parseGoldFile } from '../../../ingest/eval/gold';

const gold = [['neural networks'], ['graph partitioning'], ['load balancing'], ['routing']];

describe('scorePredictions', () => {
  it('matches after lower-casing and Porter stemming', () => {
    expect(stemKeyphrase('Neural Network')).toBe(stemKeyphrase('neural networks'));
    // 2 of 3 correct: P = 2/3, R = 2/4, F1 = 2·(2/3)(1/2)/((2/3)+(1/2)) = 4/7.
    const s = scorePredictions(['Neural Network', 'graph partitions', 'mixture of experts'], gold, 10);
    expect(s).toMatchObject({ correct: 2, returned: 3, gold: 4 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(4 / 7);
  });

  it('drops predictions that repeat an earlier one after stemming, before the K cut', () => {
    // "routings" duplicates "routing", so the top 2 are routing and load balancing: P = 1, R = 1/2, F1 = 2/3.
    const s = scorePredictions(['routing', 'routings', 'load balancing', 'unrelated'], gold, 2);
    expect(s).toMatchObject({ correct: 2, returned: 2 });
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('cuts at K and divides precision by min(K, returned)', () => {
    const s = scorePredictions(['a', 'b', 'c', 'd', 'e', 'routing'], gold, 5);
    expect(s).toMatchObject({ correct: 0, returned: 5, f1: 0 });
    const short = scorePredictions(['routing'], gold, 5);
    expect(short.precision).toBe(1);
    expect(short.recall).toBe(0.25);
  });

  it('scores empty predictions as zero and counts a repeated gold keyphrase once', () => {
    expect(scorePredictions([], gold, 10)).toMatchObject({ precision: 0, recall: 0, f1: 0, returned: 0 });
    const s = scorePredictions(['routing'], [['routing'], ['Routings']], 10);
    expect(s).toMatchObject({ correct: 1, gold: 1, recall: 1 });
  });
});

describe('scoreCorpus', () => {
  it('macro-averages per-document scores and micro-averages summed counts', () => {
    const docs = [
      { predictions: ['routing'], variants: [['routing']] }, // P 1, R 1
      { predictions: ['x', 'y'], variants: [['routing'], ['load balancing']] }, // P 0, R 0
    ];
    const s = scoreCorpus(docs, 10);
    expect(s.macro).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    // Micro: 1 correct of 3 returned, of 3 gold.
    expect(s.micro.precision).toBeCloseTo(1 / 3);
    expect(s.micro.recall).toBeCloseTo(1 / 3);
  });
});

describe('parseGoldFile', () => {
  it('reads documents and names file and line of a malformed one', () => {
    const good = '{"id": "1", "title": "T", "abstract": "A", "keyphrases": ["k"], "variants": [["k"]]}';
    expect(parseGoldFile(`${good}\n\n`, 'g.jsonl')).toHaveLength(1);
    expect(() => parseGoldFile(`${good}\n{"id": 2`, 'g.jsonl')).toThrow(/^g\.jsonl:2: not a JSON object/);
    expect(() => parseGoldFile(`${good}\n{"id": "2", "title": "T", "abstract": "A"}`, 'g.jsonl')).toThrow(
      /g\.jsonl:2: "keyphrases" must be an array/,
    );
    expect(() => parseGoldFile(`${good}\n${good}`, 'g.jsonl')).toThrow(/g\.jsonl:2: id "1" appears twice/);
  });
});
