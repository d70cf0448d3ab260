// Resolves each paper's reference list: which entries are corpus papers, which outside works they share (pure).
import { ID_KINDS, type IdKind, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import { normaliseTitle } from '../../src/shared/keys';
import type { Paper } from '../types';
import { comparableIds, createSourceMatcher, doisInText, familyNameKeys, idKeys, mayMatchByLetters, titlesMatch, type SourceMatcher } from './workIdentity';

/** A reference (or a paper) reduced to what identifies the work. */
export interface WorkParts {
  /** `kind:value` keys of every identifier, including each DOI written in the reference string. */
  idKeys: string[];
  families: string[];
  year: number | null;
  title: string | null;
  source: string | null;
}

/**
 * Where each reference of one paper points, one number per reference (a typed array: a large corpus has hundreds of
 * thousands of references): `≥ 0` the corpus paper of that index, SELF_TARGET the citing paper itself,
 * `outsideTarget(w)` (≤ −2) the outside work `w`.
 */
export type ReferenceTargets = Int32Array;
export const SELF_TARGET = -1;
export const outsideTarget = (work: number) => -2 - work;
export const outsideWorkOf = (target: number) => -2 - target;

/** A work outside the corpus, with the references (of any paper) that name it. */
export interface OutsideWork {
  /** The first reference that named it (its text and parts label the node). */
  reference: ReferenceRecord;
  parts: WorkParts;
  ids: PaperIds;
  /** Indices of the corpus papers citing it, ascending, distinct. */
  citers: number[];
}

export interface CitationIndex {
  /** Per paper (same order as the input), per reference: the target. */
  targets: ReferenceTargets[];
  outside: OutsideWork[];
}

export interface ResolveOptions {
  /**
   * Fills firstAuthor / year / title / source of a reference that only carries `text` (Scopus RIS blocks, Crossref
   * `unstructured`). Readers parse what they can; this is the hook for the rest.
   */
  parseReferenceText?: (text: string) => ReferenceRecord;
}

function kindOf(key: string): IdKind {
  return key.slice(0, key.indexOf(':')) as IdKind;
}

// Shared by every reference without an author (most, in identifier-only lists): one empty array, never written to.
const NO_NAMES: string[] = [];

export function partsOfReference(reference: ReferenceRecord): WorkParts {
  const keys = idKeys(reference.ids.doi?.startsWith('10.48550/') ? comparableIds(reference.ids) : reference.ids);
  // Further DOIs of one reference (WoS `DOI [10.a, DOI 10.b]`): kept apart by the reader, or only in the text.
  const otherDois = (reference as ReferenceRecord & { otherDois?: string[] }).otherDois ?? [];
  if (otherDois.length > 0 || reference.text) {
    for (const doi of [...otherDois, ...doisInText(reference.text)]) {
      const more = idKeys(comparableIds({ doi }));
      for (const key of more) if (!keys.includes(key)) keys.push(key);
    }
  }
  return {
    idKeys: keys,
    families: reference.firstAuthor ? familyNameKeys(reference.firstAuthor) : NO_NAMES,
    year: reference.year,
    title: reference.title,
    source: reference.source,
  };
}

/** What resolving citations reads from a corpus record (the rest of the record stays where it is, e.g. off a worker). */
export type CitingRecord = Pick<Paper, 'ids' | 'authors' | 'year' | 'title' | 'venue' | 'references'>;

export function partsOfPaper(paper: CitingRecord): WorkParts {
  const keys = idKeys(comparableIds(paper.ids));
  return {
    idKeys: keys,
    families: paper.authors.length > 0 ? familyNameKeys(paper.authors[0]) : [],
    year: paper.year,
    title: paper.title,
    source: paper.venue,
  };
}

/** Both sides carry a scheme and share no value of it: different works. Call only after no id key matched. */
function idsClash(a: WorkParts, b: WorkParts): boolean {
  if (a.idKeys.length === 0 || b.idKeys.length === 0) return false;
  const kinds = new Set(b.idKeys.map(kindOf));
  return a.idKeys.some((key) => kinds.has(kindOf(key)));
}

/** Whether a reference's parts (no identifier matched) describe a corpus paper: titles, else source ≈ venue. */
function partsMatchPaper(reference: WorkParts, paper: WorkParts, sources: SourceMatcher): boolean {
  if (reference.title && paper.title) return titlesMatch(reference.title, paper.title);
  if (!reference.source) return false;
  if (sources.sourcesMatch(reference.source, paper.source)) return true;
  // WoS cites a book by its (cut) title where a journal article gets its journal: three words or more to count.
  return sources.sourceWordCount(reference.source) >= 3 && sources.abbreviationMatches(reference.source, paper.title);
}

/**
 * The groups a corpus paper is filed under for partsMatchPaper, whose rules each need one of them: `title` for a
 * reference with a title (titlesMatch); `source X` for a reference without one, X the initial of the paper's venue or
 * of its title (a source abbreviates only a name with the same initial); `untitled X` for a titled reference meeting a
 * paper without a title, which falls back to the venue. A reference reads only the groups of referenceGroups.
 */
function paperGroups(paper: WorkParts, { sourceInitial }: SourceMatcher): string[] {
  const groups: string[] = [];
  const venue = sourceInitial(paper.source);
  if (paper.title) {
    groups.push('title');
    const initial = sourceInitial(paper.title);
    if (initial !== null) groups.push(`source ${initial}`);
  } else if (venue !== null) {
    groups.push(`untitled ${venue}`);
  }
  if (venue !== null && !groups.includes(`source ${venue}`)) groups.push(`source ${venue}`);
  return groups;
}

/** The paper groups (paperGroups) a reference can match in. */
function referenceGroups(reference: WorkParts, { sourceInitial }: SourceMatcher): string[] {
  const initial = sourceInitial(reference.source);
  if (reference.title) return initial === null ? ['title'] : ['title', `untitled ${initial}`];
  return initial === null ? [] : [`source ${initial}`];
}

/** Two references to outside works: the same when titles match, or (no titles) their sources abbreviate each other. */
function partsMatchParts(a: WorkParts, b: WorkParts, sources: SourceMatcher): boolean {
  if (a.title && b.title) return titlesMatch(a.title, b.title);
  if (!a.title && !b.title && a.source && b.source) return sources.sourcesMatch(a.source, b.source);
  return false;
}

/** Parts good enough to match without an identifier: a named first author, a year, and a title or a source. */
function matchableByParts(parts: WorkParts): boolean {
  return parts.year !== null && parts.families.length > 0 && Boolean(parts.title || parts.source);
}

/**
 * Outside works of one author family, year and match group, in the order they joined it (a work joins once: `members`),
 * with each one's source letters beside it: a reference reads the bucket front to back, so the first work that
 * matches is the one it takes, and the letters, read in order, pass over most works of a Wang or a Li without
 * touching them.
 */
interface WorkBucket {
  members: Set<number>;
  works: number[];
  masks: number[];
}

/** A reference with nothing but text: its normalised text is its only identity. */
function textKey(reference: ReferenceRecord): string | null {
  const text = reference.text ? normaliseTitle(reference.text) : '';
  return text === '' ? null : `text:${text}`;
}

/**
 * Resolve every reference of every paper. Precision first (a wrong citation is worse than a missing one):
 * 1. identifiers — any identifier of the reference (DOIs written in its text included) equal to one corpus paper's;
 *    an identifier two corpus papers share decides nothing;
 * 2. otherwise parts — same first-author family name, same year, no identifier of a scheme both carry, and the titles
 *    match (`titlesMatch`), or, when the reference has no title, its source abbreviates the paper's venue (or, three
 *    words or more, its title: a cited book); exactly one corpus paper must fit, two mean "unresolved".
 * A reference resolving to the paper that lists it (a record citing its own DOI) is `self`: no edge, not outside.
 * References left over are grouped into outside works by the same rules (shared identifier, else same author, year
 * and title, or source when neither has a title).
 */
export function resolveCitations(papers: CitingRecord[], options: ResolveOptions = {}): CitationIndex {
  const paperParts = papers.map(partsOfPaper);
  const sources = createSourceMatcher();
  const paperById = new Map<string, number>();
  const sharedIds = new Set<string>();
  paperParts.forEach((parts, index) => {
    for (const key of parts.idKeys) {
      const other = paperById.get(key);
      if (other !== undefined && other !== index) sharedIds.add(key);
      else paperById.set(key, index);
    }
  });
  // A Set per bucket keeps insertion order as the list did, without scanning the bucket on every insert: a common
  // family name (Wang, Li, Smith) fills a bucket in proportion to the collection.
  // Within a family and year, papers are grouped by what partsMatchPaper can match (see paperGroups), so a reference
  // reads only the papers it could match.
  const paperBuckets = new Map<string, Set<number>>();
  paperParts.forEach((parts, index) => {
    if (parts.year === null) return;
    for (const group of paperGroups(parts, sources)) {
      for (const family of parts.families) {
        const bucket = `${family}|${parts.year}|${group}`;
        const set = paperBuckets.get(bucket);
        if (set) set.add(index);
        else paperBuckets.set(bucket, new Set([index]));
      }
    }
  });

  const toPaper = (parts: WorkParts): number | null => {
    let hit: number | null = null;
    for (const key of parts.idKeys) {
      const index = paperById.get(key);
      if (index === undefined || sharedIds.has(key)) continue;
      if (hit !== null && hit !== index) return null; // its identifiers name two corpus papers: unresolved
      hit = index;
    }
    if (hit !== null) return hit;
    if (parts.idKeys.length > 0 && !matchableByParts(parts)) return null;
    if (!matchableByParts(parts)) return null;
    const groups = referenceGroups(parts, sources);
    // One family and one group (most references): that bucket is the candidates, in its order, without duplicates.
    const single = groups.length === 1 && parts.families.length === 1;
    const candidates: Iterable<number> = single ? paperBuckets.get(`${parts.families[0]}|${parts.year}|${groups[0]}`) ?? [] : new Set<number>();
    if (!single) {
      for (const group of groups) {
        for (const family of parts.families) for (const index of paperBuckets.get(`${family}|${parts.year}|${group}`) ?? []) (candidates as Set<number>).add(index);
      }
    }
    let found: number | null = null;
    for (const index of candidates) {
      const paper = paperParts[index];
      if (idsClash(parts, paper) || !partsMatchPaper(parts, paper, sources)) continue;
      if (found !== null) return null; // two corpus papers fit: ambiguous, left unresolved
      found = index;
    }
    return found;
  };

  const outside: OutsideWork[] = [];
  // Each outside work's source letters (letterMask of its own parts' source), read while scanning a bucket.
  const outsideMasks: number[] = [];
  const workById = new Map<string, number>();
  // Outside works by first-author family name and year, and within those by what partsMatchParts can match: works
  // with a title (matched only by a reference with one), and works without one by their source's initial (a source
  // only abbreviates a source with the same initial). A reference compares itself with its own group only, in the same
  // order, so the first match is the same work; scanning the whole family-and-year bucket, every new work by a Wang or a
  // Li (most references name a work cited once) was compared with all of theirs that year: 20k papers took 83 s.
  const workBuckets = new Map<string, WorkBucket>();
  const matchGroup = (parts: WorkParts): string | null => {
    if (parts.title) return 'title';
    const initial = sources.sourceInitial(parts.source);
    return initial === null ? null : `source ${initial}`;
  };
  /**
   * A work written one way by one database and the other way by another (a collection merging Web of Science and
   * Scopus exports): a Web of Science cited reference has no title, only its source ("Shiroishi Y, 2009, IEEE T
   * MAGN"), where Scopus gives the title ("…, Future options for HDD storage (2009) IEEE Trans. Magn."). Such a pair
   * is the same work when the untitled one's source abbreviates the titled one's source, or (three words or more: a
   * cited book) its title, as a reference without a title matches a corpus paper (partsMatchPaper). Only looked for
   * when no work of the reference's own group matched, and taken only when one work fits: "Nguyen CD, 2017, IEEE T
   * MAGN" fits each of the three titled works Nguyen published there that year, and names none of them for sure.
   */
  const crossGroupWork = (parts: WorkParts): number | undefined => {
    const untitledMatchesTitled = (untitled: WorkParts, titled: WorkParts) =>
      sources.sourcesMatch(untitled.source, titled.source) ||
      (sources.sourceWordCount(untitled.source) >= 3 && sources.abbreviationMatches(untitled.source, titled.title));
    const groups = parts.title
      ? [...new Set([sources.sourceInitial(parts.source), sources.sourceInitial(parts.title)])].filter((initial) => initial !== null).map((initial) => `source ${initial}`)
      : ['title'];
    let found: number | undefined;
    for (const family of parts.families) {
      for (const group of groups) {
        const bucket = workBuckets.get(`${family}|${parts.year}|${group}`);
        if (bucket === undefined) continue;
        for (const candidate of bucket.works) {
          if (candidate === found) continue;
          const known = outside[candidate].parts;
          if (idsClash(parts, known)) continue;
          if (!(parts.title ? untitledMatchesTitled(known, parts) : untitledMatchesTitled(parts, known))) continue;
          if (found !== undefined) return undefined; // two works fit: a new work rather than a guess
          found = candidate;
        }
      }
    }
    return found;
  };
  const toOutsideWork = (reference: ReferenceRecord, parts: WorkParts, citing: number): number => {
    const matchable = matchableByParts(parts);
    const text = parts.idKeys.length === 0 && !matchable ? textKey(reference) : null;
    // The parts' own key list when there is no text key to add: read here, written below only as a new work's own.
    const keys = text ? [...parts.idKeys, text] : parts.idKeys;
    let work: number | undefined;
    // The key that found the work: the keys before it are known to be missing from the index, so they are added
    // below without asking again (a lookup in a map of every outside work's keys, one per reference, was the most
    // costly line of the layer); -1: none did (all missing).
    let foundBy = -1;
    for (let at = 0; at < keys.length; at++) {
      work = workById.get(keys[at]);
      if (work !== undefined) {
        foundBy = at;
        break;
      }
    }
    const group = matchable ? matchGroup(parts) : null;
    if (work === undefined && group !== null) {
      // Works without a title match by their sources: those whose letters cannot match are passed over unread.
      const untitled = !parts.title;
      const mask = untitled ? sources.letterMask(parts.source) : 0;
      search: for (const family of parts.families) {
        const bucket = workBuckets.get(`${family}|${parts.year}|${group}`);
        if (bucket === undefined) continue;
        const { works, masks } = bucket;
        for (let k = 0; k < works.length; k++) {
          if (untitled && !mayMatchByLetters(mask, masks[k])) continue;
          const candidate = works[k];
          const known = outside[candidate].parts;
          if (!idsClash(parts, known) && partsMatchParts(parts, known, sources)) {
            work = candidate;
            break search;
          }
        }
      }
    }
    if (work === undefined && group !== null) work = crossGroupWork(parts);
    if (work === undefined) {
      // The parts were made for this reference alone: the new work owns them.
      work = outside.length;
      // The reference's own ids object is shared until another reference adds to it (copied then, never written).
      // Its first citer in an array literal, which holds just that: `push` into an empty array reserves room for 16,
      // and most outside works are cited once (the lists stay, 150k of them at 20k papers).
      outside.push({ reference, parts, ids: reference.ids, citers: [citing] });
      outsideMasks.push(sources.letterMask(parts.source));
      for (const key of keys) workById.set(key, work);
    } else {
      const entry = outside[work];
      for (let at = 0; at < keys.length; at++) {
        if (foundBy < 0 || at < foundBy || (at > foundBy && !workById.has(keys[at]))) workById.set(keys[at], work);
      }
      // The key that found the work is among its keys already (every identifier key indexed to a work is one of its
      // parts' keys), so it is not searched for: most repeated references have that one key only.
      for (let at = 0; at < parts.idKeys.length; at++) {
        const key = parts.idKeys[at];
        if (at !== foundBy && !entry.parts.idKeys.includes(key)) entry.parts.idKeys.push(key);
      }
      // Most repeated references bring no new scheme: the ids object is copied only when one does, and the schemes
      // are compared one by one only when the reference has one the work lacks (looking up every scheme of both
      // objects by a variable name, per repeated reference, was a tenth of resolving).
      if (bringsNewScheme(entry.ids, reference.ids)) {
        let copied = false;
        for (const kind of ID_KINDS) {
          if (entry.ids[kind] !== undefined || reference.ids[kind] === undefined) continue;
          if (!copied) entry.ids = { ...entry.ids };
          copied = true;
          entry.ids[kind] = reference.ids[kind];
        }
      }
    }
    // The work's group comes from its own parts (those of its first reference), which partsMatchParts compares.
    const workGroup = parts.year === null ? null : outside[work].parts === parts ? group ?? matchGroup(parts) : matchGroup(outside[work].parts);
    if (workGroup !== null) {
      for (const family of parts.families) {
        const bucket = `${family}|${parts.year}|${workGroup}`;
        const entry = workBuckets.get(bucket);
        if (entry === undefined) workBuckets.set(bucket, { members: new Set([work]), works: [work], masks: [outsideMasks[work]] });
        else if (!entry.members.has(work)) {
          entry.members.add(work);
          entry.works.push(work);
          entry.masks.push(outsideMasks[work]);
        }
      }
    }
    return work;
  };

  const targets = papers.map((paper, index): ReferenceTargets => {
    const found = new Int32Array(paper.references.length);
    paper.references.forEach((raw, at) => {
      // Text-only references get their parts from `parseReferenceText` (passed in by pipeline.ts).
      const reference = completeReference(raw, options.parseReferenceText);
      const parts = partsOfReference(reference);
      const target = toPaper(parts);
      if (target === index) found[at] = SELF_TARGET;
      else if (target !== null) found[at] = target;
      else {
        const work = toOutsideWork(reference, parts, index);
        const citers = outside[work].citers;
        if (citers[citers.length - 1] !== index) citers.push(index);
        found[at] = outsideTarget(work);
      }
    });
    return found;
  });
  return { targets, outside };
}

/** Whether `ids` has a value for a scheme `known` has none for (may say so of a field that is no scheme: then the
 * caller's pass over ID_KINDS finds nothing to add). */
function bringsNewScheme(known: PaperIds, ids: PaperIds): boolean {
  for (const kind in ids) if (ids[kind as IdKind] !== undefined && known[kind as IdKind] === undefined) return true;
  return false;
}

/**
 * A reference that only carries its text gets its parts from the parser, keeping the identifiers it had. One whose
 * reader took only the first author or the year from the text (Crossref's `unstructured` strings: "Kitchenham BA,
 * Charters S (2007) Guidelines for …") gets the parser's title and source too, when the parser reads the same first
 * author and year: without a title or a source such a reference could never be matched by its parts.
 */
function completeReference(reference: ReferenceRecord, parse: ResolveOptions['parseReferenceText']): ReferenceRecord {
  if (!parse || !reference.text || reference.title || reference.source) return reference;
  const bare = !reference.firstAuthor && reference.year === null;
  const parsed = parse(reference.text);
  if (bare) return { ...parsed, ids: { ...parsed.ids, ...reference.ids }, text: reference.text };
  if (!parsed.title && !parsed.source) return reference;
  if (reference.year !== null && parsed.year !== reference.year) return reference;
  if (reference.firstAuthor && !sameFamily(reference.firstAuthor, parsed.firstAuthor)) return reference;
  return {
    ...reference,
    ids: { ...parsed.ids, ...reference.ids },
    firstAuthor: reference.firstAuthor ?? parsed.firstAuthor,
    year: reference.year ?? parsed.year,
    title: parsed.title,
    source: parsed.source,
  };
}

function sameFamily(a: string, b: string | null): boolean {
  const keys = familyNameKeys(b);
  return familyNameKeys(a).some((key) => keys.includes(key));
}
