// Which graph version sigma has drawn. Panels and indices that can wait (side panels, search index) render after
// the graph's first frame is on screen instead of delaying it.
import { createStore } from '../core/store';
import { useGraph } from './derived';
import { useStore } from './useStore';

const drawnStore = createStore<number>(0);

/**
 * Called once sigma has drawn `version`: the waiting views render in a later task, after the browser has painted
 * that frame (a macrotask after the next animation frame), so they never hold the first frame back.
 */
export function markDrawn(version: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => drawnStore.update(() => version), 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** True once the current graph's first frame has been drawn (and painted). */
export function useGraphDrawn(): boolean {
  const { version } = useGraph();
  const drawn = useStore(drawnStore);
  return drawn === version && version > 0;
}
