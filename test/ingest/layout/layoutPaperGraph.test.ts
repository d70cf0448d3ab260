// The ingest's layout: deterministic, with progress to the end, noverlap in slices equal to one call, its grid scaled.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import clusters from 'graphology-generators/random/clusters';
import { describe, expect, it } from 'vitest';
import { layoutPaperGraph, noverlapGridSize } from '../../../ingest/layout/layoutPaperGraph';
import { createRng, type PaperGraph } from '../../../src/shared';

/** A clustered graph of `order` nodes, as the pipeline's: undirected edges with a weight. */
function clusteredGraph(order: number): PaperGraph {
  const graph = clusters(Graph, { order, size: order * 4, clusters: 8, clusterDensity: 0.9, rng: createRng(7) }) as unknown as PaperGraph;
  graph.forEachEdge((edge) => graph.setEdgeAttribute(edge, 'weight' as never, 1 as never));
  return graph;
}

const positions = (graph: PaperGraph) => graph.mapNodes((node) => [graph.getNodeAttribute(node, 'x'), graph.getNodeAttribute(node, 'y')]);

describe('layoutPaperGraph', () => {
  it("keeps noverlap's own 20 × 20 grid up to 400 nodes, then about one cell per node", () => {
    expect(noverlapGridSize(1)).toBe(20);
    expect(noverlapGridSize(335)).toBe(20);
    expect(noverlapGridSize(400)).toBe(20);
    expect(noverlapGridSize(401)).toBe(21);
    expect(noverlapGridSize(22_000)).toBe(149);
    expect(noverlapGridSize(100_000)).toBe(317);
  });

  it('gives the same positions twice, and reports progress that only moves forward and ends at its total', () => {
    const steps: [number, number][] = [];
    const first = clusteredGraph(600);
    layoutPaperGraph(first, { iterations: 40, seed: 3 }, (done, total) => steps.push([done, total]));
    const second = clusteredGraph(600);
    layoutPaperGraph(second, { iterations: 40, seed: 3 });
    expect(positions(second)).toEqual(positions(first));
    const total = steps[0][1];
    expect(total).toBe(40 + 50);
    expect(steps.every(([done, stepTotal], k) => stepTotal === total && (k === 0 || done > steps[k - 1][0]))).toBe(true);
    expect(steps[steps.length - 1][0]).toBe(total);
    // Ten ForceAtlas2 slices, then one step per slice of noverlap passes.
    expect(steps.length).toBe(20);
  });

  it("moves nodes apart in slices exactly as one noverlap call of all its passes would", () => {
    const sliced = clusteredGraph(900);
    layoutPaperGraph(sliced, { iterations: 20, seed: 5 });

    // The same steps by hand, with noverlap in one call.
    const whole = clusteredGraph(900);
    const rng = createRng(5);
    const spread = Math.sqrt(whole.order) * 10;
    whole.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread }));
    const settings = { ...forceAtlas2.inferSettings(whole), linLogMode: false, adjustSizes: false };
    for (let done = 0; done < 20; done += 2) forceAtlas2.assign(whole, { iterations: 2, settings, getEdgeWeight: 'weight' });
    const beforeNoverlap = positions(whole);
    noverlap.assign(whole, {
      maxIterations: 50,
      settings: { margin: 1, ratio: 1.2, gridSize: noverlapGridSize(whole.order) },
      inputReducer: (node, attributes) => ({ x: attributes.x, y: attributes.y, size: 3 + 2 * Math.sqrt(whole.degree(node)) }),
    });
    const round = (value: number) => Math.round(value * 100) / 100;
    expect(positions(sliced)).toEqual(positions(whole).map(([x, y]) => [round(x!), round(y!)]));
    // noverlap did move nodes here (the check above would hold trivially otherwise), and needed more passes than one
    // slice holds: stopped after the first slice, the positions differ.
    const moved = positions(whole).filter(([x, y], k) => x !== beforeNoverlap[k][0] || y !== beforeNoverlap[k][1]).length;
    expect(moved).toBeGreaterThan(100);
    const firstSliceOnly = whole.copy();
    beforeNoverlap.forEach(([x, y], k) => firstSliceOnly.mergeNodeAttributes(firstSliceOnly.nodes()[k], { x, y }));
    noverlap.assign(firstSliceOnly, {
      maxIterations: 5,
      settings: { margin: 1, ratio: 1.2, gridSize: noverlapGridSize(whole.order) },
      inputReducer: (node, attributes) => ({ x: attributes.x, y: attributes.y, size: 3 + 2 * Math.sqrt(whole.degree(node)) }),
    });
    expect(positions(firstSliceOnly)).not.toEqual(positions(whole));
  });
});
