// VOSviewer JSON export (map + network in one file, the format VOSviewer 1.6.16+ and VOSviewer Online open).
//
// Layout of the file (VOSviewer Online's documented JSON): `network.items[]` with integer `id`, `label`, `x`, `y`,
// `cluster` (1-based; 0 is not allowed), `weights` and `scores` objects whose keys become VOSviewer's weight and score
// attributes, optional `description` (rendered by VOSviewer as HTML, so our text is escaped) and `url`;
// `network.links[]` with `source_id`, `target_id`, `strength`; `network.clusters[]` naming clusters; `config.terminology`
// naming items and links.
import type AbstractGraph from 'graphology-types';

export interface VosviewerExportOptions {
  /** What one item is called in VOSviewer's interface. */
  itemName: { singular: string; plural: string };
  pretty: boolean;
}

export const DEFAULT_VOSVIEWER_EXPORT_OPTIONS: VosviewerExportOptions = {
  itemName: { singular: 'Node', plural: 'Nodes' },
  pretty: false,
};

interface VosItem {
  id: number;
  label: string;
  x: number;
  y: number;
  cluster?: number;
  weights: Record<string, number>;
  scores: Record<string, number>;
  description?: string;
  url?: string;
}

/** VOSviewer shows `description` as HTML: paper text must stay text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Mean publication year of a node: its own year (papers), else the mean over its paper neighbours (VOSviewer's overlay). */
function meanYear(graph: AbstractGraph, node: string, attributes: Record<string, unknown>): number | null {
  if (finite(attributes.year)) return attributes.year;
  let sum = 0;
  let count = 0;
  graph.forEachNeighbor(node, (_neighbour, neighbourAttributes) => {
    if (neighbourAttributes.kind === 'paper' && finite(neighbourAttributes.year)) {
      sum += neighbourAttributes.year;
      count++;
    }
  });
  return count > 0 ? Math.round((sum / count) * 100) / 100 : null;
}

function describe(attributes: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  const kind = typeof attributes.kind === 'string' ? attributes.kind : null;
  if (kind) parts.push(`<b>${escapeHtml(kind)}</b>`);
  if (Array.isArray(attributes.authors) && attributes.authors.length > 0) {
    const authors = attributes.authors.filter((a): a is string => typeof a === 'string');
    parts.push(escapeHtml(authors.slice(0, 10).join('; ') + (authors.length > 10 ? ` and ${authors.length - 10} more` : '')));
  }
  if (typeof attributes.venue === 'string' && attributes.venue) parts.push(`<i>${escapeHtml(attributes.venue)}</i>`);
  if (typeof attributes.abstract === 'string' && attributes.abstract) {
    const abstract = attributes.abstract.length > 600 ? `${attributes.abstract.slice(0, 600)}…` : attributes.abstract;
    parts.push(escapeHtml(abstract));
  }
  return parts.length > 0 ? parts.join('<br>') : undefined;
}

function urlOf(attributes: Record<string, unknown>): string | undefined {
  if (typeof attributes.url === 'string' && /^https?:\/\//.test(attributes.url)) return attributes.url;
  const ids = attributes.ids as Record<string, unknown> | undefined;
  if (ids && typeof ids.doi === 'string') return `https://doi.org/${ids.doi}`;
  if (ids && typeof ids.arxiv === 'string') return `https://arxiv.org/abs/${ids.arxiv}`;
  return undefined;
}

/**
 * The graph as a VOSviewer JSON document. Items keep their positions (both tools draw y upwards), clusters are our
 * community ids + 1 named after our cluster labels; weights are Links
 * (degree), Total link strength (weighted degree) and Occurrences (papers for ideas, citations received inside the
 * collection for papers); scores are the publication year (mean year for ideas) and PageRank when known.
 */
export function toVosviewerJson(graph: AbstractGraph, options: Partial<VosviewerExportOptions> = {}): string {
  const resolved = { ...DEFAULT_VOSVIEWER_EXPORT_OPTIONS, ...options };
  const ids = new Map<string, number>();
  const items: VosItem[] = [];
  graph.forEachNode((node, attributes) => {
    const id = items.length + 1;
    ids.set(node, id);
    let strength = 0;
    graph.forEachEdge(node, (_edge, edgeAttributes) => {
      strength += finite(edgeAttributes.weight) ? edgeAttributes.weight : 1;
    });
    const weights: Record<string, number> = {
      Links: graph.degree(node),
      'Total link strength': Math.round(strength * 1000) / 1000,
    };
    if (finite(attributes.paperCount)) weights.Occurrences = attributes.paperCount;
    if (finite(attributes.citedByInCorpus)) weights.Citations = attributes.citedByInCorpus;
    const scores: Record<string, number> = {};
    const year = meanYear(graph, node, attributes);
    if (year !== null) scores['Avg. pub. year'] = year;
    if (finite(attributes.pagerank)) scores.PageRank = attributes.pagerank;
    const item: VosItem = {
      id,
      label: typeof attributes.label === 'string' && attributes.label ? attributes.label : node,
      x: finite(attributes.x) ? attributes.x : 0,
      y: finite(attributes.y) ? attributes.y : 0,
      weights,
      scores,
    };
    if (Number.isInteger(attributes.community) && (attributes.community as number) >= 0) {
      item.cluster = (attributes.community as number) + 1;
    }
    const description = describe(attributes);
    if (description) item.description = description;
    const url = urlOf(attributes);
    if (url) item.url = url;
    items.push(item);
  });
  // VOSviewer networks are undirected with one link per pair: fold duplicates (parallel or reverse) by summing.
  const links = new Map<string, { source_id: number; target_id: number; strength: number }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const a = ids.get(source)!;
    const b = ids.get(target)!;
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    const key = `${low}-${high}`;
    const weight = finite(attributes.weight) && attributes.weight > 0 ? attributes.weight : 1;
    const link = links.get(key);
    if (link) link.strength += weight;
    else links.set(key, { source_id: low, target_id: high, strength: weight });
  });
  const communities = graph.getAttribute('communities');
  const clusters = Array.isArray(communities)
    ? communities
        .filter((info) => info && Number.isInteger(info.id) && typeof info.label === 'string')
        .map((info) => ({ cluster: (info.id as number) + 1, label: info.label as string }))
    : [];
  const document = {
    config: {
      terminology: {
        item: resolved.itemName.singular,
        items: resolved.itemName.plural,
        link: 'Link',
        links: 'Links',
        link_strength: 'Link strength',
        total_link_strength: 'Total link strength',
      },
    },
    network: { items, links: [...links.values()], ...(clusters.length > 0 ? { clusters } : {}) },
  };
  return JSON.stringify(document, null, resolved.pretty ? 2 : undefined);
}
