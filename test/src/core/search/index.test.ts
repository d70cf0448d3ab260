// The search box finds papers by title words, terms by name or alias, and puts the exact title first.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchNodes, toSearchEntries } from '../../../../src/core/search';
import { loadSampleGraph, makeSmallGraph } from '../fixtures';

describe('search', () => {
  const graph = loadSampleGraph();
  const index = buildSearchIndex(toSearchEntries(graph));

  it('finds a seed paper by its full title, first', () => {
    const title = 'Innovator: Scientific Continued Pretraining with Fine-grained MoE Upcycling';
    const [first] = searchNodes(index, title);
    expect(first.label).toBe(title);
    expect(first.kind).toBe('paper');
  });

  it('autocompletes a half-typed word across kinds', () => {
    const results = searchNodes(index, 'reinforc');
    expect(results.length).toBeGreaterThan(1);
    expect(results.some((r) => r.kind === 'concept' && r.label === 'reinforcement learning')).toBe(true);
    expect(results.every((r) => r.label.toLowerCase().includes('reinforc'))).toBe(true);
  });

  it('tolerates a typo and matches aliases', () => {
    expect(searchNodes(index, 'Glidr').some((r) => r.label.startsWith('Glider'))).toBe(true);
    const { graph: small, rare } = makeSmallGraph();
    small.setNodeAttribute(rare, 'aliases' as never, ['MoE'] as never);
    const smallIndex = buildSearchIndex(toSearchEntries(small));
    expect(searchNodes(smallIndex, 'moe')[0].key).toBe(rare);
  });

  it('returns nothing for an empty query', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
  });
});
