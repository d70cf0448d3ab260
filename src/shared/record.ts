// The one bibliographic record every reader produces and every paper node carries (pipeline and app read it alike).

/** Identifier schemes a record may carry, in the order merging trusts them. */
export const ID_KINDS = ['doi', 'arxiv', 'openalex', 'pmid', 'pmcid', 'wos', 'scopus', 's2', 'lens', 'dimensions'] as const;
export type IdKind = (typeof ID_KINDS)[number];

/** Readable names of identifier schemes, as researchers know them. */
export const ID_LABELS: Record<IdKind, string> = {
  doi: 'DOI', arxiv: 'arXiv', openalex: 'OpenAlex', pmid: 'PMID', pmcid: 'PMCID', wos: 'Web of Science', scopus: 'Scopus',
  s2: 'Semantic Scholar', lens: 'Lens', dimensions: 'Dimensions',
};

/**
 * Identifiers in their normalised form: DOI lower-cased without `https://doi.org/`; arXiv id without version
 * (`2401.01234`, `math/0502287`); OpenAlex `W123`; PMID digits; PMCID `PMC123`; WoS UT `WOS:000…`; Scopus EID
 * `2-s2.0-…`; Semantic Scholar corpus or paper id as given; Lens ID `106-059-195-106-980` (five groups of digits, the
 * last may end in X).
 */
export type PaperIds = Partial<Record<IdKind, string>>;

/** One entry of a record's reference list: identifiers when the source gives them, else the parts of a citation string. */
export interface ReferenceRecord {
  ids: PaperIds;
  /** The reference as the source wrote it (WoS `CR` line, Scopus reference, Crossref `unstructured`), or null. */
  text: string | null;
  /** First author's family name (as written), or null. */
  firstAuthor: string | null;
  year: number | null;
  title: string | null;
  /** Journal, proceedings or book the reference appeared in. */
  source: string | null;
  /** Further DOIs the source lists for this one reference (WoS `DOI [10.a, DOI 10.b]`), normalised, without `ids.doi`. */
  otherDois?: string[];
}

/** The fields of a bibliographic record, shared by readers (RawListing), merged papers and paper nodes. */
export interface BibFields {
  title: string;
  abstract: string;
  ids: PaperIds;
  /** Author names in order ("Family, Given" or as the source spells them); empty when the source only gives a count. */
  authors: string[];
  /** Number of authors: `authors.length` when names are known, a page's "N authors" otherwise, null if unknown. */
  authorsCount: number | null;
  /** Journal, conference or repository. */
  venue: string | null;
  /** ISO `YYYY-MM-DD`, `YYYY-MM`, `YYYY` when the year is known, `--MM-DD` otherwise. */
  date: string | null;
  year: number | null;
  /** Author-supplied keywords (not extracted ones). */
  keywords: string[];
  /** Landing page of the paper. */
  url: string | null;
  /** Subject labels the record carries: arXiv categories, OpenAlex topics, WoS categories, MeSH headings. */
  categories: string[];
  /**
   * Terms the database assigned or derived, neither the authors' keywords nor subject categories: WoS Keywords Plus
   * (`ID`, built from the titles a paper cites) and Scopus Index Keywords. Optional: only those readers fill it.
   */
  indexTerms?: string[];
  /**
   * Subject headings among `categories` that the indexer did not mark as a main topic of the paper (MeSH headings
   * without MEDLINE's star or PubMed's MajorTopicYN="Y"): they name what the paper touches — a bioinformatics tool's
   * "Programming Languages" —, not its field, so they give no domain of their own. Optional: only readers of sources
   * that mark main topics fill it.
   */
  minorHeadings?: string[];
  /** Organisation shown on a listing page, or the first affiliation. */
  organisation: string | null;
  upvotes: number | null;
  /** Document type as the source names it (article, inproceedings, book, preprint…), lower-case; null if not given. */
  type: string | null;
  references: ReferenceRecord[];
  /** Set when the year is not in the record itself but inferred (e.g. from a listing page's own date): how. */
  yearInferred?: string;
}

/** Fields whose provenance is tracked (everything a reader can fill). */
export const PROVENANCE_FIELDS = [
  'title',
  'abstract',
  'ids',
  'authors',
  'authorsCount',
  'venue',
  'date',
  'year',
  'keywords',
  'url',
  'categories',
  'organisation',
  'upvotes',
  'type',
  'references',
] as const satisfies readonly (keyof BibFields)[];
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

/** For each field, the source files (basenames, sorted) whose value the paper keeps. */
export type FieldProvenance = Partial<Record<ProvenanceField, string[]>>;

