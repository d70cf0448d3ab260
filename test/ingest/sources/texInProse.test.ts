// TeX in titles and abstracts of formats that have no TeX of their own (tables and JSON built from the arXiv API,
// listing pages): decoded to Unicode text after reading, as the BibTeX reader decodes it; prose dollars kept.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { readText } from '../../../ingest/sources';
import { decodeTexInProse } from '../../../ingest/sources/latex';
import { describeShared, sharedPath } from '../../sharedData';

// Titles and abstract excerpts of the labelled arXiv week (26huasheng/arxiv-manager, data/papers.json @ 775e7df;
// arXiv ids in the comments), as the arXiv API writes them.
it('decodes the TeX arXiv authors write in titles and abstracts', () => {
  // 2510.11368
  expect(decodeTexInProse('An $O(n\\log n)$ Algorithm for Single-Item Capacitated Lot Sizing'))
    .toBe('An O(n log n) Algorithm for Single-Item Capacitated Lot Sizing');
  // 2510.11237, 2510.11144, 2510.10890, 2510.11015, 2510.05937
  expect(decodeTexInProse('Randomized flexible Krylov methods for $\\ell_p$ regularization')).toBe('Randomized flexible Krylov methods for ℓₚ regularization');
  expect(decodeTexInProse('$How^{2}$: How to learn from procedural How-to questions')).toBe('How²: How to learn from procedural How-to questions');
  expect(decodeTexInProse('LLM$\\times$MapReduce-V3: Enabling Interactive In-Depth Survey Generation')).toBe('LLM×MapReduce-V3: Enabling Interactive In-Depth Survey Generation');
  expect(decodeTexInProse('A new $1/(1-ρ)$-scaling bound for multiserver queues')).toBe('A new 1/(1-ρ)-scaling bound for multiserver queues');
  expect(decodeTexInProse('Improved Streaming Algorithm for Fair $k$-Center Clustering')).toBe('Improved Streaming Algorithm for Fair k-Center Clustering');
  // Text-mode commands, escaped signs, \(…\) math and MathJax's \unicode (abstracts of the same week).
  expect(decodeTexInProse('we propose \\emph{Boundary-Guided Policy Optimization} (BGPO)')).toBe('we propose Boundary-Guided Policy Optimization (BGPO)');
  expect(decodeTexInProse('we present \\textbf{SNAP} (\\textbf{S}egment a\\textbf{N}ything in \\textbf{A}ny \\textbf{P}oint cloud)'))
    .toBe('we present SNAP (Segment aNything in Any Point cloud)');
  expect(decodeTexInProse('methods by 5.2\\%-14.1\\%.')).toBe('methods by 5.2%-14.1%.');
  expect(decodeTexInProse('Our algorithm runs in \\(O(n\\log n)\\) time, where \\(n\\) denotes the number of periods'))
    .toBe('Our algorithm runs in O(n log n) time, where n denotes the number of periods');
  expect(decodeTexInProse('three structural regimes$\\unicode{x2013}$stable, increasing, and hybrid')).toBe('three structural regimes–stable, increasing, and hybrid');
  expect(decodeTexInProse('reach a pose target within ($\\pm$5 cm, $\\pm$45 degrees)')).toBe('reach a pose target within (±5 cm, ±45 degrees)');
  // A listing page's abstract (the seeds: anarchic federated learning) with an old-style font switch.
  expect(decodeTexInProse('retain the highly desirable {\\em linear speedup effect} with respect')).toBe('retain the highly desirable linear speedup effect with respect');
});

it('leaves prose dollars, backslashes that are no TeX and text without TeX exactly as written', () => {
  for (const text of [
    'a point advantage that costs $10,800 in annotation for 100-class', // 2510.*: dollars are money
    'at a cost of under $2. Previous works', 'from $5 to $10 per query, or $5/$10',
    'files under C:\\Users\\me and a literal \\n in a log', 'This work introduces \\HyperRout, which dynamically',
    '  Plain   title with  spaces  ',
  ]) expect(decodeTexInProse(text)).toBe(text);
});

it('decodes titles and abstracts of a JSON table read from the arXiv API, whatever reader read them', () => {
  const records = [{
    id: 'arxiv-2510.09334v1', arxivId: '2510.09334v1', categories: ['cs.DS'], authors: ['Author One'],
    title: 'Optimizing Administrative Divisions: A Vertex $k$-Center Approach for Edge-Weighted Road Graphs',
    abstract: 'Each voter\'s approval set lies in $\\mathbb R$; we cut costs by 50\\%.',
  }];
  const result = readText(JSON.stringify(records, null, 2), 'papers.json');
  expect(result.format).toBe('table');
  expect(result.entries.map((e) => [e.title, e.abstract])).toEqual([[
    'Optimizing Administrative Divisions: A Vertex k-Center Approach for Edge-Weighted Road Graphs',
    'Each voter\'s approval set lies in ℝ; we cut costs by 50%.',
  ]]);
});

const LABELLED = sharedPath('samples/labelled/arxiv_api_cs_week_2025-10_1167.json');
describeShared(LABELLED, 'the labelled arXiv week read as a table', () => {
  it('keeps no TeX math in its 14 TeX titles or 144 TeX abstracts, and leaves the rest as written', () => {
    const raw = JSON.parse(readFileSync(LABELLED, 'utf8')) as { title: string; abstract: string }[];
    const { entries } = readText(readFileSync(LABELLED, 'utf8'), LABELLED);
    expect(entries).toHaveLength(1167);
    const texTitles = raw.filter((r) => r.title.includes('$')).map((r) => r.title);
    expect(texTitles).toHaveLength(14);
    const titles = new Set(entries.map((e) => e.title));
    for (const title of texTitles) expect(titles.has(title)).toBe(false);
    expect(titles.has('MEC³O: Multi-Expert Consensus for Code Time Complexity Prediction')).toBe(true);
    expect(titles.has('On the distribution of A_α-eigenvalues in terms of graph invariants')).toBe(true);
    // Math holding a command is gone from every abstract; money stays ($10,800, under $2., over $2.3 billion: 3 abstracts, checked by hand).
    expect(entries.filter((e) => /\$[^$]*\\[a-zA-Z]/.test(e.abstract))).toEqual([]);
    expect(entries.filter((e) => /\$\d/.test(e.abstract))).toHaveLength(3);
    // Titles without TeX are the file's own strings.
    const plain = raw.filter((r) => !/[\\$]/.test(r.title)).map((r) => r.title);
    expect(plain.length).toBe(1152);
    // The one title with TeX but no math: an escaped ampersand.
    expect(titles.has('Web Crawler Restrictions, AI Training Datasets & Political Biases')).toBe(true);
    for (const title of plain) expect(titles.has(title.replace(/\s+/g, ' ').trim())).toBe(true);
  });
});
