// Which graph format a file is, from its name and first characters: no parser imported, so the ingest's readers (and
// their worker threads) can ask without loading graphology and the format parsers.
export type GraphFormat = 'json' | 'gexf' | 'graphml' | 'gml';

/** By extension first, then by content (a `.xml` file or one with no extension); null when unknown. */
export function detectGraphFormat(text: string, fileName = ''): GraphFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return 'json';
  if (extension === 'gexf') return 'gexf';
  if (extension === 'graphml') return 'graphml';
  if (extension === 'gml') return 'gml';
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  if (head.startsWith('<')) {
    if (/<gexf[\s>]/i.test(head)) return 'gexf';
    if (/<graphml[\s>]/i.test(head)) return 'graphml';
  }
  // GML: optional comments / Creator / Version lines, then `graph [`.
  if (/^(?:(?:#[^\n]*|\w+\s+(?:"[^"]*"|\S+))\s*\n\s*)*graph\s*\[/.test(head)) return 'gml';
  return null;
}
