// Which node the pointer previews on the map: debounced while it moves, held while a button is down, settled on release.

export interface HoverIntent {
  /** The pointer came onto a node; `pressed`: a button is held (dragging the view, not pointing at what it passes). */
  enter(node: string, pressed: boolean): void;
  leave(pressed: boolean): void;
  /** A button went down: a click or a drag starts, and a preview still waiting for its delay is dropped. */
  press(): void;
  /** The button came up over `node` (null: over the background): the preview becomes that one. */
  release(node: string | null): void;
  dispose(): void;
}

/**
 * `apply` is called `delayMs` after the pointer settles, so sweeping across a dense area does not rebuild the highlight
 * for every node passed. Nothing changes while a button is held: on a large graph each change of preview is a full
 * reducer pass and re-upload (seconds at 50k nodes with software WebGL), and a drag that started on a node used to
 * pay two of them in the middle of the pan, one for the preview still pending when the button went down and one for
 * leaving the node.
 */
export function createHoverIntent(apply: (node: string | null) => void, current: () => string | null, delayMs: number): HoverIntent {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = (node: string | null) => {
    clearTimeout(timer);
    timer = setTimeout(() => apply(node), delayMs);
  };
  return {
    enter: (node, pressed) => void (pressed || later(node)),
    leave: (pressed) => void (pressed || later(null)),
    press: () => clearTimeout(timer),
    release: (node) => (node === current() ? clearTimeout(timer) : later(node)),
    dispose: () => clearTimeout(timer),
  };
}
