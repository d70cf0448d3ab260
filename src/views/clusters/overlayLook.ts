// How a focused cluster or a found path changes what the base reducers drew: the rest of the graph steps back.
import type Graph from 'graphology';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DIMMED_COLOR } from '../../core/appearance';
import type { PathHighlight } from '../../core/paths';

export interface OverlayLook {
  /** Members of the focused cluster, or null. */
  members: Set<string> | null;
  path: PathHighlight | null;
  /** Node colours of the current colour mode, to restore a path node the base highlight had dimmed. */
  colors: Map<string, string>;
}

const PATH_EDGE_COLOR = '#1f2933';
const FAINT_EDGE_COLOR = '#eceff2';

/** `label` is the node's own label: the base highlight may have blanked it on a node the path passes through. */
export function overlayNode(
  look: OverlayLook,
  node: string,
  out: Partial<NodeDisplayData>,
  label: string | null | undefined,
): Partial<NodeDisplayData> {
  if (look.path) {
    if (look.path.nodes.has(node)) {
      // A path node is shown even when a filter hides its kind: a gap in the chain would hide the answer.
      return {
        ...out,
        hidden: false,
        color: look.colors.get(node) ?? out.color,
        label: label ?? out.label,
        forceLabel: true,
        zIndex: 3,
        highlighted: node === look.path.source || node === look.path.target,
      };
    }
    return { ...out, color: DIMMED_COLOR, label: null, forceLabel: false, highlighted: false, zIndex: 0 };
  }
  if (look.members && !look.members.has(node) && !out.hidden) {
    return { ...out, color: DIMMED_COLOR, label: null, forceLabel: false, highlighted: false, zIndex: 0 };
  }
  return out;
}

export function overlayEdge(
  look: OverlayLook,
  edge: string,
  [source, target]: [string, string],
  out: Partial<EdgeDisplayData>,
): Partial<EdgeDisplayData> {
  if (look.path) {
    if (look.path.edges.has(edge)) return { ...out, hidden: false, color: PATH_EDGE_COLOR, size: 3, zIndex: 3 };
    return out.hidden ? out : { ...out, color: FAINT_EDGE_COLOR, size: 0.5, zIndex: 0 };
  }
  if (look.members && !(look.members.has(source) && look.members.has(target))) return { ...out, hidden: true };
  return out;
}

/**
 * Wraps the base reducers so the overlay (read from a ref) runs on their output. Given to sigma with its initial
 * settings: installing reducers later would cost a full re-index and re-draw right after the first frame.
 */
export function withOverlay(
  base: Pick<Settings, 'nodeReducer' | 'edgeReducer'>,
  overlay: { current: OverlayLook | null },
  graph: Graph,
): Pick<Settings, 'nodeReducer' | 'edgeReducer'> {
  const { nodeReducer: baseNode, edgeReducer: baseEdge } = base;
  return {
    nodeReducer: (node, data) => {
      const label = data.label; // read first: the base reducer fills in `data` itself and may blank the label
      const out = baseNode ? baseNode(node, data) : data;
      return overlay.current ? (overlayNode(overlay.current, node, out, label) as typeof out) : out;
    },
    edgeReducer: (edge, data) => {
      const out = baseEdge ? baseEdge(edge, data) : data;
      if (!overlay.current) return out;
      return overlayEdge(overlay.current, edge, [graph.source(edge), graph.target(edge)], out) as typeof out;
    },
  };
}
