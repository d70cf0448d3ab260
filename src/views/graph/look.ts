// What sigma's reducers read: colours, sizes, hidden set and highlight, built once per state change, and the reducers themselves.
import type { Settings } from 'sigma/settings';
import { DIMMED_COLOR } from '../../core/appearance';
import { edgeKindOf } from '../../core/filters';
import { focusedNode, neighbourhood, type SelectionState } from '../../core/selection';
import type { PaperGraph } from '../../shared';

const EDGE_FOCUS_COLOR = '#7b8794';

export interface Look {
  hidden: Set<string>;
  colors: Map<string, string>;
  sizes: Map<string, number>;
  focus: string | null;
  near: Set<string> | null;
  selected: string | null;
  /** Edge kinds the filters switch off (edges stay in the graph; the reducer hides them). */
  hiddenEdgeKinds: ReadonlySet<string>;
}

const NO_EDGE_KINDS: ReadonlySet<string> = new Set();

export function buildLook(
  graph: PaperGraph,
  selection: SelectionState,
  hidden: Set<string>,
  colors: Map<string, string>,
  sizes: Map<string, number>,
  hiddenEdgeKinds: ReadonlySet<string> = NO_EDGE_KINDS,
): Look {
  const focus = focusedNode(selection, graph);
  return { hidden, colors, sizes, focus, near: focus ? neighbourhood(graph, focus) : null, selected: selection.selected, hiddenEdgeKinds };
}

export function sameLook(a: Look | null, b: Look): boolean {
  return !!a && a.hidden === b.hidden && a.colors === b.colors && a.sizes === b.sizes && a.focus === b.focus && a.selected === b.selected &&
    a.hiddenEdgeKinds === b.hiddenEdgeKinds;
}

/**
 * Reducers read the current look from a ref, so they are given to sigma once (even in its constructor, making the
 * first frame already styled) and a hover only costs one refresh.
 */
export function createReducers(look: { current: Look | null }, graph: PaperGraph): Pick<Settings, 'nodeReducer' | 'edgeReducer'> {
  const edgeType = graph.type === 'directed' ? 'arrow' : 'line';
  return {
    nodeReducer: (node, data) => {
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
    },
    edgeReducer: (edge, data) => {
      const l = look.current;
      const out = { ...data, type: edgeType, size: 1 } as typeof data;
      if (!l) return out;
      if (l.hiddenEdgeKinds.size > 0 && l.hiddenEdgeKinds.has(edgeKindOf(data))) return { ...out, hidden: true };
      const [s, t] = graph.extremities(edge);
      if (l.hidden.has(s) || l.hidden.has(t)) return { ...out, hidden: true };
      if (l.focus) {
        if (s === l.focus || t === l.focus) return { ...out, color: EDGE_FOCUS_COLOR, size: 1.5, zIndex: 1 };
        return { ...out, hidden: true };
      }
      return out;
    },
  };
}
