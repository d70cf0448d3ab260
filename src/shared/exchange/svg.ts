// SVG picture of a laid-out graph with its legend and cluster names (pure: graph + colours in, SVG text out).
//
// Hand-written rather than graphology-svg: that package writes files through Node's fs and draws neither a legend nor
// cluster names; a string serialiser works the same in the app (download) and in Node (tests, CLI).
import type AbstractGraph from 'graphology-types';
import { countOf } from '../countWords';

export interface SvgLegendEntry {
  label: string;
  color: string;
  count?: number;
}

export interface SvgExportOptions {
  width: number;
  height: number;
  /** Colour of each node (what the user sees); a neutral grey when absent. */
  nodeColor: (node: string, attributes: Record<string, unknown>) => string | undefined;
  /** Radius in pixels; by default grows with the square root of the degree. */
  nodeSize: (node: string, attributes: Record<string, unknown>) => number | undefined;
  /** Labels drawn for the largest nodes only, so the picture stays readable. */
  maxNodeLabels: number;
  /** Cluster names drawn at the centre of each cluster's nodes (from the `communities` graph attribute). */
  clusterNames: boolean;
  legendTitle: string;
  legend: SvgLegendEntry[];
  title: string | null;
  background: string;
}

export const DEFAULT_SVG_EXPORT_OPTIONS: SvgExportOptions = {
  width: 1600,
  height: 1200,
  nodeColor: () => undefined,
  nodeSize: () => undefined,
  maxNodeLabels: 40,
  clusterNames: true,
  legendTitle: 'Legend',
  legend: [],
  title: null,
  background: '#ffffff',
};

function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const round = (value: number) => Math.round(value * 10) / 10;
const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The SVG document. Nodes without a position are left out (and counted in a comment). */
export function toSvg(graph: AbstractGraph, options: Partial<SvgExportOptions> = {}): string {
  const o = { ...DEFAULT_SVG_EXPORT_OPTIONS, ...options };
  const legendWidth = o.legend.length > 0 ? 260 : 0;
  const margin = 40;
  const plot = { left: margin, top: margin + (o.title ? 30 : 0), width: o.width - legendWidth - 2 * margin, height: 0 };
  plot.height = o.height - plot.top - margin;

  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let unplaced = 0;
  graph.forEachNode((_node, a) => {
    if (!finite(a.x) || !finite(a.y)) {
      unplaced++;
      return;
    }
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min(plot.width / spanX, plot.height / spanY);
  const offsetX = plot.left + (plot.width - spanX * scale) / 2;
  const offsetY = plot.top + (plot.height - spanY * scale) / 2;
  // Graph y points up (as in sigma), SVG y points down.
  const px = (x: number) => round(offsetX + (x - minX) * scale);
  const py = (y: number) => round(offsetY + (maxY - y) * scale);

  const placed = (a: Record<string, unknown>) => finite(a.x) && finite(a.y);
  const radius = (node: string, a: Record<string, unknown>) => {
    const given = o.nodeSize(node, a);
    return finite(given) && given > 0 ? given : 2 + Math.sqrt(graph.degree(node));
  };

  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" ` +
      `font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">`,
  );
  if (unplaced > 0) out.push(`<!-- ${countOf(unplaced, 'node', undefined, 'en')} without a position left out (not drawn) -->`);
  out.push(`<rect width="100%" height="100%" fill="${escapeXml(o.background)}"/>`);
  if (o.title) out.push(`<text x="${margin}" y="${margin}" font-size="20" font-weight="600">${escapeXml(o.title)}</text>`);

  out.push('<g id="edges" stroke="#c8c8c8" stroke-opacity="0.6">');
  graph.forEachEdge((_edge, attributes, source, target, sa, ta) => {
    if (!placed(sa) || !placed(ta)) return;
    const width = finite(attributes.weight) ? Math.min(3, 0.4 + attributes.weight * 0.4) : 0.6;
    out.push(
      `<line x1="${px(sa.x as number)}" y1="${py(sa.y as number)}" x2="${px(ta.x as number)}" y2="${py(ta.y as number)}" stroke-width="${round(width)}"/>`,
    );
  });
  out.push('</g>');

  const drawn: { node: string; r: number; a: Record<string, unknown> }[] = [];
  out.push('<g id="nodes" stroke="#ffffff" stroke-width="0.5">');
  graph.forEachNode((node, a) => {
    if (!placed(a)) return;
    const r = radius(node, a);
    drawn.push({ node, r, a });
    out.push(`<circle cx="${px(a.x as number)}" cy="${py(a.y as number)}" r="${round(r)}" fill="${escapeXml(o.nodeColor(node, a) ?? '#9e9e9e')}"/>`);
  });
  out.push('</g>');

  // Labels of the largest nodes, drawn with a white halo so they stay legible over edges.
  out.push('<g id="node-labels" font-size="11" fill="#222" stroke="#ffffff" stroke-width="3" paint-order="stroke">');
  for (const { r, a } of [...drawn].sort((p, q) => q.r - p.r || (p.node < q.node ? -1 : 1)).slice(0, o.maxNodeLabels)) {
    const label = typeof a.label === 'string' ? a.label : '';
    if (!label) continue;
    out.push(`<text x="${round(px(a.x as number) + r + 2)}" y="${round(py(a.y as number) + 4)}">${escapeXml(truncate(label, 48))}</text>`);
  }
  out.push('</g>');

  if (o.clusterNames) {
    const communities = graph.getAttribute('communities');
    const centres = new Map<number, { x: number; y: number; n: number }>();
    for (const { a } of drawn) {
      if (!Number.isInteger(a.community)) continue;
      const centre = centres.get(a.community as number) ?? { x: 0, y: 0, n: 0 };
      centre.x += a.x as number;
      centre.y += a.y as number;
      centre.n++;
      centres.set(a.community as number, centre);
    }
    if (Array.isArray(communities)) {
      out.push('<g id="cluster-names" font-size="16" font-weight="700" fill="#333" text-anchor="middle" stroke="#ffffff" stroke-width="4" paint-order="stroke" opacity="0.9">');
      for (const info of communities) {
        const centre = info && Number.isInteger(info.id) ? centres.get(info.id) : undefined;
        if (!centre || centre.n < 2 || typeof info.label !== 'string') continue;
        out.push(`<text x="${px(centre.x / centre.n)}" y="${py(centre.y / centre.n)}">${escapeXml(truncate(info.label, 40))}</text>`);
      }
      out.push('</g>');
    }
  }

  if (o.legend.length > 0) {
    const x = o.width - legendWidth - margin / 2;
    const rows = o.legend.slice(0, 24);
    out.push(`<g id="legend" font-size="12" fill="#222">`);
    out.push(`<rect x="${x}" y="${margin}" width="${legendWidth}" height="${34 + rows.length * 20}" fill="#ffffff" stroke="#d0d0d0" rx="6"/>`);
    out.push(`<text x="${x + 12}" y="${margin + 22}" font-weight="600">${escapeXml(o.legendTitle)}</text>`);
    rows.forEach((entry, index) => {
      const y = margin + 44 + index * 20;
      const count = finite(entry.count) ? ` (${entry.count.toLocaleString('en')})` : '';
      out.push(`<circle cx="${x + 18}" cy="${y - 4}" r="6" fill="${escapeXml(entry.color)}"/>`);
      out.push(`<text x="${x + 32}" y="${y}">${escapeXml(truncate(entry.label, 30) + count)}</text>`);
    });
    if (o.legend.length > rows.length) {
      out.push(`<!-- ${countOf(o.legend.length - rows.length, 'more legend row', undefined, 'en')} left out -->`);
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
