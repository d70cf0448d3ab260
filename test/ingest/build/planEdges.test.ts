// The planned edge list equals what readEdgeList reads back from the graph the build steps make of the same inputs.
import { describe, expect, it } from 'vitest';
import { edgeListOfBuiltGraph, planGraphEdges, type BuildInputs } from '../../../ingest/build/planEdges';
import type { SimilarTexts } from '../../../ingest/build/similarity';
import { readEdgeList } from '../../../src/shared/analysis';
import { describeShared, itShared, sharedPath } from '../../sharedData';
import { builtGraph, inputsOf, interactingInputs, manyReferencesInputs } from './buildInputs';

/** What readEdgeList reads back from the built graph, but the graph itself. */
function builtEdgeList(inputs: BuildInputs & { similar: SimilarTexts }) {
  const { nodes, source, target, weight, undirected, kind, kinds, weightIssue } = readEdgeList(builtGraph(inputs));
  return { nodes, source, target, weight, undirected, kind, kinds, weightIssue };
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

describe('planGraphEdges on a graph where the steps interact', () => {
  it('replaces mentions by citations, skips linked pairs, drops unused ideas with their edges, renames clashing references', () => {
    const inputs = interactingInputs();
    const { papers, citations } = inputs;
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
    // The plan expects almost no edges, then 500 reference nodes bring 300,000 `cites` edges. Growing by
    // `push(...zeros)` threw "Maximum call stack size exceeded" past ~120k at a time.
    const inputs = manyReferencesInputs();
    const planned = planGraphEdges(inputs);
    expect(planned.source.length).toBe(300_000);
    expect(planned).toEqual(builtEdgeList(inputs));
  }, 60_000);
});
