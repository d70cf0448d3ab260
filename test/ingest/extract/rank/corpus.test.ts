// Corpus analysis of other fields' abstracts (sentences quoted from ../shared/samples/biblio): statistics an abstract
// reports with numbers are no candidate; the same acronym for a topic elsewhere still is; labels keep names' capitals;
// pass 2 in slices (to report progress) gives what one pass gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCorpus, labelOf } from '../../../../ingest/extract/rank';
import { stemPhrase } from '../../../../ingest/extract/text';
import { describeShared, sharedPath } from '../../../sharedData';

const LABELLED = sharedPath('samples/labelled/arxiv_api_cs_week_2025-10_1167.json');

/** Asreview sample, "Clinical Trials Targeting the Stroma in Pancreatic Cancer" (from the abstract). */
const STROMA = {
  id: 'stroma',
  title: 'Clinical Trials Targeting the Stroma in Pancreatic Cancer: A Systematic Review and Meta-Analysis',
  abstract:
    'Anti-VEGF therapies did not show an increase in median overall survival (OS) with combined hazard ratios (HRs) of ' +
    '1.01 (95% confidence interval (CI) 0.90–1.13). Treatment with hyaluronidase PEGPH20 showed promising results: an ' +
    'increase in median progression free survival (PFS) of 2.9 months, as well as a HR of 0.51 (95% CI 0.26–1.00).',
};

/** PubMed sample, "Expression and prognostic impact of lncRNAs in acute myeloid leukemia". */
const LNCRNA = {
  id: 'lncrna',
  title: 'Expression and prognostic impact of lncRNAs in acute myeloid leukemia',
  abstract:
    'Patients with an unfavorable compared with favorable lncRNA score had a lower complete response (CR) rate ' +
    '[P < 0.001, odds ratio = 0.14, 54% vs. 89%], shorter disease-free survival (DFS) [P < 0.001, hazard ratio (HR) = ' +
    '2.88] and overall survival (OS) (P < 0.001, HR = 2.95).',
};

/** Scopus sample, "Fuzzy cognitive maps as decision support tools for investigating critical agile adoption factors". */
const FCM = {
  id: 'fcm',
  title: 'Fuzzy cognitive maps as decision support tools for investigating critical agile adoption factors',
  abstract:
    'This paper describes how Fuzzy Cognitive Maps (FCM) can be used as Computational Intelligence (CI) tools for ' +
    'Decision Support (DS) in reducing the risks of the implications in this adaptation or transformation process. ' +
    'CI tools suit this task.',
};

function isCandidate(analysis: ReturnType<typeof analyseCorpus>, phrase: string): boolean {
  const id = analysis.phraseIds.get(stemPhrase(phrase));
  return id !== undefined && analysis.phraseDf[id] > 0;
}

describe('reported statistics', () => {
  const analysis = analyseCorpus([STROMA, LNCRNA, FCM]);

  it('an acronym written mostly before its value is no candidate ("HR of 0.51", "HR = 2.95", "95% CI 0.26–1.00")', () => {
    expect(isCandidate(analysis, 'hazard ratio')).toBe(false);
    expect(isCandidate(analysis, 'confidence interval')).toBe(false);
  });

  it('keeps the endpoints and topics the same abstracts name', () => {
    expect(isCandidate(analysis, 'overall survival')).toBe(true);
    expect(isCandidate(analysis, 'disease-free survival')).toBe(true);
    expect(isCandidate(analysis, 'fuzzy cognitive maps')).toBe(true);
  });

  it('an acronym with another meaning in another paper keeps that meaning ("Computational Intelligence (CI)")', () => {
    expect(isCandidate(analysis, 'computational intelligence')).toBe(true);
  });
});

describe('labels keep the capitals of names (shownForm)', () => {
  const label = (analysis: ReturnType<typeof analyseCorpus>, phrase: string) => labelOf(analysis, stemPhrase(phrase), new Map());

  it('a word the corpus capitalises inside sentences is a name; the words around it are not', () => {
    // Sentences from the labelled arXiv sample (rainfall occurrence; an optimiser's update step; quantum Markov chains).
    const analysis = analyseCorpus([
      { id: 'rain', title: 'Daily rainfall occurrence', abstract: 'Our analysis reveals that daily rainfall occurrence is well described by low-order Markov chains, exhibiting regional and seasonal variations.' },
      { id: 'update', title: 'Update steps', abstract: 'The update step during the optimization forms a Markov chain where the new update depends only on the current state.' },
      { id: 'dobrushin', title: 'A Dobrushin condition for quantum Markov chains: Rapid mixing and conditional mutual information', abstract: 'We study quantum Markov chains at high temperature.' },
      { id: 'dobrushin2', title: 'Mixing of quantum Markov chains', abstract: 'Rapid mixing of quantum Markov chains follows from a condition on their local structure.' },
    ]);
    expect(label(analysis, 'quantum markov chains')).toBe('quantum Markov chains');
  });

  it('a capital that only opens a sentence or a title-case title says nothing', () => {
    const analysis = analyseCorpus([
      { id: 'a', title: 'Graph Neural Networks for Molecular Property Prediction', abstract: 'Graph neural networks learn from molecules. We train graph neural networks on molecular graphs.' },
      { id: 'b', title: 'Scaling Graph Neural Networks', abstract: 'Graph neural networks are hard to scale. Our graph neural networks scale to large graphs.' },
    ]);
    expect(label(analysis, 'graph neural networks')).toBe('graph neural networks');
  });

  it('a phrase written with every word capitalised inside sentences is a name, as written', () => {
    // Sentences from the biblio samples (decolonial psychology, degrowth): "Global South" while "global" is a plain word.
    const analysis = analyseCorpus([
      { id: 'road', title: 'Co-constructing decolonial community psychologies', abstract: 'We write from the Global South about global challenges. Communities of the Global South resist.' },
      { id: 'degrowth', title: 'Degrowth movements', abstract: 'Degrowth movements in the Global South face global markets and global finance.' },
    ]);
    expect(label(analysis, 'global south')).toBe('Global South');
  });

  it('a word of names that is also written as a plain word stays in lower case', () => {
    const analysis = analyseCorpus([
      { id: 'mcp', title: 'Tool use by agents', abstract: 'Agents call tools through the Model Context Protocol. The Model Context Protocol defines a communication protocol.' },
      { id: 'net', title: 'A communication protocol for sensors', abstract: 'We design a communication protocol. The communication protocol saves energy.' },
    ]);
    expect(label(analysis, 'communication protocol')).toBe('communication protocol');
  });
});

describeShared(LABELLED, 'pass 2 collected in slices to report progress (the labelled arXiv week, 1,167 abstracts)', () => {
  const docs = (JSON.parse(readFileSync(LABELLED, 'utf8')) as { id: string; title: string; abstract: string }[]).map(({ id, title, abstract }) => ({ id, title, abstract }));

  it('gives the analysis one pass gives, reporting the documents collected in order up to the last', () => {
    const reports: number[] = [];
    const { context: _sliced, ...sliced } = analyseCorpus(docs, {}, undefined, undefined, undefined, (done) => reports.push(done));
    const { context: _whole, ...whole } = analyseCorpus(docs);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.every((done, k) => k === 0 || done > reports[k - 1])).toBe(true);
    expect(reports.at(-1)).toBe(docs.length);
    expect(sliced).toEqual(whole);
  }, 60_000);
});
