// Reading community membership and node kinds off any graph (ours or an imported one) in one consistent way.
import type Graph from 'graphology-types';

/** Community id of every node that has one: from an explicit mapping when given, else from a node attribute. */
export function readCommunities(
  graph: Graph,
  communities: Record<string, number> | undefined,
  communityAttribute: string,
  moduleName: string,
): Map<string, number> {
  const membership = new Map<string, number>();
  graph.forEachNode((node, attributes) => {
    const id = communityOf(node, attributes, communities, communityAttribute);
    if (id !== undefined) membership.set(node, id);
  });
  if (membership.size === 0 && graph.order > 0) throw noCommunityError(moduleName);
  return membership;
}

/** The node's community id, or undefined when it has none (not an integer). */
function communityOf(
  node: string,
  attributes: Record<string, unknown>,
  communities: Record<string, number> | undefined,
  communityAttribute: string,
): number | undefined {
  const id = communities ? communities[node] : attributes[communityAttribute];
  return typeof id === 'number' && Number.isInteger(id) ? id : undefined;
}

function noCommunityError(moduleName: string): Error {
  return new Error(
    `${moduleName}: no node has a community; run detectCommunities.assign first or pass a communities mapping.`,
  );
}

/** A community's members with their attribute objects, so they are read without a lookup per node. */
export interface CommunityMembers {
  nodes: string[];
  attributes: Record<string, unknown>[];
}

/** `groupByCommunity(readCommunities(...))` in one pass, each member with its attributes; communities in id order. */
export function groupMembers(
  graph: Graph,
  communities: Record<string, number> | undefined,
  communityAttribute: string,
  moduleName: string,
): Map<number, CommunityMembers> {
  const groups = new Map<number, CommunityMembers>();
  graph.forEachNode((node, attributes) => {
    const id = communityOf(node, attributes, communities, communityAttribute);
    if (id === undefined) return;
    let group = groups.get(id);
    if (group === undefined) groups.set(id, (group = { nodes: [], attributes: [] }));
    group.nodes.push(node);
    group.attributes.push(attributes);
  });
  if (groups.size === 0 && graph.order > 0) throw noCommunityError(moduleName);
  return new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
}

/** Nodes of each community, communities in id order. */
export function groupByCommunity(membership: Map<string, number>): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const [node, id] of membership) {
    const members = groups.get(id);
    if (members) members.push(node);
    else groups.set(id, [node]);
  }
  return new Map([...groups.entries()].sort((a, b) => a[0] - b[0]));
}

export function nodeKind(graph: Graph, node: string): string | undefined {
  const kind = graph.getNodeAttribute(node, 'kind');
  return typeof kind === 'string' ? kind : undefined;
}

export function nodeLabel(graph: Graph, node: string): string {
  const label = graph.getNodeAttribute(node, 'label');
  return typeof label === 'string' && label !== '' ? label : node;
}

/** An edge's weight: the attribute when it is a finite number, else 1 (always 1 when weights are ignored: `null`). */
export function edgeWeight(attributes: Record<string, unknown>, weightAttribute: string | null): number {
  if (weightAttribute === null) return 1;
  const weight = attributes[weightAttribute];
  return typeof weight === 'number' && Number.isFinite(weight) ? weight : 1;
}
