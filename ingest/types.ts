// Types that name the pipeline's stages: RawListing → Paper → PaperConcepts → graph.
import type { BibFields, FieldProvenance } from '../src/shared/record';

/** A problem with one input, reported to the user; never fatal on its own. */
export interface IngestWarning {
  /** Path of the input file as given (or its basename in tests). */
  file: string;
  /** 1-based line number where the problem was found, when it is known. */
  line?: number;
  reason: string;
}

/**
 * One paper entry as read from one file, before duplicates are merged: the shared bibliographic record
 * (`src/shared/record.ts`) plus where it was read. Readers start from `emptyBibFields()` and fill what they find.
 */
export interface RawListing extends BibFields {
  /** Basename of the file the entry came from. */
  source: string;
  /** 1-based line of the entry (its title, or the record's first line) in that file. */
  line: number;
}

export interface ReadResult {
  entries: RawListing[];
  warnings: IngestWarning[];
}

/** One reader per input format, registered in `sources/index.ts`. */
export interface SourceReader {
  /** Short format name shown in the summary ("hf-listing", "bibtex", ...). */
  format: string;
  /** Cheap sniff of the file name and text: does this reader understand it? */
  detect(text: string, fileName: string): boolean;
  /** Pure: text in, entries and warnings out. `file` is only used in warnings and `source`. */
  read(text: string, file: string): ReadResult;
}

/** A unique paper after duplicates across files (and within one) were merged. */
export interface Paper extends BibFields {
  /** Stable node key derived from the normalised title (`paper:<slug>`). */
  key: string;
  /** Basenames of the files the paper appeared in, sorted. */
  sources: string[];
  /** For each field, the files whose value the paper keeps. */
  provenance: FieldProvenance;
}

export interface RankedTerm {
  /** Concept key (`concept:<normalised stem form>`). */
  key: string;
  /** Display form (most frequent surface form, or "Expansion (ACRO)"). */
  label: string;
  score: number;
  /** Set when the term is one of the record's keywords that the text did not rank (see addRecordKeywords). */
  keyword?: true;
}

export interface ConceptInfo {
  key: string;
  label: string;
  aliases: string[];
  acronym: string | null;
}

export interface MethodInfo {
  key: string;
  label: string;
  aliases: string[];
  origin: 'introduced' | 'known';
  /** For introduced methods: the paper whose title names it. */
  introducedBy: string | null;
}

export interface DomainInfo {
  key: string;
  label: string;
  description: string;
}

/** What extraction found for one paper. */
export interface PaperConcepts {
  paperKey: string;
  /** Ranked keyphrases of this paper, best first (cut at the configured number). */
  keyphrases: RankedTerm[];
  /** Methods the paper uses or introduces, with a strength (mention count or score). */
  methods: { key: string; weight: number }[];
  /** Domain assignments with their score in 0..1 and why (the record's category, or the words that matched). */
  domains: { key: string; weight: number; evidence: string }[];
  /** Papers in the corpus whose introduced method this paper's abstract names. */
  mentions: { paperKey: string; method: string }[];
  /** Names this paper's title introduces that no other paper uses (kept on the paper rather than as method nodes). */
  introducedMethods?: string[];
}

export interface ExtractionResult {
  papers: PaperConcepts[];
  concepts: Map<string, ConceptInfo>;
  methods: Map<string, MethodInfo>;
  domains: Map<string, DomainInfo>;
  /** Narrower idea → broader idea (node keys), from the phrases' head/modifier structure ("sparse MoE" → MoE). */
  broader?: { narrower: string; broader: string }[];
}
