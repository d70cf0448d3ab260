// Runs ForceAtlas2 in its web worker (auto-stopping), then the noverlap worker; obeys start/stop requests; kills both on unmount.
import { useSigma } from '@react-sigma/core';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import NoverlapLayoutSupervisor from 'graphology-layout-noverlap/worker';
import { useEffect } from 'react';
import {
  chooseLayoutDuration,
  chooseLayoutSettings,
  layoutReset,
  layoutSpreading,
  layoutStarted,
  layoutStopped,
  layoutStore,
} from '../../core/layout';
import { computeNodeSizes } from '../../core/appearance';
import { appearanceStore } from '../../core/appearance';
import type { PaperGraph } from '../../shared';
import { layoutRequests } from '../commands';

/** Node sizes are in screen pixels; noverlap works in graph units, so convert with the graph's extent per pixel. */
function graphUnitsPerPixel(graph: PaperGraph, container: HTMLElement): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x ?? 0); maxX = Math.max(maxX, a.x ?? 0);
    minY = Math.min(minY, a.y ?? 0); maxY = Math.max(maxY, a.y ?? 0);
  });
  const extent = Math.max(maxX - minX, maxY - minY, 1e-6);
  return extent / Math.max(1, Math.min(container.clientWidth, container.clientHeight));
}

const MAX_SPREAD_MS = 3000;

export function LayoutController({ autoStart }: { autoStart: boolean }) {
  const sigma = useSigma();

  useEffect(() => {
    const graph = sigma.getGraph() as PaperGraph;
    // Created on first start: a graph that opens laid out never spawns the layout worker (nor pays for it at load).
    let fa2: FA2LayoutSupervisor | null = null;
    let noverlap: NoverlapLayoutSupervisor | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let spreadTimer: ReturnType<typeof setTimeout> | undefined;
    layoutStore.update(layoutReset());

    const killNoverlap = () => {
      clearTimeout(spreadTimer);
      noverlap?.kill();
      noverlap = null;
    };
    const finishSpread = () => {
      killNoverlap();
      layoutStore.update(layoutStopped());
    };
    const spread = () => {
      killNoverlap();
      layoutStore.update(layoutSpreading());
      const sizes = computeNodeSizes(graph, appearanceStore.get().sizeBy);
      const scale = graphUnitsPerPixel(graph, sigma.getContainer());
      noverlap = new NoverlapLayoutSupervisor(graph, {
        inputReducer: (key, attr) => ({ x: attr.x, y: attr.y, size: (sizes.get(key) ?? 4) * scale }),
        settings: { margin: 2 * scale, ratio: 1.1 },
        onConverged: finishSpread,
      });
      noverlap.start();
      // Dense clusters may never reach zero overlap; bound the pass so the layout always ends.
      spreadTimer = setTimeout(finishSpread, MAX_SPREAD_MS);
    };
    const stop = () => {
      clearTimeout(timer);
      if (!fa2?.isRunning()) return;
      fa2.stop();
      spread();
    };
    const start = (duration: number | null) => {
      killNoverlap();
      clearTimeout(timer);
      fa2 ??= new FA2LayoutSupervisor(graph, { settings: chooseLayoutSettings(graph) });
      fa2.start();
      layoutStore.update(layoutStarted(duration ? Date.now() + duration : null));
      if (duration) timer = setTimeout(stop, duration);
    };

    if (autoStart && graph.order > 1) start(chooseLayoutDuration(graph.order));
    else layoutStore.update(layoutStopped());

    const unlisten = layoutRequests.listen((action) => (action === 'start' ? start(null) : stop()));
    return () => {
      unlisten();
      clearTimeout(timer);
      fa2?.kill();
      killNoverlap();
      layoutStore.update(layoutReset());
    };
  }, [sigma, autoStart]);

  return null;
}
