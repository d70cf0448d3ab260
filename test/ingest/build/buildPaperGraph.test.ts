// Graph building from papers + extraction results: kinds, weights, paper counts, and no orphan concept nodes.
import { emptyBibFields } from '../../../src/shared/record';
import { describe, expect, it } from 'vitest';
import { buildPaperGraph } from '../../../ingest/build/buildPaperGraph';
import type { ExtractionResult, Paper } from '../../../ingest/types';
import { parseGraph, serializeGraph } from '../../../src/shared';

const paper = (key: string, title: string): Paper => ({
  ...emptyBibFields(),
  provenance: {},
  key,
  title,
  abstract: `${title} abstract.`,
  authorsCount: 3,
  date: '2024-10-09',
  year: 2024,
  organisation: null,
  upvotes: 5,
  sources: ['a.txt'],
});

const papers = [paper('paper:glider', 'Glider: Expert Router'), paper('paper:moe-routing', 'MoE Routing'), paper('paper:other', 'Other')];

const extraction: ExtractionResult = {
  papers: [
    {
      paperKey: 'paper:glider',
      keyphrases: [
        { key: 'concept:mixtur expert', label: 'mixture of experts (MoE)', score: 2 },
        { key: 'concept:router', label: 'router', score: 1 },
      ],
      methods: [],
      domains: [{ key: 'domain:language-models', weight: 0.8, evidence: 'text: language model, LLM' }],
      mentions: [],
    },
    {
      paperKey: 'paper:moe-routing',
      keyphrases: [{ key: 'concept:mixtur expert', label: 'mixture of experts (MoE)', score: 4 }],
      methods: [
        { key: 'method:glider', weight: 1 },
        { key: 'method:lora', weight: 2 },
      ],
      domains: [{ key: 'domain:language-models', weight: 0.5, evidence: 'arXiv category cs.CL' }],
      mentions: [{ paperKey: 'paper:glider', method: 'Glider' }],
    },
    { paperKey: 'paper:other', keyphrases: [], methods: [], domains: [], mentions: [], introducedMethods: ['Solo'] },
  ],
  concepts: new Map([
    ['concept:mixtur expert', { key: 'concept:mixtur expert', label: 'mixture of experts (MoE)', aliases: ['MoE'], acronym: 'MoE' }],
    ['concept:unused', { key: 'concept:unused', label: 'unused', aliases: [], acronym: null }],
  ]),
  methods: new Map([
    ['method:glider', { key: 'method:glider', label: 'Glider', aliases: [], origin: 'introduced' as const, introducedBy: 'paper:glider' }],
    ['method:lora', { key: 'method:lora', label: 'LoRA', aliases: ['low-rank adaptation'], origin: 'known' as const, introducedBy: null }],
  ]),
  domains: new Map([['domain:language-models', { key: 'domain:language-models', label: 'Language models', description: 'LLMs' }]]),
  broader: [
    { narrower: 'method:glider', broader: 'concept:mixtur expert' },
    { narrower: 'concept:unused', broader: 'concept:mixtur expert' },
  ],
};

describe('buildPaperGraph', () => {
  const graph = buildPaperGraph(papers, extraction, ['b.txt', 'a.txt']);

  it('adds one node per paper with its metadata and keyphrases', () => {
    expect(graph.getNodeAttributes('paper:glider')).toMatchObject({
      kind: 'paper',
      label: 'Glider: Expert Router',
      authorsCount: 3,
      date: '2024-10-09',
      keyphrases: ['mixture of experts (MoE)', 'router'],
    });
    expect(graph.getAttribute('sources')).toEqual(['a.txt', 'b.txt']);
  });

  it('links papers to shared concepts only, weighted relative to the best keyphrase', () => {
    expect(graph.hasNode('concept:router')).toBe(false);
    expect(graph.getEdgeAttributes('paper:glider', 'concept:mixtur expert')).toMatchObject({ kind: 'has-concept', weight: 1 });
    expect(graph.getNodeAttributes('concept:mixtur expert')).toMatchObject({ paperCount: 2 });
  });

  it('drops concept nodes no paper links to', () => {
    expect(graph.hasNode('concept:unused')).toBe(false);
  });

  it('keeps introduces over uses-method and adds mentions between papers', () => {
    expect(graph.getEdgeAttributes('paper:glider', 'method:glider').kind).toBe('introduces');
    expect(graph.getEdgeAttributes('paper:moe-routing', 'method:glider').kind).toBe('uses-method');
    expect(graph.getEdgeAttributes('paper:moe-routing', 'paper:glider')).toMatchObject({
      kind: 'mentions',
      citing: 'paper:moe-routing',
    });
    expect(graph.getEdgeAttributes('paper:moe-routing', 'domain:language-models').weight).toBe(0.5);
  });

  it('says why a paper is in a domain, and keeps a single-paper method on its paper', () => {
    expect(graph.getEdgeAttributes('paper:moe-routing', 'domain:language-models').evidence).toBe('arXiv category cs.CL');
    expect(graph.getEdgeAttributes('paper:glider', 'domain:language-models').evidence).toBe('text: language model, LLM');
    expect(graph.getNodeAttribute('paper:other', 'introducedMethods' as never)).toEqual(['Solo']);
    expect(graph.getNodeAttributes('paper:glider')).not.toHaveProperty('introducedMethods');
  });

  it('links a narrower idea to its broader one, naming the narrower end', () => {
    expect(graph.getEdgeAttributes('method:glider', 'concept:mixtur expert')).toEqual({
      kind: 'broader',
      weight: 1,
      narrower: 'method:glider',
    });
    // Broader links never keep an idea no paper has.
    expect(graph.hasNode('concept:unused')).toBe(false);
  });

  it('round-trips through the graph file format', () => {
    const copy = parseGraph(serializeGraph(graph));
    expect(copy.order).toBe(graph.order);
    expect(copy.size).toBe(graph.size);
    expect(serializeGraph(copy)).toBe(serializeGraph(graph));
  });
});
