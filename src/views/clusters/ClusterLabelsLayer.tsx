// Cluster names drawn on the map at each cluster's centroid: a DOM layer over sigma, repositioned after each render.
// Per frame it only projects the clusters' centroids and moves its few spans: the passes over every node (centroids,
// colours) run again only when positions or the partition changed, since on a 50k graph one pass costs a frame.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { communityColors } from '../../core/appearance';
import { clusterCentroids, clustersStore, placeClusterLabels } from '../../core/clusters';
import { graphStore } from '../../core/graph';
import { pathsStore } from '../../core/paths';
import { focusedNode, neighbourhood, selectionStore } from '../../core/selection';
import type { PaperGraph } from '../../shared';

const FONT = '600 13px system-ui, sans-serif';
/** Centroids move only while the layout runs; recomputing them a few times a second then is enough. */
const CENTROID_REFRESH_MS = 300;

/** Darken a palette colour so the name reads on white (the palette's light hues are made for filled discs). */
function darken(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const f = (c: number) => Math.round(c * 0.55).toString(16).padStart(2, '0');
  return `#${f((n >> 16) & 255)}${f((n >> 8) & 255)}${f(n & 255)}`;
}

export function ClusterLabelsLayer() {
  const sigma = useSigma();

  useEffect(() => {
    const graph = sigma.getGraph() as unknown as PaperGraph;
    const layer = document.createElement('div');
    layer.className = 'cluster-labels';
    layer.setAttribute('aria-hidden', 'true'); // the cluster list names the same clusters for assistive technology
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

    let centroids = clusterCentroids(graph);
    let colors = communityColors(graph);
    let computedAt = performance.now();
    let revision = clustersStore.get().revision;
    // Set when node positions (or the nodes) change, e.g. while the layout runs; camera moves leave it alone.
    let moved = false;
    const markMoved = () => void (moved = true);
    const graphEvents = ['eachNodeAttributesUpdated', 'nodeAttributesUpdated', 'nodeAdded', 'nodeDropped', 'cleared'] as const;
    graphEvents.forEach((event) => graph.on(event, markMoved));
    /** The spans on screen, by community id, reused from frame to frame (rebuilding them forces a DOM layout). */
    const spans = new Map<number, { span: HTMLSpanElement; color: string }>();
    const clear = () => {
      if (spans.size === 0) return;
      spans.clear();
      layer.replaceChildren();
    };
    // After the last position change inside the refresh interval, one more frame picks up the final centroids.
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;

    /**
     * Boxes of the labels sigma drew in this frame for the selected (or hovered) node and its neighbours (it draws
     * them right of the node, vertically centred), so a cluster name never hides the names the user is reading.
     */
    const nodeLabelBoxes = () => {
      const boxes: { left: number; right: number; top: number; bottom: number }[] = [];
      const focus = focusedNode(selectionStore.get(), graph);
      if (!focus || !graph.hasNode(focus)) return boxes;
      const near = neighbourhood(graph, focus);
      for (const node of sigma.getNodeDisplayedLabels()) {
        if (!near.has(node)) continue;
        if (boxes.length >= 400) break;
        const display = sigma.getNodeDisplayData(node);
        if (!display || !display.label) continue;
        const p = sigma.framedGraphToViewport(display);
        const size = sigma.scaleSize(display.size);
        boxes.push({ left: p.x - size, right: p.x + size + 4 + labelWidth(display.label), top: p.y - 9, bottom: p.y + 9 });
      }
      return boxes;
    };

    const draw = () => {
      const state = clustersStore.get();
      const sinceComputed = performance.now() - computedAt;
      if (state.revision !== revision || (moved && sinceComputed > CENTROID_REFRESH_MS)) {
        centroids = clusterCentroids(graph);
        colors = communityColors(graph);
        computedAt = performance.now();
        revision = state.revision;
        moved = false;
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
      const { width, height } = sigma.getDimensions();
      const ratio = sigma.getCamera().getState().ratio;
      const candidates = state.infos.flatMap((info) => {
        const c = centroids.get(info.id);
        if (!c) return [];
        if (state.focused !== null && info.id !== state.focused) return [];
        const p = sigma.graphToViewport({ x: c.x, y: c.y });
        return [{ id: info.id, text: info.label, x: p.x, y: p.y, weight: info.papers || info.size }];
      });
      // Zoomed out only the big clusters are named; zooming in makes room for more.
      const max = Math.round(Math.min(30, Math.max(6, 6 / ratio)));
      const placed = placeClusterLabels(candidates, { width, height }, measure, { max, avoid: nodeLabelBoxes() });
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
          layer.appendChild(span);
        }
        const { span } = entry;
        if (span.textContent !== label.text) span.textContent = label.text; // text, never HTML: labels come from paper text
        span.style.left = `${label.x}px`;
        span.style.top = `${label.y}px`;
        const color = darken(colors.get(label.id) ?? '#555555');
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
    };

    sigma.on('afterRender', draw);
    const unsubscribe = [clustersStore.subscribe(() => sigma.scheduleRender()), pathsStore.subscribe(() => sigma.scheduleRender())];
    draw();
    return () => {
      sigma.off('afterRender', draw);
      graphEvents.forEach((event) => graph.off(event, markMoved));
      clearTimeout(refreshTimer);
      unsubscribe.forEach((u) => u());
      layer.remove();
    };
  }, [sigma]);

  return null;
}
