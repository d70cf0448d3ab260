// Benchmark baseline: bare sigma v3 drawing /graph.json with the app's sigma settings, no React, no app, same timing marks.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import Sigma from 'sigma';
import { computeNodeColors, computeNodeSizes } from '../../src/core/appearance';
import { assignSeededPositions } from '../../src/core/graph';
import { createSigmaSettings } from '../../src/views/graph/sigmaSettings';

async function main(): Promise<void> {
  const data = (await (await fetch('/graph.json')).json()) as SerializedGraph;
  assignSeededPositions(data.nodes as never); // sigma needs x/y; the app's parse worker does the same
  const options = data.options ?? {};
  const graph = new Graph({ type: options.type ?? 'mixed', multi: Boolean(options.multi), allowSelfLoops: options.allowSelfLoops !== false });
  graph.import(data);
  // Same picture as the app (its colours and degree sizes) so per-frame costs compare like for like; written onto
  // this throwaway graph, because bare sigma has no reducers.
  const colors = computeNodeColors(graph as never, 'kind');
  const sizes = computeNodeSizes(graph as never, 'degree');
  graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, color: colors.get(key), size: sizes.get(key) }));
  // Sigma's constructor renders synchronously, so the first frame is drawn when it returns.
  // Sigma's own label renderer: the app's (a name near the right edge written left of its node) is the app's cost.
  const { defaultDrawNodeLabel: _appLabels, ...settings } = createSigmaSettings(graph.order);
  const sigma = new Sigma(graph, document.getElementById('container')!, settings);
  performance.mark('sigma-first-frame');
  sigma.on('beforeRender', () => performance.mark('sigma-render-start'));
  sigma.on('afterRender', () => performance.measure('sigma-render', 'sigma-render-start'));
}

void main();
