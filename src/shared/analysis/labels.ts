// Cluster labels: each community named by its most distinctive concepts (class-based TF-IDF), not its most frequent.
import type Graph from 'graphology-types';
import type { CommunityInfo } from '../schema';
import type { EdgeList } from './edgeList';
import { edgeWeight, groupMembers, nodeLabel, type CommunityMembers } from './membership';

export interface LabelOptions {
  /** Mapping node → community; when absent, read from `communityAttribute`. */
  communities?: Record<string, number>;
  communityAttribute: string;
  /** Kinds of node whose papers' links describe a community. */
  documentKind: string;
  /** Kinds of node that can name a community. */
  termKinds: string[];
  /** How many terms to keep per community. */
  maxTerms: number;
  /** How many of the best terms make the label. */
  labelTerms: number;
  weightAttribute: string;
  /** The graph's edges as read once by readEdgeList (the analysis passes the list it clustered with): on a simple
   * undirected graph the papers' term links are counted from its arrays instead of walking each paper's neighbours. */
  edges?: EdgeList;
}

export const DEFAULT_LABEL_OPTIONS: LabelOptions = {
  communityAttribute: 'community',
  documentKind: 'paper',
  termKinds: ['concept', 'method'],
  maxTerms: 6,
  labelTerms: 2,
  weightAttribute: 'weight',
};

const NAME = 'labelCommunities';

/** Terms linked to more than this share of the papers are no cluster's name (corpora of MIN_PAPERS_FOR_COMMON_TERMS+). */
const MAX_LABEL_TERM_SHARE = 0.5;
const MIN_PAPERS_FOR_COMMON_TERMS = 20;

/** What rankTerms scores: per community, its papers' links to each term and their total; per term, its papers' links. */
interface TermLinks {
  tf: Map<number, Map<string, number>>;
  totals: Map<number, number>;
  frequency: Map<string, number>;
}

/** An edge list read from this very graph, when each edge is one neighbour pair (simple and undirected). */
function usableEdgeList(graph: Graph, edges: EdgeList): boolean {
  return edges.graph === graph && graph.type === 'undirected' && !graph.multi && edges.source.length === graph.size;
}

function countLinksByNeighbours(graph: Graph, groups: Map<number, CommunityMembers>, options: LabelOptions): TermLinks {
  const termKinds = new Set(options.termKinds);
  const tf = new Map<number, Map<string, number>>();
  const totals = new Map<number, number>();
  const frequency = new Map<string, number>();
  for (const [id, members] of groups) {
    const counts = new Map<string, number>();
    let total = 0;
    members.nodes.forEach((node, i) => {
      if (members.attributes[i].kind !== options.documentKind) return;
      graph.forEachNeighbor(node, (neighbor, attributes) => {
        if (!termKinds.has(attributes.kind as string)) return;
        counts.set(neighbor, (counts.get(neighbor) ?? 0) + 1);
        frequency.set(neighbor, (frequency.get(neighbor) ?? 0) + 1);
        total += 1;
      });
    });
    tf.set(id, counts);
    totals.set(id, total);
  }
  return { tf, totals, frequency };
}

/**
 * countLinksByNeighbours from the edge list's arrays: one pass over the edges, counting by node number (at 20k papers
 * with references, the walk through graphology's neighbours was most of the labelling). The same counts: in a simple
 * undirected graph each neighbour of a paper is one edge, and the scores do not depend on the order terms are met.
 */
