// Sigma settings for the graph view (pure, so the bare-sigma benchmark page can use the same ones, with sigma's own
// label renderer instead of the app's).
import type { Settings } from 'sigma/settings';
import { drawLabelInside } from './labelInside';

/** Above this many nodes, edges and labels are hidden while the camera moves so panning stays fluid. */
export const LARGE_GRAPH = 5000;

export function createSigmaSettings(order: number): Partial<Settings> {
  const large = order > LARGE_GRAPH;
  return {
    renderEdgeLabels: false,
    zIndex: true,
    // Few, well-spaced labels when zoomed out; selected/hovered/neighbour labels are forced by the reducer. Sigma shows
    // at least one label per occupied grid cell whatever the density, and a paper's label is its title (often 300 px
    // wide): 60 px cells wrote ~60 overlapping titles over the seed graph, 160 px cells about 20 readable ones.
    labelDensity: 0.07,
    labelGridCellSize: 160,
    labelRenderedSizeThreshold: 9,
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelColor: { color: '#1f2933' },
    // A name near the right edge is written left of its node rather than cut ("Jackson 199", "Pluriv" on the biblio map).
    defaultDrawNodeLabel: drawLabelInside,
    defaultEdgeColor: '#cfd6dd',
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    minCameraRatio: 0.02,
    maxCameraRatio: 10,
  };
}
