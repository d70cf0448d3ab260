// The graph file written with its edges formatted on a second thread is graphologyJsonChunks' file, byte for byte:
// slices of any size, a worker held back by its window, a worker that dies; progress only moves forward.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertPlannedGraph } from '../../../ingest/build/insertPlannedGraph';
import { planGraph } from '../../../ingest/build/planEdges';
import { plannedEdgeColumns } from '../../../ingest/build/plannedEdgeColumns';
import { graphJsonChunksInThreads, type ThreadedJsonOptions } from '../../../ingest/write/graphJsonInThreads';
import { writeFileAtomic } from '../../../ingest/write/writeAtomic';
import { graphologyJsonChunks } from '../../../src/shared/exchange';
import { interactingInputs, manyReferencesInputs, type TestBuildInputs } from '../build/buildInputs';

function planned(inputs: TestBuildInputs) {
  const { insertions } = planGraph(inputs);
  const { graph } = insertPlannedGraph({ ...inputs, sources: ['a.txt'], insertions });
  return { graph, edges: () => plannedEdgeColumns(insertions) };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-json-threads-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The file writeFileAtomic makes of the chunks (the worker writes its part into it). */
async function bytesOf(chunks: ReturnType<typeof graphJsonChunksInThreads>): Promise<Buffer> {
  const path = join(dir, 'graph.json');
  await writeFileAtomic(path, chunks);
  return readFile(path);
}

async function expectSameFile(inputs: TestBuildInputs, options: ThreadedJsonOptions) {
  const { graph, edges } = planned(inputs);
  const reports: number[] = [];
  const total = graph.order + graph.size;
  const threaded = await bytesOf(graphJsonChunksInThreads(graph, edges, (done, all) => {
    expect(all).toBe(total);
    reports.push(done);
  }, options));
  expect(threaded.equals(Buffer.from([...graphologyJsonChunks(graph)].join(''), 'utf8'))).toBe(true);
  expect(reports.every((done, i) => i === 0 || done >= reports[i - 1])).toBe(true);
  expect(reports[reports.length - 1]).toBe(total);
}

const fixture = (name: string) => pathToFileURL(join(import.meta.dirname, `../../fixtures/jsonEdgeWorker/${name}.ts`));
const crashing = fixture('crashingJsonEdgeWorker');

describe('graphJsonChunksInThreads', () => {
  it('every edge kind, in slices of two edges with a window of two, and in one slice', async () => {
    await expectSameFile(interactingInputs(), { sliceEdges: 2, window: 2 });
    await expectSameFile(interactingInputs(), {});
  });

  it('300,000 edges in slices of 4,000, the worker at most three slices ahead', async () => {
    await expectSameFile(manyReferencesInputs(), { sliceEdges: 4000, window: 3 });
  }, 60_000);

  it('a worker that dies after claiming slices: this thread formats them', async () => {
    await expectSameFile(interactingInputs(), { sliceEdges: 3, window: 4, workerUrl: crashing });
  });

  it('a worker that dies halfway through writing a slice: this thread writes from that slice on, over its bytes', async () => {
    await expectSameFile(interactingInputs(), { sliceEdges: 3, window: 4, workerUrl: fixture('halfWritingJsonEdgeWorker') });
  });

  it('no worker: this thread formats every slice', async () => {
    await expectSameFile(interactingInputs(), { sliceEdges: 3, workerUrl: null });
  });

  it('columns that are not the graph\'s edges are refused', async () => {
    const { graph, edges } = planned(interactingInputs());
    graph.dropEdge(graph.edges()[0]);
    await expect(bytesOf(graphJsonChunksInThreads(graph, edges))).rejects.toThrow(/edges in the columns/);
  });
});
