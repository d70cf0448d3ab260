// Cluster names drawn on the map at each cluster's centroid: a DOM layer over sigma, updated after each render.
// What runs per frame is kept small, since on a 50k graph every frame counts: the passes over every node (centroids,
// colours) run again only when positions or the partition changed; the names are placed again (a pass over the
// clusters) only when the zoom, the view's size, the focused node, sigma's indexation or those positions changed, or
// when a pan would bring a name into or out of view. Any other pan moves the placed names together by one transform.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { communityColors } from '../../core/appearance';
import {
  clusterCentroids, clustersStore, placeClusterLabels, stableLabelShift, type ClusterLabelCandidate, type ClustersState,
  type ShiftBounds,
} from '../../core/clusters';
import { graphStore } from '../../core/graph';
import { pathsStore } from '../../core/paths';
import { focusedNode, neighbourhood, selectionStore } from '../../core/selection';
import type { PaperGraph } from '../../shared';

const FONT = '600 13px system-ui, sans-serif';
/** Centroids move only while the layout runs; recomputing them a few times a second then is enough. */
const CENTROID_REFRESH_MS = 300;
const ORIGIN = { x: 0, y: 0 };
const UNIT_X = { x: 1, y: 0 };
const UNIT_Y = { x: 0, y: 1 };

/** Darken a palette colour so the name reads on white (the palette's light hues are made for filled discs). */
function darken(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const f = (c: number) => Math.round(c * 0.55).toString(16).padStart(2, '0');
  return `#${f((n >> 16) & 255)}${f((n >> 8) & 255)}${f(n & 255)}`;
}

/** A cluster's name where its members are, in graph coordinates: rebuilt only when positions or the partition change. */
interface Anchor {
  id: number;
  text: string;
  x: number;
  y: number;
  weight: number;
  color: string;
}

/** What the last placement depended on besides the camera's position, and where the origin was on screen then. */
interface Placement {
  anchors: Anchor[];
  focused: number | null;
  ratio: number;
  angle: number;
  width: number;
  height: number;
  processed: number;
  originX: number;
  originY: number;
  /** The pan (from the origin above) within which the same names stay placed; null when node labels were avoided. */
  bounds: ShiftBounds | null;
  shiftX: number;
  shiftY: number;
}

