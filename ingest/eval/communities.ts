// Community evaluation CLI: ingest a labelled file with its categories hidden, score the paper communities against the
// labels (NMI, purity) next to a plain TF-IDF kNN + Louvain baseline run on the same abstracts, append to a TSV.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEvalArgs } from './args';
import Graph from 'graphology';
import {
  COMMUNITY_ALGORITHMS,
  DEFAULT_COMMUNITIES_OPTIONS,
  detectCommunities,
  type CommunityAlgorithm,
} from '../../src/shared/analysis/communities';
import { paperKey } from '../../src/shared/keys';
import type { PaperGraph } from '../../src/shared/schema';
import { buildTfIdf, findNearestNeighbours } from '../build/similarity';
import { ingestGraph } from '../pipeline';
import type { RawListing } from '../types';
import { normalisedMutualInformation, primaryArxivCategory, purity } from './partitions';

const USAGE =
  'usage: npm run eval:communities -- <labelled file> [--resolution R] [--algorithm leiden|louvain] [--seed N] [--append eval/results.tsv]';

/** The group every paper without any edge is put in (the convention: isolated papers count as one group). */
export const ISOLATED_GROUP = 'isolated';

export interface PartitionScore {
  nmi: number;
  purity: number;
  /** Distinct groups among the scored papers (the isolated group counts as one). */
  groups: number;
  /** Scored papers with no edge, and their share of the scored papers. */
  isolated: number;
  isolatedShare: number;
}

export interface CommunityEvaluation {
  file: string;
  /** Papers in the graph, and those that carry an arXiv-shaped label (only these are scored). */
  papers: number;
  labelled: number;
  labels: number;
  algorithm: CommunityAlgorithm;
  resolution: number;
  tool: PartitionScore & { modularity: number | null; quality: number | null };
  /** TF-IDF cosine kNN (k = 10) over the abstracts alone, graphology Louvain, at resolution 1 and 2. */
  baseline: { resolution: number; score: PartitionScore }[];
  ingestSeconds: number;
}

/** Score a node → group mapping over the labelled papers, papers without edges as one group. */
export function scorePaperPartition(
  graph: Pick<Graph, 'degree'>,
  labels: Map<string, string>,
  groupOf: (paper: string) => string | number,
): PartitionScore {
  const found: (string | number)[] = [];
  const truth: string[] = [];
  let isolated = 0;
  for (const [paper, label] of labels) {
    const lonely = graph.degree(paper) === 0;
    if (lonely) isolated += 1;
    found.push(lonely ? ISOLATED_GROUP : groupOf(paper));
    truth.push(label);
  }
  return {
    nmi: normalisedMutualInformation(found, truth),
    purity: purity(found, truth),
    groups: new Set(found).size,
    isolated,
    isolatedShare: labels.size > 0 ? isolated / labels.size : 0,
  };
}

/** The issue's plain baseline on the given papers' abstracts: cosine kNN graph (k = 10, union) + seeded Louvain. */
export function scoreBaseline(
  papers: { key: string; abstract: string }[],
  labels: Map<string, string>,
  resolutions: number[],
  seed: number,
): { resolution: number; score: PartitionScore }[] {
  const matrix = buildTfIdf(papers.map(({ abstract }) => ({ title: '', abstract })), 0);
  // Exact search (no work bounds): the baseline is the plain method, whatever the tool's own search does.
  const { pairs } = findNearestNeighbours(matrix, {
    neighbours: 10,
    minSimilarity: 0,
    mode: 'union',
    maxPostingsPerTerm: Number.MAX_SAFE_INTEGER,
    maxCandidates: Number.MAX_SAFE_INTEGER,
  });
  const graph = new Graph({ type: 'undirected' });
  for (const { key } of papers) graph.addNode(key);
  for (let p = 0; p < pairs.a.length; p++) graph.addEdge(papers[pairs.a[p]].key, papers[pairs.b[p]].key, { weight: pairs.weight[p] });
  return resolutions.map((resolution) => {
    const { communities } = detectCommunities(graph, { algorithm: 'louvain', resolution, seed });
    return { resolution, score: scorePaperPartition(graph, labels, (paper) => communities[paper]) };
  });
}

