// The built graph's nodes and edges worked out from the build's inputs before graphology holds any of them (pure).
//
// Why: at 100k papers the build is 1.67M graphology insertions, several seconds the pipeline thread would otherwise
// spend idle, and clustering needs only the final topology (nodes, edges, weights, kinds). Planned first, the edge list
// goes to that thread, which clusters while this one inserts the same edges (pipeline.ts). The plan replays the three
// build steps on node numbers: buildPaperGraph, applyCitationPlan and linkSimilarPapers, each decision as they make it
// (one edge per pair, the first kind wins, a citation replaces a `mentions` edge and moves to the end, dropped ideas
// take their edges with them). The list is what readEdgeList reads back from the built graph, in the same order; the
// tests compare the two on the seeds, the bibliographic samples and graphs built for the purpose. The replay's record
// of every insertion (`planGraph`'s `insertions`) then makes the graph itself (insertPlannedGraph.ts).
import type { EdgeList } from '../../src/shared/analysis';
import type { ExtractionResult, Paper } from '../types';
import type { CitationPlan } from './citations';
import type { SimilarTexts } from './similarity';
import { plainDoubles, plainIntegers } from '../../src/shared/analysis/plainArrays';

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

/** The edge kinds the build adds, coded by position while planning (the list codes them as readEdgeList does). */
const KINDS = ['introduces', 'has-concept', 'uses-method', 'in-domain', 'mentions', 'broader', 'cites', 'co-cited', 'coupled', 'similar'] as const;
type Kind = (typeof KINDS)[number];
const CODE = Object.fromEntries(KINDS.map((kind, code) => [kind, code])) as Record<Kind, number>;

/**
 * A graph's topology as the build changes it: nodes by number (a key added again after its node was dropped gets a new
 * one, as it goes to the end of graphology's node order), edges by number in insertion order, dropped ones marked.
 * A live pair's entry in the table is always its live edge: the only edge dropped between live nodes is the one a
 * citation replaces, whose entry then names the citation; a dropped node's number is never used again. Only pairs a
 * step may ask about are in the table: a paper and an idea are linked only while that paper's ideas are added (or
 * before, when it introduces a method), and a new reference node's edges are never asked about, so those stay out
 * of it (two thirds of the edges at 100k papers).
 */
class TopologyReplay {
  readonly keys: string[] = [];
  readonly nodeAlive: boolean[] = [];
  private readonly numbers = new Map<string, number>();
  // Edge arrays, filled up to `edges` and doubled when full (plain arrays: see src/shared/analysis/plainArrays.ts).
  source: number[];
  target: number[];
  weight: number[];
  kind: number[];
  edgeAlive: number[];
  /** Per edge, what its attributes need beyond kind and weight (see PlannedInsertions.payload). */
  payload: unknown[];
  edges = 0;
  /** `cites` edges the second citation of the pair made mutual. */
  readonly mutual: number[] = [];
  /** Per node: the paper neighbours of an idea (its `paperCount`); the ideas end at `ideaEnd`. */
  paperCounts: number[] = [];
  ideaEnd = 0;
  /** The citation layer's and the similarity layer's counts of added edges and nodes (CitationStats, SimilarityLayer). */
  readonly counts = { citesEdges: 0, referenceNodes: 0, referenceEdges: 0, coCitedEdges: 0, coupledEdges: 0, similarEdges: 0 };
  private readonly pairs: PairTable;

  constructor(expectedEdges: number, expectedPairs: number) {
    const capacity = Math.max(16, expectedEdges);
    this.source = plainIntegers(capacity);
    this.target = plainIntegers(capacity);
    this.weight = plainDoubles(capacity);
    this.kind = plainIntegers(capacity);
    this.edgeAlive = plainIntegers(capacity);
    this.payload = new Array<unknown>(capacity).fill(null);
    this.pairs = new PairTable(expectedPairs);
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
    return this.pairs.get(a, b);
  }

  /** `indexed`: the pair goes into the table, for `edge` to find (every pair a later step may ask about). */
  addEdge(a: number, b: number, kind: number, weight: number, indexed = true, payload: unknown = null): void {
    const e = this.edges++;
    if (e === this.source.length) this.grow();
    this.source[e] = a;
    this.target[e] = b;
    this.weight[e] = weight;
    this.kind[e] = kind;
    this.edgeAlive[e] = 1;
    this.payload[e] = payload;
    if (indexed) this.pairs.set(a, b, e);
  }

