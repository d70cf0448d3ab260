// The graph file written with its edges formatted from the build's plan is graphologyJsonChunks' file, byte for byte,
// its progress moving forward to the last element; a graph whose edges changed after the build is written from itself.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertPlannedGraph } from '../../../ingest/build/insertPlannedGraph';
import { planGraph } from '../../../ingest/build/planEdges';
import { plannedGraphJsonChunks } from '../../../ingest/write/plannedGraphJson';
import { writeGraphFiles } from '../../../ingest/write/writeGraphFiles';
import { graphologyJsonChunks } from '../../../src/shared/exchange';
import { interactingInputs, manyReferencesInputs, type TestBuildInputs } from '../build/buildInputs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-planned-json-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function planned(inputs: TestBuildInputs) {
  const { insertions } = planGraph(inputs);
  const { graph } = insertPlannedGraph({ ...inputs, sources: ['a.txt'], insertions });
  return { graph, insertions };
}

describe('plannedGraphJsonChunks', () => {
  it.each([
    ['every edge kind', interactingInputs],
    ['300,000 edges to reference nodes, in many slices', manyReferencesInputs],
  ])('%s: the same text, progress forward to the end', (_name, inputs) => {
    const { graph, insertions } = planned(inputs());
    const reports: number[] = [];
    const text = [...plannedGraphJsonChunks(graph, insertions, (done, total) => {
      expect(total).toBe(graph.order + graph.size);
      reports.push(done);
    })].join('');
    expect(text).toBe([...graphologyJsonChunks(graph)].join(''));
    expect(reports.every((done, i) => i === 0 || done >= reports[i - 1])).toBe(true);
    expect(reports[reports.length - 1]).toBe(graph.order + graph.size);
  });
});

describe('writeGraphFiles with the plan', () => {
  it('writes the same file, and writes a graph whose edges changed since from the graph', async () => {
    const { graph, insertions } = planned(interactingInputs());
    const path = join(dir, 'graph.json');
    await writeGraphFiles(graph, path, 'json', undefined, insertions);
    expect(await readFile(path, 'utf8')).toBe([...graphologyJsonChunks(graph)].join(''));
    graph.dropEdge(graph.edges()[0]);
    await writeGraphFiles(graph, path, 'json', undefined, insertions);
    expect(await readFile(path, 'utf8')).toBe([...graphologyJsonChunks(graph)].join(''));
  });
});
