// Names other tools give a stored partition, in a module of its own: the appearance panel reads it (the file's
// cluster ids are not sizes) without loading the import code.

/**
 * Attribute names tools use for a stored partition: Gephi's `modularity_class` / "Modularity Class", igraph's and
 * networkx's `community`, Cytoscape's `__glayCluster`, and plain `cluster` / `partition` / `group`. Matched after
 * lower-casing and dropping non-letters, so "Modularity Class" and `modularity_class` are one name.
 */
export const PARTITION_NAMES = ['modularityclass', 'community', 'communities', 'cluster', 'glaycluster', 'partition', 'group', 'class'];

const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** Whether a node attribute's name is one tools give a stored partition ("Modularity Class", `community`…). */
export function isPartitionName(name: string): boolean {
  return PARTITION_NAMES.includes(squash(name));
}

/** Its place among PARTITION_NAMES (earlier: the likelier partition), or -1. */
export function partitionNameRank(name: string): number {
  return PARTITION_NAMES.indexOf(squash(name));
}
