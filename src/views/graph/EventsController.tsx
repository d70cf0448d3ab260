// Pointer events on the graph: click selects, clicking the background clears, hover (debounced 40 ms) previews.
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { clearSelection, selectNode, selectionStore, setHovered } from '../../core/selection';
import { createHoverIntent } from './hoverIntent';

const HOVER_DELAY_MS = 40;

/** A mouse button is held (touch events carry no buttons: a touch previews as before). */
const pressed = (event: { original: MouseEvent | TouchEvent }) => Boolean((event.original as MouseEvent).buttons);

export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const hover = createHoverIntent(
      (key) => selectionStore.update(setHovered(key)),
      () => selectionStore.get().hovered ?? null,
      HOVER_DELAY_MS,
    );
    const container = sigma.getContainer();
    registerEvents({
      clickNode: ({ node }) => selectionStore.update(selectNode(node)),
      clickStage: () => selectionStore.update(clearSelection()),
      downNode: () => hover.press(),
      downStage: () => hover.press(),
      upNode: ({ node }) => hover.release(node),
      upStage: () => hover.release(null),
      enterNode: ({ node, event }) => {
        hover.enter(node, pressed(event));
        if (!pressed(event)) container.style.cursor = 'pointer';
      },
      leaveNode: ({ event }) => {
        hover.leave(pressed(event));
        container.style.cursor = '';
      },
    });
    return () => {
      hover.dispose();
      selectionStore.update(setHovered(null));
    };
  }, [sigma, registerEvents]);

  return null;
}
