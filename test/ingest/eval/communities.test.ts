import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  appendResult,
  evaluateCommunities,
  resultRow,
  scorePaperPartition,
  type CommunityEvaluation,
} from '../../../ingest/eval/communities';
import { normalisedMutualInformation, primaryArxivCategory, purity } from '../../../ingest/eval/partitions';
import { describeShared, itShared, sharedPath } from '../../sharedData';

const LABELLED = 'samples/labelled/arxiv_api_cs_week_2025-10_1167.json';

describe('normalisedMutualInformation', () => {
  it('is 1 for the same partition under other names and 0 for independent ones', () => {
    expect(normalisedMutualInformation([0, 0, 1, 1], ['a', 'a', 'b', 'b'])).toBeCloseTo(1, 12);
    expect(normalisedMutualInformation([0, 0, 1, 1], ['a', 'b', 'a', 'b'])).toBeCloseTo(0, 12);
    expect(normalisedMutualInformation([0, 0, 0, 0], ['a', 'a', 'b', 'b'])).toBe(0);
  });

  it('matches a hand-computed value (arithmetic-mean normalisation, as scikit-learn)', () => {
    // found {0,0,1,1}, truth {a,a,a,b}: H(found) = ln 2, H(truth) = -(3/4 ln 3/4 + 1/4 ln 1/4),
    // I = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2.
    const hFound = Math.log(2);
    const hTruth = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    const mutual = 0.5 * Math.log(4 / 3) + 0.25 * Math.log(2 / 3) + 0.25 * Math.log(2);
    const expected = mutual / ((hFound + hTruth) / 2);
    expect(expected).toBeCloseTo(0.343711, 6);
    expect(normalisedMutualInformation([0, 0, 1, 1], ['a', 'a', 'a', 'b'])).toBeCloseTo(expected, 12);
  });

  it('keeps the number 1 and the string "1" apart', () => {
    expect(normalisedMutualInformation([1, '1'], ['x', 'y'])).toBeCloseTo(1, 12);
  });
});

describe('purity', () => {
  it('counts each group’s majority label', () => {
    expect(purity([0, 0, 1, 1], ['a', 'a', 'a', 'b'])).toBe(3 / 4);
    expect(purity([0, 1, 2, 3], ['a', 'a', 'b', 'b'])).toBe(1);
    expect(purity([0, 0, 0, 0, 0], ['a', 'a', 'b', 'b', 'c'])).toBe(2 / 5);
  });
});

describe('primaryArxivCategory', () => {
  it('keeps arXiv ids and skips MSC and ACM class strings', () => {
    expect(primaryArxivCategory(['cs.CL', 'cs.AI'])).toBe('cs.CL');
    expect(primaryArxivCategory(['68T50', 'I.2.7', 'F.2.2, I.2.7', 'quant-ph'])).toBe('quant-ph');
    expect(primaryArxivCategory(['physics.med-ph'])).toBe('physics.med-ph');
    expect(primaryArxivCategory(['cond-mat.stat-mech'])).toBe('cond-mat.stat-mech');
    expect(primaryArxivCategory(['math'])).toBe('math');
    expect(primaryArxivCategory(['68T07', 'I.2.6&#10;'])).toBeNull();
  });

  itShared(sharedPath(LABELLED), 'gives the 68 primary categories the samples README counts', () => {
    const records = JSON.parse(readFileSync(sharedPath(LABELLED), 'utf8')) as { categories: string[] }[];
    const primaries = records.map((record) => primaryArxivCategory(record.categories));
    expect(primaries.every((label) => label !== null)).toBe(true);
    expect(new Set(primaries).size).toBe(68);
    expect(primaries.filter((label) => label === 'cs.CV')).toHaveLength(138);
  });
});

describe('scorePaperPartition', () => {
  it('puts every paper without an edge in one group', () => {
    const graph = new Graph({ type: 'undirected' });
    for (const node of ['a', 'b', 'c', 'd']) graph.addNode(node);
    graph.addEdge('a', 'b');
    const labels = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ]);
    // c and d are isolated: scored as one group even though the clustering gave them different ids.
    const score = scorePaperPartition(graph, labels, (node) => ({ a: 0, b: 0, c: 1, d: 2 })[node]!);
    expect(score).toEqual({ nmi: 1, purity: 1, groups: 2, isolated: 2, isolatedShare: 0.5 });
  });
});

describe('appendResult', () => {
  const evaluation: CommunityEvaluation = {
    file: '/x/labelled.json',
    papers: 10,
    labelled: 8,
    labels: 3,
    algorithm: 'leiden',
    resolution: 1,
    tool: { nmi: 0.5, purity: 0.6, groups: 4, isolated: 1, isolatedShare: 0.125, modularity: 0.4, quality: 0.4 },
    baseline: [
      { resolution: 1, score: { nmi: 0.3, purity: 0.4, groups: 3, isolated: 0, isolatedShare: 0 } },
      { resolution: 2, score: { nmi: 0.35, purity: 0.45, groups: 5, isolated: 0, isolatedShare: 0 } },
    ],
    ingestSeconds: 2,
  };

  it('widens the keyphrase evaluation’s header and keeps its rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'results.tsv');
    const keyphraseRow = '2026-11-25T15:32:47.052Z\t548713d\tinspec-dev.jsonl\t500\t31.67\t38.12\t612';
    writeFileSync(file, `date\tcommit\tgold\tdocuments\tmacro_f1_at_5\tmacro_f1_at_10\tpapers_per_s\n${keyphraseRow}\n`);
    appendResult(file, resultRow(evaluation, '2026-12-02T00:00:00.000Z', 'abc1234'));
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const header = lines[0].split('\t');
    expect(header.slice(0, 7)).toEqual(['date', 'commit', 'gold', 'documents', 'macro_f1_at_5', 'macro_f1_at_10', 'papers_per_s']);
    expect(lines[1]).toBe(keyphraseRow);
    const row = Object.fromEntries(lines[2].split('\t').map((value, i) => [header[i], value]));
    expect(row).toMatchObject({
      gold: 'labelled.json',
      documents: '8',
      eval: 'communities',
      nmi: '0.5000',
      purity: '0.6000',
      isolated_pct: '12.50',
      baseline_nmi_r1: '0.3000',
      baseline_nmi_r2: '0.3500',
      macro_f1_at_5: '',
    });
  });

  it('refuses a file with some other header', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const file = join(dir, 'other.tsv');
    writeFileSync(file, 'a\tb\n1\t2\n');
    expect(() => appendResult(file, 'x')).toThrow(/header/);
  });
});

describeShared(sharedPath(LABELLED), 'communities on the labelled arXiv set (categories hidden)', () => {
  it('agree with the arXiv categories better than the plain baseline at the same resolution, with no paper isolated', async () => {
    const evaluation = await evaluateCommunities(sharedPath(LABELLED));
    const baseline = evaluation.baseline.find((b) => b.resolution === evaluation.resolution)!.score;
    // The target (+0.05). Measured 2026-12-02 (seed 42, resolution 1): 0.435 against 0.381; with plain TF-IDF
    // cosine instead of latent vectors the tool gave 0.403.
    expect(evaluation.tool.nmi - baseline.nmi).toBeGreaterThanOrEqual(0.05);
    expect(evaluation.tool.isolatedShare).toBeLessThanOrEqual(0.02);
  }, 120_000);
});
