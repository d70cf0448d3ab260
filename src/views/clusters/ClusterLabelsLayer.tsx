// Cluster names drawn on the map at each cluster's centroid: a DOM layer over sigma, updated after each render.
// What runs per frame is kept small, since on a 50k graph every frame counts. The passes over every node (centroids,
// colours) run again only when positions or the partition changed. The clusters' screen positions are projected once
// per zoom level (and view size, indexation, positions): a pan moves the box holding the names by one transform. While
// the view moves the names slide so, and are placed again (a pass over the clusters, no DOM write for a name that
// stays) at most every MOVE_PLACEMENT_MS and when the move ends; on a large graph, where sigma leaves node labels out
// while the camera moves (hideLabelsOnMove), only when it ends. A camera set without a move keeps the names by one
// transform too unless it brings one into or out of view, or a node is focused and sigma draws its neighbours' labels
// (they move under the names): then they are placed again.
// A name partly out of view is held at the edge it passes (moved into the view whole): during a pan it keeps its place
// on that axis by one style write.
import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type Sigma from 'sigma';
import { appearanceStore, communityColors, effectiveColorMode } from '../../core/appearance';
import {
  byWeight, clusterCentroids, clustersStore, holdsAtEdge, placeClusterLabels, stableLabelShift, type ClusterLabelCandidate,
  type ClustersState, type ShiftBounds,
} from '../../core/clusters';
import { graphStore } from '../../core/graph';
import { pathsStore } from '../../core/paths';
import { focusedNode, neighbourhood, selectionStore } from '../../core/selection';
import type { PaperGraph } from '../../shared';
import { filtersStore } from '../../core/filters';
import { readCurrentDerived } from '../derived';
import { reserveLabelBoxes, writtenLabelBoxes } from '../graph/placedLabels';

const FONT = '600 13px system-ui, sans-serif';
/** A cluster's name when the nodes are not coloured by cluster. */
const NEUTRAL_NAME = '#333333';
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

/**
 * Whether the frame sigma has just drawn left node labels out: hideLabelsOnMove while the camera moves, the same test
 * as sigma 3's render(). getNodeDisplayedLabels() then still lists the last still frame's labels, which are not on
 * screen; stepping aside for them would re-place every name on every frame of the move.
 */
function nodeLabelsHidden(sigma: Sigma): boolean {
  return Boolean(sigma.getSetting('hideLabelsOnMove')) && cameraMoving(sigma);
}

/** Whether the camera is moving (a drag, a wheel zoom, an animation): sigma draws the move's next frame anyway. */
function cameraMoving(sigma: Sigma): boolean {
  const captor = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0;
}

/** How often a moving camera is checked for having stopped, for the frames wanted then (see frameWhenMoveEnds). */
const MOVE_END_CHECK_MS = 100;

/** While the view moves (graphs whose labels sigma draws during moves), the names are placed again at most this often. */
const MOVE_PLACEMENT_MS = 100;

/** A cluster's name where its members are, in graph coordinates: rebuilt only when positions or the partition change. */
interface Anchor {
  id: number;
  text: string;
  x: number;
  y: number;
  weight: number;
  color: string;
}

/**
 * The clusters' screen positions for one zoom level, view size and indexation, with the camera where it was then;
 * a pan since moves them all by the shift of the graph's origin on screen.
 */
interface Projection {
  anchors: Anchor[];
  ratio: number;
  angle: number;
  width: number;
  height: number;
  processed: number;
  originX: number;
  originY: number;
  xs: Float64Array;
  ys: Float64Array;
}

/** The names on screen: what they were placed for, and the pan within which they stay the same names. */
interface Placement {
  focused: number | null;
  /** The node whose neighbours' labels the names stepped aside for (null while sigma drew no labels). */
  focus: string | null;
  shiftX: number;
  shiftY: number;
  /** Open bounds on the pan, relative to the shift above; null while names step aside for node labels. */
  bounds: ShiftBounds | null;
  /** Names held at the view's edge (partly out of it): their viewport position on each held axis, null on the other. */
  held: { id: number; x: number | null; y: number | null }[];
}

