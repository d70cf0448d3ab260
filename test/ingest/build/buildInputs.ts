// Build inputs for the tests of the planned build (planEdges.ts, insertPlannedGraph.ts): read from real corpora, or
// made up so that the build steps interact, and the graph the pipeline's three steps make of them.
import { buildPaperGraph } from '../../../ingest/build/buildPaperGraph';
import { applyCitationPlan, planCitationLayer, type CitationPlan } from '../../../ingest/build/citations';
import type { BuildInputs } from '../../../ingest/build/planEdges';
import { linkSimilarPapers, similarPairsOfTexts, similarityTextOf, type SimilarTexts } from '../../../ingest/build/similarity';
import { resolveConfig } from '../../../ingest/config';
import { extractConcepts } from '../../../ingest/extract';
import { loadVocabulary } from '../../../ingest/extract/loadVocabulary';
import { readSources } from '../../../ingest/sources';
import { mergeDuplicatePapers } from '../../../ingest/sources/mergeDuplicates';
import { PIPELINE_CITATION_OPTIONS } from '../../../ingest/threads/pipelineThread';
import type { ExtractionResult, Paper } from '../../../ingest/types';
import { emptyBibFields, type ReferenceRecord } from '../../../src/shared/record';

export type TestBuildInputs = BuildInputs & { papers: Paper[]; similar: SimilarTexts };

/** The graph as the pipeline builds it (buildPaperGraph, applyCitationPlan, linkSimilarPapers), read back. */
export function builtGraph({ papers, extraction, citations, similar }: BuildInputs & { similar: SimilarTexts }) {
  const graph = buildPaperGraph(papers as Paper[], extraction);
  const keys = papers.map((paper) => paper.key);
  applyCitationPlan(graph, keys, citations);
  linkSimilarPapers(graph, {}, { ...similar, keys });
  return graph;
}

/** The inputs the pipeline gives the build for these files (extraction on this thread, the thread's parts here too). */
export async function inputsOf(paths: string[]): Promise<TestBuildInputs> {
  const { entries } = await readSources(paths);
  const { papers } = mergeDuplicatePapers(entries);
  const config = resolveConfig({ inputs: paths });
  const extraction = extractConcepts(papers, {}, await loadVocabulary({ methods: config.methodsFile, domains: config.domainsFile }));
  const citations = planCitationLayer(papers, PIPELINE_CITATION_OPTIONS);
  const similar = similarPairsOfTexts(papers.map(similarityTextOf));
  return { papers, extraction, citations, similar };
}

const ref = (doi: string): ReferenceRecord => ({ ids: { doi }, text: null, firstAuthor: null, year: null, title: null, source: null });

export const paper = (name: string, references: string[] = []): Paper => ({
  ...emptyBibFields(),
  provenance: {},
  key: `paper:${name}`,
  title: `Paper ${name}`,
  abstract: `Paper ${name} abstract.`,
  ids: { doi: `10.1/${name}` },
  references: references.map((cited) => ref(`10.1/${cited}`)),
  sources: ['a.txt'],
});

/**
 * a cites b, which also mentions it: the citation replaces the mention and moves to the end of the edge order. c and
 * d cite each other (one edge, mutual). e is mentioned by b, a pair the similarity layer proposes again (skipped).
 * Two outside works cited by three papers each become reference nodes: one has the key of an idea the build dropped
 * (no paper kept an edge to it, only a narrower idea), which it then takes, the other that of a kept one (renamed).
 */
export function interactingInputs(): TestBuildInputs {
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
  const citations: CitationPlan = planCitationLayer(papers, { minCitingPapers: 2, minStrength: 0 });
  const pairs = { a: Int32Array.from([1, 0, 0, 3]), b: Int32Array.from([4, 4, 1, 4]), weight: Float64Array.from([0.5, 0.25, 0.75, 0.125]) };
  const similar: SimilarTexts = { pairs, best: new Float64Array(5), abstractWords: new Int32Array(5) } as SimilarTexts;
  return { papers, extraction, citations, similar };
}

/** 600 papers without ideas or pairs, and 500 reference nodes cited by all of them: 300,000 `cites` edges the plan did
 * not expect. */
export function manyReferencesInputs(): TestBuildInputs {
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
  return { papers: many, extraction, citations, similar };
}
