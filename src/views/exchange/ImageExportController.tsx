// Lives inside the graph view and registers its sigma instance for the PNG export; renders nothing.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { registerSigma } from './sigmaHandle';

export function ImageExportController() {
  const sigma = useSigma();
  useEffect(() => registerSigma(sigma), [sigma]);
  return null;
}