/** Ingest `file` with every record's categories removed, then score its communities and the baseline. */
export async function evaluateCommunities(
  file: string,
  options: { resolution?: number; algorithm?: CommunityAlgorithm; seed?: number } = {},
): Promise<CommunityEvaluation> {
  const resolution = options.resolution ?? DEFAULT_COMMUNITIES_OPTIONS.resolution;
  const algorithm = options.algorithm ?? DEFAULT_COMMUNITIES_OPTIONS.algorithm;
  const seed = options.seed ?? DEFAULT_COMMUNITIES_OPTIONS.seed;
  const labelByKey = new Map<string, string>();
  // The labels are read here and removed before extraction, so the tool never sees them (no domain from a category).
  const hideCategories = (entries: RawListing[]) =>
    entries.map((entry) => {
      const label = primaryArxivCategory(entry.categories);
      const key = paperKey(entry.title);
      if (label !== null && !labelByKey.has(key)) labelByKey.set(key, label);
      return { ...entry, categories: [] };
    });
  const start = performance.now();
  const { graph, summary } = await ingestGraph([file], { layoutIterations: 0, resolution, algorithm, seed }, () => {}, {
    prepareEntries: hideCategories,
  });
  const ingestSeconds = (performance.now() - start) / 1000;
  return scoreGraph(graph, labelByKey, {
    file,
    algorithm,
    resolution,
    seed,
    ingestSeconds,
    modularity: summary.modularity,
    quality: summary.quality,
  });
}

function scoreGraph(
  graph: PaperGraph,
  labelByKey: Map<string, string>,
  run: {
    file: string;
    algorithm: CommunityAlgorithm;
    resolution: number;
    seed: number;
    ingestSeconds: number;
    modularity: number | null;
    quality: number | null;
  },
): CommunityEvaluation {
  const papers: { key: string; abstract: string }[] = [];
  const labels = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper') return;
    papers.push({ key, abstract: attributes.abstract });
    const label = labelByKey.get(key);
    if (label !== undefined) labels.set(key, label);
  });
  const tool = scorePaperPartition(graph, labels, (paper) => graph.getNodeAttribute(paper, 'community') ?? -1);
  return {
    file: run.file,
    papers: papers.length,
    labelled: labels.size,
    labels: new Set(labels.values()).size,
    algorithm: run.algorithm,
    resolution: run.resolution,
    tool: { ...tool, modularity: run.modularity, quality: run.quality },
    baseline: scoreBaseline(papers, labels, [1, 2], run.seed),
    ingestSeconds: run.ingestSeconds,
  };
}

// Columns shared with the keyphrase evaluation's rows (the file holds both; each fills its own columns).
const KEYPHRASE_COLUMNS = ['date', 'commit', 'gold', 'documents', 'macro_f1_at_5', 'macro_f1_at_10', 'papers_per_s'];
const COMMUNITY_COLUMNS = [
  'eval',
  'algorithm',
  'resolution',
  'nmi',
  'purity',
  'isolated_pct',
  'communities',
  'baseline_nmi_r1',
  'baseline_nmi_r2',
  'baseline_purity_r1',
  'baseline_purity_r2',
];
// The domain evaluation's columns (eval:domains --append): papers placed, links, and the links' verdicts.
const DOMAIN_COLUMNS = ['placed', 'placed_pct', 'domain_links', 'on_primary', 'on_own', 'in_archive', 'in_group', 'elsewhere'];
const HEADER = [...KEYPHRASE_COLUMNS, ...COMMUNITY_COLUMNS, ...DOMAIN_COLUMNS];

/** One TSV row from named values, in the file's column order (columns not given are left empty). */
export function tsvRow(values: Record<string, string>): string {
  return HEADER.map((column) => values[column] ?? '').join('\t');
}

export function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** One TSV row for `evaluation`, in HEADER's column order. */
export function resultRow(evaluation: CommunityEvaluation, date: string, commit: string): string {
  const f = (x: number) => x.toFixed(4);
  const baseline = (resolution: number) => evaluation.baseline.find((b) => b.resolution === resolution)?.score;
  const values: Record<string, string> = {
    date,
    commit,
    gold: basename(evaluation.file),
    documents: String(evaluation.labelled),
    papers_per_s: String(Math.round(evaluation.papers / evaluation.ingestSeconds)),
    eval: 'communities',
    algorithm: evaluation.algorithm,
    resolution: String(evaluation.resolution),
    nmi: f(evaluation.tool.nmi),
    purity: f(evaluation.tool.purity),
    isolated_pct: (100 * evaluation.tool.isolatedShare).toFixed(2),
    communities: String(evaluation.tool.groups),
    baseline_nmi_r1: f(baseline(1)?.nmi ?? NaN),
    baseline_nmi_r2: f(baseline(2)?.nmi ?? NaN),
    baseline_purity_r1: f(baseline(1)?.purity ?? NaN),
    baseline_purity_r2: f(baseline(2)?.purity ?? NaN),
  };
  return tsvRow(values);
}