/** A record with every field empty: readers spread what they found over it. */
export function emptyBibFields(): BibFields {
  return {
    title: '',
    abstract: '',
    ids: {},
    authors: [],
    authorsCount: null,
    venue: null,
    date: null,
    year: null,
    keywords: [],
    url: null,
    categories: [],
    organisation: null,
    upvotes: null,
    type: null,
    references: [],
  };
}

/** Whether a field holds a value worth recording (empty strings, arrays and objects do not count). */
export function hasFieldValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Identifier normalisation: every reader and the merge step use these, so one paper has one spelling of each id.

/** `https://doi.org/10.1/ABC`, `doi:10.1/abc`, `DOI 10.1/abc.` → `10.1/abc`; null when no DOI is inside. */
export function normaliseDoi(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let text = raw.trim();
  try {
    if (/%[0-9a-f]{2}/i.test(text)) text = decodeURIComponent(text);
  } catch {
    // keep the raw text: a lone % is legal in a DOI
  }
  const match = /10\.\d{4,9}\/\S+/i.exec(text);
  if (!match) return null;
  // Trailing punctuation belongs to the sentence or list around the DOI, not to it.
  return match[0].replace(/[.,;:\])}>'"]+$/, '').toLowerCase();
}

/** `arXiv:2401.01234v2`, `https://arxiv.org/abs/math/0502287v1` → `2401.01234`, `math/0502287`. */
export function normaliseArxivId(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  const modern = /(?:^|[^\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])/.exec(text);
  if (modern) return modern[1];
  const old = /([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/i.exec(text);
  return old ? old[1].toLowerCase() : null;
}

/**
 * The month an arXiv identifier was assigned in (arXiv numbers papers by submission month): `0704.0001` → 2007-04,
 * `hep-th/9901001` → 1999-01 (old identifiers ran from 1991 to March 2007). Null for anything else.
 */
export function arxivIdMonth(id: string): { year: number; month: number } | null {
  const modern = /^(\d{2})(\d{2})\.\d{4,5}$/.exec(id);
  const match = modern ?? /^[a-z-]+(?:\.[a-z]{2})?\/(\d{2})(\d{2})\d{3}$/i.exec(id);
  if (!match) return null;
  const yy = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  // New-style identifiers began in April 2007; old-style ones in 1991.
  const year = modern ? 2000 + yy : yy >= 91 ? 1900 + yy : 2000 + yy;
  if (modern ? year < 2007 || (year === 2007 && month < 4) : year > 2007) return null;
  return { year, month };
}

/** `https://openalex.org/W2741809807` or `w2741809807` → `W2741809807`. */
export function normaliseOpenAlexId(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const match = /(?:^|\/)([WwAaSsIi]\d+)\s*$/.exec(raw.trim());
  return match ? match[1][0].toUpperCase() + match[1].slice(1) : null;
}

/** Lens.org's scholarly work id, alone or in a lens.org link: `https://lens.org/106-059-195-106-980` → `106-059-195-106-980`. */
export const LENS_ID = /(?<![\d-])(\d{3}-\d{3}-\d{3}-\d{3}-\d{2}[\dX])(?![\d-])/i;

/** Whether the whole text (spaces aside) is one Lens ID. */
export function isLensId(text: string): boolean {
  return /^\s*\d{3}-\d{3}-\d{3}-\d{3}-\d{2}[\dX]\s*$/i.test(text);
}

export function normaliseLensId(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const match = LENS_ID.exec(raw.trim());
  return match ? match[1].toUpperCase() : null;
}

/** The Lens ID of a lens.org work link (`https://lens.org/106-059-195-106-980`, `…/lens/scholar/article/<id>/main`). */
export function lensIdFromUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const match = /^https?:\/\/(?:www\.)?lens\.org\/(?:lens\/scholar\/article\/)?([\dX-]+)(?:\/main)?\/?$/i.exec(url.trim());
  return match ? normaliseLensId(match[1]) : null;
}

/**
 * `PMID: 12345`, `https://pubmed.ncbi.nlm.nih.gov/12345/` → `12345`. Zero is no PMID: screening tools write `0` for a
 * record without one (Abstrackr's `pubmed id`), and as an identifier it would merge every such record into one paper.
 */
export function normalisePmid(raw: string | number | null | undefined): string | null {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? String(raw) : null;
  if (typeof raw !== 'string') return null;
  const match = /(\d{1,9})\/?\s*$/.exec(raw.trim());
  return match && Number(match[1]) > 0 ? String(Number(match[1])) : null;
}

/**
 * A Web of Science accession number (field tag `UT`) in one spelling. The Core Collection's number is 15 characters,
 * `WOS:000316824000001` (letters in records indexed before 1990, `WOS:A1987J750300004`); exports of about 2008 and
 * before wrote it `ISI:`, and Current Contents Connect, the other database the same institute indexes issue by issue,
 * writes the same accession number `CCC:` (an "All Databases" export gives a paper's UT under whichever database its
 * record came from). All three are the one number, written `WOS:` as every reader writes it, so the paper exported
 * from either database is one paper. Other databases' numbers (`BCI:BCI…`, `ZOOREC:…`, `INSPEC:…`) are their own,
 * kept with their prefix; a bare 15-character number is a Core Collection one.
 */
export function normaliseWosId(raw: string): string | null {
  const text = raw.trim().toUpperCase();
  if (text === '') return null;
  const isi = /^(?:(?:WOS|ISI|CCC):\s*)?([0-9A-Z]{15})$/.exec(text);
  return isi ? `WOS:${isi[1]}` : text;
}

/**
 * A Dimensions publication id (`pub.1173974926`), alone or in an app.dimensions.ai link; null for anything else.
 * Dimensions exports name each record by it and each cited work too ("Cited references"), so it links their papers.
 */
export function normaliseDimensionsId(raw: string): string | null {
  const match = /^(?:https?:\/\/app\.dimensions\.ai\/details\/publication\/)?(pub\.\d{6,})\/?$/i.exec(raw.trim());
  return match ? match[1].toLowerCase() : null;
}

/** Add an id when it normalises; returns the same object for chaining. */
export function setId(ids: PaperIds, kind: IdKind, raw: string | number | null | undefined): PaperIds {
  if (raw === null || raw === undefined || raw === '') return ids;
  let value: string | null;
  switch (kind) {
    case 'doi':
      value = normaliseDoi(String(raw));
      break;
    case 'arxiv':
      value = normaliseArxivId(String(raw));
      break;
    case 'openalex':
      value = normaliseOpenAlexId(String(raw));
      break;
    case 'pmid':
      value = normalisePmid(raw);
      break;
    case 'lens':
      value = normaliseLensId(String(raw));
      break;
    case 'dimensions':
      value = normaliseDimensionsId(String(raw));
      break;
    case 'wos':
      value = normaliseWosId(String(raw));
      break;
    case 'pmcid': {
      const match = /PMC\d+/i.exec(String(raw));
      value = match ? match[0].toUpperCase() : null;
      break;
    }
    default:
      value = String(raw).trim() || null;
  }
  if (value !== null) ids[kind] = value;
  return ids;
}

/** Links a researcher can open for each identifier (doi.org, arxiv.org, openalex.org, PubMed…), in ID_KINDS order. */
export function identifierLinks(ids: PaperIds): { kind: IdKind; id: string; url: string | null }[] {
  const url: Record<IdKind, (id: string) => string | null> = {
    doi: (id) => `https://doi.org/${id}`,
    arxiv: (id) => `https://arxiv.org/abs/${id}`,
    openalex: (id) => `https://openalex.org/${id}`,
    pmid: (id) => `https://pubmed.ncbi.nlm.nih.gov/${id}/`,
    pmcid: (id) => `https://www.ncbi.nlm.nih.gov/pmc/articles/${id}/`,
    // A Web of Science Core Collection accession number (UT) opens its full record there (with the reader's
    // institutional access, as Scopus's does); other WoS databases' numbers (BCI:, ZOOREC:…) have no such link.
    wos: (id) => {
      const ut = /^(?:WOS:)?([0-9A-Z]{15})$/i.exec(id.trim());
      return ut ? `https://www.webofscience.com/wos/woscc/full-record/WOS:${ut[1].toUpperCase()}` : null;
    },
    scopus: (id) => `https://www.scopus.com/record/display.uri?eid=${encodeURIComponent(id)}&origin=resultslist`,
    s2: (id) => `https://www.semanticscholar.org/paper/${encodeURIComponent(id)}`,
    lens: (id) => `https://www.lens.org/lens/scholar/article/${id}/main`,
    dimensions: (id) => `https://app.dimensions.ai/details/publication/${id}`,
  };
  return ID_KINDS.filter((kind) => typeof ids[kind] === 'string').map((kind) => ({
    kind,
    id: ids[kind] as string,
    url: url[kind](ids[kind] as string),
  }));
}
