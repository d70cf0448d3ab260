// The planned edge list equals what readEdgeList reads back from the graph the build steps make of the same inputs.
import { describe, expect, it } from 'vitest';
import { buildPaperGraph } from '../../../ingest/build/buildPaperGraph';
import { applyCitationPlan, planCitationLayer, type CitationPlan } from '../../../ingest/build/citations';
import { edgeListOfBuiltGraph, planGraphEdges, type BuildInputs } from '../../../ingest/build/planEdges';
import { linkSimilarPapers, similarPairsOfTexts, similarityTextOf, type SimilarTexts } from '../../../ingest/build/similarity';
import { resolveConfig } from '../../../ingest/config';
import { extractConcepts } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { readSources } from '../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import { PIPELINE_CITATION_OPTIONS } from '../../../ingest/threads/pipelineThread';
import type { ExtractionResult, Paper } from '../../../ingest/types';
import { readEdgeList } from '../../../src/shared/analysis';
import { emptyBibFields, type ReferenceRecord } from '../../../src/shared/record';
import { describeShared, itShared, sharedPath } from '../../sharedData';

/** The graph as the pipeline builds it (buildPaperGraph, applyCitationPlan, linkSimilarPapers), read back. */
function builtGraph({ papers, extraction, citations, similar }: BuildInputs & { similar: SimilarTexts }) {
  const graph = buildPaperGraph(papers as Paper[], extraction);
  const keys = papers.map((paper) => paper.key);
  applyCitationPlan(graph, keys, citations);
  linkSimilarPapers(graph, {}, { ...similar, keys });
  return graph;
}

/** What readEdgeList reads back from the built graph, but the graph itself. */
function builtEdgeList(inputs: BuildInputs & { similar: SimilarTexts }) {
  const { nodes, source, target, weight, undirected, kind, kinds, weightIssue } = readEdgeList(builtGraph(inputs));
  return { nodes, source, target, weight, undirected, kind, kinds, weightIssue };
}

async function inputsOf(paths: string[]): Promise<BuildInputs & { similar: SimilarTexts }> {
  const { entries } = await readSources(paths);
  const { papers } = mergeDuplicatePapers(entries);
  const config = resolveConfig({ inputs: paths });
  const extraction = extractConcepts(papers, {}, await loadVocabulary({ methods: config.methodsFile, domains: config.domainsFile }));
  const citations = planCitationLayer(papers, PIPELINE_CITATION_OPTIONS);
  const similar = similarPairsOfTexts(papers.map(similarityTextOf));
  return { papers, extraction, citations, similar };
}

describe('planGraphEdges on real corpora', () => {
  it('the seeds: the same nodes, edges, weights and kinds in the same order as the built graph', async () => {
    const inputs = await inputsOf(['data/seeds']);
    const built = builtEdgeList(inputs);
    expect(built.source.length).toBeGreaterThan(1000);
    expect(planGraphEdges(inputs)).toEqual(built);
  }, 60_000);

  const biblio = sharedPath('samples/biblio');
  describeShared(biblio, 'the bibliographic samples', () => {
    itShared(biblio, 'all of them as one corpus (citations, reference nodes, co-citation and coupling)', async () => {
      const inputs = await inputsOf([biblio]);
      const built = builtEdgeList(inputs);
      expect(built.kinds).toContain('cites');
      expect(planGraphEdges(inputs)).toEqual(built);
    }, 120_000);
  });
});

const ref = (doi: string): ReferenceRecord => ({ ids: { doi }, text: null, firstAuthor: null, year: null, title: null, source: null });

const paper = (name: string, references: string[] = []): Paper => ({
  ...emptyBibFields(),
  provenance: {},
  key: `paper:${name}`,
  title: `Paper ${name}`,
  abstract: `Paper ${name} abstract.`,
  ids: { doi: `10.1/${name}` },
  references: references.map((cited) => ref(`10.1/${cited}`)),
  sources: ['a.txt'],
});

