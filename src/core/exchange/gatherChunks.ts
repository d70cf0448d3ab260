// An export file's chunks gathered for a Blob in slices of time, so the page stays responsive and can show progress.

/** Longest stretch of writing before the page gets a turn (a frame or so). */
export const EXPORT_SLICE_MS = 50;

/**
 * Reads `chunks` into an array (a Blob is made from the parts: no single string of the whole file), calling
 * `betweenSlices` whenever EXPORT_SLICE_MS have passed since the last call, so a long export of a big graph never holds
 * the page in one task. `now` is the clock (tests pass their own).
 */
export async function gatherChunks(
  chunks: Iterable<string>,
  betweenSlices: () => Promise<void>,
  now: () => number = () => performance.now(),
): Promise<string[]> {
  const parts: string[] = [];
  let sliceStart = now();
  for (const chunk of chunks) {
    parts.push(chunk);
    if (now() - sliceStart >= EXPORT_SLICE_MS) {
      await betweenSlices();
      sliceStart = now();
    }
  }
  return parts;
}
