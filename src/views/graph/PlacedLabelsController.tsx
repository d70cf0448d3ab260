// Hands a sigma to the label drawer that places its labels (placedLabels.ts, once per frame); renders nothing.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';

export function PlacedLabelsController({ attach }: { attach: (sigma: Sigma) => () => void }) {
  const sigma = useSigma();
  useEffect(() => {
    const detach = attach(sigma as unknown as Sigma);
    // The frame sigma drew before this effect placed nothing: draw it again, placed.
    sigma.scheduleRender();
    return detach;
  }, [sigma, attach]);
  return null;
}
