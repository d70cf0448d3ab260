// The built graph's nodes and edges worked out from the build's inputs before graphology holds any of them (pure).
//
// Why: at 100k papers the build is 1.67M graphology insertions, several seconds the pipeline thread would otherwise
// spend idle, and clustering needs only the final topology (nodes, edges, weights, kinds). Planned first, the edge list
// goes to that thread, which clusters while this one inserts the same edges (pipeline.ts). The plan replays the three
// build steps on node numbers: buildPaperGraph, applyCitationPlan and linkSimilarPapers, each decision as they make it
// (one edge per pair, the first kind wins, a citation replaces a `mentions` edge and moves to the end, dropped ideas
// take their edges with them). The list is what readEdgeList reads back from the built graph, in the same order; the
// tests compare the two on the seeds, the bibliographic samples and graphs built for the purpose.
import type { EdgeList } from '../../src/shared/analysis';
import type { ExtractionResult, Paper } from '../types';
import type { CitationPlan } from './citations';
import type { SimilarTexts } from './similarity';

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The edge list of the graph the build will make, without the graph (`edgeListOfBuiltGraph` attaches it). */
export type PlannedEdges = Omit<EdgeList, 'graph' | 'weightAttribute' | 'index'>;

/** The build's inputs: what buildPaperGraph, applyCitationPlan and linkSimilarPapers are given in the pipeline. */
export interface BuildInputs {
  papers: readonly Paper[];
  extraction: ExtractionResult;
  /** The citation plan, its papers numbered as `papers` (applyCitationPlan's `keys` are the papers' keys). */
  citations: CitationPlan;
  /** The similarity layer's pairs over the papers in order (linkSimilarPapers' `computed`, keys being the papers'). */
  similar: Pick<SimilarTexts, 'pairs'>;
}

/** Pairs are keyed lo × PAIR_BASE + hi: exact in a double for up to 2²⁶ nodes (the build numbers every node it adds). */
const PAIR_BASE = 2 ** 26;

/**
 * Open addressing over node-number pairs (smaller number first): the pair's edge number. A Map of numbers cost about
 * twice as much at a million pairs, and the table lives in plain arrays (see src/shared/analysis/plainArrays.ts for why
 * not typed ones).
 */
