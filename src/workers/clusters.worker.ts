// Module worker: re-runs seeded Louvain and the cluster labels at a new resolution, off the main thread.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { detectCommunities, labelCommunities } from '../shared/analysis';
import type { ClusteringRequest, ClusteringResponse } from '../core/clusters/types';

// The graph is sent once per loaded version; each slider move then only sends a number.
let current: { version: number; graph: Graph } | null = null;

function importGraph(serialized: SerializedGraph): Graph {
  const options = serialized.options ?? {};
  const graph = new Graph({ type: options.type ?? 'mixed', multi: Boolean(options.multi), allowSelfLoops: options.allowSelfLoops !== false });
  graph.import(serialized);
  return graph;
}

self.onmessage = (event: MessageEvent<ClusteringRequest>) => {
  const request = event.data;
  if (request.type === 'graph') {
    current = { version: request.version, graph: importGraph(request.serialized as SerializedGraph) };
    return;
  }
  let response: ClusteringResponse;
  try {
    if (!current || current.version !== request.version) throw new Error('clusters worker: the graph was not sent first.');
    const { graph } = current;
    const found = detectCommunities(graph, { resolution: request.resolution, seed: request.seed });
    // Passing the mapping, rather than assigning it, keeps the worker's copy of the graph the same between runs.
    const infos = labelCommunities(graph, { communities: found.communities });
    response = {
      ok: true,
      version: request.version,
      ticket: request.ticket,
      resolution: request.resolution,
      result: { communities: found.communities, modularity: found.modularity, quality: found.quality, count: found.count, infos },
    };
  } catch (error) {
    response = { ok: false, version: request.version, ticket: request.ticket, error: (error as Error).message };
  }
  (self as unknown as Worker).postMessage(response);
};
