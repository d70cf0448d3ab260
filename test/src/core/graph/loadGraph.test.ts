// The big-graph route of a load: the worker's result in chunks, put back together, then checked and built a slice per
// task; the same graph and errors as the one-task parseGraph, and a newer load stops it.
import { describe, expect, it } from 'vitest';
import { buildInSteps, runInSlices } from '../../../../src/core/graph/loadGraph';
import { BUILD_IN_ONE_TASK_UP_TO, ParseResultAssembler, parseMessages } from '../../../../src/core/graph/parseChunks';
import type { ParseMessage, ParseResult } from '../../../../src/core/graph/types';
import { createPaperGraph, parseGraph, serializeGraph, type PaperGraph } from '../../../../src/shared';

/** A graph file above the one-task bound: `order` nodes with `perNode` edges each, some without a label or key. */
function bigFile(order: number, perNode: number): Record<string, unknown> {
  const graph = createPaperGraph({ sources: [] });
  for (let i = 0; i < order; i++) graph.addNode(`n${i}`, { kind: 'paper', label: i % 10 ? `Paper ${i}` : '', community: i % 9, x: i, y: -i } as never);
  for (let i = 0; i < order; i++) {
    for (let step = 1; step <= perNode; step++) graph.addEdgeWithKey(`e${i}-${step}`, `n${i}`, `n${(i + step) % order}`, { kind: 'cites', weight: step % 3 ? 1 : -2 } as never);
  }
  return JSON.parse(serializeGraph(graph));
}

type Parsed = Extract<ParseResult, { ok: true }>;
const ok = (serialized: unknown): Parsed => ({ ok: true, serialized, validated: false, hadPositions: true, source: 'big.json' });
const asText = (graph: PaperGraph) => JSON.stringify(graph.export()).replace(/geid_\d+_/g, 'geid_');
const immediately = () => Promise.resolve();

/** What the main thread receives: each message structured-cloned, as postMessage does, and put back together. */
function sendAndReceive(result: ParseResult, perMessage?: number): { result: ParseResult; messages: number } {
  const assembler = new ParseResultAssembler();
  let messages = 0;
  for (const message of parseMessages(result, perMessage)) {
    messages++;
    const whole = assembler.add(structuredClone(message) as ParseMessage);
    if (whole) return { result: whole, messages };
  }
  throw new Error('no end message');
}

describe('a big parse result in chunks', () => {
  it('is sent in several messages and put back together as it was', () => {
    const file = bigFile(12_000, 4);
    const { result, messages } = sendAndReceive(ok(file), 5000);
    expect(messages).toBe(1 + Math.ceil(12_000 / 5000) + Math.ceil(48_000 / 5000) + 1);
    expect(result).toEqual(ok(file));
  });

  it('sends small results and errors in one message, and keeps lists that are no arrays for parseGraph to reject', () => {
    const small = ok(bigFile(100, 2));
    expect([...parseMessages(small)]).toEqual([small]);
    const error: ParseResult = { ok: false, error: 'Not a JSON file.', source: 'x.json' };
    expect([...parseMessages(error)]).toEqual([error]);
    const odd = ok({ nodes: 'all of them', edges: new Array(BUILD_IN_ONE_TASK_UP_TO + 1).fill({ source: 'a', target: 'b' }) });
    expect(sendAndReceive(odd, 10_000).result).toEqual(odd);
  });
});

describe('building a big graph a slice per task', () => {
  it('gives the same graph as parseGraph in one task (nodes, edges, attributes, order, notes)', async () => {
    const { result } = sendAndReceive(ok(bigFile(12_000, 5)));
    let steps = 0;
    const graph = await runInSlices(buildInSteps(result as Parsed), () => true, () => steps++, immediately);
    expect(steps).toBeGreaterThan(10);
    expect(asText(graph!)).toBe(asText(parseGraph(bigFile(12_000, 5))));
    expect(graph!.getAttribute('importNotes')!.join(' ')).toMatch(/12000 edges had a negative or non-numeric weight/);
  });

  it('imports a result another parse already checked (GEXF, GraphML) as graphology would in one go', async () => {
    const checked = parseGraph(bigFile(12_000, 3));
    const result = { ...ok(JSON.parse(JSON.stringify(checked.export()))), validated: true };
    const graph = await runInSlices(buildInSteps(result), () => true, undefined, immediately);
    expect(asText(graph!)).toBe(asText(checked));
  });

  it('stops, with no graph, when a newer load replaces it', async () => {
    let current = true;
    let steps = 0;
    const graph = await runInSlices(buildInSteps(ok(bigFile(12_000, 5))), () => current, () => {
      if (++steps === 3) current = false;
    });
    expect(graph).toBeNull();
    expect(steps).toBe(3);
  });

  it("rejects a bad file with parseGraph's message", async () => {
    const file = { ...bigFile(12_000, 5), attributes: { schemaVersion: 99 } };
    await expect(runInSlices(buildInSteps(ok(file)), () => true, undefined, immediately))
      .rejects.toThrow(/schema version 99/);
    const broken = { nodes: 'none', edges: bigFile(12_000, 5).edges };
    expect(() => parseGraph(broken)).toThrow(/expected an object with a "nodes" array/);
    await expect(runInSlices(buildInSteps(ok(broken)), () => true, undefined, immediately))
      .rejects.toThrow(/expected an object with a "nodes" array/);
  });
});
