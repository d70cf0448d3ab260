// Applies colours, sizes, filters and the hover/selection highlight through sigma's node/edge reducers (never onto the graph).
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { DIMMED_COLOR } from '../../core/appearance';
import { focusedNode, neighbourhood, selectionStore } from '../../core/selection';
import { useFilterResult, useGraph, useNodeColors, useNodeSizes } from '../derived';
import { useStore } from '../useStore';

const EDGE_FOCUS_COLOR = '#7b8794';

export function AppearanceController() {
  const sigma = useSigma();
  const { graph } = useGraph();
  const selection = useStore(selectionStore);
  const filter = useFilterResult();
  const colors = useNodeColors();
  const sizes = useNodeSizes();

  useEffect(() => {
    if (!graph || !filter || !colors || !sizes) return;
    const hidden = filter.hidden;
    const focus = focusedNode(selection, graph);
    const near = focus ? neighbourhood(graph, focus) : null;
    const selected = selection.selected;
    const directed = graph.type === 'directed';

    sigma.setSetting('nodeReducer', (node, data) => {
      const out = { ...data, type: 'circle', color: colors.get(node), size: sizes.get(node) ?? 4, zIndex: 0 } as typeof data;
      if (hidden.has(node) && node !== selected) return { ...out, hidden: true };
      if (near) {
        if (near.has(node)) {
          out.forceLabel = true;
          out.zIndex = node === focus ? 2 : 1;
          out.highlighted = node === focus || node === selected;
        } else {
          out.color = DIMMED_COLOR;
          out.label = null;
        }
      } else if (node === selected) {
        out.highlighted = true;
        out.forceLabel = true;
      }
      return out;
    });
    sigma.setSetting('edgeReducer', (edge, data) => {
      const [s, t] = graph.extremities(edge);
      const out = { ...data, type: directed ? 'arrow' : 'line', size: 1 } as typeof data;
      if (hidden.has(s) || hidden.has(t)) return { ...out, hidden: true };
      if (focus) {
        if (s === focus || t === focus) return { ...out, color: EDGE_FOCUS_COLOR, size: 1.5, zIndex: 1 };
        return { ...out, hidden: true };
      }
      return out;
    });
    // Reducers changed, positions did not: skip re-indexing the node positions.
    sigma.refresh({ skipIndexation: true });
  }, [sigma, graph, selection, filter, colors, sizes]);

  return null;
}
