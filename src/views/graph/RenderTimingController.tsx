// User-timing measures for the benchmark: with ?bench a "sigma-render" measure per frame ("sigma-first-frame" is marked
// by SigmaCanvas, right after sigma's constructor has drawn).
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export function RenderTimingController() {
  const sigma = useSigma();
  useEffect(() => {
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
