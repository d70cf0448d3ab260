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

/** Characters of an identifier other than a DOI to type before its prefix names papers ("WOS:000" is every record). */
export const ID_PREFIX_MIN = 6;

/**
 * What identifier a query starts to type, by its scheme, in the identifier index's form (lower case): a DOI (`10.`,
 * `doi:`, a doi.org address), `WOS:`, `PMID`, `PMC` with digits, `arXiv:` or Scopus's `2-s2.0-`; null for any other
 * query. `ready` says whether enough is typed to name papers: a DOI past its "/" (before it, "10.1" or "10.1016" is every
 * work of a publisher), other ids from ID_PREFIX_MIN characters. An identifier is one opaque string: split into words
 * ("10", "1"; "wos", "000") it matched any title or reference holding them.
 */
export function identifierQueryPrefix(query: string): { kind: IdKind; prefix: string; typed: string; ready: boolean } | null {
  let text = query.trim();
  try {
    if (/%[0-9a-f]{2}/i.test(text)) text = decodeURIComponent(text);
  } catch {
    // keep the raw text: a lone % is legal in a DOI
  }
  const doi = /^(?:doi:\s*|(?:https?:\/\/)?(?:dx\.)?doi\.org\/)?(10\.(?:\d.*)?)$/i.exec(text);
  if (doi) {
    const prefix = doi[1].toLowerCase();
    return { kind: 'doi', prefix, typed: prefix, ready: /\/./.test(prefix) };
  }
  const schemes: { kind: IdKind; pattern: RegExp; stored: (typed: string) => string }[] = [
    { kind: 'wos', pattern: /^wos:\s*([0-9a-z]*)$/i, stored: (typed) => `wos:${typed}` },
    { kind: 'pmid', pattern: /^pmid:?\s*(\d*)$/i, stored: (typed) => typed },
    { kind: 'pmcid', pattern: /^pmc(\d+)$/i, stored: (typed) => `pmc${typed}` },
    { kind: 'arxiv', pattern: /^arxiv:\s*(\S*)$/i, stored: (typed) => typed },
    { kind: 'scopus', pattern: /^2-s2\.0-(\d*)$/i, stored: (typed) => `2-s2.0-${typed}` },
  ];
  for (const { kind, pattern, stored } of schemes) {
    const match = pattern.exec(text);
    if (!match) continue;
    const typed = match[1].toLowerCase();
    return { kind, prefix: stored(typed), typed, ready: typed.length >= ID_PREFIX_MIN };
  }
  return null;
}

/** An id from the index (lower case) as it is printed: Web of Science and PubMed Central ids are upper case. */
const displayId = (kind: IdKind, id: string) => (kind === 'wos' || kind === 'pmcid' ? id.toUpperCase() : id);

/** Nodes whose identifier of `kind` starts with `prefix` (the index's lower-case form), by identifier. */
export function findByIdPrefix(index: IdentifierIndex, kind: IdKind, prefix: string): { key: string; id: string }[] {
  const hits: { key: string; id: string }[] = [];
  const seen = new Set<string>();
  const head = `${kind}:`;
  for (const [kindId, keys] of index) {
    if (!kindId.startsWith(head) || !kindId.startsWith(prefix, head.length)) continue;
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      hits.push({ key, id: displayId(kind, kindId.slice(head.length)) });
    }
  }
  return hits.sort((a, b) => a.id.localeCompare(b.id) || a.key.localeCompare(b.key));
}