function countLinksFromEdgeList(graph: Graph, groups: Map<number, CommunityMembers>, options: LabelOptions, edges: EdgeList): TermLinks {
  const termKinds = new Set(options.termKinds);
  const n = edges.nodes.length;
  // Each paper's community, as its position in `groups` (-1: not a paper of any), and which nodes are terms.
  const groupOf = new Int32Array(n).fill(-1);
  const ids = [...groups.keys()];
  let papers = 0;
  ids.forEach((id, position) => {
    const members = groups.get(id)!;
    for (let i = 0; i < members.nodes.length; i++) {
      if (members.attributes[i].kind === options.documentKind) {
        groupOf[edges.index[members.nodes[i]]] = position;
        papers++;
      }
    }
  });
  const isTerm = new Uint8Array(n);
  let terms = 0;
  let i = 0;
  graph.forEachNode((node, attributes) => {
    // Nodes come in the list's order (see EdgeList); the key is looked up only should one not.
    if (termKinds.has(attributes.kind as string)) {
      isTerm[edges.nodes[i] === node ? i : edges.index[node]] = 1;
      terms++;
    }
    i++;
  });
  const counts = ids.map(() => new Map<number, number>());
  const groupTotals = new Float64Array(ids.length);
  const termFrequency = new Int32Array(n);
  const { source, target } = edges;
  // A graph without papers or without terms (one from another tool) has no link to count: its edges are not walked.
  const walked = papers > 0 && terms > 0 ? source.length : 0;
  for (let e = 0; e < walked; e++) {
    const a = source[e];
    const b = target[e];
    if (isTerm[b] === 1 && groupOf[a] >= 0) {
      const group = counts[groupOf[a]];
      group.set(b, (group.get(b) ?? 0) + 1);
      groupTotals[groupOf[a]] += 1;
      termFrequency[b] += 1;
    }
    if (isTerm[a] === 1 && groupOf[b] >= 0) {
      const group = counts[groupOf[b]];
      group.set(a, (group.get(a) ?? 0) + 1);
      groupTotals[groupOf[b]] += 1;
      termFrequency[a] += 1;
    }
  }
  const tf = new Map<number, Map<string, number>>();
  const totals = new Map<number, number>();
  const frequency = new Map<string, number>();
  ids.forEach((id, position) => {
    const byKey = new Map<string, number>();
    for (const [term, count] of counts[position]) {
      byKey.set(edges.nodes[term], count);
      frequency.set(edges.nodes[term], termFrequency[term]);
    }
    tf.set(id, byKey);
    totals.set(id, groupTotals[position]);
  });
  return { tf, totals, frequency };
}

/**
 * Class-based TF-IDF (Grootendorst 2022, BERTopic's c-TF-IDF): score(t, c) = tf(t, c) / |c| · log(1 + A / f(t)),
 * where tf counts the community's papers linked to term t, |c| the community's term links, A the average links per
 * community and f(t) the papers linked to t in the whole graph. A term every cluster uses gets a small log factor, so
 * "large language model" does not name every cluster. Hand-written: it is a dozen lines over graphology iteration.
 */
function rankTerms(
  graph: Graph,
  groups: Map<number, CommunityMembers>,
  options: LabelOptions,
): Map<number, { term: string; score: number; tf: number }[]> {
  const { tf, totals, frequency } = options.edges && usableEdgeList(graph, options.edges)
    ? countLinksFromEdgeList(graph, groups, options, options.edges)
    : countLinksByNeighbours(graph, groups, options);
  const withTerms = [...totals.values()].filter((total) => total > 0);
  const average = withTerms.reduce((sum, total) => sum + total, 0) / Math.max(1, withTerms.length);
  // A term linked to most of the papers (a systematic-review collection's "Systematic review", 99 of 100) tells no
  // cluster from another, though c-TF-IDF's log(1 + A / f) never reaches zero: as for concepts (maxPaperShare), in a
  // corpus of 20 or more papers it names a cluster only when nothing else does.
  let papers = 0;
  for (const members of groups.values()) for (const attributes of members.attributes) if (attributes.kind === options.documentKind) papers++;
  const commonFrom = papers >= MIN_PAPERS_FOR_COMMON_TERMS ? papers * MAX_LABEL_TERM_SHARE : Infinity;
  const ranked = new Map<number, { term: string; score: number; tf: number }[]>();
  for (const [id, counts] of tf) {
    const total = totals.get(id)!;
    const scored = [...counts.entries()].map(([term, count]) => ({
      term,
      tf: count,
      score: (count / total) * Math.log(1 + average / frequency.get(term)!),
    }));
    // A term on a single paper says little about a cluster of several; keep such terms only when nothing else exists.
    const shared = scored.filter((entry) => entry.tf >= 2);
    const distinctive = shared.filter((entry) => frequency.get(entry.term)! <= commonFrom);
    const pool = distinctive.length > 0 ? distinctive : shared.length > 0 ? shared : scored;
    pool.sort((a, b) => b.score - a.score || b.tf - a.tf || (a.term < b.term ? -1 : 1));
    ranked.set(id, pool);
  }
  return ranked;
}

