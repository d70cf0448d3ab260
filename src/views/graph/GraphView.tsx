// The graph canvas: owns the one sigma instance (via SigmaContainer) and mounts the controllers that drive it.
import { SigmaContainer } from '@react-sigma/core';
import { useMemo } from 'react';
import type { Settings } from 'sigma/settings';
import type { PaperGraph } from '../../shared';
import { AppearanceController } from './AppearanceController';
import { CameraController } from './CameraController';
import { EventsController } from './EventsController';
import { ImageExportController } from '../exchange/ImageExportController';
import { LayoutController } from './LayoutController';
import { ClusterLabelsLayer } from '../clusters/ClusterLabelsLayer';
import { ClustersController } from '../clusters/ClustersController';

/** Above this many nodes, edges and labels are hidden while the camera moves so panning stays fluid. */
export const LARGE_GRAPH = 5000;

export function createSigmaSettings(order: number): Partial<Settings> {
  const large = order > LARGE_GRAPH;
  return {
    renderEdgeLabels: false,
    zIndex: true,
    // Few, well-spaced labels when zoomed out; selected/hovered/neighbour labels are forced by the reducer.
    labelDensity: 0.07,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 9,
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelColor: { color: '#1f2933' },
    defaultEdgeColor: '#cfd6dd',
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
  };
}

export function GraphView({ graph, hadPositions }: { graph: PaperGraph; hadPositions: boolean }) {
  // Settings must keep their identity: SigmaContainer re-creates sigma when they change.
  const settings = useMemo(() => createSigmaSettings(graph.order), [graph]);
  return (
    <SigmaContainer graph={graph} settings={settings} className="graph-canvas" aria-label="Graph view">
      <AppearanceController />
      <EventsController />
      <ImageExportController />
      <ClustersController />
      <ClusterLabelsLayer />
      <CameraController />
      <LayoutController autoStart={!hadPositions} />
    </SigmaContainer>
  );
}
