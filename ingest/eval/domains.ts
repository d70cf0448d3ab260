// Domain evaluation CLI: ingest a labelled file with its categories hidden, then check the domains the tool gives each
// paper (from its text, or from a keyphrase naming a category) against the paper's own arXiv categories, and list every
// placement so the ones outside them can be judged by hand (a neighbouring category is not always wrong).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { paperKey } from '../../src/shared/keys';
import type { PaperGraph } from '../../src/shared/schema';
import { DEFAULT_VOCABULARY_FILES } from '../extract/vocabulary';
import { ingestGraph } from '../pipeline';
import type { RawListing } from '../types';
import { parseEvalArgs } from './args';
import { appendResult, currentCommit, tsvRow } from './communities';
import { arxivCategories } from './partitions';

const USAGE = 'usage: npm run eval:domains -- <labelled file> [--list] [--append eval/results.tsv]';

/** One domain link of a paper, with the paper's own (hidden) categories. */
export interface Placement {
  title: string;
  categories: string[];
  domain: string;
  label: string;
  evidence: string;
}

/**
 * Where a placement falls: the paper's primary category, another of its categories, their archive, the group of one of
 * them (a group-level domain, `group:<id>`), or elsewhere.
 */
export type PlacementVerdict = 'primary' | 'own' | 'archive' | 'group' | 'elsewhere';

export interface DomainEvaluation {
  file: string;
  papers: number;
  /** Papers with at least one domain, and those placed by the text rule and by a keyphrase. */
  placed: number;
  fromText: number;
  fromKeyphrase: number;
  verdicts: Record<PlacementVerdict, number>;
  placements: (Placement & { verdict: PlacementVerdict })[];
}

const archiveOf = (category: string) => category.split('.')[0];
/** A group-level domain's id after `domain:` (see DomainGroup). */
const GROUP_PREFIX = 'group:';

/**
 * The verdict on one placement. `canonical` maps a category to the taxonomy id it is an alias of (cs.SY → eess.SY), so
 * a paper listed under an alias is on its own category; `groupsOf` maps a category to the ids of its group and of that
 * group's broader groups (cond-mat.str-el: cond-mat, physics), for a group-level domain.
 */
export function placementVerdict(
  categories: readonly string[],
  domainId: string,
  canonical: (category: string) => string,
  groupsOf: (category: string) => readonly string[] = () => [],
): PlacementVerdict {
  const own = categories.map(canonical);
  if (domainId.startsWith(GROUP_PREFIX)) {
    return own.some((category) => groupsOf(category).includes(domainId.slice(GROUP_PREFIX.length))) ? 'group' : 'elsewhere';
  }
  if (own[0] === domainId) return 'primary';
  if (own.includes(domainId)) return 'own';
  if (own.some((category) => archiveOf(category) === archiveOf(domainId))) return 'archive';
  return 'elsewhere';
}

/** The taxonomy's aliases (category → the id it is an alias of) and groups (category or archive → group ids, narrowest first). */
async function taxonomyMaps(): Promise<{ canonical: (category: string) => string; groupsOf: (category: string) => string[] }> {
  const file = JSON.parse(await readFile(DEFAULT_VOCABULARY_FILES.domains, 'utf8')) as {
    groups?: { id: string; label: string; parent?: string }[];
    domains: { id: string; group?: string; aliases?: string[] }[];
  };
  const byAlias = new Map<string, string>();
  for (const { id, aliases } of file.domains) for (const alias of aliases ?? []) byAlias.set(alias, id);
  const groupByLabel = new Map((file.groups ?? []).map((group) => [group.label, group.id]));
  // By category id, and by archive for records that name only the archive ("astro-ph", "stat" in older listings).
  const groupByName = new Map<string, string>();
  for (const { id, group } of file.domains) {
    const groupId = group === undefined ? undefined : groupByLabel.get(group);
    if (groupId === undefined) continue;
    groupByName.set(id, groupId);
    if (!groupByName.has(archiveOf(id))) groupByName.set(archiveOf(id), groupId);
  }
  const canonical = (category: string) => byAlias.get(category) ?? category;
  const parentOf = new Map((file.groups ?? []).map((group) => [group.id, group.parent]));
  const groupsOf = (category: string) => {
    const chain: string[] = [];
    for (let id = groupByName.get(canonical(category)) ?? groupByName.get(archiveOf(canonical(category))); id !== undefined && !chain.includes(id); id = parentOf.get(id)) {
      chain.push(id);
    }
    return chain;
  };
  return { canonical, groupsOf };
}

