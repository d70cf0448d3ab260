// Types for graph-file export and import in the app: formats, the whole-graph/filtered choice and the files produced.

/** Graph-file formats the export menu writes; `png` is the picture of the current view. */
export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'png';

/** Everything in the loaded graph, or only the nodes (and edges between them) the current filters show. */
export type ExportScope = 'all' | 'filtered';

/** One file ready to be downloaded: the pure serialisers' output with its name and media type. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

export interface GraphExportOptions {
  /** The colour the user sees for a node (kind or community palette); written as GEXF viz / GraphML r,g,b. */
  nodeColor: ((node: string) => string | undefined) | null;
}

export const DEFAULT_GRAPH_EXPORT_OPTIONS: GraphExportOptions = { nodeColor: null };
