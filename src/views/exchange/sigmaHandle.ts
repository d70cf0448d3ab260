// The one sigma instance on screen, registered by ImageExportController so the export menu (outside the canvas) can capture it.
import type Sigma from 'sigma';

let current: Sigma | null = null;

export function registerSigma(sigma: Sigma): () => void {
  current = sigma;
  return () => {
    if (current === sigma) current = null;
  };
}

export function currentSigma(): Sigma | null {
  return current;
}
