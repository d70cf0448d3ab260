// Whether the first graph has been drawn: the side panels and the export menu wait for it, so sigma's first frame comes
// before their render.
import { useEffect, useState } from 'react';

/**
 * False until a frame after the first graph was committed, then true for good. At seed size, React's first render of
 * the panels (and what they compute from the graph: counts, legends, bursts), and the layout of their DOM, came before
 * sigma drew; the user looks at the graph first.
 * Later graphs (opened files) render with the panels as before: they are already on screen, and hiding them for a
 * frame would flash.
 */
export function useFirstGraphDrawn(hasGraph: boolean): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    if (drawn || !hasGraph) return;
    // Effects run children first, so the graph view's effect, which creates sigma and draws, has run by now (a big
    // graph's sigma waits for a frame and a task too, and was queued first). A frame, then a task: the browser paints
    // the graph before React renders the panels.
    // The first number formatted for the reader's locale loads that locale's data (20-200 ms in headless Chromium):
    // in a task of its own, before the panels' render, which formats their counts (and the status line's).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => {
      (0).toLocaleString();
      timer = setTimeout(() => setDrawn(true), 0);
    }, 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [drawn, hasGraph]);
  return drawn;
}
