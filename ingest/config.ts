// IngestConfig: everything one ingest run needs, its defaults, and how overrides merge over them.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { COMMUNITY_ALGORITHMS, DEFAULT_COMMUNITIES_OPTIONS, type CommunityAlgorithm } from '../src/shared/analysis/communities';
import { DEFAULT_LAYOUT_OPTIONS } from './layout/layoutPaperGraph';

/** The bundled vocabulary files, found from this module so the CLI works from any working directory. */
const dataFile = (name: string) => fileURLToPath(new URL(`../data/${name}`, import.meta.url));

export const OUTPUT_FORMATS = ['json', 'gexf', 'graphml', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface IngestConfig {
  /** Files or folders to read (folders are read recursively). */
  inputs: string[];
  /** Output file; for `csv` two files are written beside it (`<name>.nodes.csv`, `<name>.edges.csv`). */
  out: string;
  format: OutputFormat;
  /** Larger input files are skipped with a warning. */
  maxFileBytes: number;
  /** Keyphrases kept per paper (its ranked list, shared or not). */
  keyphrasesPerPaper: number;
  /** A concept becomes a node only when at least this many papers have it among their keyphrases. */
  minPapersPerConcept: number;
  /** Editable vocabulary files: known methods and the domain taxonomy. */
  methodsFile: string;
  domainsFile: string;
  /** Community detection: `leiden` (default) or `louvain`. */
  algorithm: CommunityAlgorithm;
  /** Keep every introduced method as a node; by default one that no other paper names stays on its paper. */
  allMethods: boolean;
  /** Clustering resolution: higher gives more, smaller clusters. */
  resolution: number;
  /** Seed for community detection and layout, so the same input gives the same file. */
  seed: number;
  /** ForceAtlas2 iterations run before writing; 0 leaves layout to the app. */
  layoutIterations: number;
  /**
   * Worker threads beside the main thread; the graph file is the same whatever the number. The first computes the
   * similarity layer while the main thread extracts concepts (corpora of SIMILARITY_THREAD_MIN_PAPERS or more); any
   * others tag the papers' text. 0: everything on the main thread. Default: one where the machine has a second core.
   */
  workers: number;
}

export const DEFAULT_CONFIG: IngestConfig = {
  inputs: [],
  out: 'public/graph.json',
  format: 'json',
  maxFileBytes: 50 * 1024 * 1024,
  keyphrasesPerPaper: 10,
  minPapersPerConcept: 2,
  methodsFile: dataFile('methods.json'),
  domainsFile: dataFile('domains.json'),
  algorithm: DEFAULT_COMMUNITIES_OPTIONS.algorithm,
  allMethods: false,
  resolution: 1,
  seed: DEFAULT_LAYOUT_OPTIONS.seed,
  layoutIterations: DEFAULT_LAYOUT_OPTIONS.iterations,
  workers: Math.min(1, availableParallelism() - 1),
};

export function resolveConfig(overrides: Partial<IngestConfig> = {}): IngestConfig {
  const config = { ...DEFAULT_CONFIG, ...overrides };
  for (const key of ['keyphrasesPerPaper', 'minPapersPerConcept', 'maxFileBytes'] as const) {
    if (!Number.isInteger(config[key]) || config[key] < 1) throw new Error(`config: ${key} must be a positive integer`);
  }
  // A concept is a node shared by papers: one paper is not enough (the extractor refuses it, too late for a usage error).
  if (config.minPapersPerConcept < 2) throw new Error('config: minPapersPerConcept must be at least 2');
  if (!Number.isInteger(config.layoutIterations) || config.layoutIterations < 0) {
    throw new Error('config: layoutIterations must be a whole number ≥ 0');
  }
  if (!Number.isInteger(config.workers) || config.workers < 0) throw new Error('config: workers must be a whole number ≥ 0');
  if (!(config.resolution > 0)) throw new Error('config: resolution must be a number > 0');
  if (!COMMUNITY_ALGORITHMS.includes(config.algorithm)) {
    throw new Error(`config: algorithm must be one of ${COMMUNITY_ALGORITHMS.join(', ')}`);
  }
  if (!OUTPUT_FORMATS.includes(config.format)) {
    throw new Error(`config: format must be one of ${OUTPUT_FORMATS.join(', ')}`);
  }
  return config;
}
