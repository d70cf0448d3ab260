// Keyboard moves for a sigma map (the paper graph and the concept map): it takes focus, arrows pan, + and - zoom, 0
// shows the whole graph.
import type Sigma from 'sigma';

/** A key press pans by this share of the view, and zooms by this factor. */
const PAN_STEP = 0.15;
const ZOOM_FACTOR = 1.5;
const KEY_MOVE_MS = 150;

/**
 * Keys for the focused map. Sigma moves only with a mouse or touch: without these, a keyboard user could search a
 * node and be shown it, but never look around it.
 */
function handleMapKey(sigma: Sigma, e: KeyboardEvent): boolean {
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

/** Makes `sigma`'s container focusable, named `name` with its keys, and moved by them; returns the undo. */
export function attachMapKeys(sigma: Sigma, name: string): () => void {
  const container = sigma.getContainer();
  container.tabIndex = 0;
  container.setAttribute('aria-label', `${name}: arrow keys pan, + and - zoom, 0 shows the whole graph`);
  const onKey = (e: KeyboardEvent) => {
    if (handleMapKey(sigma, e)) e.preventDefault();
  };
  container.addEventListener('keydown', onKey);
  return () => container.removeEventListener('keydown', onKey);
}
