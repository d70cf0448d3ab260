// Focusing a cluster from anywhere (the clusters panel's list, the cluster overview): its own module, so the overview
// does not pull the clusters panel into the code loaded before the graph is drawn.
import { clusterMembers, clustersStore, focusCluster, opensOnOverview, showClusterDetail } from '../../core/clusters';
import { graphStore } from '../../core/graph';
import { clearSelection, selectionStore } from '../../core/selection';
import { fitRequests } from './camera';

/** Focus a cluster (or clear with null): selection is cleared so the cluster, not a node, is what stands out. */
export function focusAndShowCluster(id: number | null): void {
  const { graph } = graphStore.get();
  // A big graph's map holds one cluster at a time: showing another loads it.
  if (id !== null && opensOnOverview(graph)) clustersStore.update(showClusterDetail(id));
  clustersStore.update(focusCluster(id));
  if (id === null) return;
  selectionStore.update(clearSelection());
  if (graph) fitRequests.emit([...clusterMembers(graph, id)]);
}
