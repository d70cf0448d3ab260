// The graph made from the plan of the build's insertions is the graph the three build steps make: the same file, the
// same order of every node's neighbours, the same stats.
import { describe, expect, it } from 'vitest';
import { applyCitationPlan } from '../../../ingest/build/citations';
import { buildPaperGraph } from '../../../ingest/build/buildPaperGraph';
import { insertPlannedGraph } from '../../../ingest/build/insertPlannedGraph';
import { planGraph } from '../../../ingest/build/planEdges';
import { linkSimilarPapers } from '../../../ingest/build/similarity';
import { addEdgeInOrder } from '../../../ingest/build/edgeKeys';
import type { PaperGraph } from '../../../src/shared';
import { graphologyJsonChunks } from '../../../src/shared/exchange';
import { describeShared, itShared, sharedPath } from '../../sharedData';
import { inputsOf, interactingInputs, manyReferencesInputs, type TestBuildInputs } from './buildInputs';

const SOURCES = ['b.json', 'a.bib'];

/** The three steps as the pipeline runs them, with what they return. */
function stepByStep({ papers, extraction, citations, similar }: TestBuildInputs) {
  const graph = buildPaperGraph(papers, extraction, SOURCES);
  const keys = papers.map((paper) => paper.key);
  const citationStats = applyCitationPlan(graph, keys, citations);
  const similarity = linkSimilarPapers(graph, {}, { ...similar, keys });
  return { graph, citations: citationStats, similarity };
}

function planned(inputs: TestBuildInputs) {
  const { insertions } = planGraph(inputs);
  return insertPlannedGraph({ ...inputs, sources: SOURCES, insertions });
}

/** The graph file's text, and every node's neighbours in graphology's order (which the file does not show). */
function shapeOf(graph: PaperGraph) {
  const neighbours: string[][] = [];
  graph.forEachNode((node) => neighbours.push([node, ...graph.neighbors(node)]));
  return { file: [...graphologyJsonChunks(graph)].join(''), neighbours };
}

function expectSame(inputs: TestBuildInputs) {
  const expected = stepByStep(inputs);
  const actual = planned(inputs);
  expect(shapeOf(actual.graph)).toEqual(shapeOf(expected.graph));
  expect(actual.citations).toEqual(expected.citations);
  expect(actual.similarity).toEqual(expected.similarity);
  // An edge added afterwards gets the key the step by step graph would give it.
  const [a, b] = [inputs.papers[0].key, inputs.papers[inputs.papers.length - 1].key];
  if (a !== b && !expected.graph.hasEdge(a, b)) {
    expect(addEdgeInOrder(actual.graph, a, b, { kind: 'similar', weight: 1 })).toBe(addEdgeInOrder(expected.graph, a, b, { kind: 'similar', weight: 1 }));
  }
  return expected;
}

describe('insertPlannedGraph', () => {
  it('the seeds', async () => {
    const { graph } = expectSame(await inputsOf(['data/seeds']));
    expect(graph.size).toBeGreaterThan(1000);
  }, 60_000);

  const biblio = sharedPath('samples/biblio');
  describeShared(biblio, 'the bibliographic samples', () => {
    itShared(biblio, 'all of them as one corpus (citations, reference nodes, co-citation and coupling)', async () => {
      const { citations } = expectSame(await inputsOf([biblio]));
      expect(citations.citesEdges).toBeGreaterThan(0);
      expect(citations.referenceNodes).toBeGreaterThan(0);
    }, 120_000);
  });

  it('a replaced mention, a mutual citation, dropped ideas, renamed reference nodes, skipped similar pairs', () => {
    const { graph } = expectSame(interactingInputs());
    // The situations are there: a mutual citation, a dropped idea's key taken by a reference node, gaps in the keys.
    expect(graph.filterEdges((_edge, attributes) => attributes.mutual === true)).toHaveLength(1);
    expect(graph.getNodeAttribute('reference:doi:10.1/x', 'kind')).toBe('reference');
    expect(graph.edges().some((edge, i) => edge !== `e${i}`)).toBe(true);
  });

  it('many reference nodes', () => {
    expectSame(manyReferencesInputs());
  }, 60_000);
});