  /**
   * Twice the room, zeros pushed one by one: `push(...zeros)` passes every element as an argument, and past about
   * 120k of them V8 throws "Maximum call stack size exceeded" (the constructor's estimate left out reference nodes'
   * edges, so a corpus with many of them grew by more than that at once).
   */
  private grow(): void {
    const size = this.source.length * 2;
    for (const array of [this.source, this.target, this.weight, this.kind, this.edgeAlive]) {
      for (let i = array.length; i < size; i++) array.push(0);
    }
    for (let i = this.payload.length; i < size; i++) this.payload.push(null);
  }

  dropEdge(e: number): void {
    this.edgeAlive[e] = 0;
  }

  /** Drop the nodes and every edge touching one (graphology's dropNode). */
  dropNodes(drop: readonly number[]): void {
    if (drop.length === 0) return;
    for (const i of drop) {
      this.nodeAlive[i] = false;
      this.numbers.delete(this.keys[i]);
    }
    for (let e = 0; e < this.edges; e++) {
      if (this.edgeAlive[e] === 1 && (!this.nodeAlive[this.source[e]] || !this.nodeAlive[this.target[e]])) this.edgeAlive[e] = 0;
    }
  }

  /** The live nodes and edges, renumbered in order, with kinds and weights coded as readEdgeList codes them. */
  toEdgeList(): PlannedEdges {
    const renumbered = plainIntegers(this.keys.length);
    const nodes: string[] = [];
    for (let i = 0; i < this.keys.length; i++) {
      if (!this.nodeAlive[i]) continue;
      renumbered[i] = nodes.length;
      nodes.push(this.keys[i]);
    }
    let m = 0;
    for (let e = 0; e < this.edges; e++) m += this.edgeAlive[e];
    const source = plainIntegers(m);
    const target = plainIntegers(m);
    const weight = plainDoubles(m);
    const undirected = plainIntegers(m).fill(1);
    const kind = plainIntegers(m);
    const kinds: unknown[] = [];
    // Codes in order of first appearance, as readEdgeList gives them.
    const codeOf = KINDS.map(() => -1);
    let weightIssue = false;
    let k = 0;
    for (let e = 0; e < this.edges; e++) {
      if (this.edgeAlive[e] === 0) continue;
      source[k] = renumbered[this.source[e]];
      target[k] = renumbered[this.target[e]];
      // As readEdgeList reads the `weight` attribute: a number that is not finite counts 1 and is an issue.
      const w = this.weight[e];
      if (Number.isFinite(w)) {
        weight[k] = w;
        if (w < 0) weightIssue = true;
      } else {
        weight[k] = 1;
        weightIssue = true;
      }
      const planned = this.kind[e];
      if (codeOf[planned] < 0) {
        codeOf[planned] = kinds.length;
        kinds.push(KINDS[planned]);
      }
      kind[k] = codeOf[planned];
      k++;
    }
    return { nodes, source, target, weight, undirected, kind, kinds, weightIssue };
  }
}

/**
 * buildPaperGraph's nodes and edges (see there for why each is added or skipped). Papers come first, so a node is a
 * paper when its number is below the papers' count, and a concept when it is in the concepts' range (node keys are
 * unique across kinds: graphology refuses a second node of the same key).
 */