/** For communities without papers (or graphs without kinds): their best-connected members by weighted degree. */
function rankByStrength(graph: Graph, members: CommunityMembers, weightAttribute: string, limit: number): string[] {
  const strength = (node: string, attributes: Record<string, unknown>) => {
    // computeCentrality.assign usually ran first; reuse its weighted degree rather than walk the edges again.
    const stored = attributes.weightedDegree;
    if (typeof stored === 'number') return stored;
    let sum = 0;
    graph.forEachEdge(node, (_edge, attributes) => {
      sum += edgeWeight(attributes, weightAttribute);
    });
    return sum;
  };
  // The first `limit` in (strength descending, key ascending) order, kept by insertion into a short sorted list: the
  // same as sorting every member and slicing, without sorting a community of thousands to keep a dozen.
  const top: { node: string; strength: number }[] = [];
  const before = (node: string, value: number, other: { node: string; strength: number }) =>
    (other.strength - value || (node < other.node ? -1 : 1)) < 0;
  for (let i = 0; i < members.nodes.length; i++) {
    const node = members.nodes[i];
    const value = strength(node, members.attributes[i]);
    if (top.length === limit && !before(node, value, top[limit - 1])) continue;
    let at = Math.min(top.length, limit - 1);
    while (at > 0 && before(node, value, top[at - 1])) at--;
    top.splice(at, 0, { node, strength: value });
    if (top.length > limit) top.pop();
  }
  return top.map((entry) => entry.node);
}

/** Name every community; returns one CommunityInfo per community, in id order (0 = largest). */
export function labelCommunities(graph: Graph, options: Partial<LabelOptions> = {}): CommunityInfo[] {
  const resolved: LabelOptions = { ...DEFAULT_LABEL_OPTIONS, ...options };
  if (resolved.labelTerms < 1 || resolved.maxTerms < resolved.labelTerms) {
    throw new Error(`${NAME}: need 1 ≤ labelTerms ≤ maxTerms.`);
  }
  const groups = groupMembers(graph, resolved.communities, resolved.communityAttribute, NAME);
  const ranked = rankTerms(graph, groups, resolved);
  const infos: CommunityInfo[] = [];
  for (const [id, members] of groups) {
    const seen = new Set<string>();
    const terms: string[] = [];
    const candidates = (ranked.get(id) ?? []).map((entry) => entry.term);
    const pool = candidates.length > 0 ? candidates : rankByStrength(graph, members, resolved.weightAttribute, resolved.maxTerms * 2);
    for (const node of pool) {
      const label = nodeLabel(graph, node);
      // A concept and a method can share a name, and extraction may keep variants ("Mixture of Experts (MoE)",
      // "graph neural networks"): fold case, acronym suffix and plural so each idea is shown once.
      const folded = label
        .toLowerCase()
        .replace(/\s*\([^)]*\)\s*/g, ' ')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .replace(/(\p{L}{3,})s\b/gu, '$1');
      if (seen.has(folded)) continue;
      seen.add(folded);
      terms.push(label);
      if (terms.length === resolved.maxTerms) break;
    }
    const papers = members.attributes.filter((attributes) => attributes.kind === resolved.documentKind).length;
    infos.push({
      id,
      label: terms.slice(0, resolved.labelTerms).join(', ') || `Cluster ${id + 1}`,
      terms,
      papers,
      size: members.nodes.length,
    });
  }
  return infos;
}

/** Label the communities and store the list in the graph attribute `communities`; returns the list. */
labelCommunities.assign = function assignCommunityLabels(
  graph: Graph,
  options: Partial<LabelOptions> = {},
): CommunityInfo[] {
  const infos = labelCommunities(graph, options);
  graph.setAttribute('communities', infos);
  return infos;
};
