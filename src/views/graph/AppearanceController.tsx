// Applies colours, sizes, filters and the hover/selection highlight through sigma's node/edge reducers (never onto the graph).
import { useSigma } from '@react-sigma/core';
import { useEffect, useRef } from 'react';
import { DIMMED_COLOR } from '../../core/appearance';
import { focusedNode, neighbourhood, selectionStore } from '../../core/selection';
import { useFilterResult, useGraph, useNodeColors, useNodeSizes } from '../derived';
import { useStore } from '../useStore';

const EDGE_FOCUS_COLOR = '#7b8794';

/** Everything the reducers read, rebuilt once per state change (not per node). */
interface Look {
  hidden: Set<string>;
  colors: Map<string, string>;
  sizes: Map<string, number>;
  focus: string | null;
  near: Set<string> | null;
  selected: string | null;
}

export function AppearanceController() {
  const sigma = useSigma();
  const { graph } = useGraph();
  const selection = useStore(selectionStore);
  const filter = useFilterResult();
  const colors = useNodeColors();
  const sizes = useNodeSizes();
  const look = useRef<Look | null>(null);

  // Reducers are installed once and read the current look from a ref, so a hover only costs one refresh.
  useEffect(() => {
    const directed = sigma.getGraph().type === 'directed';
    sigma.setSetting('nodeReducer', (node, data) => {
      const l = look.current;
      if (!l) return { ...data, type: 'circle' };
      const out = { ...data, type: 'circle', color: l.colors.get(node), size: l.sizes.get(node) ?? 4, zIndex: 0 } as typeof data;
      if (l.hidden.has(node) && node !== l.selected) return { ...out, hidden: true };
      if (l.near) {
        if (l.near.has(node)) {
          out.forceLabel = true;
          out.zIndex = node === l.focus ? 2 : 1;
          out.highlighted = node === l.focus || node === l.selected;
        } else {
          out.color = DIMMED_COLOR;
          out.label = null;
        }
      } else if (node === l.selected) {
        out.highlighted = true;
        out.forceLabel = true;
      }
      return out;
    });
    sigma.setSetting('edgeReducer', (edge, data) => {
      const l = look.current;
      const out = { ...data, type: directed ? 'arrow' : 'line', size: 1 } as typeof data;
      if (!l) return out;
      const [s, t] = sigma.getGraph().extremities(edge);
      if (l.hidden.has(s) || l.hidden.has(t)) return { ...out, hidden: true };
      if (l.focus) {
        if (s === l.focus || t === l.focus) return { ...out, color: EDGE_FOCUS_COLOR, size: 1.5, zIndex: 1 };
        return { ...out, hidden: true };
      }
      return out;
    });
  }, [sigma]);

  useEffect(() => {
    if (!graph || !filter || !colors || !sizes) return;
    const focus = focusedNode(selection, graph);
    look.current = {
      hidden: filter.hidden,
      colors,
      sizes,
      focus,
      near: focus ? neighbourhood(graph, focus) : null,
      selected: selection.selected,
    };
    // Positions are unchanged: only reducers' output differs.
    sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, graph, selection, filter, colors, sizes]);

  return null;
}
