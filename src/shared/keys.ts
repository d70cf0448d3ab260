// Stable node and edge keys derived from content, so the same input always gives the same graph file.
import { NODE_KINDS, type EdgeKind, type NodeKind } from './schema';

/** Lower-case, strip accents and punctuation, collapse spaces: the form two copies of one title share. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function slugify(text: string): string {
  return normaliseTitle(text).replace(/ /g, '-');
}

export function nodeKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}

export function paperKey(title: string): string {
  return nodeKey('paper', slugify(title));
}

/** Undirected edges get their endpoints sorted so either direction gives the same key. */
export function edgeKey(kind: EdgeKind, a: string, b: string): string {
  return a < b ? `${kind}:${a}|${b}` : `${kind}:${b}|${a}`;
}

export function kindOfKey(key: string): NodeKind | null {
  const kind = key.slice(0, key.indexOf(':'));
  return (NODE_KINDS as readonly string[]).includes(kind) ? (kind as NodeKind) : null;
}
