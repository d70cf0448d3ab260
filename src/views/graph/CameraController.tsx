// Moves the camera to nodes chosen in the panels (search, chips, related papers), resets it for a new graph, and lets
// the keyboard move it: the map takes focus (Tab), arrows pan, + and - zoom, 0 shows the whole graph.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { selectionStore } from '../../core/selection';
import { cameraRequests } from '../commands';

const MIN_FOCUS_RATIO = 0.08;
/** A key press pans by this share of the view, and zooms by this factor. */
const PAN_STEP = 0.15;
const ZOOM_FACTOR = 1.5;
const KEY_MOVE_MS = 150;

/**
 * Keys for the focused map. Sigma moves only with a mouse or touch: without these, a keyboard user could search a
 * node and be shown it, but never look around it.
 */
function handleMapKey(sigma: ReturnType<typeof useSigma>, e: KeyboardEvent): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false;
  const camera = sigma.getCamera();
  const { width, height } = sigma.getDimensions();
  const pan: Record<string, [number, number]> = {
    ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1],
  };
  const step = pan[e.key];
  if (step) {
    // The view's centre moved by a share of the view, in viewport pixels: the same direction whatever the axes' frame.
    const to = sigma.viewportToFramedGraph({ x: width / 2 + step[0] * PAN_STEP * width, y: height / 2 + step[1] * PAN_STEP * height });
    void camera.animate({ x: to.x, y: to.y }, { duration: KEY_MOVE_MS });
    return true;
  }
  if (e.key === '+' || e.key === '=') void camera.animatedZoom({ factor: ZOOM_FACTOR, duration: KEY_MOVE_MS });
  else if (e.key === '-' || e.key === '_') void camera.animatedUnzoom({ factor: ZOOM_FACTOR, duration: KEY_MOVE_MS });
  else if (e.key === '0') void camera.animatedReset({ duration: KEY_MOVE_MS });
  else return false;
  return true;
}

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
    const container = sigma.getContainer();
    container.tabIndex = 0;
    container.setAttribute('aria-label', 'Graph map: arrow keys pan, + and - zoom, 0 shows the whole graph');
    const onKey = (e: KeyboardEvent) => {
      if (handleMapKey(sigma, e)) e.preventDefault();
    };
    container.addEventListener('keydown', onKey);
    return () => {
      cancelAnimationFrame(frame);
      stop();
      container.removeEventListener('keydown', onKey);
    };
  }, [sigma]);

  return null;
}
