// Yielding to the browser between slices of long work on the main thread (loading a graph, writing an export).

/**
 * Yield to the browser: the rest runs in a new task, after a chance to paint. A MessageChannel message, not
 * setTimeout(0), which browsers stretch to 4 ms after a few nested calls and to 1 s in a background tab.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
