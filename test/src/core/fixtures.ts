// Small hand-made graphs for the core tests, built through the shared model's helpers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPaperGraph, edgeKey, nodeKey, parseGraph, type PaperGraph } from '../../../src/shared';

export function paper(graph: PaperGraph, id: string, date: string | null, extra: Record<string, unknown> = {}): string {
  const key = nodeKey('paper', id);
  graph.addNode(key, {
    kind: 'paper', label: `Paper ${id}`, title: `Paper ${id}`, abstract: `Abstract of ${id}.`, authorsCount: 2,
    date, year: date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null, organisation: null, upvotes: 0,
    sources: ['x.txt'], keyphrases: [], ...extra,
  });
  return key;
}

export function term(graph: PaperGraph, kind: 'concept' | 'method' | 'domain', label: string, papers: string[]): string {
  const key = nodeKey(kind, label.replace(/ /g, '-'));
  graph.addNode(key, { kind, label, aliases: [], acronym: null, origin: 'known', description: '', paperCount: papers.length } as never);
  const edgeKind = kind === 'concept' ? 'has-concept' : kind === 'method' ? 'uses-method' : 'in-domain';
  for (const p of papers) graph.addEdgeWithKey(edgeKey(edgeKind, p, key), p, key, { kind: edgeKind, weight: 1 });
  return key;
}

/** Four papers: a and b share a rare concept; a, b, c share a common one; d is alone. */
export function makeSmallGraph() {
  const graph = createPaperGraph();
  const a = paper(graph, 'a', '2024-03-01', { upvotes: 10 });
  const b = paper(graph, 'b', '2024-06-15', { upvotes: 30 });
  const c = paper(graph, 'c', '2025-01-20', { upvotes: 20 });
  const d = paper(graph, 'd', null);
  const rare = term(graph, 'concept', 'mixture of experts', [a, b]);
  const common = term(graph, 'concept', 'large language model', [a, b, c]);
  const lora = term(graph, 'method', 'LoRA', [a, c]);
  const nlp = term(graph, 'domain', 'natural language processing', [a, b, c]);
  return { graph, a, b, c, d, rare, common, lora, nlp };
}

export function loadSampleGraph(): PaperGraph {
  return parseGraph(readFileSync(resolve(import.meta.dirname, '../../fixtures/graphs/sample.json'), 'utf8'));
}