export function ClusterLabelsLayer() {
  const sigma = useSigma();

  useEffect(() => {
    const graph = sigma.getGraph() as unknown as PaperGraph;
    // With ?bench each placement is marked (user timing), so a pan can be checked not to place the names every frame.
    const bench = new URLSearchParams(window.location.search).has('bench');
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
    /** Index of each cluster's anchor, by community id. */
    let indexOf = new Map<number, number>();
    let anchorsFor: {
      revision: number; infos: ClustersState['infos']; hidden: ReadonlySet<string> | undefined; byCommunity: boolean;
    } | null = null;
    let computedAt = 0;
    // The nodes the filters hide: a cluster they empty is not named, the others are named where their shown nodes are
    // (a year range left "Ribosomal revelation." over an empty corner of the PubMed sample's map).
    const hiddenNow = () => readCurrentDerived()?.filter.hidden;
    // Names take their cluster's colour only while the nodes are coloured by cluster: coloured by year or kind, a brown
    // "Systematic review, Meta-analysis" over yellow-green nodes named a colour the map did not show.
    const coloursByCommunity = () => effectiveColorMode(graph, appearanceStore.get().colorBy) === 'community';
    const buildAnchors = (state: ClustersState, hidden: ReadonlySet<string> | undefined, byCommunity: boolean) => {
      const centroids = clusterCentroids(graph, hidden);
      const colors = communityColors(graph);
      anchors = state.infos.flatMap((info) => {
        const c = centroids.get(info.id);
        if (!c) return [];
        return [{ id: info.id, text: info.label, x: c.x, y: c.y, weight: info.papers || info.size, color: byCommunity ? darken(colors.get(info.id) ?? '#555555') : NEUTRAL_NAME }];
      }).sort(byWeight); // in placement order: placing them again during a pan sorts them in one pass
      indexOf = new Map(anchors.map((a, i) => [a.id, i]));
      anchorsFor = { revision: state.revision, infos: state.infos, hidden, byCommunity };
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

    /**
     * The spans by community id, on screen or not: during a pan the same few names leave and come back, and a span
     * kept with its text and position comes back with one append instead of several DOM writes.
     */
    const spans = new Map<number, { span: HTMLSpanElement; shown: boolean; text: string; color: string; left: number; top: number }>();
    let projection: Projection | null = null;
    /** When the names were last placed (performance.now()). */
    let placedAt = 0;
    let placement: Placement | null = null;
    let panX = 0;
    let panY = 0;
    const movePan = (x: number, y: number) => {
      if (x === panX && y === panY) return;
      panX = x;
      panY = y;
      pan.style.transform = `translate(${x}px, ${y}px)`;
    };
    /** The pan since `proj` was projected: every cluster has moved by the shift of the graph's origin on screen. */
    const panOf = (proj: Projection) => {
      const o = sigma.graphToViewport(ORIGIN);
      return { dx: o.x - proj.originX, dy: o.y - proj.originY };
    };
    // The names' boxes on screen when placed, and the pan then: a pan since moves them by the same shift, except a
    // name held at the view's edge, on the axis where it is held.
    let namesAt: {
      dx: number; dy: number; signature: string;
      boxes: { left: number; right: number; top: number; bottom: number; heldX: boolean; heldY: boolean }[];
    } | null = null;
    // Node labels sigma writes outside a focused neighbourhood keep clear of the names (from the next frame on).
    reserveLabelBoxes(sigma, () => {
      if (!namesAt) return [];
      const { dx, dy, boxes } = namesAt;
      // Where this frame's pan puts them: sigma draws the labels before draw() moves the names, with the camera already
      // where the frame shows it. The pan of the last frame left the labels of a pan's last frame one move behind
      // the names (the seeds' circle pan ended with a title written across "Graph neural network, message passing").
      let x = panX;
      let y = panY;
      const proj = projection;
      const camera = sigma.getCamera();
      if (proj && proj.ratio === camera.ratio && proj.angle === camera.angle) ({ dx: x, dy: y } = panOf(proj));
      if (x === dx && y === dy) return boxes;
      return boxes.map((b) => {
        const sx = b.heldX ? 0 : x - dx;
        const sy = b.heldY ? 0 : y - dy;
        return { left: b.left + sx, right: b.right + sx, top: b.top + sy, bottom: b.bottom + sy };
      });
    });
    const clear = () => {
      namesAt = null;
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
      // The boxes the graph view's label drawer wrote this frame, when it placed them (left or right of their node).
      const written = writtenLabelBoxes(sigma);
      if (written) return written.slice(0, 400);
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

    /** Project the anchors for the current zoom level; the pan is then a shift of the origin's projection. */
    const project = (width: number, height: number): Projection => {
      const camera = sigma.getCamera();
      // Graph to viewport is affine: three projections give it, instead of one per cluster.
      const o = sigma.graphToViewport(ORIGIN);
      const ux = sigma.graphToViewport(UNIT_X);
      const uy = sigma.graphToViewport(UNIT_Y);
      const xs = new Float64Array(anchors.length);
      const ys = new Float64Array(anchors.length);
      anchors.forEach((a, i) => {
        xs[i] = o.x + (ux.x - o.x) * a.x + (uy.x - o.x) * a.y;
        ys[i] = o.y + (ux.y - o.y) * a.x + (uy.y - o.y) * a.y;
      });
      return {
        anchors, ratio: camera.ratio, angle: camera.angle, width, height, processed, originX: o.x, originY: o.y, xs, ys,
      };
    };

    /** Place the names for a pan of (dx, dy) since the projection; only names that come, go or step aside touch the DOM. */
    const place = (state: ClustersState, focus: string | null, proj: Projection, dx: number, dy: number) => {
      if (bench) performance.mark('cluster-names-placed');
      placedAt = performance.now();
      const candidates: ClusterLabelCandidate[] = [];
      anchors.forEach((a, i) => {
        if (state.focused !== null && a.id !== state.focused) return;
        candidates.push({ id: a.id, text: a.text, weight: a.weight, x: proj.xs[i] + dx, y: proj.ys[i] + dy });
      });
      // Zoomed out only the big clusters are named; zooming in makes room for more.
      const max = Math.round(Math.min(30, Math.max(6, 6 / proj.ratio)));
      const avoid = focus ? nodeLabelBoxes(focus) : [];
      const viewport = { width: proj.width, height: proj.height };
      const placed = placeClusterLabels(candidates, viewport, measure, { max, avoid });
      const candidateById = new Map(candidates.map((c) => [c.id, c]));
      const held: Placement['held'] = [];
      const shown = new Set<number>();
      for (const label of placed) {
        shown.add(label.id);
        const i = indexOf.get(label.id)!;
        let entry = spans.get(label.id);
        if (!entry) {
          const span = document.createElement('span');
          span.className = 'cluster-label';
          span.dataset.community = String(label.id);
          entry = { span, shown: false, text: '', color: '', left: NaN, top: NaN };
          spans.set(label.id, entry);
        }
        const { span } = entry;
        if (!entry.shown) {
          entry.shown = true;
          pan.appendChild(span);
        }
        if (entry.text !== label.text) {
          entry.text = label.text;
          span.textContent = label.text; // text, never HTML: labels come from paper text
        }
        // Where the name sits inside the panned box: the projected centroid, moved aside if it would cover a node label
        // and into the view if it would pass its edge.
        const left = label.x - dx;
        const top = label.y - dy;
        const holds = holdsAtEdge(candidateById.get(label.id)!, label);
        if (holds.x || holds.y) held.push({ id: label.id, x: holds.x ? label.x : null, y: holds.y ? label.y : null });
        if (entry.left !== left) {
          entry.left = left;
          span.style.left = `${left}px`;
        }
        if (entry.top !== top) {
          entry.top = top;
          span.style.top = `${top}px`;
        }
        if (entry.color !== anchors[i].color) {
          entry.color = anchors[i].color;
          span.style.color = entry.color;
        }
      }
      for (const [id, entry] of spans) {
        if (!entry.shown || shown.has(id)) continue;
        entry.shown = false;
        entry.span.remove();
      }
      movePan(dx, dy);
      // Node labels keep clear of the names from the next frame: draw one more when the names (not just the pan) changed.
      const signature = placed.map((l) => `${l.id}:${Math.round(l.x - dx)}:${Math.round(l.y - dy)}`).join(' ');
      if (signature !== namesAt?.signature) requestLabelFrame();
      const heldById = new Map(held.map((h) => [h.id, h]));
      namesAt = {
        dx, dy, signature,
        boxes: placed.map((l) => ({
          left: l.x - l.width / 2, right: l.x + l.width / 2, top: l.y - l.height / 2, bottom: l.y + l.height / 2,
          heldX: heldById.get(l.id)?.x != null, heldY: heldById.get(l.id)?.y != null,
        })),
      };
      placement = {
        focused: state.focused, focus, shiftX: dx, shiftY: dy,
        // Names that step aside for node labels depend on where sigma drew those: no shortcut then.
        bounds: avoid.length === 0 ? stableLabelShift(candidates, placed, viewport, measure, { max }) : null,
        held,
      };
    };

    /** Keep a held name at its viewport position on its held axes, inside a box moved by (dx, dy). */
    const holdName = (h: Placement['held'][number], dx: number, dy: number) => {
      const entry = spans.get(h.id);
      if (!entry) return;
      if (h.x !== null && entry.left !== h.x - dx) {
        entry.left = h.x - dx;
        entry.span.style.left = `${entry.left}px`;
      }
      if (h.y !== null && entry.top !== h.y - dy) {
        entry.top = h.y - dy;
        entry.span.style.top = `${entry.top}px`;
      }
    };

    /** Move the names as placed by a pan of (dx, dy), except a name held at the view's edge, on the axis it is held. */
    const slideNames = (p: Placement, dx: number, dy: number) => {
      movePan(dx, dy);
      for (const h of p.held) holdName(h, dx, dy);
    };

    // Frames wanted when the camera stops (a drag released, a wheel zoom or an animation over): the frame that draws
    // node labels clear of names that changed during the move's last frame (sigma draws the labels before draw() moves
    // the names), and the one that places names slid during the move (see draw). While the camera moves, its own next
    // frame does both: asking for one more each time names changed added a frame per change to a pan (56 frames for
    // 40 mouse moves on the seeds, 62 at 50k nodes, against bare sigma's 41), and a frame 100 ms after each change
    // added one at every pause of a drag longer than that (52 frames for 41 moves on a loaded machine). One timer for
    // the whole move, checking on each tick whether it ended: setting a timer at each frame cost about 50 µs of a 1 ms
    // frame at 50k nodes.
    let labelFrameWanted = false;
    let moveEndTimer: ReturnType<typeof setTimeout> | undefined;
    const frameWhenMoveEnds = () => {
      if (moveEndTimer !== undefined) return;
      const check = () => {
        if (cameraMoving(sigma)) {
          moveEndTimer = setTimeout(check, MOVE_END_CHECK_MS);
          return;
        }
        moveEndTimer = undefined;
        if (labelFrameWanted || placementDeferred) sigma.scheduleRender();
      };
      moveEndTimer = setTimeout(check, MOVE_END_CHECK_MS);
    };
    /** The frame after names changed, so that node labels step aside for them: now, or when the camera stops. */
    const requestLabelFrame = () => {
      if (!cameraMoving(sigma)) {
        sigma.scheduleRender();
        return;
      }
      labelFrameWanted = true;
      frameWhenMoveEnds();
    };

    let dimmedFor: string | null = null;
    /** The names slid with a pan instead of being placed again (see draw): the next still frame places them. */
    let placementDeferred = false;
    const draw = () => {
      labelFrameWanted = false; // this frame draws the labels clear of the names as they are now
      const state = clustersStore.get();
      const sinceComputed = performance.now() - computedAt;
      const hidden = hiddenNow();
      const byCommunity = coloursByCommunity();
      if (anchorsFor?.revision !== state.revision || anchorsFor.infos !== state.infos || anchorsFor.hidden !== hidden ||
        anchorsFor.byCommunity !== byCommunity || (moved && sinceComputed > CENTROID_REFRESH_MS)) {
        buildAnchors(state, hidden, byCommunity);
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
      // The node whose neighbours' labels the names step aside for: the focused one, while sigma draws labels.
      const focused = focusedNode(selectionStore.get(), graph);
      const focus = focused !== null && !nodeLabelsHidden(sigma) ? focused : null;
      // While a node's neighbourhood is highlighted (the rest of the map dimmed), the names recede with the map: in
      // full colour they outshone the labels of the nodes being read (ten bold names around "Attention mechanism").
      if (focused !== dimmedFor) {
        dimmedFor = focused;
        layer.classList.toggle('receded', focused !== null);
      }
      const { width, height } = sigma.getDimensions();
      const camera = sigma.getCamera();
      let proj = projection;
      if (!proj || proj.anchors !== anchors || proj.ratio !== camera.ratio || proj.angle !== camera.angle ||
        proj.width !== width || proj.height !== height || proj.processed !== processed) {
        proj = projection = project(width, height);
        placement = null;
      }
      // Only the camera's position changed since: every cluster moved by the same shift as the origin.
      const { dx, dy } = panOf(proj);
      const p = placement;
      const samePlacement = p !== null && p.focused === state.focused && p.focus === focus;
      if (samePlacement && !placementDeferred) {
        if (dx === panX && dy === panY) return; // the camera did not move
        const b = p.bounds;
        if (b && dx - p.shiftX > b.minX && dx - p.shiftX < b.maxX && dy - p.shiftY > b.minY && dy - p.shiftY < b.maxY) {
          slideNames(p, dx, dy);
          return;
        }
      }
      // While the view moves, the names slide with the map as they are, and are placed again at most every
      // MOVE_PLACEMENT_MS and when the move ends (sigma's next still frame, or frameWhenMoveEnds's timer); on a large
      // graph, which sigma draws without node labels while it moves, only when it ends. Placing them at each frame
      // (a name came into or out of view, or node labels moved under them) cost 0.1-0.3 ms a frame: at 50k nodes a
      // quarter of bare sigma's frame, on the seeds a tenth. A name coming into view shows at the next placement.
      const moving = cameraMoving(sigma);
      if (samePlacement && moving && (nodeLabelsHidden(sigma) || performance.now() - placedAt < MOVE_PLACEMENT_MS)) {
        placementDeferred = true;
        slideNames(p, dx, dy);
        frameWhenMoveEnds();
        return;
      }
      placementDeferred = false;
      place(state, focus, proj, dx, dy);
    };

    sigma.on('afterRender', draw);
    const unsubscribe = [clustersStore, pathsStore, filtersStore, appearanceStore].map((store) => store.subscribe(() => sigma.scheduleRender()));
    draw();
    return () => {
      sigma.off('afterRender', draw);
      reserveLabelBoxes(sigma, null);
      sigma.off('afterProcess', markProcessed);
      graphEvents.forEach((event) => graph.off(event, markMoved));
      edgeEvents.forEach((event) => graph.off(event, forgetNear));
      clearTimeout(refreshTimer);
      clearTimeout(moveEndTimer);
      unsubscribe.forEach((u) => u());
      layer.remove();
    };
  }, [sigma]);

  return null;
}
