// The one graph model shared by the ingest pipeline and the explorer app: node/edge kinds and attribute types.
import type Graph from 'graphology';
import type { FieldProvenance, PaperIds, ReferenceRecord } from './record';

/** 2: bibliographic records on paper nodes, `reference` nodes, citation and similarity edges. Version 1 files still read. */
export const GRAPH_SCHEMA_VERSION = 2;

export const NODE_KINDS = ['paper', 'concept', 'method', 'domain', 'reference'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  'has-concept',
  'introduces',
  'uses-method',
  'in-domain',
  'mentions',
  'cites',
  'co-cited',
  'coupled',
  'similar',
  'broader',
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Edge kinds that link two papers (or a paper and a cited reference): the citation and similarity layers. */
export const PAPER_LINK_EDGE_KINDS: readonly EdgeKind[] = ['cites', 'co-cited', 'coupled', 'similar', 'mentions'];

/** Attributes every node may carry; layout and analysis fields are optional until those stages ran. */
export interface CommonNodeAttributes {
  kind: NodeKind;
  label: string;
  x?: number;
  y?: number;
  size?: number;
  /** Louvain community id (analysis stage). */
  community?: number;
  degree?: number;
  weightedDegree?: number;
  pagerank?: number;
  betweenness?: number;
}

export interface PaperAttributes extends CommonNodeAttributes {
  kind: 'paper';
  title: string;
  abstract: string;
  authorsCount: number | null;
  /** ISO `YYYY-MM-DD` when the year is known, `--MM-DD` (ISO 8601 month-day) otherwise. */
  date: string | null;
  year: number | null;
  organisation: string | null;
  upvotes: number | null;
  /** Input files the paper appeared in (basenames), sorted. */
  sources: string[];
  /** The paper's ranked keyphrases, including those not shared with other papers. */
  keyphrases: string[];
  // Bibliographic record (schema 2; optional so version-1 files and other tools' graphs still read).
  ids?: PaperIds;
  authors?: string[];
  venue?: string | null;
  keywords?: string[];
  url?: string | null;
  categories?: string[];
  type?: string | null;
  /** Which source files gave which field. */
  provenance?: FieldProvenance;
  /** Entries in the paper's own reference list. */
  referenceCount?: number;
  /** References that point to no paper of the corpus. */
  referencesOutside?: number;
  /** Papers of the corpus this paper cites / that cite it. */
  citesInCorpus?: number;
  citedByInCorpus?: number;
  /** How the year was inferred when the record itself does not print it (e.g. from a listing page's own date). */
  yearInferred?: string;
  /** Names of methods this paper's title introduces that no other paper uses (kept on the paper, not as nodes). */
  introducedMethods?: string[];
}

export interface ConceptAttributes extends CommonNodeAttributes {
  kind: 'concept';
  /** Other surface forms merged into this concept (variants, acronym, expansion). */
  aliases: string[];
  acronym: string | null;
  paperCount: number;
}

export interface MethodAttributes extends CommonNodeAttributes {
  kind: 'method';
  aliases: string[];
  /** `introduced` for a system a corpus paper names in its title, `known` for a technique from the methods list. */
  origin: 'introduced' | 'known';
  paperCount: number;
}

export interface DomainAttributes extends CommonNodeAttributes {
  kind: 'domain';
  description: string;
  paperCount: number;
}

/** A work outside the corpus cited by several corpus papers (the corpus's intellectual base). */
export interface ReferenceAttributes
  extends CommonNodeAttributes,
    Pick<ReferenceRecord, 'ids' | 'text' | 'firstAuthor' | 'year' | 'title' | 'source'> {
  kind: 'reference';
  /** Corpus papers citing it. */
  paperCount: number;
}

export type NodeAttributes =
  | PaperAttributes
  | ConceptAttributes
  | MethodAttributes
  | DomainAttributes
  | ReferenceAttributes;

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  /** For `mentions` and `cites`: the citing paper (the edge's direction in an undirected file). */
  citing?: string;
  /** For `cites` between two papers: true when each cites the other (`citing` then names the first in corpus order). */
  mutual?: boolean;
  /** For `co-cited` and `coupled`: the raw count (papers citing both / references shared). */
  count?: number;
  /** For `broader`: the narrower node (the other end is the broader idea). */
  narrower?: string;
  /** For `in-domain` (and other inferred links): why the link exists, in words the panel shows
   * (e.g. "arXiv category cs.RO", "text: robot, grasping, manipulator"). */
  evidence?: string;
}

export interface CommunityInfo {
  id: number;
  label: string;
  /** Most distinctive concepts, best first. */
  terms: string[];
  papers: number;
  size: number;
}

export interface GraphAttributes {
  schemaVersion: number;
  generator: string;
  /** Input files (basenames) the graph was built from. */
  sources: string[];
  /** Standard modularity Q of the stored partition: resolution 1, undirected, with the weights the clustering used. */
  modularity?: number;
  /** Modularity at `resolution` (what the clustering maximised); equals `modularity` at resolution 1. */
  quality?: number;
  resolution?: number;
  communities?: CommunityInfo[];
  /** What an import changed or found in another tool's file (merged duplicate edges, adopted partition), in words. */
  importNotes?: string[];
}

export type PaperGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
