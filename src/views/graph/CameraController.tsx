// Moves the camera to nodes chosen in the panels (search, chips, related papers), resets it for a new graph, and lets
// the keyboard move it (mapKeys.ts).
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { selectionStore } from '../../core/selection';
import { cameraRequests } from '../commands';
import { attachMapKeys } from './mapKeys';

const MIN_FOCUS_RATIO = 0.08;
export function CameraController() {
  const sigma = useSigma();

  useEffect(() => {
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    const show = (key: string) => {
      if (!sigma.getGraph().hasNode(key)) return;
      // Display data are in sigma's normalised frame, the camera's own coordinate system.
      const data = sigma.getNodeDisplayData(key);
      if (!data) return;
      // Zoom so the node's neighbours fit around it (a hub needs a wider view than a leaf).
      let reach = 0;
      sigma.getGraph().forEachNeighbor(key, (n) => {
        const d = sigma.getNodeDisplayData(n);
        if (d) reach = Math.max(reach, Math.abs(d.x - data.x), Math.abs(d.y - data.y));
      });
      const ratio = Math.min(1, Math.max(MIN_FOCUS_RATIO, reach * 2.4));
      sigma.getCamera().animate({ x: data.x, y: data.y, ratio }, { duration: 500 });
    };
    // A node selected from the URL is shown once sigma has drawn the graph.
    const initial = selectionStore.get().selected;
    const frame = initial ? requestAnimationFrame(() => show(initial)) : 0;
    const stop = cameraRequests.listen(show);
    const detachKeys = attachMapKeys(sigma, 'Graph map');
    return () => {
      cancelAnimationFrame(frame);
      stop();
      detachKeys();
    };
  }, [sigma]);

  return null;
}