/**
 * Append a row; the header is written when the file is new, and widened (never reordered) when it holds only the
 * keyphrase evaluation's columns, so older rows keep their meaning.
 */
export function appendResult(path: string, row: string): void {
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${HEADER.join('\t')}\n`);
  } else {
    const text = readFileSync(path, 'utf8');
    const newline = text.indexOf('\n');
    const header = (newline < 0 ? text : text.slice(0, newline)).split('\t');
    if (!HEADER.every((column, i) => header[i] === column)) {
      if (!header.every((column, i) => HEADER[i] === column)) {
        throw new Error(`${path}: its header does not start with the columns ${KEYPHRASE_COLUMNS.join(', ')}; not appending.`);
      }
      writeFileSync(path, `${HEADER.join('\t')}${newline < 0 ? '\n' : text.slice(newline)}`);
    }
  }
  const current = readFileSync(path, 'utf8');
  appendFileSync(path, `${current.endsWith('\n') ? '' : '\n'}${row}\n`);
}

/** The report printed by the CLI. */
export function formatEvaluation(evaluation: CommunityEvaluation): string {
  const f = (x: number) => x.toFixed(3);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const { tool } = evaluation;
  const lines = [
    `${evaluation.file}: ${evaluation.papers} papers, ${evaluation.labelled} with an arXiv label (${evaluation.labels} labels); categories hidden from the tool`,
    `ingest ${evaluation.ingestSeconds.toFixed(1)} s`,
    '',
    'partition                                   NMI    purity  groups  isolated',
    `this tool (${evaluation.algorithm}, resolution ${evaluation.resolution})`.padEnd(42) +
      `  ${f(tool.nmi)}  ${f(tool.purity)}   ${String(tool.groups).padStart(5)}  ${String(tool.isolated).padStart(4)} (${pct(tool.isolatedShare)})`,
  ];
  for (const { resolution, score } of evaluation.baseline) {
    lines.push(
      `baseline TF-IDF kNN k=10 + Louvain, res ${resolution}`.padEnd(42) +
        `  ${f(score.nmi)}  ${f(score.purity)}   ${String(score.groups).padStart(5)}  ${String(score.isolated).padStart(4)} (${pct(score.isolatedShare)})`,
    );
  }
  const signed = (x: number) => `${x >= 0 ? '+' : ''}${f(x)}`;
  const best = Math.max(...evaluation.baseline.map(({ score }) => score.nmi));
  const same = evaluation.baseline.find((b) => b.resolution === evaluation.resolution);
  lines.push('');
  // The target compares with the baseline at the same resolution; the best baseline figure is shown as well,
  // because NMI grows with the number of clusters and the baseline's resolution 2 makes more of them.
  if (same) lines.push(`NMI over the baseline at the same resolution: ${signed(tool.nmi - same.score.nmi)} (target ≥ +0.05)`);
  lines.push(`NMI over the best baseline figure: ${signed(tool.nmi - best)}; isolated ${pct(tool.isolatedShare)} (target ≤ 2%)`);
  if (tool.modularity !== null) {
    lines.push(`modularity Q ${f(tool.modularity)}; quality at resolution ${evaluation.resolution}: ${f(tool.quality ?? tool.modularity)}`);
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseEvalArgs(
    argv,
    { resolution: { type: 'string' }, algorithm: { type: 'string' }, seed: { type: 'string' }, append: { type: 'string' } },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, file: inputFile } = parsed;
  const resolution = values.resolution === undefined ? undefined : Number(values.resolution);
  if (resolution !== undefined && !(resolution > 0)) {
    console.error(`--resolution must be a number > 0, got "${values.resolution}"`);
    return 2;
  }
  const algorithm = values.algorithm as CommunityAlgorithm | undefined;
  if (algorithm !== undefined && !COMMUNITY_ALGORITHMS.includes(algorithm)) {
    console.error(`--algorithm must be one of ${COMMUNITY_ALGORITHMS.join(', ')}, got "${values.algorithm}"`);
    return 2;
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    console.error(`--seed must be a whole number, got "${values.seed}"`);
    return 2;
  }
  const evaluation = await evaluateCommunities(inputFile, { resolution, algorithm, seed });
  if (evaluation.labelled === 0) {
    console.error(`${inputFile}: no paper carries an arXiv category; nothing to score.`);
    return 1;
  }
  console.log(formatEvaluation(evaluation));
  if (values.append) {
    appendResult(values.append, resultRow(evaluation, new Date().toISOString(), currentCommit()));
    console.log(`appended to ${values.append}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