class PairTable {
  private keys: number[];
  private values: number[];
  private mask: number;
  private count = 0;

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Array<number>(capacity).fill(-1);
    this.values = new Array<number>(capacity).fill(0);
    this.mask = capacity - 1;
  }

  /** The pair's slot: where it is, or the empty slot it would go to. */
  private slot(a: number, b: number, key: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    h ^= h >>> 13;
    let at = h & this.mask;
    while (this.keys[at] !== -1 && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  get(a: number, b: number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const key = lo * PAIR_BASE + hi;
    const at = this.slot(lo, hi, key);
    return this.keys[at] === key ? this.values[at] : -1;
  }

  set(a: number, b: number, value: number): void {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const key = lo * PAIR_BASE + hi;
    const at = this.slot(lo, hi, key);
    if (this.keys[at] !== key) {
      this.keys[at] = key;
      this.count++;
    }
    this.values[at] = value;
    if (this.count * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Array<number>(keys.length * 2).fill(-1);
    this.values = new Array<number>(keys.length * 2).fill(0);
    this.mask = this.keys.length - 1;
    for (let at = 0; at < keys.length; at++) {
      if (keys[at] === -1) continue;
      const lo = Math.floor(keys[at] / PAIR_BASE);
      const hi = keys[at] - lo * PAIR_BASE;
      const to = this.slot(lo, hi, keys[at]);
      this.keys[to] = keys[at];
      this.values[to] = values[at];
    }
  }
}

/**
 * A graph's topology as the build changes it: nodes by number (a key added again after its node was dropped gets a new
 * one, as it goes to the end of graphology's node order), edges by number in insertion order, dropped ones marked.
 */
class TopologyReplay {
  readonly keys: string[] = [];
  readonly nodeAlive: boolean[] = [];
  private readonly numbers = new Map<string, number>();
  readonly source: number[] = [];
  readonly target: number[] = [];
  readonly weight: number[] = [];
  readonly kind: string[] = [];
  readonly edgeAlive: boolean[] = [];
  private readonly pairs: PairTable;

  constructor(expectedEdges: number) {
    this.pairs = new PairTable(expectedEdges);
  }

  /** The node's number, or -1 when the graph does not hold it. */
  node(key: string): number {
    return this.numbers.get(key) ?? -1;
  }

  addNode(key: string): number {
    const number = this.keys.length;
    this.keys.push(key);
    this.nodeAlive.push(true);
    this.numbers.set(key, number);
    return number;
  }

  /** The edge on the pair (either direction), or -1. */
  edge(a: number, b: number): number {
    const e = this.pairs.get(a, b);
    return e >= 0 && this.edgeAlive[e] ? e : -1;
  }

  addEdge(a: number, b: number, kind: string, weight: number): void {
    const e = this.source.length;
    this.source.push(a);
    this.target.push(b);
    this.weight.push(weight);
    this.kind.push(kind);
    this.edgeAlive.push(true);
    this.pairs.set(a, b, e);
  }

  dropEdge(e: number): void {
    this.edgeAlive[e] = false;
  }

  /** Drop the nodes and every edge touching one (graphology's dropNode). */
  dropNodes(drop: readonly number[]): void {
    if (drop.length === 0) return;
    for (const i of drop) {
      this.nodeAlive[i] = false;
      this.numbers.delete(this.keys[i]);
    }
    for (let e = 0; e < this.source.length; e++) {
      if (this.edgeAlive[e] && (!this.nodeAlive[this.source[e]] || !this.nodeAlive[this.target[e]])) this.edgeAlive[e] = false;
    }
  }

  /** The live nodes and edges, renumbered in order, with kinds and weights coded as readEdgeList codes them. */
  toEdgeList(): PlannedEdges {
    const renumbered = new Array<number>(this.keys.length).fill(-1);
    const nodes: string[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (!this.nodeAlive[i]) continue;
      renumbered[i] = nodes.length;
      nodes.push(this.keys[i]);
    }
    const source: number[] = [];
    const target: number[] = [];
    const weight: number[] = [];
    const undirected: number[] = [];
    const kind: number[] = [];
    const kinds: unknown[] = [];
    const kindCodes = new Map<string, number>();
    let weightIssue = false;
    for (let e = 0; e < this.source.length; e++) {
      if (!this.edgeAlive[e]) continue;
      source.push(renumbered[this.source[e]]);
      target.push(renumbered[this.target[e]]);
      // As readEdgeList reads the `weight` attribute: a number that is not finite counts 1 and is an issue.
      const w = this.weight[e];
      if (Number.isFinite(w)) {
        weight.push(w);
        if (w < 0) weightIssue = true;
      } else {
        weight.push(1);
        weightIssue = true;
      }
      undirected.push(1);
      let code = kindCodes.get(this.kind[e]);
      if (code === undefined) {
        code = kinds.length;
        kinds.push(this.kind[e]);
        kindCodes.set(this.kind[e], code);
      }
      kind.push(code);
    }
    return { nodes, source, target, weight, undirected, kind, kinds, weightIssue };
  }
}

/** buildPaperGraph's nodes and edges (see there for why each is added or skipped). */
function replayPaperGraph(graph: TopologyReplay, papers: readonly Paper[], extraction: ExtractionResult): void {
  const conceptsByPaper = new Map(extraction.papers.map((entry) => [entry.paperKey, entry]));
  for (const paper of papers) graph.addNode(paper.key);
  const ideas = [extraction.concepts, extraction.methods, extraction.domains].flatMap((map) =>
    [...map.values()].map(({ key }) => key).sort((a, b) => a.localeCompare(b)),
  );
  for (const key of ideas) graph.addNode(key);

  const paperKeys = new Set(papers.map((paper) => paper.key));
  const paperCounts = new Map<number, number>();
  const link = (keyA: string, keyB: string, kind: string, weight: number) => {
    const a = graph.node(keyA);
    const b = graph.node(keyB);
    if (a < 0 || b < 0 || a === b || graph.edge(a, b) >= 0) return;
    graph.addEdge(a, b, kind, weight);
    const aPaper = paperKeys.has(keyA);
    if (aPaper === paperKeys.has(keyB)) return;
    const idea = aPaper ? b : a;
    paperCounts.set(idea, (paperCounts.get(idea) ?? 0) + 1);
  };
  for (const method of extraction.methods.values()) {
    if (method.introducedBy) link(method.introducedBy, method.key, 'introduces', 1);
  }
  for (const paper of papers) {
    const found = conceptsByPaper.get(paper.key);
    if (!found) continue;
    const best = Math.max(...found.keyphrases.map((term) => term.score), Number.MIN_VALUE);
    for (const term of found.keyphrases) {
      if (extraction.concepts.has(term.key)) link(paper.key, term.key, 'has-concept', round(term.score / best));
    }
    for (const method of found.methods) link(paper.key, method.key, 'uses-method', round(method.weight));
    for (const domain of found.domains) link(paper.key, domain.key, 'in-domain', round(domain.weight));
    for (const mention of found.mentions) link(paper.key, mention.paperKey, 'mentions', 1);
  }
  for (const { narrower, broader } of extraction.broader ?? []) {
    const a = graph.node(narrower);
    const b = graph.node(broader);
    if (a >= 0 && b >= 0 && a !== b && graph.edge(a, b) < 0) graph.addEdge(a, b, 'broader', 1);
  }
  // Every node after the papers is an idea; those no paper kept an edge to are dropped with their edges.
  const drop: number[] = [];
  for (let i = papers.length; i < graph.keys.length; i++) if (!paperCounts.has(i)) drop.push(i);
  graph.dropNodes(drop);
}

/** applyCitationPlan's edges and reference nodes. */
function replayCitations(graph: TopologyReplay, keys: readonly string[], plan: CitationPlan): void {
  const numbers = keys.map((key) => graph.node(key));
  for (let citing = 0; citing < keys.length; citing++) {
    for (let t = plan.citedStart[citing]; t < plan.citedStart[citing + 1]; t++) {
      const a = numbers[citing];
      const b = numbers[plan.citedTargets[t]];
      if (a < 0 || b < 0 || a === b) continue;
      const existing = graph.edge(a, b);
      if (existing >= 0) {
        if (graph.kind[existing] === 'cites') continue; // made mutual: an attribute, not a new edge
        graph.dropEdge(existing);
      }
      graph.addEdge(a, b, 'cites', 1);
    }
  }
  for (const { key: base, citers } of plan.referenceNodes) {
    let key = base;
    for (let copy = 2; graph.node(key) >= 0; copy += 1) key = `${base}-${copy}`;
    const reference = graph.addNode(key);
    for (const citer of citers) if (numbers[citer] >= 0) graph.addEdge(numbers[citer], reference, 'cites', 1);
  }
  for (const { a: i, b: j, kind, weight } of plan.sharedPairs) {
    const a = numbers[i];
    const b = numbers[j];
    if (a < 0 || b < 0 || graph.edge(a, b) >= 0) continue;
    graph.addEdge(a, b, kind, weight);
  }
}

/** linkSimilarPapers' edges, from pairs computed over the papers in order (which are the graph's paper nodes). */
function replaySimilarity(graph: TopologyReplay, keys: readonly string[], { pairs }: Pick<SimilarTexts, 'pairs'>): void {
  const numbers = keys.map((key) => graph.node(key));
  for (let p = 0; p < pairs.a.length; p++) {
    const a = numbers[pairs.a[p]];
    const b = numbers[pairs.b[p]];
    if (graph.edge(a, b) >= 0) continue;
    graph.addEdge(a, b, 'similar', pairs.weight[p]);
  }
}

/**
 * The edge list readEdgeList will read from the graph that buildPaperGraph, then applyCitationPlan, then
 * linkSimilarPapers make of these inputs, as the pipeline calls them: node order, edge order, weights, kinds.
 */
export function planGraphEdges({ papers, extraction, citations, similar }: BuildInputs): PlannedEdges {
  const expected = extraction.papers.reduce((sum, entry) => sum + entry.keyphrases.length + entry.methods.length + entry.domains.length, 0);
  const graph = new TopologyReplay(expected + citations.citedTargets.length + citations.sharedPairs.length + similar.pairs.a.length);
  replayPaperGraph(graph, papers, extraction);
  const keys = papers.map((paper) => paper.key);
  replayCitations(graph, keys, citations);
  replaySimilarity(graph, keys, similar);
  return graph.toEdgeList();
}

/** The planned list as the EdgeList of the graph it describes (built from the same inputs), for the analyses to share. */
export function edgeListOfBuiltGraph(planned: PlannedEdges, graph: EdgeList['graph']): EdgeList {
  const index: Record<string, number> = Object.create(null);
  for (let i = 0; i < planned.nodes.length; i++) index[planned.nodes[i]] = i;
  return { ...planned, graph, weightAttribute: 'weight', index };
}