describe('planGraphEdges on a graph where the steps interact', () => {
  // a cites b, which also mentions it: the citation replaces the mention and moves to the end of the edge order. c and
  // d cite each other (one edge, mutual). e is mentioned by b, a pair the similarity layer proposes again (skipped).
  // Two outside works cited by three papers each become reference nodes: one has the key of an idea the build dropped
  // (no paper kept an edge to it, only a narrower idea), which it then takes, the other that of a kept one (renamed).
  const papers = [
    paper('a', ['b', 'x', 'y']),
    paper('b', ['x', 'y']),
    paper('c', ['d', 'x', 'y']),
    paper('d', ['c']),
    paper('e'),
  ];
  const extraction: ExtractionResult = {
    papers: [
      {
        paperKey: 'paper:a',
        keyphrases: [
          { key: 'concept:shared', label: 'shared', score: 3 },
          { key: 'concept:alone', label: 'alone', score: 1 },
        ],
        methods: [{ key: 'method:m', weight: 0.5 }],
        domains: [
          { key: 'domain:d', weight: 0.25, evidence: 'text' },
          { key: 'reference:doi:10.1/y', weight: 0.5, evidence: 'text' },
        ],
        mentions: [{ paperKey: 'paper:b', method: 'M' }],
      },
      {
        paperKey: 'paper:b',
        keyphrases: [{ key: 'concept:shared', label: 'shared', score: 2 }],
        methods: [],
        domains: [],
        mentions: [{ paperKey: 'paper:a', method: 'M' }, { paperKey: 'paper:e', method: 'M' }, { paperKey: 'paper:missing', method: 'M' }],
      },
      {
        paperKey: 'paper:c',
        keyphrases: [{ key: 'concept:shared', label: 'shared', score: 1 }],
        methods: [{ key: 'method:m', weight: 1 }],
        domains: [],
        mentions: [{ paperKey: 'paper:c', method: 'M' }],
      },
      {
        // The method it introduces, named again (one edge: `introduces`), and a keyphrase twice (one edge).
        paperKey: 'paper:d',
        keyphrases: [
          { key: 'concept:shared', label: 'shared', score: 1 },
          { key: 'concept:shared', label: 'shared', score: 0.5 },
        ],
        methods: [{ key: 'method:m', weight: 1 }],
        domains: [],
        mentions: [],
      },
    ],
    concepts: new Map([
      ['concept:shared', { key: 'concept:shared', label: 'shared', aliases: [], acronym: null }],
      ['concept:unused', { key: 'concept:unused', label: 'unused', aliases: [], acronym: null }],
    ]),
    methods: new Map([
      ['method:m', { key: 'method:m', label: 'M', aliases: [], origin: 'introduced', introducedBy: 'paper:d' }],
    ]),
    domains: new Map([
      ['domain:d', { key: 'domain:d', label: 'D', description: '' }],
      ['reference:doi:10.1/x', { key: 'reference:doi:10.1/x', label: 'dropped', description: '' }],
      ['reference:doi:10.1/y', { key: 'reference:doi:10.1/y', label: 'clash', description: '' }],
    ]),
    broader: [
      { narrower: 'concept:unused', broader: 'reference:doi:10.1/x' },
      { narrower: 'concept:shared', broader: 'method:m' },
    ],
  };

  it('replaces mentions by citations, skips linked pairs, drops unused ideas with their edges, renames clashing references', () => {
    const citations: CitationPlan = planCitationLayer(papers, { minCitingPapers: 2, minStrength: 0 });
    const pairs = { a: Int32Array.from([1, 0, 0, 3]), b: Int32Array.from([4, 4, 1, 4]), weight: Float64Array.from([0.5, 0.25, 0.75, 0.125]) };
    const similar: SimilarTexts = { pairs, best: new Float64Array(5), abstractWords: new Int32Array(5) } as SimilarTexts;
    const inputs = { papers, extraction, citations, similar };
    const built = builtEdgeList(inputs);
    // The situations are there: a citation that replaced a mention, a mutual one, a renamed reference node.
    expect(citations.referenceNodes.map(({ key }) => key)).toEqual(['reference:doi:10.1/x', 'reference:doi:10.1/y']);
    expect(built.nodes).toEqual(expect.arrayContaining(['reference:doi:10.1/x', 'reference:doi:10.1/y', 'reference:doi:10.1/y-2']));
    expect(built.kinds).toEqual(expect.arrayContaining(['mentions', 'cites', 'similar', 'broader', 'introduces']));
    expect(planGraphEdges(inputs)).toEqual(built);
    // Given to the analyses as the graph's list only when the graph's nodes are the plan's.
    const graph = builtGraph(inputs);
    expect(edgeListOfBuiltGraph(planGraphEdges(inputs), graph)?.graph).toBe(graph);
    const other = builtGraph({ ...inputs, papers: [...papers].reverse() });
    expect(edgeListOfBuiltGraph(planGraphEdges(inputs), other)).toBeNull();
  });
});

describe('planGraphEdges beyond its estimate', () => {
  it('grows past a quarter of a million edges it did not expect (reference nodes are not in its estimate)', () => {
    // 600 papers without ideas or pairs: the plan expects almost no edges, then 500 reference nodes bring 300,000
    // `cites` edges. Growing by `push(...zeros)` threw "Maximum call stack size exceeded" past ~120k at a time.
    const many = Array.from({ length: 600 }, (_, i) => paper(`p${i}`));
    const extraction: ExtractionResult = { papers: [], concepts: new Map(), methods: new Map(), domains: new Map() };
    const citers = many.map((_, i) => i);
    const citations: CitationPlan = {
      ...planCitationLayer(many),
      referenceNodes: Array.from({ length: 500 }, (_, r) => ({
        key: `reference:doi:10.2/r${r}`,
        attributes: { kind: 'reference' as const, label: `R${r}`, ids: { doi: `10.2/r${r}` }, text: null, firstAuthor: null, year: null, title: null, source: null, paperCount: citers.length },
        citers,
      })),
    };
    const none = { a: new Int32Array(0), b: new Int32Array(0), weight: new Float64Array(0) };
    const similar = { pairs: none, best: new Float64Array(600), abstractWords: new Int32Array(600) } as SimilarTexts;
    const inputs = { papers: many, extraction, citations, similar };
    const planned = planGraphEdges(inputs);
    expect(planned.source.length).toBe(300_000);
    expect(planned).toEqual(builtEdgeList(inputs));
  }, 60_000);
});
