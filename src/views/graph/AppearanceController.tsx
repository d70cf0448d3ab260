// Rebuilds the look (colours, sizes, filters, hover/selection highlight) on state changes and refreshes sigma; never writes to the graph.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { selectionStore } from '../../core/selection';
import { useFilterResult, useGraph, useNodeColors, useNodeSizes } from '../derived';
import { useStore } from '../useStore';
import { buildLook, sameLook, type Look } from './look';

export function AppearanceController({ look }: { look: { current: Look | null } }) {
  const sigma = useSigma();
  const { graph } = useGraph();
  const selection = useStore(selectionStore);
  const filter = useFilterResult();
  const colors = useNodeColors();
  const sizes = useNodeSizes();

  useEffect(() => {
    if (!graph || !filter || !colors || !sizes) return;
    const next = buildLook(graph, selection, filter.hidden, colors, sizes, filter.hiddenEdgeKinds);
    if (sameLook(look.current, next)) return; // sigma drew this look already (its first frame)
    look.current = next;
    // Positions are unchanged: only reducers' output differs.
    sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, look, graph, selection, filter, colors, sizes]);

  return null;
}
