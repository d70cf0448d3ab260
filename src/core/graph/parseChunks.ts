// A big parse result cut into messages for postMessage, and put back together on the other side (see ParseMessage).
import type { ParseMessage, ParseResult } from './types';

/**
 * Parse results with more nodes and edges than this go through the sliced route: sent in chunks, checked and built
 * a slice per task (loadGraph.ts). At or below it a graph is handed over and built in one task as before: ~50,000
 * records take parseGraph about 150 ms here (three times that on a loaded 2-core machine), one acceptable task.
 */
export const BUILD_IN_ONE_TASK_UP_TO = 50_000;

/** Records per message and per build slice: ~10,000 edges decode in ~25 ms and are checked and imported in ~80 ms here. */
export const RECORDS_PER_SLICE = 10_000;

type Lists = { nodes?: unknown; edges?: unknown };

/** How many node and edge records a parsed graphology object holds (0 for lists that are missing or no arrays). */
export function recordCount(serialized: unknown): { nodes: number; edges: number } {
  const { nodes, edges } = (serialized ?? {}) as Lists;
  return { nodes: Array.isArray(nodes) ? nodes.length : 0, edges: Array.isArray(edges) ? edges.length : 0 };
}

/** The messages that carry `result`: itself when small or not ok, else a header, the lists in chunks, and the end. */
export function* parseMessages(result: ParseResult, perMessage = RECORDS_PER_SLICE): Generator<ParseMessage> {
  const counts = result.ok ? recordCount(result.serialized) : { nodes: 0, edges: 0 };
  if (!result.ok || counts.nodes + counts.edges <= BUILD_IN_ONE_TASK_UP_TO) {
    yield result;
    return;
  }
  const { nodes, edges, ...rest } = result.serialized as Lists & Record<string, unknown>;
  // What is no array (or missing) stays in the header as it was, for parseGraph to reject with its message.
  const header = { ...rest, ...(Array.isArray(nodes) ? {} : { nodes }), ...(Array.isArray(edges) ? {} : { edges }) };
  yield {
    kind: 'chunked-start', result: { ...result, serialized: header },
    nodes: Array.isArray(nodes) ? nodes.length : null, edges: Array.isArray(edges) ? edges.length : null,
  };
  for (const [records, list] of [['nodes', nodes], ['edges', edges]] as const) {
    if (!Array.isArray(list)) continue;
    for (let start = 0; start < list.length; start += perMessage) {
      yield { kind: 'chunked-records', records, list: list.slice(start, start + perMessage) };
    }
  }
  yield { kind: 'chunked-end' };
}

/** Puts chunked messages back together; `add` returns the whole result once the last message is in, else null. */
export class ParseResultAssembler {
  private header: Extract<ParseMessage, { kind: 'chunked-start' }> | null = null;
  private readonly lists = { nodes: [] as unknown[][], edges: [] as unknown[][] };
  private received = { nodes: 0, edges: 0 };

  add(message: ParseMessage): ParseResult | null {
    if (!('kind' in message)) return message;
    if (message.kind === 'chunked-start') {
      this.header = message;
      return null;
    }
    if (!this.header) throw new Error('The parse worker sent records before their header.');
    if (message.kind === 'chunked-records') {
      this.lists[message.records].push(message.list);
      this.received[message.records] += message.list.length;
      return null;
    }
    const { result, nodes, edges } = this.header;
    const serialized = { ...(result.serialized as object) } as Lists;
    if (nodes !== null) serialized.nodes = this.lists.nodes.flat();
    if (edges !== null) serialized.edges = this.lists.edges.flat();
    return { ...result, serialized };
  }

  /** Records received so far, of how many. */
  progress(): { records: 'nodes' | 'edges'; done: number; total: number } | null {
    if (!this.header) return null;
    const nodes = this.header.nodes ?? 0;
    const edges = this.header.edges ?? 0;
    return this.received.nodes < nodes || edges === 0
      ? { records: 'nodes', done: this.received.nodes, total: nodes }
      : { records: 'edges', done: this.received.edges, total: edges };
  }
}
