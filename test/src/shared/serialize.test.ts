// parseGraphInSteps, the sliced form of parseGraph the app runs a slice per task on big graphs: the same graph, notes
// and errors as parseGraph, whatever the slice size.
import { describe, expect, it } from 'vitest';
import { parseGraph, parseGraphInSteps, type ParseGraphStep, type PaperGraph } from '../../../src/shared';

/** Run the steps to the end, keeping what they said. */
function drain(input: unknown, sliceSize: number): { graph: PaperGraph; steps: ParseGraphStep[] } {
  const steps: ParseGraphStep[] = [];
  const run = parseGraphInSteps(input, sliceSize);
  for (;;) {
    const step = run.next();
    if (step.done) return { graph: step.value, steps };
    steps.push(step.value);
  }
}

/** The graph file as text, generated edge keys (a per-graph prefix) written the same for both graphs. */
const asText = (graph: PaperGraph) => JSON.stringify(graph.export()).replace(/geid_\d+_/g, 'geid_');

/** A file with some of everything parseGraph fixes: no labels, prototype keys, bad weights and coordinates, clusters. */
function quirkyFile(order: number): Record<string, unknown> {
  const nodes: unknown[] = [];
  for (let i = 0; i < order; i++) {
    const attributes: Record<string, unknown> = { kind: i % 3 ? 'paper' : 'concept', community: i % 5, x: i % 7 ? i : 'left', y: -i };
    if (i % 4) attributes.label = `Node ${i}`;
    nodes.push({ key: i === 3 ? 'constructor' : `n${i}`, attributes });
  }
  const edges: unknown[] = [];
  for (let i = 0; i < order; i++) {
    for (const step of [1, 2, 5]) {
      const j = (i + step) % order;
      const weight = i % 11 === 0 ? -1 : i % 13 === 0 ? 'heavy' : i % 2 ? 0.5 : undefined;
      const key = (i + step) % 3 === 0 ? undefined : `e${i}-${j}`;
      edges.push({ ...(key ? { key } : {}), source: i === 3 ? 'constructor' : `n${i}`, target: j === 3 ? 'constructor' : `n${j}`, attributes: weight === undefined ? { kind: 'cites' } : { kind: 'cites', weight } });
    }
  }
  return {
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    attributes: { schemaVersion: 1, communities: [{ id: 0, label: 'zero' }, { id: 'bad' }] },
    nodes,
    edges,
  };
}

describe('parseGraphInSteps', () => {
  it('builds the same graph, with the same notes, as parseGraph, in steps of the slice size', () => {
    const whole = parseGraph(structuredClone(quirkyFile(400)));
    for (const sliceSize of [1, 7, 100, 1000, Infinity]) {
      const { graph, steps } = drain(structuredClone(quirkyFile(400)), sliceSize);
      expect(asText(graph)).toBe(asText(whole));
      if (sliceSize === Infinity) expect(steps).toEqual([]);
      else for (const step of steps) expect(step.done).toBeLessThanOrEqual(step.total);
    }
    expect(whole.getAttribute('importNotes')!.join(' ')).toMatch(/"#" suffix.*not usable positions.*weight 1.*cluster entries/);
  });

  it('says how far it is: checking, then building, nodes then edges', () => {
    const { steps } = drain(quirkyFile(400), 100);
    const stages = [...new Set(steps.map((s) => `${s.stage} ${s.records}`))];
    expect(stages).toEqual(['checking nodes', 'checking edges', 'building nodes', 'building edges']);
    expect(steps.filter((s) => s.stage === 'building' && s.records === 'edges').at(-1)).toMatchObject({ done: 1200, total: 1200 });
  });

  it('rebuilds without the records graphology refuses, as parseGraph does', () => {
    const file = () => {
      const data = quirkyFile(60);
      (data.edges as unknown[]).splice(10, 0, { source: 'n1', target: 'missing' }, { source: 'n4', target: 'n5' }, { source: 'n6', target: 'n6' });
      return data;
    };
    const whole = parseGraph(file());
    const { graph } = drain(file(), 5);
    expect(asText(graph)).toBe(asText(whole));
    expect(graph.getAttribute('importNotes')!.join(' ')).toMatch(/1 edges without a source or target/);
  });

  it("throws parseGraph's messages, from the first step", () => {
    for (const bad of ['', '{"nodes": [', { nodes: 'none' }, { nodes: [], edges: 3 }, { nodes: [], attributes: { schemaVersion: 99 } }]) {
      let expected = '';
      try {
        parseGraph(bad);
      } catch (error) {
        expected = (error as Error).message;
      }
      expect(expected).not.toBe('');
      expect(() => parseGraphInSteps(bad, 2).next()).toThrow(expected);
    }
  });
});
