// "Export…" menu: the whole graph or what the filters show as JSON, GEXF, GraphML, CSV, VOSviewer JSON or an SVG picture
// (legend and cluster names included), or the current view as a PNG with its legend and cluster names.
import { toBlob } from '@sigma/export-image';
import { useEffect, useRef, useState } from 'react';
import {
  exportFileName,
  gatherChunks,
  selectExportGraph,
  serialiseGraphExport,
  type ExportScope,
  type GraphFileFormat,
} from '../../core/exchange';
import { nextTask } from '../../core/nextTask';
import { appearanceStore, buildLegend, effectiveColorMode, legendTitleOf } from '../../core/appearance';
import { filtersStore, isFiltering } from '../../core/filters';
import { useFilterResult, useGraph, useNodeColors, useNodeSizes } from '../derived';
import { useStore } from '../useStore';
import { download } from './download';
import { addLegendAndClusterNames, clusterNamePositions } from './pictureOverlay';
import { currentSigma } from './sigmaHandle';
import './exchange.css';
import { countOf } from '../../core/format';

const GRAPH_FORMATS: Array<{ format: GraphFileFormat; label: string; title: string }> = [
  { format: 'json', label: 'Graph JSON', title: 'graphology JSON: this explorer’s own file, re-opens exactly' },
  { format: 'gexf', label: 'GEXF', title: 'For Gephi: with the colours, sizes and positions you see' },
  { format: 'graphml', label: 'GraphML', title: 'For Gephi, Cytoscape, yEd, NetworkX' },
  { format: 'csv', label: 'CSV (nodes + edges)', title: 'Two tables: a nodes file and an edges file' },
  { format: 'vosviewer', label: 'VOSviewer JSON', title: 'Map and network for VOSviewer / VOSviewer Online, with clusters, weights and scores' },
  { format: 'svg', label: 'SVG picture', title: 'The whole (or filtered) graph as a vector picture, with legend and cluster names' },
];

export function ExportMenu() {
  const { graph, source } = useGraph();
  const filters = useStore(filtersStore);
  const filter = useFilterResult();
  const colors = useNodeColors();
  const sizes = useNodeSizes();
  const appearance = useStore(appearanceStore);
  const [scope, setScope] = useState<ExportScope>('all');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  /** An export being written (its buttons wait): a big graph's file takes seconds, written a slice at a time. */
  const [writing, setWriting] = useState(false);
  const menu = useRef<HTMLDetailsElement>(null);
  // A native <details> stays open until its summary is clicked again; close it like a menu: outside click or Escape.
  useEffect(() => {
    const close = (event: Event) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !details.contains(event.target as Node)) details.open = false;
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  if (!graph || !filter) return null;
  const filtering = isFiltering(filters);
  // With no filter on, "what the filters show" is the whole graph; say so rather than disable the choice.
  const effectiveScope: ExportScope = filtering ? scope : 'all';

  const exportGraph = async (format: GraphFileFormat, label: string) => {
    setWriting(true);
    try {
      const exported = selectExportGraph(graph, filters, effectiveScope);
      let share = 0;
      const files = serialiseGraphExport(
        exported,
        format,
        source,
        effectiveScope,
        { nodeColor: (node) => colors?.get(node), nodeSize: (node) => sizes?.get(node), ...currentLegend() },
        (done, total) => (share = total > 0 ? done / total : 1),
      );
      // Written in slices of time with the share shown between them: at 100k papers a file takes seconds, and the
      // page stays usable meanwhile (the export buttons wait; the graph is read as the slices go).
      const showProgress = async () => {
        setStatus({ text: `Writing ${label}… ${Math.floor(100 * share)}%`, error: false });
        await nextTask();
      };
      for (const file of files) {
        const parts = await gatherChunks(file.chunks, showProgress);
        download(new Blob(parts, { type: file.mimeType }), file.fileName);
      }
      setStatus({
        text: `Saved ${files.map((f) => f.fileName).join(' and ')} (${countOf(exported.order, 'node')}, ${countOf(exported.size, 'edge')}).`,
        error: false,
      });
    } catch (error) {
      setStatus({ text: `Export failed: ${(error as Error).message}`, error: true });
    } finally {
      setWriting(false);
    }
  };

  /** The legend the user sees (kinds, or clusters with their names), with the counts of what is shown. */
  const currentLegend = () => {
    const mode = effectiveColorMode(graph, appearance.colorBy);
    const rows = buildLegend(graph, appearance.colorBy, filter.counts, filter.hidden);
    return {
      legendTitle: legendTitleOf(mode),
      legend: rows.map((row) => ({ label: row.label, color: row.color, count: row.shown })),
    };
  };

  const exportImage = async () => {
    const sigma = currentSigma();
    if (!sigma) return setStatus({ text: 'The graph is not drawn yet.', error: true });
    const fileName = exportFileName(source, 'png', 'all');
    try {
      // A temporary renderer with the same settings and reducers redraws the current camera view, labels included.
      const view = await toBlob(sigma, { format: 'png', backgroundColor: '#ffffff' });
      const { legend, legendTitle } = currentLegend();
      const blob = await addLegendAndClusterNames(
        view,
        sigma.getDimensions().width,
        { title: legendTitle, rows: legend },
        // Named whatever the colours, as the map names them (in grey when the nodes are not coloured by cluster).
        clusterNamePositions(sigma, graph, filter.hidden),
      );
      download(blob, fileName);
      setStatus({ text: `Saved ${fileName}.`, error: false });
    } catch (error) {
      setStatus({ text: `The image could not be made: ${(error as Error).message}`, error: true });
    }
  };

  return (
    <details className="export-menu" ref={menu}>
      <summary aria-label="Export the graph">Export…</summary>
      <div className="export-panel">
        <fieldset>
          <legend>Export</legend>
          <label><input type="radio" name="export-scope" checked={effectiveScope === 'all'} onChange={() => setScope('all')} />
            {' '}Whole graph ({countOf(graph.order, 'node')})</label>
          <label title={filtering ? undefined : 'No filter is on: the filters show the whole graph'}>
            <input type="radio" name="export-scope" checked={effectiveScope === 'filtered'} disabled={!filtering}
              onChange={() => setScope('filtered')} />
            {' '}What the filters show ({countOf(filter.shownNodes, 'node')})</label>
        </fieldset>
        <div className="export-buttons">
          {GRAPH_FORMATS.map(({ format, label, title }) => (
            <button key={format} type="button" title={title} disabled={writing}
              onClick={() => void exportGraph(format, label)}>{label}</button>
          ))}
          <button type="button" className="wide" title="The graph as it is on screen now" onClick={() => void exportImage()}>
            PNG image of the view (with legend)</button>
        </div>
        <p className={status?.error ? 'export-status error' : 'export-status'} role="status" aria-live="polite">{status?.text ?? ''}</p>
      </div>
    </details>
  );
}
