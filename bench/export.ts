// Export benchmark: peak heap while writing a 100k-node / 1M-edge graph to JSON, GEXF, GraphML and CSV files (streamed
// chunk by chunk), against the graph's own heap size and, from the same run, the one-string way the files used to
// be made (`JSON.stringify(graph.export())`). Prints figures; passes/fails nothing.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { UndirectedGraph } from 'graphology';
import clusters from 'graphology-generators/random/clusters';
import { writeFileAtomic } from '../ingest/write/writeAtomic';
import { createRng, type PaperGraph } from '../src/shared';
import { csvChunks, gexfChunks, graphmlChunks, graphologyJsonChunks } from '../src/shared/exchange';

const ORDER = Number(process.env.BENCH_EXPORT_ORDER ?? 100_000);
const SIZE = Number(process.env.BENCH_EXPORT_SIZE ?? 1_000_000);

// A forced collection before each reading, so "the graph's own" and the peaks are live data, not leftover garbage.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const heap = () => {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Planted-cluster graph with the attributes our files carry (kind, label, position, community; edge kind, weight). */
function makeGraph(): PaperGraph {
  const rng = createRng(1);
  const graph = clusters(UndirectedGraph, { order: ORDER, size: SIZE, clusters: 100, clusterDensity: 0.8, rng });
  graph.replaceAttributes({ schemaVersion: 1, generator: 'bench/export.ts', sources: [] });
  graph.updateEachNodeAttributes((node, attributes) => ({
    kind: Number(node) % 8 === 0 ? 'concept' : 'paper',
    label: `Node ${node} in cluster ${attributes.cluster}`,
    community: attributes.cluster as number,
    x: rng() * 2000 - 1000,
    y: rng() * 2000 - 1000,
    pagerank: rng() / ORDER,
  }));
  graph.updateEachEdgeAttributes(() => ({ kind: 'has-concept', weight: Math.round(rng() * 1000) / 1000 }));
  return graph as unknown as PaperGraph;
}

/** Writes the chunks to a file, reading the heap after each chunk; returns the peak heap and the seconds taken. */
async function streamToFile(chunks: Iterable<string>, path: string): Promise<{ peak: number; seconds: number }> {
  let peak = heap();
  const sampled = (function* () {
    for (const chunk of chunks) {
      peak = Math.max(peak, heap());
      yield chunk;
    }
  })();
  const started = performance.now();
  await writeFileAtomic(path, sampled);
  peak = Math.max(peak, heap());
  return { peak, seconds: (performance.now() - started) / 1000 };
}

/** The one-string way: `graph.export()` then stringify; the peak is at least the copy plus the text (both held). */
function oneStringPeak(graph: PaperGraph, empty: number): { peak: number; chars: number; seconds: number } {
  collect();
  const started = performance.now();
  const exported = graph.export();
  const text = JSON.stringify(exported);
  const peak = heap() - empty;
  return { peak, chars: text.length, seconds: (performance.now() - started) / 1000 };
}

export async function run(): Promise<void> {
  collect();
  const empty = heap();
  const graph = makeGraph();
  collect();
  const own = heap() - empty;
  console.log(`export: ${graph.order} nodes / ${graph.size} edges; the graph's own heap: ${mb(own)} (target: peak ≤ 1.5× that)`);
  // Peaks include garbage not yet collected: with npm run bench's --max-semi-space-size=64 that is up to ~100 MB
  // whatever the graph, which dominates the ratio on small graphs (BENCH_EXPORT_ORDER/SIZE) but not at 100k/1M.
  const dir = await mkdtemp(join(tmpdir(), 'pge-export-'));
  try {
    // Baseline, same run: the whole file as one string. Its copy and text are dropped before the streamed runs.
    const baseline = oneStringPeak(graph, empty);
    console.log(
      `  baseline JSON.stringify(graph.export()): ${mb(baseline.chars)} text, peak ≥ ${mb(baseline.peak)} ` +
        `= ${(baseline.peak / own).toFixed(2)}× the graph (${baseline.seconds.toFixed(1)} s, not written)`,
    );
    for (const [format, chunks] of [
      ['JSON', () => graphologyJsonChunks(graph)],
      ['GEXF', () => gexfChunks(graph)],
      ['GraphML', () => graphmlChunks(graph)],
      ['CSV-nodes', () => csvChunks(graph).nodes],
      ['CSV-edges', () => csvChunks(graph).edges],
    ] as const) {
      collect();
      const path = join(dir, `graph.${format.toLowerCase()}`);
      const { peak, seconds } = await streamToFile(chunks(), path);
      const { size } = await stat(path);
      console.log(
        `  ${format.padEnd(9)} streamed to file: ${mb(size)} file, peak ${mb(peak - empty)} = ${((peak - empty) / own).toFixed(2)}× ` +
          `the graph (${seconds.toFixed(1)} s)  (target ≤ 1.5×)`,
      );
      await rm(path, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
