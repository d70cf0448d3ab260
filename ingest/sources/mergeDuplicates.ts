// Merges entries that are the same paper into one Paper each: by shared identifier first, then by title and year.
import { normaliseTitle, slugify, nodeKey } from '../../src/shared/keys';
import {
  ID_KINDS,
  arxivIdMonth,
  PROVENANCE_FIELDS,
  hasFieldValue,
  type FieldProvenance,
  type PaperIds,
  type ProvenanceField,
  type ReferenceRecord,
} from '../../src/shared/record';
import { comparableIds, compareIds, familyNameKeys, idKeys } from '../build/workIdentity';
import type { Paper, RawListing } from '../types';

export interface MergeResult {
  papers: Paper[];
  /** Entries folded into an earlier entry of the same paper (entries − papers). */
  duplicatesMerged: number;
  /** Entries folded because they share an identifier (DOI, arXiv id, OpenAlex id, PMID, UT, EID…). */
  mergedById: number;
  /** Entries folded because they have the same normalised title and compatible years (and no conflicting id). */
  mergedByTitle: number;
  /** Papers built from a preprint and a published version together. */
  preprintMerges: number;
}

/** Years a preprint may lie before or after its published version (arXiv postings precede or follow publication). */
export const PREPRINT_YEAR_GAP = 2;

const PREPRINT_VENUE = /\b(arxiv|biorxiv|medrxiv|chemrxiv|psyarxiv|socarxiv|ssrn|research square|preprints?\.org|techrxiv|openreview)\b/i;
const PREPRINT_TYPE = /preprint|posted-content|unpublished|submitted|working[- ]paper/i;
const PREPRINT_DOI = /^10\.(48550|2139\/ssrn|21203\/rs|20944\/preprints|31219|31234|31235|36227)\b/i;

/** A preprint: typed so, on a preprint server, or only known by its arXiv id / a preprint server's DOI. */
export function isPreprint(entry: Pick<RawListing, 'type' | 'venue' | 'ids'>): boolean {
  if (entry.type && PREPRINT_TYPE.test(entry.type)) return true;
  if (entry.venue && PREPRINT_VENUE.test(entry.venue)) return true;
  if (entry.ids.doi) return PREPRINT_DOI.test(entry.ids.doi);
  return Boolean(entry.ids.arxiv);
}

/** One group of entries being merged, with what decides whether another group may join it. */
interface Group {
  members: number[];
  ids: PaperIds;
  years: Set<number>;
  preprint: boolean;
  published: boolean;
}

function groupOf(entry: RawListing, index: number): Group {
  const preprint = isPreprint(entry);
  return {
    members: [index],
    ids: comparableIds(entry.ids),
    years: new Set(entry.year === null ? [] : [entry.year]),
    preprint,
    published: !preprint,
  };
}

/** Years fit when equal, or within PREPRINT_YEAR_GAP when one side holds a preprint and the other a published version. */
function yearsFit(a: Group, b: Group): boolean {
  if (a.years.size === 0 || b.years.size === 0) return true;
  const gap = (a.preprint && b.published) || (a.published && b.preprint) ? PREPRINT_YEAR_GAP : 0;
  for (const x of a.years) for (const y of b.years) if (Math.abs(x - y) > gap) return false;
  return true;
}

/** Different values of one identifier scheme mean two different works (two DOIs, two WoS UTs). */
function idsConflict(a: PaperIds, b: PaperIds): boolean {
  return ID_KINDS.some((kind) => a[kind] !== undefined && b[kind] !== undefined && a[kind] !== b[kind]);
}

function absorb(into: Group, from: Group): void {
  into.members.push(...from.members);
  for (const kind of ID_KINDS) if (into.ids[kind] === undefined && from.ids[kind] !== undefined) into.ids[kind] = from.ids[kind];
  for (const year of from.years) into.years.add(year);
  into.preprint ||= from.preprint;
  into.published ||= from.published;
}

