import { describe, expect, it } from 'vitest';
import { prepareGraphJson } from '../../../../src/core/graph/prepareGraphJson';
import { parseGraph } from '../../../../src/shared';

const graphText = (nodes: unknown[]) => JSON.stringify({ attributes: {}, options: { type: 'mixed' }, nodes, edges: [] });

describe('prepareGraphJson (the parse both the main thread and the parse worker run on graphology JSON)', () => {
  it('keeps the positions a file carries and says so', () => {
    const result = prepareGraphJson(graphText([{ key: 'a', attributes: { x: 1, y: 2 } }]), '/graph.json');
    expect(result).toMatchObject({ ok: true, validated: false, hadPositions: true, source: '/graph.json' });
    expect((result.serialized as { nodes: { attributes: object }[] }).nodes[0].attributes).toEqual({ x: 1, y: 2 });
  });

  it('seeds positions where they are missing, the same ones on every load, and notes unusable coordinates', () => {
    const text = graphText([{ key: 'a', attributes: { x: 'left', y: 3 } }, { key: 'b' }]);
    const first = prepareGraphJson(text, 'mine.json');
    const again = prepareGraphJson(text, 'mine.json');
    expect(first.hadPositions).toBe(false);
    expect(first.serialized).toEqual(again.serialized);
    const graph = parseGraph(first.serialized);
    for (const node of ['a', 'b']) {
      expect(Number.isFinite(graph.getNodeAttribute(node, 'x'))).toBe(true);
      expect(Number.isFinite(graph.getNodeAttribute(node, 'y'))).toBe(true);
    }
    expect(JSON.stringify(graph.getAttributes())).toMatch(/1 coordinates were not usable positions/);
  });

  it("throws parseGraph's messages for empty and malformed text", () => {
    expect(() => prepareGraphJson('', 'empty.json')).toThrow(/empty/i);
    expect(() => prepareGraphJson('{"nodes": [', 'cut.json')).toThrow(/JSON/);
  });
});