function replayPaperGraph(graph: TopologyReplay, papers: readonly Paper[], extraction: ExtractionResult): void {
  const conceptsByPaper = new Map(extraction.papers.map((entry) => [entry.paperKey, entry]));
  for (const paper of papers) graph.addNode(paper.key);
  const sorted = (map: Map<string, { key: string }>) => [...map.values()].map(({ key }) => key).sort((a, b) => a.localeCompare(b));
  const firstConcept = graph.keys.length;
  for (const key of sorted(extraction.concepts)) graph.addNode(key);
  const afterConcepts = graph.keys.length;
  for (const key of [...sorted(extraction.methods), ...sorted(extraction.domains)]) graph.addNode(key);
  // Ideas looked up among the ideas first: a million lookups at 100k papers, in a Map of a few hundred keys rather than
  // the one of every node (the same number: a key names one node).
  const ideaNumbers = new Map<string, number>();
  for (let i = firstConcept; i < graph.keys.length; i++) ideaNumbers.set(graph.keys[i], i);
  const idea = (key: string) => ideaNumbers.get(key) ?? graph.node(key);

  const paperCount = papers.length;
  const paperCounts = plainIntegers(graph.keys.length);
  // A paper–idea pair exists when the idea was linked in this paper's turn (`linkedIn`) or is a method the paper
  // introduces (`introducedBy`): the papers take their turns one after the other, after the introductions.
  const linkedIn = plainIntegers(graph.keys.length).fill(-1);
  const introducedBy = plainIntegers(graph.keys.length).fill(-1);
  const link = (a: number, b: number, kind: number, weight: number, payload: unknown = null) => {
    if (a < 0 || b < 0 || a === b) return;
    const aPaper = a < paperCount;
    if (aPaper === b < paperCount) {
      if (graph.edge(a, b) < 0) graph.addEdge(a, b, kind, weight, true, payload);
      return;
    }
    const paper = aPaper ? a : b;
    const idea = aPaper ? b : a;
    if (linkedIn[idea] === paper || introducedBy[idea] === paper) return;
    graph.addEdge(a, b, kind, weight, false, payload);
    if (kind === CODE.introduces) introducedBy[idea] = paper;
    else linkedIn[idea] = paper;
    paperCounts[idea]++;
  };
  for (const method of extraction.methods.values()) {
    if (method.introducedBy) link(graph.node(method.introducedBy), graph.node(method.key), CODE.introduces, 1);
  }
  for (const paper of papers) {
    const found = conceptsByPaper.get(paper.key);
    if (!found) continue;
    const a = graph.node(paper.key);
    const best = Math.max(...found.keyphrases.map((term) => term.score), Number.MIN_VALUE);
    for (const term of found.keyphrases) {
      const b = idea(term.key);
      if (b >= firstConcept && b < afterConcepts) link(a, b, CODE['has-concept'], round(term.score / best));
    }
    for (const method of found.methods) link(a, idea(method.key), CODE['uses-method'], round(method.weight));
    for (const domain of found.domains) link(a, idea(domain.key), CODE['in-domain'], round(domain.weight), domain.evidence);
    for (const mention of found.mentions) link(a, graph.node(mention.paperKey), CODE.mentions, 1, paper.key);
  }
  for (const { narrower, broader } of extraction.broader ?? []) {
    const a = graph.node(narrower);
    const b = graph.node(broader);
    if (a >= 0 && b >= 0 && a !== b && graph.edge(a, b) < 0) graph.addEdge(a, b, CODE.broader, 1, true, narrower);
  }
  // Every node after the papers is an idea; those no paper kept an edge to are dropped with their edges.
  const drop: number[] = [];
  for (let i = paperCount; i < graph.keys.length; i++) if (paperCounts[i] === 0) drop.push(i);
  graph.dropNodes(drop);
  graph.paperCounts = paperCounts;
  graph.ideaEnd = graph.keys.length;
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
        if (graph.kind[existing] === CODE.cites) {
          // made mutual: an attribute, not a new edge (set when the pair's first citation was the other way round)
          if (graph.payload[existing] === keys[plan.citedTargets[t]]) graph.mutual.push(existing);
          continue;
        }
        graph.dropEdge(existing);
      }
      graph.addEdge(a, b, CODE.cites, 1, true, keys[citing]);
      graph.counts.citesEdges++;
    }
  }
  for (const { key: base, citers } of plan.referenceNodes) {
    let key = base;
    for (let copy = 2; graph.node(key) >= 0; copy += 1) key = `${base}-${copy}`;
    const reference = graph.addNode(key);
    graph.counts.referenceNodes++;
    for (const citer of citers) {
      if (numbers[citer] < 0) continue;
      graph.addEdge(numbers[citer], reference, CODE.cites, 1, false, keys[citer]);
      graph.counts.referenceEdges++;
    }
  }
  for (const { a: i, b: j, kind, weight, count } of plan.sharedPairs) {
    const a = numbers[i];
    const b = numbers[j];
    if (a < 0 || b < 0 || graph.edge(a, b) >= 0) continue;
    graph.addEdge(a, b, CODE[kind], weight, true, count);
    if (kind === 'co-cited') graph.counts.coCitedEdges++;
    else graph.counts.coupledEdges++;
  }
}