/** The domain links of the graph's papers, with each paper's categories as the labelled file gives them. */
export function placementsOf(graph: PaperGraph, categoriesByKey: Map<string, string[]>): { papers: number; placements: Placement[] } {
  const placements: Placement[] = [];
  let papers = 0;
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper') return;
    papers += 1;
    // Edges are undirected: the domain is whichever end is not the paper.
    graph.forEachEdge(key, (_edge, edge, source, target, sourceAttributes, targetAttributes) => {
      if (edge.kind !== 'in-domain') return;
      const domainEnd = source === key ? target : source;
      const domainAttributes = source === key ? targetAttributes : sourceAttributes;
      placements.push({
        title: attributes.label,
        categories: categoriesByKey.get(key) ?? [],
        domain: domainEnd.slice('domain:'.length),
        label: domainAttributes.label,
        evidence: String(edge.evidence ?? ''),
      });
    });
  });
  return { papers, placements };
}

/** Ingest `file` with every record's categories removed, then judge each domain link against those categories. */
export async function evaluateDomains(file: string): Promise<DomainEvaluation> {
  const categoriesByKey = new Map<string, string[]>();
  const hideCategories = (entries: RawListing[]) =>
    entries.map((entry) => {
      const key = paperKey(entry.title);
      if (!categoriesByKey.has(key)) categoriesByKey.set(key, arxivCategories(entry.categories));
      return { ...entry, categories: [] };
    });
  const { graph } = await ingestGraph([file], { layoutIterations: 0 }, () => {}, { prepareEntries: hideCategories });
  const { canonical, groupsOf } = await taxonomyMaps();
  const { papers, placements } = placementsOf(graph, categoriesByKey);
  const verdicts: Record<PlacementVerdict, number> = { primary: 0, own: 0, archive: 0, group: 0, elsewhere: 0 };
  const judged = placements.map((placement) => {
    const verdict = placementVerdict(placement.categories, placement.domain, canonical, groupsOf);
    verdicts[verdict] += 1;
    return { ...placement, verdict };
  });
  const placedBy = (prefix: string) => new Set(judged.filter((p) => p.evidence.startsWith(prefix)).map((p) => p.title)).size;
  return {
    file,
    papers,
    placed: new Set(judged.map((p) => p.title)).size,
    fromText: placedBy('text: '),
    fromKeyphrase: placedBy('keyphrase '),
    verdicts,
    placements: judged,
  };
}

/** The report printed by the CLI; with `list`, every placement outside the paper's own categories first. */
export function formatDomainEvaluation(evaluation: DomainEvaluation, list: boolean): string {
  const pct = (x: number, of: number) => `${of > 0 ? ((100 * x) / of).toFixed(1) : '0.0'}%`;
  const { papers, placed, verdicts } = evaluation;
  const links = evaluation.placements.length;
  const lines = [
    `${evaluation.file}: ${papers} papers; categories hidden from the tool`,
    `placed: ${placed} (${pct(placed, papers)}), from text ${evaluation.fromText}, from a keyphrase ${evaluation.fromKeyphrase}; ${links} domain links`,
    `on the primary category ${verdicts.primary} (${pct(verdicts.primary, links)}), on another own category ${verdicts.own}, in an own archive ${verdicts.archive}, in an own category's group (a group-level domain) ${verdicts.group}, elsewhere ${verdicts.elsewhere} (${pct(verdicts.elsewhere, links)})`,
  ];
  if (list) {
    const order: PlacementVerdict[] = ['elsewhere', 'group', 'archive', 'own', 'primary'];
    for (const verdict of order) {
      for (const p of evaluation.placements.filter((x) => x.verdict === verdict)) {
        lines.push(`${verdict.padEnd(9)} ${p.title.slice(0, 80)} | ${p.categories.join(' ')} -> ${p.domain} ${p.label} | ${p.evidence}`);
      }
    }
  }
  return lines.join('\n');
}

/** The evaluation as a row of eval/results.tsv (eval "domains"). */
export function domainResultRow(evaluation: DomainEvaluation, date: string, commit: string): string {
  const { verdicts } = evaluation;
  return tsvRow({
    date,
    commit,
    gold: basename(evaluation.file),
    documents: String(evaluation.papers),
    eval: 'domains',
    placed: String(evaluation.placed),
    placed_pct: ((100 * evaluation.placed) / Math.max(evaluation.papers, 1)).toFixed(1),
    domain_links: String(evaluation.placements.length),
    on_primary: String(verdicts.primary),
    on_own: String(verdicts.own),
    in_archive: String(verdicts.archive),
    in_group: String(verdicts.group),
    elsewhere: String(verdicts.elsewhere),
  });
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseEvalArgs(argv, { list: { type: 'boolean' }, append: { type: 'string' } }, USAGE);
  if (typeof parsed === 'number') return parsed;
  const evaluation = await evaluateDomains(parsed.file);
  console.log(formatDomainEvaluation(evaluation, parsed.values.list === true));
  if (parsed.values.append) {
    appendResult(parsed.values.append, domainResultRow(evaluation, new Date().toISOString(), currentCommit()));
    console.log(`appended to ${parsed.values.append}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
