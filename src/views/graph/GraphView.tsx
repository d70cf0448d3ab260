// The graph canvas: owns the one sigma instance (via SigmaCanvas) and mounts the controllers that drive it.
import { useState } from 'react';
import { selectionStore } from '../../core/selection';
import type { PaperGraph } from '../../shared';
import { readCurrentDerived } from '../derived';
import { AppearanceController } from './AppearanceController';
import { CameraController } from './CameraController';
import { EventsController } from './EventsController';
import { ImageExportController } from '../exchange/ImageExportController';
import { LayoutController } from './LayoutController';
import { ClusterLabelsLayer } from '../clusters/ClusterLabelsLayer';
import { ClustersController } from '../clusters/ClustersController';
import { withOverlay, type OverlayLook } from '../clusters/overlayLook';
import { RenderTimingController } from './RenderTimingController';
import { SigmaCanvas } from './SigmaCanvas';
import { DensityLayer } from './DensityLayer';
import { buildLook, createReducers, type Look } from './look';
import { createPlacedLabelDrawer } from './placedLabels';
import { PlacedLabelsController } from './PlacedLabelsController';
import { createSigmaSettings, LARGE_GRAPH } from './sigmaSettings';

export function GraphView({ graph, hadPositions }: { graph: PaperGraph; hadPositions: boolean }) {
  // Built once per graph (the view is keyed by graph version): settings must keep their identity, since
  // SigmaCanvas re-creates sigma when they change, and the look is ready before sigma draws its first frame.
  const [{ look, overlay, settings, labels }] = useState(() => {
    const derived = readCurrentDerived();
    const look: { current: Look | null } = {
      current: derived ? buildLook(graph, selectionStore.get(), derived.filter.hidden, derived.colors, derived.sizes, derived.filter.hiddenEdgeKinds) : null,
    };
    // Cluster focus and found paths are drawn by an overlay on the base reducers' output (ClustersController).
    const overlay: { current: OverlayLook | null } = { current: null };
    // A focused node's neighbours are labelled without overlaps (placedLabels.ts); other labels as the settings say.
    const labels = createPlacedLabelDrawer(() => {
      const l = look.current;
      return l?.focus && l.near ? { first: l.focus, nodes: l.near, has: (node) => l.near!.has(node) } : null;
    });
    return {
      look, overlay, labels,
      settings: {
        ...createSigmaSettings(graph.order), defaultDrawNodeLabel: labels.draw, defaultDrawNodeHover: labels.drawHover,
        ...withOverlay(createReducers(look, graph), overlay, graph),
      },
    };
  });
  // Sigma indexes a large graph for WebGL in one long task: the page says so (SigmaCanvas paints this first and keeps
  // it over the canvas until sigma has drawn).
  const placeholder = graph.order > LARGE_GRAPH ? (
    <div className="state graph-indexing" role="status" aria-live="polite" data-testid="graph-indexing">
      <div className="spinner" aria-hidden="true" />
      Indexing {graph.order.toLocaleString()} nodes and {graph.size.toLocaleString()} edges for drawing…
    </div>
  ) : null;
  return (
    <SigmaCanvas graph={graph} settings={settings} className="graph-canvas" placeholder={placeholder}>
      <AppearanceController look={look} />
      <PlacedLabelsController attach={labels.attach} />
      <DensityLayer look={look} />
      <EventsController />
      <ImageExportController />
      <ClustersController look={overlay} />
      <ClusterLabelsLayer />
      <CameraController />
      <LayoutController autoStart={!hadPositions} />
      <RenderTimingController />
    </SigmaCanvas>
  );
}