/** A reference's identity for de-duplicating the union of merged reference lists. */
function referenceIdentity(reference: ReferenceRecord): string {
  const keys = idKeys(comparableIds(reference.ids));
  if (keys.length > 0) return keys[0];
  if (reference.text) return `text:${normaliseTitle(reference.text)}`;
  return `parts:${[reference.firstAuthor, reference.year, reference.title, reference.source].map((part) => normaliseTitle(String(part ?? ''))).join('|')}`;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A paper read once: every field as read, each non-empty one from that file. Its `key` comes first and is set by
 * mergeDuplicatePapers. The fields are copied one by one rather than with `{ source, line, ...fields }` and a spread:
 * at 100k entries those two copies (a generic runtime copy that skips named keys, then another) were a third of the
 * merge's CPU; the object has the same properties in the same order.
 */
function single(entry: RawListing): Paper {
  const paper = { key: '' } as Record<string, unknown>;
  for (const field in entry) if (field !== 'source' && field !== 'line') paper[field] = entry[field as keyof RawListing];
  const provenance: FieldProvenance = {};
  for (const field of PROVENANCE_FIELDS) if (hasFieldValue(entry[field])) provenance[field] = [entry.source];
  const arxiv = entry.ids.arxiv ?? comparableIds(entry.ids).arxiv;
  if (arxiv && !entry.ids.arxiv) paper.ids = { ...entry.ids, arxiv };
  paper.sources = [entry.source];
  paper.provenance = provenance;
  return datedByArxivId(paper as unknown as Paper);
}

/**
 * A record with no date at all (arXiv's OAI-PMH Dublin Core, some tables) but an arXiv identifier was submitted in the
 * month the identifier names: that month and its year, said to be inferred (`yearInferred`), so the paper has a place in
 * time. In place; returns the record.
 */
function datedByArxivId<T extends Pick<Paper, 'year' | 'date' | 'ids' | 'yearInferred'>>(fields: T): T {
  const fromArxiv = fields.year === null && fields.date === null && fields.ids.arxiv ? arxivIdMonth(fields.ids.arxiv) : null;
  if (fromArxiv) {
    const month = String(fromArxiv.month).padStart(2, '0');
    fields.year = fromArxiv.year;
    fields.date = `${fromArxiv.year}-${month}`;
    fields.yearInferred = `from its arXiv identifier ${fields.ids.arxiv} (submitted ${fromArxiv.year}-${month})`;
  }
  return fields;
}

/**
 * The subject headings no copy marks as a main topic: those a copy that marks main topics lists as minor, unless
 * another such copy gives them as a main topic (see BibFields.minorHeadings).
 */
function minorHeadingsOfAll(entries: RawListing[]): { minorHeadings?: string[] } {
  const marking = entries.filter((entry) => entry.minorHeadings !== undefined);
  const major = new Set(marking.flatMap((entry) => entry.categories.filter((heading) => !entry.minorHeadings!.includes(heading))));
  const minor = [...new Set(marking.flatMap((entry) => entry.minorHeadings!))].filter((heading) => !major.has(heading));
  return minor.length > 0 ? { minorHeadings: minor } : {};
}

/** Fold the group's entries (in input order) into one paper (`key` first, set later); record which files gave each kept value. */
function combine(entries: RawListing[]): Paper {
  if (entries.length === 1) return single(entries[0]);
  const first = entries[0];
  const pick = <T>(better: (candidate: T, kept: T) => boolean, get: (entry: RawListing) => T): T => {
    let kept = get(first);
    for (const entry of entries.slice(1)) if (better(get(entry), kept)) kept = get(entry);
    return kept;
  };
  const firstNonEmpty = <T>(get: (entry: RawListing) => T): T => {
    const found = entries.find((entry) => hasFieldValue(get(entry)));
    return found ? get(found) : get(first);
  };
  // The published version's date wins over a preprint's; a date with a year beats a month-day; otherwise the first.
  const dated = (entry: RawListing) => (entry.year !== null ? 2 : entry.date !== null ? 1 : 0) + (isPreprint(entry) ? 0 : 4);
  const dateSource = entries.reduce((best, entry) => (dated(entry) > dated(best) ? entry : best), first);
  const richestAuthors = entries.reduce((best, entry) => (entry.authors.length > best.authors.length ? entry : best), first);

  const ids: PaperIds = {};
  // Published DOI first: the preprint's DataCite DOI only repeats its arXiv id.
  const ordered = [...entries.filter((entry) => !isPreprint(entry)), ...entries.filter((entry) => isPreprint(entry))];
  for (const entry of ordered) {
    for (const kind of ID_KINDS) if (ids[kind] === undefined && entry.ids[kind] !== undefined) ids[kind] = entry.ids[kind];
  }
  const arxiv = comparableIds(ids).arxiv;
  if (arxiv && !ids.arxiv) ids.arxiv = arxiv;

  const union = (get: (entry: RawListing) => string[]) => {
    const seen = new Map<string, string>();
    for (const entry of entries) for (const value of get(entry)) if (!seen.has(value.toLowerCase())) seen.set(value.toLowerCase(), value);
    return [...seen.values()];
  };
  // The first list is kept whole (a record may cite one work twice); later copies add what it lacks.
  const references = [...first.references];
  const known = new Set(references.map(referenceIdentity));
  for (const entry of entries.slice(1)) {
    for (const reference of entry.references) {
      const identity = referenceIdentity(reference);
      if (!known.has(identity)) {
        known.add(identity);
        references.push(reference);
      }
    }
  }
  const authors = richestAuthors.authors;
  const authorsCount =
    authors.length > 0 ? authors.length : pick<number | null>((c, k) => c !== null && (k === null || c > k), (e) => e.authorsCount);

  const fields: Omit<Paper, 'key' | 'sources' | 'provenance'> = {
    title: first.title,
    abstract: pick<string>((c, k) => c.length > k.length, (e) => e.abstract),
    ids,
    authors,
    authorsCount,
    venue: ordered.find((entry) => hasFieldValue(entry.venue))?.venue ?? null,
    date: dateSource.date,
    year: dateSource.year ?? firstNonEmpty((e) => e.year),
    ...(dateSource.yearInferred && dateSource.year !== null ? { yearInferred: dateSource.yearInferred } : {}),
    keywords: union((e) => e.keywords),
    url: ordered.find((entry) => hasFieldValue(entry.url))?.url ?? null,
    categories: union((e) => e.categories),
    ...minorHeadingsOfAll(entries),
    organisation: firstNonEmpty((e) => e.organisation),
    upvotes: pick<number | null>((c, k) => c !== null && (k === null || c > k), (e) => e.upvotes),
    type: ordered.find((entry) => hasFieldValue(entry.type))?.type ?? null,
    references,
  };

  datedByArxivId(fields);

  // Provenance: a kept single value comes from every file that gave that value; a union from every file that added to it.
  const provenance: FieldProvenance = {};
  const unionFields = new Set<ProvenanceField>(['ids', 'keywords', 'categories', 'references']);
  for (const field of PROVENANCE_FIELDS) {
    if (!hasFieldValue(fields[field])) continue;
    const files = new Set<string>();
    for (const entry of entries) {
      const value = entry[field];
      if (!hasFieldValue(value)) continue;
      if (unionFields.has(field) || sameValue(value, fields[field])) files.add(entry.source);
    }
    if (files.size > 0) provenance[field] = [...files].sort();
  }
  const sources = [...new Set(entries.map((entry) => entry.source))].sort();
  return { key: '', ...fields, sources, provenance };
}

/**
 * Node keys stay `paper:<title-slug>`; papers that share a title slug but are different works all get a suffix —
 * the year, then also their first identifier, then a counter — so a key never depends on which file was read first
 * when the content tells them apart. `titleSlugs`: each paper's title slugified (empty for a paper without a title).
 */
function assignKeys(papers: Paper[], titleSlugs: string[]): string[] {
  // A paper kept without a title (a record that only has identifiers) is keyed by its first identifier.
  const slugs = papers.map((paper, index) => titleSlugs[index] || `untitled-${slugify(idKeys(paper.ids)[0] ?? 'work')}`);
  const count = (values: string[]) => values.reduce((map, value) => map.set(value, (map.get(value) ?? 0) + 1), new Map<string, number>());
  const bySlug = count(slugs);
  const withYear = slugs.map((slug, index) => (bySlug.get(slug)! > 1 ? `${slug}-${papers[index].year ?? 'undated'}` : slug));
  const byYear = count(withYear);
  const withId = withYear.map((slug, index) => {
    if (byYear.get(slug)! === 1 || slug === slugs[index]) return slug;
    const id = idKeys(papers[index].ids)[0];
    return id ? `${slug}-${slugify(id)}` : slug;
  });
  const seen = new Map<string, number>();
  return withId.map((slug) => {
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return nodeKey('paper', n === 1 ? slug : `${slug}-${n}`);
  });
}

/**
 * Pure: one Paper per work, in order of first appearance.
 * 1. Entries sharing any identifier merge, unless they carry different values of one scheme (two DOIs, two UTs).
 * 2. Then groups with the same normalised title merge when no identifier conflicts, their years are equal (or within
 *    PREPRINT_YEAR_GAP when one is a preprint and the other published; an unknown year fits any), and, when both name
 *    their authors, their first authors share a family name.
 * The first entry's title spelling is kept; see `combine` for the other fields.
 */
export function mergeDuplicatePapers(entries: RawListing[]): MergeResult {
  const groups: (Group | null)[] = entries.map(groupOf);
  const owner = entries.map((_, index) => index);
  const find = (index: number): number => {
    while (owner[index] !== index) index = owner[index] = owner[owner[index]];
    return index;
  };
  const join = (a: number, b: number) => {
    const [keep, drop] = a < b ? [a, b] : [b, a];
    absorb(groups[keep]!, groups[drop]!);
    groups[drop] = null;
    owner[drop] = keep;
  };

  let mergedById = 0;
  const byId = new Map<string, number>();
  entries.forEach((_entry, index) => {
    for (const key of idKeys(groups[find(index)]!.ids)) {
      const other = byId.get(key);
      if (other === undefined) {
        byId.set(key, index);
        continue;
      }
      const a = find(other);
      const b = find(index);
      if (a === b || idsConflict(groups[a]!.ids, groups[b]!.ids)) continue;
      join(a, b);
      mergedById += 1;
    }
  });

  // Every member's title is registered for its group, so a title merge also finds a group joined by id. Titles are
  // normalised once: the papers' keys are their slugs (slugify is normaliseTitle with hyphens).
  const titles = entries.map((entry) => normaliseTitle(entry.title));
  // Family-name keys of a group's first authors (the union over its members), worked out only for the groups whose
  // titles meet: most never do, and the names' rules are costly.
  const authorKeys: (string[] | undefined)[] = new Array(entries.length);
  // Each group's set, kept until the group takes in another: records sharing a generic title ("Editorial",
  // "Correction") are each checked against every earlier one, and building both sets per check made that the cost.
  const authorKeySets = new Map<Group, Set<string>>();
  const firstAuthorKeys = (group: Group): Set<string> => {
    const cached = authorKeySets.get(group);
    if (cached) return cached;
    const keys = new Set<string>();
    for (const member of group.members) {
      const entry = entries[member];
      authorKeys[member] ??= entry.authors.length > 0 ? familyNameKeys(entry.authors[0]) : [];
      for (const key of authorKeys[member]!) keys.add(key);
    }
    authorKeySets.set(group, keys);
    return keys;
  };
  let mergedByTitle = 0;
  const byTitle = new Map<string, number[]>();
  entries.forEach((_entry, index) => {
    const title = titles[index];
    if (title === '') return;
    const candidates = byTitle.get(title) ?? [];
    const match = candidates.find((candidate) => {
      const a = groups[find(candidate)]!;
      const b = groups[find(index)]!;
      if (a === b || idsConflict(a.ids, b.ids) || !yearsFit(a, b)) return false;
      const authorsOfA = firstAuthorKeys(a);
      const authorsOfB = firstAuthorKeys(b);
      if (authorsOfA.size === 0 || authorsOfB.size === 0) return true;
      for (const key of authorsOfB) if (authorsOfA.has(key)) return true;
      return false;
    });
    if (match !== undefined) {
      join(find(match), find(index));
      authorKeySets.delete(groups[find(index)]!); // its members changed
      mergedByTitle += 1;
    }
    if (!candidates.some((candidate) => find(candidate) === find(index))) candidates.push(index);
    byTitle.set(title, candidates);
  });

  const roots = entries.map((_, index) => index).filter((index) => groups[index] !== null);
  const combined = roots.map((root) => combine(groups[root]!.members.sort((a, b) => a - b).map((index) => entries[index])));
  // A paper's title is its group's first entry's, and a group's root is its first entry (join keeps the smaller root).
  const keys = assignKeys(combined, roots.map((root) => titles[root].replace(/ /g, '-')));
  // Set in place: a `{ key, ...paper }` copy per paper cost a tenth of the merge at 100k, and the key is already first.
  const papers = combined;
  for (let index = 0; index < papers.length; index++) papers[index].key = keys[index];
  const preprintMerges = roots.filter((root) => groups[root]!.preprint && groups[root]!.published).length;
  return { papers, duplicatesMerged: entries.length - papers.length, mergedById, mergedByTitle, preprintMerges };
}
