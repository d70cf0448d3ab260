// Graph → downloadable files for each export format, through the shared pure serialisers (no DOM, no side effects).
import { csvChunks, gexfChunks, graphmlChunks, graphologyJsonChunks, toSvg, toVosviewerJson, type ElementProgress } from '../../shared/exchange';
import { DEFAULT_GEXF_EXPORT_OPTIONS } from '../../shared/exchange';
import type { PaperGraph } from '../../shared';
import { exportFileName } from './fileNames';
import { DEFAULT_GRAPH_EXPORT_OPTIONS, type ExportFile, type ExportFormat, type ExportScope, type GraphExportOptions } from './types';

export type GraphFileFormat = Exclude<ExportFormat, 'png'>;

/**
 * The files one export produces (CSV gives a nodes table and an edges table). `source` names the files; the colour
 * callback lets GEXF/GraphML carry the colours the user sees rather than the shared default palette. The graph files
 * (JSON, GEXF, GraphML, CSV) are streamed as their chunks are read, reporting the elements written to `onProgress`
 * (see the writers); the VOSviewer map and the SVG picture are made whole, in one chunk.
 */
export function serialiseGraphExport(
  graph: PaperGraph,
  format: GraphFileFormat,
  source: string | null,
  scope: ExportScope,
  options: Partial<GraphExportOptions> = {},
  onProgress?: ElementProgress,
): ExportFile[] {
  const { nodeColor, nodeSize, legend, legendTitle } = { ...DEFAULT_GRAPH_EXPORT_OPTIONS, ...options };
  // Fall back to the shared palette for a node the caller has no colour for (it should not happen, but stay valid).
  const colorOf = (attributes: Record<string, unknown>, node: string) =>
    nodeColor?.(node) ?? DEFAULT_GEXF_EXPORT_OPTIONS.nodeColor(attributes, node);
  switch (format) {
    case 'json':
      return [{ fileName: exportFileName(source, 'json', scope), mimeType: 'application/json', chunks: lazily(() => graphologyJsonChunks(graph, onProgress)) }];
    case 'gexf':
      return [{ fileName: exportFileName(source, 'gexf', scope), mimeType: 'application/gexf+xml', chunks: lazily(() => gexfChunks(graph, { nodeColor: colorOf }, onProgress)) }];
    case 'graphml':
      return [{ fileName: exportFileName(source, 'graphml', scope), mimeType: 'application/graphml+xml', chunks: lazily(() => graphmlChunks(graph, { nodeColor: colorOf }, onProgress)) }];
    case 'vosviewer':
      return [{ fileName: exportFileName(source, 'vosviewer', scope), mimeType: 'application/json', chunks: [toVosviewerJson(graph)] }];
    case 'svg': {
      const svg = toSvg(graph, {
        nodeColor: (node, attributes) => colorOf(attributes, node),
        nodeSize: (node) => nodeSize?.(node),
        legend,
        legendTitle,
        title: source,
      });
      return [{ fileName: exportFileName(source, 'svg', scope), mimeType: 'image/svg+xml', chunks: [svg] }];
    }
    case 'csv': {
      const tables = csvChunks(graph, {}, onProgress);
      return [
        { fileName: exportFileName(source, 'csv', scope, 'nodes'), mimeType: 'text/csv', chunks: tables.nodes },
        { fileName: exportFileName(source, 'csv', scope, 'edges'), mimeType: 'text/csv', chunks: tables.edges },
      ];
    }
  }
}

/** A file's chunks made when they are first asked for, and afresh each time (a generator can be read only once). */
function lazily(make: () => Iterable<string>): Iterable<string> {
  return { [Symbol.iterator]: () => make()[Symbol.iterator]() };
}

/** A file's whole text (tests, small files). */
export function exportFileText(file: ExportFile): string {
  return Array.from(file.chunks).join('');
}
