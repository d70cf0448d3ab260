// OpenAlex work JSON reader (one work, or a `results` page of works); the abstract is rebuilt from its inverted index.
import { emptyBibFields } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { collapseWhitespace, lineAt, parseJsonText, sourceName } from './text';

interface OpenAlexWork {
  id?: string;
  title?: string | null;
  display_name?: string | null;
  publication_year?: number | null;
  publication_date?: string | null;
  authorships?: { institutions?: { display_name?: string }[] }[];
  primary_location?: { source?: { display_name?: string | null; host_organization_name?: string | null } | null } | null;
  host_venue?: { display_name?: string | null } | null;
  abstract_inverted_index?: Record<string, number[]> | null;
}

/** OpenAlex ships abstracts as word → positions; put each word back at its positions. */
export function rebuildAbstract(index: Record<string, number[]> | null | undefined): string {
  if (!index) return '';
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    for (const position of positions) if (Number.isInteger(position) && position >= 0) words[position] = word;
  }
  return collapseWhitespace(words.filter((word) => word !== undefined).join(' '));
}

function nonEmpty(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? collapseWhitespace(value) : null;
}

/** Venue first, then the venue's publisher, then the first author institution. */
function organisationOf(work: OpenAlexWork): string | null {
  const source = work.primary_location?.source;
  const institution = work.authorships?.flatMap((a) => a.institutions ?? []).find((i) => nonEmpty(i.display_name));
  return (
    nonEmpty(source?.display_name) ?? nonEmpty(work.host_venue?.display_name) ??
    nonEmpty(source?.host_organization_name) ?? nonEmpty(institution?.display_name)
  );
}

export function openAlexWorkToListing(work: OpenAlexWork, source: string, line: number): RawListing | null {
  const title = nonEmpty(work.title) ?? nonEmpty(work.display_name);
  if (title === null) return null;
  const date = nonEmpty(work.publication_date);
  const iso = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  const year = typeof work.publication_year === 'number' ? work.publication_year : iso ? Number(iso.slice(0, 4)) : null;
  return {
    ...emptyBibFields(),
    title,
    abstract: rebuildAbstract(work.abstract_inverted_index),
    authorsCount: work.authorships && work.authorships.length > 0 ? work.authorships.length : null,
    date: iso,
    year,
    organisation: organisationOf(work),
    upvotes: null,
    source,
    line,
  };
}

/** Pure: a work object, an array of works, or an API page `{ results: [...] }` → entries. */
export function parseOpenAlex(text: string, file: string): ReadResult {
  const parsed = parseJsonText(text);
  if ('error' in parsed) {
    return { entries: [], warnings: [{ file, ...(parsed.line ? { line: parsed.line } : {}), reason: `not valid OpenAlex JSON: ${parsed.error}; skipped` }] };
  }
  const data = parsed.data;
  const works: unknown[] = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && Array.isArray((data as { results?: unknown }).results)
      ? (data as { results: unknown[] }).results
      : [data];
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  let from = 0;
  works.forEach((work, index) => {
    const id = (work as OpenAlexWork)?.id;
    const offset = typeof id === 'string' ? text.indexOf(JSON.stringify(id), from) : -1;
    if (offset !== -1) from = offset;
    const line = offset === -1 ? 1 : lineAt(text, offset);
    const entry = typeof work === 'object' && work !== null ? openAlexWorkToListing(work as OpenAlexWork, source, line) : null;
    if (entry) entries.push(entry);
    else warnings.push({ file, line, reason: `OpenAlex work #${index + 1} has no title; skipped` });
  });
  return { entries, warnings };
}

export const openAlexReader: SourceReader = {
  format: 'openalex',
  detect: (text) => /^\s*[[{]/.test(text) && /"abstract_inverted_index"|"id"\s*:\s*"https:\/\/openalex\.org\/W/.test(text),
  read: parseOpenAlex,
};
