// Moves sigma's camera so a set of nodes fills the view (a focused cluster, a path), and the channel that asks for it.
import type Sigma from 'sigma';

type Listener = (keys: string[]) => void;
const listeners = new Set<Listener>();

/** "Show me these nodes": the main graph's ClustersController fits the camera to them. */
export const fitRequests = {
  emit: (keys: string[]) => listeners.forEach((l) => l(keys)),
  listen(listener: Listener) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};

const MIN_RATIO = 0.05;

/**
 * Fit after sigma's next frame: a full refresh (as a look change does) re-reads node data at once but normalises
 * positions into the camera's frame only when it renders, so reading them right away would mix two frames.
 */
export function fitCameraToNodes(sigma: Sigma, keys: Iterable<string>, duration = 500): void {
  const list = [...keys];
  sigma.once('afterRender', () => fitNow(sigma, list, duration));
  sigma.scheduleRender();
}

function fitNow(sigma: Sigma, keys: string[], duration: number): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const key of keys) {
    // Display data are in sigma's normalised frame, the camera's own coordinate system.
    const d = sigma.getNodeDisplayData(key);
    if (!d) continue;
    minX = Math.min(minX, d.x);
    maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y);
    maxY = Math.max(maxY, d.y);
  }
  if (!Number.isFinite(minX)) return;
  // At ratio 1 the whole graph spans the view; a margin keeps the outermost nodes and their labels inside.
  const ratio = Math.min(1, Math.max(MIN_RATIO, Math.max(maxX - minX, maxY - minY) * 1.35));
  sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration });
}
