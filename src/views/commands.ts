// Imperative requests from panels to the graph view's controllers (move the camera, start/stop the layout).
type Listener<T> = (value: T) => void;

function createChannel<T>() {
  const listeners = new Set<Listener<T>>();
  return {
    emit: (value: T) => listeners.forEach((l) => l(value)),
    listen(listener: Listener<T>) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** "Show me this node": the camera controller animates to it. */
export const cameraRequests = createChannel<string>();
export const layoutRequests = createChannel<'start' | 'stop'>();
