// The one graph model shared by the ingest pipeline and the explorer app: node/edge kinds and attribute types.
import type Graph from 'graphology';

export const GRAPH_SCHEMA_VERSION = 1;

export const NODE_KINDS = ['paper', 'concept', 'method', 'domain'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['has-concept', 'introduces', 'uses-method', 'in-domain', 'mentions'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

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

export type NodeAttributes = PaperAttributes | ConceptAttributes | MethodAttributes | DomainAttributes;

export interface EdgeAttributes {
  kind: EdgeKind;
  weight: number;
  /** For `mentions`: the paper whose abstract names the other paper's method. */
  citing?: string;
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
  modularity?: number;
  resolution?: number;
  communities?: CommunityInfo[];
}

export type PaperGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
