// Runs re-clustering in the clusters worker and applies the answer to the graph and the store in one batch.
import { graphStore } from '../graph';
import { applyClustering, assignClustering, CLUSTERING_SEED, clustersStore, failClustering, requestResolution } from './index';
import type { ClusteringRequest, ClusteringResponse } from './types';

let worker: Worker | null = null;
let sentVersion = -1;
let latestTicket = 0;

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('../../workers/clusters.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ClusteringResponse>) => {
    const answer = event.data;
    const { graph, version } = graphStore.get();
    // Slider moves queue runs; only the last one asked for (on the graph still shown) is applied.
    if (answer.ticket !== latestTicket || answer.version !== version || !graph) return;
    if (!answer.ok) {
      clustersStore.update(failClustering(answer.error));
      return;
    }
    assignClustering(graph, answer.resolution, answer.result);
    clustersStore.update(applyClustering(answer.resolution, answer.result));
  };
  worker.onerror = (event) => {
    clustersStore.update(failClustering(event.message || 'The clustering worker failed.'));
    worker?.terminate();
    worker = null;
    sentVersion = -1;
  };
  return worker;
}

/** Ask for the communities at `resolution`; the same resolution always gives the same clusters (seeded Louvain). */
export function runClustering(resolution: number): void {
  const { graph, version } = graphStore.get();
  if (!graph) return;
  clustersStore.update(requestResolution(resolution));
  const w = getWorker();
  if (sentVersion !== version) {
    const message: ClusteringRequest = { type: 'graph', version, serialized: graph.export() };
    w.postMessage(message);
    sentVersion = version;
  }
  const request: ClusteringRequest = { type: 'cluster', version, ticket: ++latestTicket, resolution, seed: CLUSTERING_SEED };
  w.postMessage(request);
}