export function ClusterLabelsLayer() {
  const sigma = useSigma();

  useEffect(() => {
    const graph = sigma.getGraph() as unknown as PaperGraph;
    const layer = document.createElement('div');
    layer.className = 'cluster-labels';
    layer.setAttribute('aria-hidden', 'true'); // the cluster list names the same clusters for assistive technology
    // The layer clips to the view; the names sit in an inner box that a pan moves (moving the layer would move its clip).
    const pan = document.createElement('div');
    pan.className = 'cluster-labels-pan';
    layer.appendChild(pan);
    sigma.getContainer().appendChild(layer);
    const context = document.createElement('canvas').getContext('2d');
    if (context) context.font = FONT;
    // Widths are remembered: measuring text on a canvas every frame for every cluster name is the layer's main cost.
    const widths = new Map<string, number>();
    const measure = (text: string) => {
      let width = widths.get(text);
      if (width === undefined) {
        width = (context ? context.measureText(text).width : text.length * 7) + 8;
        widths.set(text, width);
      }
      return width;
    };
    // Node labels use sigma's 13px font (sigmaSettings); 7px per character is close enough for avoiding them.
    const labelWidth = (text: string) => Math.min(text.length, 60) * 7;

    // Set when node positions (or the nodes) change, e.g. while the layout runs; camera moves leave it alone.
    let moved = false;
    const markMoved = () => void (moved = true);
    let anchors: Anchor[] = [];
    let colorOf = new Map<number, string>();
    let anchorsFor: { revision: number; infos: ClustersState['infos'] } | null = null;
    let computedAt = 0;
    const buildAnchors = (state: ClustersState) => {
      const centroids = clusterCentroids(graph);
      const colors = communityColors(graph);
      anchors = state.infos.flatMap((info) => {
        const c = centroids.get(info.id);
        if (!c) return [];
        return [{ id: info.id, text: info.label, x: c.x, y: c.y, weight: info.papers || info.size, color: darken(colors.get(info.id) ?? '#555555') }];
      });
      colorOf = new Map(anchors.map((a) => [a.id, a.color]));
      anchorsFor = { revision: state.revision, infos: state.infos };
      computedAt = performance.now();
      moved = false;
    };
    const graphEvents = ['eachNodeAttributesUpdated', 'nodeAttributesUpdated', 'nodeAdded', 'nodeDropped', 'cleared'] as const;
    graphEvents.forEach((event) => graph.on(event, markMoved));
    // The focused node's neighbourhood, kept while the focus and the edges stay (one set per frame would be garbage).
    let near: { key: string; nodes: Set<string> } | null = null;
    const forgetNear = () => void (near = null);
    const edgeEvents = ['edgeAdded', 'edgeDropped', 'nodeDropped', 'cleared', 'edgesCleared'] as const;
    edgeEvents.forEach((event) => graph.on(event, forgetNear));
    // Sigma re-indexes (new reducers' output, new extent) in process(): what it shows, and where, may have changed.
    let processed = 0;
    const markProcessed = () => void (processed += 1);
    sigma.on('afterProcess', markProcessed);

    /** The spans on screen, by community id, reused from frame to frame (rebuilding them forces a DOM layout). */
    const spans = new Map<number, { span: HTMLSpanElement; color: string }>();
    let placement: Placement | null = null;
    const clear = () => {
      placement = null;
      if (spans.size === 0) return;
      spans.clear();
      pan.replaceChildren();
    };
    // After the last position change inside the refresh interval, one more frame picks up the final centroids.
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;

    /**
     * Boxes of the labels sigma drew in this frame for the selected (or hovered) node and its neighbours (it draws
     * them right of the node, vertically centred), so a cluster name never hides the names the user is reading.
     */
    const nodeLabelBoxes = (focus: string) => {
      const boxes: { left: number; right: number; top: number; bottom: number }[] = [];
      if (near?.key !== focus) near = { key: focus, nodes: neighbourhood(graph, focus) };
      for (const node of sigma.getNodeDisplayedLabels()) {
        if (!near.nodes.has(node)) continue;
        if (boxes.length >= 400) break;
        const display = sigma.getNodeDisplayData(node);
        if (!display || !display.label) continue;
        const p = sigma.framedGraphToViewport(display);
        const size = sigma.scaleSize(display.size);
        boxes.push({ left: p.x - size, right: p.x + size + 4 + labelWidth(display.label), top: p.y - 9, bottom: p.y + 9 });
      }
      return boxes;
    };

    /** Place the names for the current view and move the spans there; remembers what the placement depended on. */
    const place = (state: ClustersState, focus: string | null, width: number, height: number) => {
      const camera = sigma.getCamera();
      // Graph to viewport is affine: three projections give it, instead of one per cluster.
      const o = sigma.graphToViewport(ORIGIN);
      const ux = sigma.graphToViewport(UNIT_X);
      const uy = sigma.graphToViewport(UNIT_Y);
      const candidates: ClusterLabelCandidate[] = [];
      for (const a of anchors) {
        if (state.focused !== null && a.id !== state.focused) continue;
        candidates.push({
          id: a.id, text: a.text, weight: a.weight,
          x: o.x + (ux.x - o.x) * a.x + (uy.x - o.x) * a.y,
          y: o.y + (ux.y - o.y) * a.x + (uy.y - o.y) * a.y,
        });
      }
      // Zoomed out only the big clusters are named; zooming in makes room for more.
      const max = Math.round(Math.min(30, Math.max(6, 6 / camera.ratio)));
      const avoid = focus ? nodeLabelBoxes(focus) : [];
      const viewport = { width, height };
      const placed = placeClusterLabels(candidates, viewport, measure, { max, avoid });
      const shown = new Set<number>();
      for (const label of placed) {
        shown.add(label.id);
        let entry = spans.get(label.id);
        if (!entry) {
          const span = document.createElement('span');
          span.className = 'cluster-label';
          span.dataset.community = String(label.id);
          entry = { span, color: '' };
          spans.set(label.id, entry);
          pan.appendChild(span);
        }
        const { span } = entry;
        if (span.textContent !== label.text) span.textContent = label.text; // text, never HTML: labels come from paper text
        span.style.left = `${label.x}px`;
        span.style.top = `${label.y}px`;
        const color = colorOf.get(label.id)!;
        if (entry.color !== color) {
          entry.color = color;
          span.style.color = color;
        }
      }
      for (const [id, entry] of spans) {
        if (shown.has(id)) continue;
        entry.span.remove();
        spans.delete(id);
      }
      if (pan.style.transform) pan.style.transform = '';
      placement = {
        anchors, focused: state.focused, ratio: camera.ratio, angle: camera.angle, width, height, processed,
        originX: o.x, originY: o.y,
        // Names that step aside for node labels depend on where sigma drew those: no shortcut then.
        bounds: avoid.length === 0 ? stableLabelShift(candidates, placed, viewport, measure, { max }) : null,
        shiftX: 0, shiftY: 0,
      };
    };

    const draw = () => {
      const state = clustersStore.get();
      const sinceComputed = performance.now() - computedAt;
      if (anchorsFor?.revision !== state.revision || anchorsFor.infos !== state.infos || (moved && sinceComputed > CENTROID_REFRESH_MS)) {
        buildAnchors(state);
      } else if (moved && refreshTimer === undefined) {
        refreshTimer = setTimeout(() => {
          refreshTimer = undefined;
          sigma.scheduleRender();
        }, CENTROID_REFRESH_MS - sinceComputed + 1);
      }
      // A path tells its own story in node labels; cluster names would cover it. Clusters of a previous graph (until
      // the clusters panel, which mounts after the first frame, resets them) are not this graph's.
      if (pathsStore.get().result || state.infos.length < 2 || state.graphVersion !== graphStore.get().version) {
        clear();
        return;
      }
      const focus = focusedNode(selectionStore.get(), graph);
      const { width, height } = sigma.getDimensions();
      const camera = sigma.getCamera();
      const p = placement;
      if (p?.bounds && !focus && p.anchors === anchors && p.focused === state.focused && p.ratio === camera.ratio &&
        p.angle === camera.angle && p.width === width && p.height === height && p.processed === processed) {
        // Only the camera's position changed: every name moves by the same shift as the origin.
        const o = sigma.graphToViewport(ORIGIN);
        const dx = o.x - p.originX;
        const dy = o.y - p.originY;
        if (dx === p.shiftX && dy === p.shiftY) return; // the camera did not move
        const b = p.bounds;
        if (dx > b.minX && dx < b.maxX && dy > b.minY && dy < b.maxY) {
          p.shiftX = dx;
          p.shiftY = dy;
          pan.style.transform = `translate(${dx}px, ${dy}px)`;
          return;
        }
      }
      place(state, focus, width, height);
    };

    sigma.on('afterRender', draw);
    const unsubscribe = [clustersStore.subscribe(() => sigma.scheduleRender()), pathsStore.subscribe(() => sigma.scheduleRender())];
    draw();
    return () => {
      sigma.off('afterRender', draw);
      sigma.off('afterProcess', markProcessed);
      graphEvents.forEach((event) => graph.off(event, markMoved));
      edgeEvents.forEach((event) => graph.off(event, forgetNear));
      clearTimeout(refreshTimer);
      unsubscribe.forEach((u) => u());
      layer.remove();
    };
  }, [sigma]);

  return null;
}
