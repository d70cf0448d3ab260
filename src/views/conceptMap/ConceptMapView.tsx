// The concept map view: ideas (concepts, methods) linked by co-occurrence in papers, association-strength weighted,
// clustered and laid out; selecting an idea selects the same node as in the paper graph, so the panel keeps working.
// Colours follow the appearance panel: the map's clusters, the ideas' kinds, or the mean year of their papers.
import { SigmaContainer, useRegisterEvents, useSigma } from '@react-sigma/core';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { useEffect, useMemo, useRef } from 'react';
import type { Settings } from 'sigma/settings';
import { appearanceStore, DIMMED_COLOR } from '../../core/appearance';
import { clearSelection, selectNode, selectionStore, setHovered } from '../../core/selection';
import { conceptMapClustersStore, conceptMapLegendStore, viewStore } from '../../core/view';
import { BARNES_HUT_THETA, type PaperGraph } from '../../shared';
import { communityColor } from '../../shared/analysis/palette';
import { buildConceptMap, type ConceptMap } from '../../shared/analysis/conceptMap';
import { attachMapKeys } from '../graph/mapKeys';
import { PlacedLabelsController } from '../graph/PlacedLabelsController';
import { createPlacedLabelDrawer } from '../graph/placedLabels';
import { createSigmaSettings } from '../graph/sigmaSettings';
import { conceptMapColors, conceptMapLegend } from './colors';
import { useStore } from '../useStore';
import { countOf } from '../../core/format';

/** ForceAtlas2 runs here on the main thread, so its work is capped: about 4M node-steps, at most 300 iterations. */
function layoutIterations(order: number): number {
  return Math.max(20, Math.min(300, Math.floor(4_000_000 / Math.max(1, order * 10))));
}

/** Build and lay out the map (seeded start positions and deterministic FA2: the same graph gives the same map). */
export function layOutConceptMap(graph: PaperGraph, minOccurrences: number): ConceptMap {
  const map = buildConceptMap(graph, { minOccurrences });
  if (map.graph.order > 1) {
    forceAtlas2.assign(map.graph, {
      iterations: layoutIterations(map.graph.order),
      settings: { ...forceAtlas2.inferSettings(map.graph), edgeWeightInfluence: 1, barnesHutOptimize: map.graph.order > 1000, barnesHutTheta: BARNES_HUT_THETA },
    });
    noverlap.assign(map.graph, { maxIterations: 50, settings: { ratio: 1.1, margin: 2 } });
  }
  return map;
}

interface MapLook {
  selected: string | null;
  hovered: string | null;
  colors: Map<string, string>;
}

function ConceptMapController({ look, colors }: { look: { current: MapLook }; colors: Map<string, string> }) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const selection = useStore(selectionStore);
  useEffect(() => attachMapKeys(sigma, 'Concept map'), [sigma]);
  useEffect(() => {
    registerEvents({
      clickNode: ({ node }) => selectionStore.update(selectNode(node)),
      clickStage: () => selectionStore.update(clearSelection()),
      enterNode: ({ node }) => selectionStore.update(setHovered(node)),
      leaveNode: () => selectionStore.update(setHovered(null)),
    });
  }, [registerEvents]);
  useEffect(() => {
    const graph = sigma.getGraph();
    const selected = selection.selected && graph.hasNode(selection.selected) ? selection.selected : null;
    const hovered = selection.hovered && graph.hasNode(selection.hovered) ? selection.hovered : null;
    if (look.current.selected === selected && look.current.hovered === hovered && look.current.colors === colors) return;
    look.current = { selected, hovered, colors };
    sigma.refresh({ skipIndexation: true, schedule: true });
  }, [sigma, selection, look, colors]);
  return null;
}

export function ConceptMapView({ graph, version }: { graph: PaperGraph; version: number }) {
  const minOccurrences = useStore(viewStore, (s) => s.minOccurrences);
  const map = useMemo(() => layOutConceptMap(graph, minOccurrences), [graph, version, minOccurrences]);
  const colorBy = useStore(appearanceStore, (s) => s.colorBy);
  const colors = useMemo(() => conceptMapColors(map, graph, colorBy), [map, graph, colorBy]);
  useEffect(() => {
    conceptMapClustersStore.update(() => map.clusters);
    conceptMapLegendStore.update(() => conceptMapLegend(map, graph));
    return () => {
      conceptMapClustersStore.update(() => []);
      conceptMapLegendStore.update(() => null);
    };
  }, [map, graph]);
  const look = useRef<MapLook>({ selected: null, hovered: null, colors });
  const undated = useMemo(() => (colorBy === 'year' ? map.graph.filterNodes((_n, a) => a.meanYear === null).length : 0), [map, colorBy]);
  // Ideas' names are written where they cover no other (placedLabels.ts), so every idea may be named where there is
  // room: with a size threshold, the Scopus agile sample's map of 19 ideas named 3 and left 16 dots unnamed.
  const labels = useMemo(() => createPlacedLabelDrawer(() => null), []);
  const settings = useMemo((): Partial<Settings> => {
    const mapGraph = map.graph;
    return {
      ...createSigmaSettings(mapGraph.order),
      defaultDrawNodeLabel: labels.draw,
      defaultDrawNodeHover: labels.drawHover,
      labelDensity: 1,
      labelGridCellSize: 60,
      labelRenderedSizeThreshold: 0,
      nodeReducer: (node, data) => {
        const focus = look.current.hovered ?? look.current.selected;
        const color = look.current.colors.get(node) ?? communityColor(data.community as number);
        const out = { ...data, label: data.label as string, color, size: data.size as number };
        if (!focus) return out;
        if (node === focus || mapGraph.areNeighbors(node, focus)) return { ...out, forceLabel: true, highlighted: node === focus, zIndex: 1 };
        return { ...out, color: DIMMED_COLOR, label: null };
      },
      edgeReducer: (edge, data) => {
        const focus = look.current.hovered ?? look.current.selected;
        const size = Math.min(4, 0.5 + Math.log1p(data.weight as number));
        if (!focus) return { ...data, size, color: '#d5dbe1' };
        const [s, t] = mapGraph.extremities(edge);
        return s === focus || t === focus ? { ...data, size, color: '#7b8794', zIndex: 1 } : { ...data, hidden: true };
      },
    };
  }, [map, labels]);

  if (map.graph.order === 0) {
    return (
      <div className="state" role="status">
        <h2>No concept map at this threshold</h2>
        <p>No concept or method occurs in {minOccurrences} or more papers. Lower the minimum occurrences in the View panel.</p>
      </div>
    );
  }
  return (
    <>
      <SigmaContainer key={`${version}-${minOccurrences}`} graph={map.graph} settings={settings} className="graph-canvas" data-testid="concept-map">
        <ConceptMapController look={look} colors={colors} />
        <PlacedLabelsController attach={labels.attach} />
      </SigmaContainer>
      <p className="view-caption" role="status">
        Concept map: {countOf(map.graph.order, 'idea')} in {countOf(map.clusters.length, 'cluster')},{' '}
        {countOf(map.graph.size, 'co-occurrence link')} (association strength).
        {map.belowThreshold > 0 ? ` ${map.belowThreshold.toLocaleString()} ideas with fewer than ${minOccurrences} papers left out.` : ''}
        {colorBy === 'year' ? ` Coloured by the mean year of each idea's papers${undated > 0 ? `; ${undated.toLocaleString()} with no dated paper in grey` : ''}.` : ''}
      </p>
    </>
  );
}
