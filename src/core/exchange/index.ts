// Graph files in and out of the app: export scope and naming, per-format serialisation, and import routing (all pure).
export * from './types';
export { exportFileName, graphBaseName } from './fileNames';
export { buildFilteredSubgraph, buildShownSubgraph, selectExportGraph } from './subgraph';
export { exportFileText, serialiseGraphExport, type GraphFileFormat } from './serialise';
export { EXPORT_SLICE_MS, gatherChunks } from './gatherChunks';
export { importGraphText, routeGraphFile } from './importFile';
export { IMPORT_ACCEPT } from './openableFiles';
