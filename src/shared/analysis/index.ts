// Public surface of the graph analyses shared by the ingest pipeline and the app (pure, graphology only).
export * from './communities';
export * from './modularity';
export * from './centrality';
export * from './labels';
export * from './relatedClusters';
export * from './clusterOverview';
export * from './paths';
export * from './palette';
export { computePagerank, DEFAULT_PAGERANK_OPTIONS, type PagerankOptions } from './pagerank';
export { readEdgeList, type EdgeList } from './edgeList';
