// Graph → downloadable files for each export format, through the shared pure serialisers (no DOM, no side effects).
import { toCsv, toGexf, toGraphml, toGraphologyJson, toSvg, toVosviewerJson } from '../../shared/exchange';
import { DEFAULT_GEXF_EXPORT_OPTIONS } from '../../shared/exchange';
import type { PaperGraph } from '../../shared';
import { exportFileName } from './fileNames';
import { DEFAULT_GRAPH_EXPORT_OPTIONS, type ExportFile, type ExportFormat, type ExportScope, type GraphExportOptions } from './types';

export type GraphFileFormat = Exclude<ExportFormat, 'png'>;

/**
 * The files one export produces (CSV gives a nodes table and an edges table). `source` names the files; the colour
 * callback lets GEXF/GraphML carry the colours the user sees rather than the shared default palette.
 */
export function serialiseGraphExport(
  graph: PaperGraph,
  format: GraphFileFormat,
  source: string | null,
  scope: ExportScope,
  options: Partial<GraphExportOptions> = {},
): ExportFile[] {
  const { nodeColor, nodeSize, legend, legendTitle } = { ...DEFAULT_GRAPH_EXPORT_OPTIONS, ...options };
  // Fall back to the shared palette for a node the caller has no colour for (it should not happen, but stay valid).
  const colorOf = (attributes: Record<string, unknown>, node: string) =>
    nodeColor?.(node) ?? DEFAULT_GEXF_EXPORT_OPTIONS.nodeColor(attributes, node);
  switch (format) {
    case 'json':
      return [{ fileName: exportFileName(source, 'json', scope), mimeType: 'application/json', text: toGraphologyJson(graph) }];
    case 'gexf':
      return [{ fileName: exportFileName(source, 'gexf', scope), mimeType: 'application/gexf+xml', text: toGexf(graph, { nodeColor: colorOf }) }];
    case 'graphml':
      return [{ fileName: exportFileName(source, 'graphml', scope), mimeType: 'application/graphml+xml', text: toGraphml(graph, { nodeColor: colorOf }) }];
    case 'vosviewer':
      return [{ fileName: exportFileName(source, 'vosviewer', scope), mimeType: 'application/json', text: toVosviewerJson(graph) }];
    case 'svg': {
      const svg = toSvg(graph, {
        nodeColor: (node, attributes) => colorOf(attributes, node),
        nodeSize: (node) => nodeSize?.(node),
        legend,
        legendTitle,
        title: source,
      });
      return [{ fileName: exportFileName(source, 'svg', scope), mimeType: 'image/svg+xml', text: svg }];
    }
    case 'csv': {
      const tables = toCsv(graph);
      return [
        { fileName: exportFileName(source, 'csv', scope, 'nodes'), mimeType: 'text/csv', text: tables.nodes },
        { fileName: exportFileName(source, 'csv', scope, 'edges'), mimeType: 'text/csv', text: tables.edges },
      ];
    }
  }
}
