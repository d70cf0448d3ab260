// Effect-only: lays the cluster focus and the found path over sigma's reducers, and fits the camera to them on request.
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useRef } from 'react';
import type { Settings } from 'sigma/settings';
import { clusterMembers, clustersStore } from '../../core/clusters';
import { pathHighlight, pathsStore } from '../../core/paths';
import { useGraph, useNodeColors } from '../derived';
import { useStore } from '../useStore';
import { fitCameraToNodes, fitRequests } from './camera';
import { overlayEdge, overlayNode, type OverlayLook } from './overlayLook';

export function ClustersController() {
  const sigma = useSigma();
  const { graph } = useGraph();
  const focused = useStore(clustersStore, (s) => s.focused);
  const revision = useStore(clustersStore, (s) => s.revision);
  const paths = useStore(pathsStore);
  const colors = useNodeColors();
  const look = useRef<OverlayLook | null>(null);

  // The base reducers (colours, filters, hover) stay the explorer's; ours run on their output, installed once.
  useEffect(() => {
    const baseNode = sigma.getSetting('nodeReducer');
    const baseEdge = sigma.getSetting('edgeReducer');
    const nodeReducer: Settings['nodeReducer'] = (node, data) => {
      const out = baseNode ? baseNode(node, data) : data;
      return look.current ? (overlayNode(look.current, node, out, data.label) as typeof out) : out;
    };
    const edgeReducer: Settings['edgeReducer'] = (edge, data) => {
      const out = baseEdge ? baseEdge(edge, data) : data;
      if (!look.current) return out;
      const g = sigma.getGraph();
      return overlayEdge(look.current, edge, [g.source(edge), g.target(edge)], out) as typeof out;
    };
    sigma.setSetting('nodeReducer', nodeReducer);
    sigma.setSetting('edgeReducer', edgeReducer);
    return () => {
      // When the whole view unmounts (another file opened) sigma is being killed: a setting change would schedule
      // a render into a detached container ("Container has no width"), so only restore on a live view.
      if (!sigma.getContainer().isConnected) return;
      sigma.setSetting('nodeReducer', baseNode);
      sigma.setSetting('edgeReducer', baseEdge);
    };
  }, [sigma]);

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
  }, [sigma, members, path, colors]);

  // Bring a newly found path into view.
  useEffect(() => {
    if (path) fitCameraToNodes(sigma, path.nodes);
  }, [sigma, path]);

  useEffect(() => fitRequests.listen((keys) => fitCameraToNodes(sigma, keys)), [sigma]);

  return null;
}
