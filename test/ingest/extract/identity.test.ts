// One idea, one node: merging ideas that answer to the same name (mergeSameIdeas).
import { describe, expect, it } from 'vitest';
import { mergeSameIdeas } from '../../../ingest/extract/identity';
import type { ConceptInfo, DomainInfo, MethodInfo, PaperConcepts } from '../../../ingest/types';

describe('mergeSameIdeas', () => {
  it('folds a concept into the known method of the same name: its papers get the method, the method a new list of names', () => {
    const concepts = new Map<string, ConceptInfo>([
      ['concept:graph neural network', { key: 'concept:graph neural network', label: 'graph neural networks', aliases: ['GNN'], acronym: 'GNN' }],
    ]);
    const knownAliases = ['GNNs'];
    const methods = new Map<string, MethodInfo>([
      ['method:gnn', { key: 'method:gnn', label: 'Graph Neural Network', aliases: knownAliases, origin: 'known', introducedBy: null }],
    ]);
    const domains = new Map<string, DomainInfo>();
    const papers: PaperConcepts[] = [
      { paperKey: 'a', keyphrases: [{ key: 'concept:graph neural network', label: 'graph neural networks', score: 1 }], methods: [], domains: [], mentions: [] },
      { paperKey: 'b', keyphrases: [], methods: [{ key: 'method:gnn', weight: 2 }], domains: [], mentions: [] },
    ];
    mergeSameIdeas(concepts, methods, domains, papers);
    expect(concepts.has('concept:graph neural network')).toBe(false);
    expect(papers[0].methods.map((m) => m.key)).toEqual(['method:gnn']);
    const method = methods.get('method:gnn')!;
    expect(method.aliases).toEqual(expect.arrayContaining(['GNNs', 'GNN', 'graph neural networks']));
    // finishExtraction rechecks a known method's links when its names grew: it sees that by a list other than the one
    // the run started with, so the merge must never grow the old list in place.
    expect(method.aliases).not.toBe(knownAliases);
    expect(knownAliases).toEqual(['GNNs']);
  });
});
