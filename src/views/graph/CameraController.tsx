// Moves the camera to nodes chosen in the panels (search, chips, related papers) and resets it for a new graph.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { selectionStore } from '../../core/selection';
import { cameraRequests } from '../commands';

const FOCUS_RATIO = 0.25;

export function CameraController() {
  const sigma = useSigma();

  useEffect(() => {
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    const show = (key: string) => {
      if (!sigma.getGraph().hasNode(key)) return;
      // Display data are in sigma's normalised frame, the camera's own coordinate system.
      const data = sigma.getNodeDisplayData(key);
      if (!data) return;
      const camera = sigma.getCamera();
      camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, FOCUS_RATIO) }, { duration: 500 });
    };
    // A node selected from the URL is shown once sigma has drawn the graph.
    const initial = selectionStore.get().selected;
    const frame = initial ? requestAnimationFrame(() => show(initial)) : 0;
    const stop = cameraRequests.listen(show);
    return () => {
      cancelAnimationFrame(frame);
      stop();
    };
  }, [sigma]);

  return null;
}
