// User-timing marks for the benchmark: "sigma-first-frame" once per graph, and with ?bench a "sigma-render" measure per frame.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export function RenderTimingController() {
  const sigma = useSigma();
  useEffect(() => {
    // Sigma's constructor renders synchronously (already styled: reducers are in its initial settings), and
    // controllers mount right after it, so the first frame is on screen now.
    performance.mark('sigma-first-frame');
    // Per-frame measures only on request: left on, they would pile up entries for as long as the tab is open.
    if (!new URLSearchParams(window.location.search).has('bench')) return;
    const before = () => performance.mark('sigma-render-start');
    const after = () => performance.measure('sigma-render', 'sigma-render-start');
    sigma.on('beforeRender', before);
    sigma.on('afterRender', after);
    return () => {
      sigma.off('beforeRender', before);
      sigma.off('afterRender', after);
    };
  }, [sigma]);
  return null;
}
