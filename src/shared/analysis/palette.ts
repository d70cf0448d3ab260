// Colours for communities and node kinds, shared by the app's reducers and the GEXF/GraphML exporters.
import type { NodeKind } from '../schema';

/**
 * Tableau 10 followed by its lighter companions: distinguishable for most colour-vision deficiencies at 10 hues and
 * already familiar from Gephi-style pictures.
 */
export const COMMUNITY_PALETTE: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#a0cbe8', '#ffbe7d', '#ff9d9a', '#86bcb6', '#8cd17d', '#f1ce63', '#d4a6c8', '#fabfd2', '#d7b5a6', '#79706e',
];

/**
 * Communities beyond the palette share one neutral grey: ids are sorted by size, so these are the small tail, and
 * reusing a hue would suggest a kinship with a large cluster that is not there.
 */
export const OVERFLOW_COLOR = '#c8c8c8';

export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  paper: '#4e79a7',
  concept: '#f28e2b',
  method: '#59a14f',
  domain: '#b07aa1',
  reference: '#9c755f',
};

export const DEFAULT_NODE_COLOR = '#9e9e9e';

export function communityColor(id: number): string {
  return Number.isInteger(id) && id >= 0 && id < COMMUNITY_PALETTE.length ? COMMUNITY_PALETTE[id] : OVERFLOW_COLOR;
}

/** Colour of a node by community when it has one, else by kind, else neutral. */
export function nodeColor(attributes: Record<string, unknown>): string {
  if (typeof attributes.community === 'number') return communityColor(attributes.community);
  const kind = attributes.kind;
  if (typeof kind === 'string' && kind in KIND_COLORS) return KIND_COLORS[kind as NodeKind];
  return DEFAULT_NODE_COLOR;
}

/** Default node size when a node stores none: grows with degree (the layout's anti-overlap pass uses the same). */
export function defaultNodeSize(degree: number): number {
  return 3 + 2 * Math.sqrt(degree);
}
