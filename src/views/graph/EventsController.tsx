// Pointer events on the graph: click selects, clicking the background clears, hover (debounced 40 ms) previews.
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { clearSelection, selectNode, selectionStore, setHovered } from '../../core/selection';

const HOVER_DELAY_MS = 40;

export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Debounced so sweeping the pointer across a dense area does not rebuild the highlight for every node passed.
    const hover = (key: string | null) => {
      clearTimeout(timer);
      timer = setTimeout(() => selectionStore.update(setHovered(key)), HOVER_DELAY_MS);
    };
    const container = sigma.getContainer();
    registerEvents({
      clickNode: ({ node }) => selectionStore.update(selectNode(node)),
      clickStage: () => selectionStore.update(clearSelection()),
      enterNode: ({ node, event }) => {
        // Passing over nodes while dragging the view is not pointing at them; on a large graph each highlight
        // is a full reducer pass, which would stall panning.
        if ((event.original as MouseEvent).buttons) return;
        hover(node);
        container.style.cursor = 'pointer';
      },
      leaveNode: () => {
        hover(null);
        container.style.cursor = '';
      },
    });
    return () => {
      clearTimeout(timer);
      selectionStore.update(setHovered(null));
    };
  }, [sigma, registerEvents]);

  return null;
}