/** linkSimilarPapers' edges, from pairs computed over the papers in order (which are the graph's paper nodes). */
function replaySimilarity(graph: TopologyReplay, keys: readonly string[], { pairs }: Pick<SimilarTexts, 'pairs'>): void {
  const numbers = keys.map((key) => graph.node(key));
  for (let p = 0; p < pairs.a.length; p++) {
    const a = numbers[pairs.a[p]];
    const b = numbers[pairs.b[p]];
    if (graph.edge(a, b) >= 0) continue;
    graph.addEdge(a, b, CODE.similar, pairs.weight[p]);
    graph.counts.similarEdges++;
  }
}

/**
 * Every insertion the three build steps make, in order, with what survives them: `insertPlannedGraph` replays it into
 * graphology. Nodes by number (`keys`, `nodeAlive`: papers, then ideas up to `ideaEnd`, then reference nodes), edges by
 * number in insertion order (so edge e is the build's `e<e>`, dropped ones included), their kinds as codes into `kinds`.
 */
export interface PlannedInsertions {
  keys: readonly string[];
  nodeAlive: readonly boolean[];
  /** An idea's paper neighbours (its `paperCount`), by node number. */
  paperCounts: readonly number[];
  ideaEnd: number;
  edges: number;
  source: readonly number[];
  target: readonly number[];
  weight: readonly number[];
  kind: readonly number[];
  kinds: readonly EdgeKind[];
  edgeAlive: readonly number[];
  /**
   * What an edge's attributes hold besides kind and weight, by kind: `in-domain` the evidence, `mentions` and `cites`
   * the citing paper's key, `broader` the narrower idea's key, `co-cited` / `coupled` the count; null otherwise.
   */
  payload: readonly unknown[];
  /** `cites` edges whose pair cites each other (the `mutual` attribute). */
  mutual: readonly number[];
  /** The citation layer's and the similarity layer's added nodes and edges, as their stats count them. */
  counts: TopologyReplay['counts'];
}

/** The edge kinds as planned: PlannedInsertions' codes. */
export type EdgeKind = Kind;

/** The build's inputs replayed: the edge list for the clustering and the insertions that make the graph. */
export function planGraph({ papers, extraction, citations, similar }: BuildInputs): { edges: PlannedEdges; insertions: PlannedInsertions } {
  const paperIdeas = extraction.papers.reduce(
    (sum, entry) => sum + entry.keyphrases.length + entry.methods.length + entry.domains.length + (entry.mentions?.length ?? 0),
    0,
  );
  const paperPairs = citations.citedTargets.length + citations.sharedPairs.length + similar.pairs.a.length;
  // Every edge the steps may add, at most (a pair is linked once, ideas no paper keeps are dropped): the replay grows
  // if it is still short.
  const referenceEdges = citations.referenceNodes.reduce((sum, node) => sum + node.citers.length, 0);
  const graph = new TopologyReplay(paperIdeas + paperPairs + referenceEdges + (extraction.broader?.length ?? 0), paperPairs);
  replayPaperGraph(graph, papers, extraction);
  const keys = papers.map((paper) => paper.key);
  replayCitations(graph, keys, citations);
  replaySimilarity(graph, keys, similar);
  return { edges: graph.toEdgeList(), insertions: { ...graph, kinds: KINDS } };
}

/**
 * The edge list readEdgeList will read from the graph that buildPaperGraph, then applyCitationPlan, then
 * linkSimilarPapers make of these inputs, as the pipeline calls them: node order, edge order, weights, kinds.
 */
export function planGraphEdges(inputs: BuildInputs): PlannedEdges {
  return planGraph(inputs).edges;
}

/**
 * The planned list as the EdgeList of the graph it describes (built from the same inputs), for the analyses to share;
 * null when the graph's nodes or its edge count are not the plan's, a bug the tests are there to catch, and the caller
 * then reads the graph itself. (Comparing every edge would cost what reading them does.)
 */
export function edgeListOfBuiltGraph(planned: PlannedEdges, graph: EdgeList['graph']): EdgeList | null {
  if (graph.size !== planned.source.length || graph.order !== planned.nodes.length) return null;
  let k = 0;
  let same = true;
  graph.forEachNode((node) => {
    if (same && node !== planned.nodes[k]) same = false;
    k++;
  });
  if (!same) return null;
  const index: Record<string, number> = Object.create(null);
  for (let i = 0; i < planned.nodes.length; i++) index[planned.nodes[i]] = i;
  return { ...planned, graph, weightAttribute: 'weight', index };
}
