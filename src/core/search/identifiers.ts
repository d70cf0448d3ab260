// Identifier look-up for the search box: a pasted DOI, arXiv id, OpenAlex id, PMID… names exactly one paper.
import { ID_KINDS, isLensId, lensIdFromUrl, normaliseArxivId, normaliseDimensionsId, normaliseDoi, normaliseLensId, normaliseOpenAlexId, normalisePmid, type IdKind, type PaperGraph } from '../../shared';

/** `kind:id` (id lower-cased) → node keys carrying it; several keys when a file has duplicates. */
export type IdentifierIndex = Map<string, string[]>;

const keyOf = (kind: IdKind, id: string) => `${kind}:${id.trim().toLowerCase()}`;

export function buildIdentifierIndex(graph: PaperGraph): IdentifierIndex {
  const index: IdentifierIndex = new Map();
  graph.forEachNode((node, attrs) => {
    const ids = (attrs as unknown as Record<string, unknown>).ids;
    if (ids === null || typeof ids !== 'object' || Array.isArray(ids)) return;
    for (const kind of ID_KINDS) {
      const id = (ids as Record<string, unknown>)[kind];
      if (typeof id !== 'string' || id.trim() === '') continue;
      const key = keyOf(kind, id);
      const list = index.get(key);
      if (list) list.push(node);
      else index.set(key, [node]);
    }
  });
  return index;
}

/**
 * What identifiers a whole query could be, in the ingest's normalised form. Only a query that IS an identifier (with
 * its usual prefixes and URLs) counts, so a title containing "2401.01234" or a year is not taken for one.
 */
export function parseIdentifierQuery(query: string): { kind: IdKind; id: string }[] {
  const q = query.trim();
  const found: { kind: IdKind; id: string }[] = [];
  const add = (kind: IdKind, id: string | null) => id && found.push({ kind, id });
  if (/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?10\.\d{4,9}\/\S+$/i.test(q)) add('doi', normaliseDoi(q));
  if (/^(?:arxiv:\s*|https?:\/\/(?:export\.)?arxiv\.org\/(?:abs|pdf)\/)?(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?$/i.test(q)) {
    add('arxiv', normaliseArxivId(q));
  }
  if (/^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:works\/)?)?W\d+$/i.test(q)) add('openalex', normaliseOpenAlexId(q));
  if (/^(?:pmid:?\s*|https?:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/)?\d{1,9}\/?$/i.test(q)) add('pmid', normalisePmid(q));
  if (/^PMC\d+$/i.test(q)) add('pmcid', q.toUpperCase());
  if (/^WOS:[0-9A-Z]+$/i.test(q)) add('wos', q);
  if (/^2-s2\.0-\d+$/.test(q)) add('scopus', q);
  if (/^[0-9a-f]{40}$/i.test(q) || /^CorpusId:\d+$/i.test(q)) add('s2', q);
  if (isLensId(q)) add('lens', normaliseLensId(q));
  else add('lens', lensIdFromUrl(q));
  add('dimensions', normaliseDimensionsId(q));
  return found;
}

/** Nodes whose identifiers the query is, with the identifier that matched. */
export function findByIdentifier(index: IdentifierIndex, query: string): { key: string; kind: IdKind; id: string }[] {
  const hits: { key: string; kind: IdKind; id: string }[] = [];
  for (const { kind, id } of parseIdentifierQuery(query)) {
    for (const key of index.get(keyOf(kind, id)) ?? []) if (!hits.some((h) => h.key === key)) hits.push({ key, kind, id });
  }
  return hits;
}

/**
 * The DOI a query starts to type, lower-cased, without `doi:` or a doi.org address ("10.1016/j.ed"), or null when the
 * query does not begin like a DOI. A DOI is one opaque string: split into words ("10", "1") it matched any title or
 * reference holding a number, so such a query is answered from the DOIs alone.
 */
export function doiQueryPrefix(query: string): string | null {
  let text = query.trim();
  try {
    if (/%[0-9a-f]{2}/i.test(text)) text = decodeURIComponent(text);
  } catch {
    // keep the raw text: a lone % is legal in a DOI
  }
  const match = /^(?:doi:\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)?(10\.(?:\d.*)?)$/i.exec(text);
  return match ? match[1].toLowerCase() : null;
}

/**
 * Nodes whose DOI starts with `prefix`, by DOI. Only once the prefix reaches past the registrant's "/": before it,
 * "10.1" or "10.1016" is every work of a publisher, which names no paper.
 */
export function findByDoiPrefix(index: IdentifierIndex, prefix: string): { key: string; id: string }[] {
  const slash = prefix.indexOf('/');
  if (slash < 0 || slash === prefix.length - 1) return [];
  const hits: { key: string; id: string }[] = [];
  const seen = new Set<string>();
  for (const [kindId, keys] of index) {
    if (!kindId.startsWith('doi:') || !kindId.startsWith(prefix, 4)) continue;
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ key, id: kindId.slice(4) });
    }
  }
  return hits.sort((a, b) => a.id.localeCompare(b.id) || a.key.localeCompare(b.key));
}
