// User-timing marks for the benchmark ("sigma-first-frame" once per graph, with ?bench a "sigma-render" measure per
// frame); also tells the views that wait for the first frame that it is drawn.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { graphStore } from '../../core/graph';
import { markDrawn } from '../firstFrame';

export function RenderTimingController() {
  const sigma = useSigma();
  useEffect(() => {
    // Sigma's constructor renders synchronously (already styled: reducers are in its initial settings), and
    // controllers mount right after it, so the first frame is on screen now.
    performance.mark('sigma-first-frame');
    const cancelDrawn = markDrawn(graphStore.get().version);
    // Per-frame measures only on request: left on, they would pile up entries for as long as the tab is open.
    if (!new URLSearchParams(window.location.search).has('bench')) return cancelDrawn;
    const before = () => performance.mark('sigma-render-start');
    const after = () => performance.measure('sigma-render', 'sigma-render-start');
    sigma.on('beforeRender', before);
    sigma.on('afterRender', after);
    return () => {
      cancelDrawn();
      sigma.off('beforeRender', before);
      sigma.off('afterRender', after);
    };
  }, [sigma]);
  return null;
}
