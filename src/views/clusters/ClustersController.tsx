// Effect-only: lays the cluster focus and the found path over sigma's reducers, and fits the camera to them on request.
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo } from 'react';
import { clusterMembers, clustersStore } from '../../core/clusters';
import { pathHighlight, pathsStore } from '../../core/paths';
import { useGraph, useNodeColors } from '../derived';
import { useStore } from '../useStore';
import { fitCameraToNodes, fitRequests } from './camera';
import type { OverlayLook } from './overlayLook';

/** `look` is read by the overlay reducers GraphView gave sigma (withOverlay), on top of the explorer's base reducers. */
export function ClustersController({ look }: { look: { current: OverlayLook | null } }) {
  const sigma = useSigma();
  const { graph, version } = useGraph();
  // A focus left from the previous graph (the clusters panel resets it after the first frame) names other nodes.
  const focused = useStore(clustersStore, (s) => (s.graphVersion === version ? s.focused : null));
  const revision = useStore(clustersStore, (s) => s.revision);
  const paths = useStore(pathsStore);
  const colors = useNodeColors();

  const members = useMemo(
    () => (graph && focused !== null ? clusterMembers(graph, focused) : null),
    // revision: the same id names other nodes after a re-run.
    [graph, focused, revision],
  );
  const path = useMemo(() => pathHighlight(paths), [paths]);

  useEffect(() => {
    const next = members || path ? { members, path, colors: colors ?? new Map<string, string>() } : null;
    if (!next && !look.current) return;
    look.current = next;
    sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, look, members, path, colors]);

  // Bring a newly found path into view.
  useEffect(() => {
    if (path) fitCameraToNodes(sigma, path.nodes);
  }, [sigma, path]);

  useEffect(() => fitRequests.listen((keys) => fitCameraToNodes(sigma, keys)), [sigma]);

  return null;
}
