// Types for graph-file export and import in the app: formats, the whole-graph/filtered choice and the files produced.

/**
 * Formats the export menu writes: graph files (`json`, `gexf`, `graphml`, `csv`, `vosviewer`), a picture of the whole
 * (or filtered) graph with its legend and cluster names (`svg`), and a picture of the current view (`png`).
 */
export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'vosviewer' | 'svg' | 'png';

/** Everything in the loaded graph, or only the nodes (and edges between them) the current filters show. */
export type ExportScope = 'all' | 'filtered';

/**
 * One file ready to be downloaded: the pure serialisers' output with its name and media type. The text comes in chunks,
 * made as they are read: a big graph's file need never be one string (a browser's strings end at about 512M
 * characters, and the JSON of 100k papers with their abstracts is more), and the app can let the page breathe and
 * show progress between them.
 */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  chunks: Iterable<string>;
}

export interface GraphExportOptions {
  /** The colour the user sees for a node (kind or community palette); written as GEXF viz / GraphML r,g,b. */
  nodeColor: ((node: string) => string | undefined) | null;
  /** The size the user sees (SVG radius). */
  nodeSize: ((node: string) => number | undefined) | null;
  /** Legend rows of the current colouring (SVG). */
  legend: { label: string; color: string; count?: number }[];
  legendTitle: string;
}

export const DEFAULT_GRAPH_EXPORT_OPTIONS: GraphExportOptions = { nodeColor: null, nodeSize: null, legend: [], legendTitle: 'Legend' };
