// Download file names derived from where the loaded graph came from ("/graph.json", "miserables.gexf", a URL).
import type { ExportFormat, ExportScope } from './types';

const FALLBACK = 'graph';

/**
 * The base name of a graph source: last path segment, without query, hash or a graph-file extension, reduced to
 * characters every file system accepts. Falls back to "graph" when nothing usable remains.
 */
export function graphBaseName(source: string | null | undefined): string {
  if (!source) return FALLBACK;
  const withoutQuery = source.replace(/[?#].*$/s, '');
  const last = withoutQuery.split(/[/\\]/).filter(Boolean).pop() ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A stray "%" is not an escape; keep the name as written.
  }
  const stem = decoded.replace(/\.(json|gexf|graphml|gml|xml|csv|png|svg)$/i, '');
  // Windows forbids <>:"/\|?* and control characters; leading dots make hidden files on Unix.
  const safe = stem
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 120);
  return safe || FALLBACK;
}

const EXTENSIONS: Record<Exclude<ExportFormat, 'csv'>, string> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  png: 'png',
  svg: 'svg',
  // VOSviewer opens any .json; the suffix keeps it apart from the graph JSON of the same graph.
  vosviewer: 'vosviewer.json',
};

/** File name for one export: `<base>[-filtered].<ext>`; CSV names the table: `<base>[-filtered]-nodes.csv`. */
export function exportFileName(
  source: string | null | undefined,
  format: ExportFormat,
  scope: ExportScope,
  table?: 'nodes' | 'edges',
): string {
  const base = graphBaseName(source) + (scope === 'filtered' ? '-filtered' : '');
  if (format === 'csv') return `${base}-${table ?? 'nodes'}.csv`;
  return `${base}.${EXTENSIONS[format]}`;
}
