// What sigma's reducers read: colours, sizes, hidden set and highlight, built once per state change, and the reducers themselves.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData } from 'sigma/types';
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
  /** The focused node's edges (the only edges shown while a node is focused), so the edge reducer needs no extremities. */
  focusEdges: Set<string> | null;
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
  return {
    hidden, colors, sizes, focus, near: focus ? neighbourhood(graph, focus) : null, focusEdges: focus ? new Set(graph.edges(focus)) : null,
    selected: selection.selected, hiddenEdgeKinds,
  };
}

/** Same entries (a recomputed map or set often equals the one it replaces). */
function sameEntries<K, V>(a: ReadonlyMap<K, V> | ReadonlySet<K>, b: ReadonlyMap<K, V> | ReadonlySet<K>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  if (a instanceof Map) {
    const m = b as ReadonlyMap<K, V>;
    for (const [k, v] of a) if (m.get(k) !== v || (v === undefined && !m.has(k))) return false;
    return true;
  }
  for (const k of a as ReadonlySet<K>) if (!b.has(k)) return false;
  return true;
}

/**
 * Whether sigma already shows look `b`. Colours, sizes and hidden sets are compared by content, not only identity:
 * they are rebuilt whenever an input changes (the clusters panel's reset right after a load recomputes the colours,
 * to the same values), and a refresh re-runs the reducers over every node and edge and redraws the whole graph,
 * seconds on a 50k-node graph, where comparing costs milliseconds.
 */
export function sameLook(a: Look | null, b: Look): boolean {
  return !!a && a.focus === b.focus && a.selected === b.selected && sameEntries(a.hidden, b.hidden) &&
    sameEntries(a.colors, b.colors) && sameEntries(a.sizes, b.sizes) && sameEntries(a.hiddenEdgeKinds, b.hiddenEdgeKinds);
}

/**
 * The fields of a node that sigma's renderers and this app's label drawers read, in one fixed shape (the settings give
 * labels a colour, not an attribute to read one from: sigmaSettings' labelColor).
 */
function displayFields(attributes: Partial<NodeDisplayData> & Record<string, unknown>): Partial<NodeDisplayData> {
  const { x, y, size, color, label, hidden, forceLabel, highlighted, zIndex, type } = attributes;
  // Sigma's defaults (applyNodeDefaults) give a missing flag false; a flag present as undefined it would keep.
  return { x, y, size, color, label, hidden: hidden ?? false, forceLabel: forceLabel ?? false, highlighted: highlighted ?? false, zIndex, type };
}

/**
 * Reducers read the current look from a ref, so they are given to sigma once (even in its constructor, making the
 * first frame already styled) and a hover only costs one refresh.
 *
 * The edge reducer fills in the object sigma hands it instead of spreading it into a new one: sigma 3 passes each
 * reducer its own shallow copy of the attributes (Sigma#addNode / #addEdge), and a refresh calls them once per node and
 * edge, 300k calls on a 50k-node graph, where one more copy of every edge's attributes is most of the reducers' cost.
 * The node reducer keeps only what sigma draws (displayFields): sigma copies a node's display data at every frame
 * for each label and highlighted node it draws (renderLabels, renderHighlightedNodes), and so does the label drawer;
 * with a paper's title, abstract, authors and keyphrases in it, those copies were a third of the app's label cost
 * per frame while panning the seeds (CPU profile of the bench's pan).
 */
export function createReducers(look: { current: Look | null }, graph: PaperGraph): Pick<Settings, 'nodeReducer' | 'edgeReducer'> {
  const edgeType = graph.type === 'directed' ? 'arrow' : 'line';
  return {
    nodeReducer: (node, attributes) => {
      const out = displayFields(attributes);
      out.type = 'circle';
      const l = look.current;
      if (!l) return out;
      out.color = l.colors.get(node) as string;
      out.size = l.sizes.get(node) ?? 4;
      out.zIndex = 0;
      if (l.hidden.has(node) && node !== l.selected) {
        out.hidden = true;
        return out;
      }
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
    edgeReducer: (edge, out) => {
      out.type = edgeType;
      out.size = 1;
      const l = look.current;
      if (!l) return out;
      if (l.hiddenEdgeKinds.size > 0 && l.hiddenEdgeKinds.has(edgeKindOf(out))) {
        out.hidden = true;
        return out;
      }
      // Extremities only when some node is hidden: looking them up for each of 250k edges costs more than the rest.
      if (l.hidden.size > 0) {
        const [s, t] = graph.extremities(edge);
        if (l.hidden.has(s) || l.hidden.has(t)) {
          out.hidden = true;
          return out;
        }
      }
      if (l.focusEdges) {
        if (l.focusEdges.has(edge)) {
          out.color = EDGE_FOCUS_COLOR;
          out.size = 1.5;
          out.zIndex = 1;
        } else {
          out.hidden = true;
        }
      }
      return out;
    },
  };
}
