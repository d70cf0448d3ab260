// "How are these linked": picking two nodes gives the shortest path with every step named, and clearing restores.
import { describe, expect, it } from 'vitest';
import {
  cancelPathPicking, choosePathTarget, clearPath, dropStalePath, initialPathsState, pathHighlight, startPath,
} from '../../../../src/core/paths';
import { createPaperGraph } from '../../../../src/shared';
import { detectCommunities, findPath } from '../../../../src/shared/analysis';
import { loadSampleGraph, makeSmallGraph } from '../fixtures';

describe('paths state', () => {
  it('finds the path between two papers through a shared concept, named in words', () => {
    const { graph, b, c, common } = makeSmallGraph();
    let state = startPath(b)(initialPathsState);
    expect(state).toMatchObject({ source: b, picking: true, result: null });
    state = choosePathTarget(graph, c)(state);
    expect(state.picking).toBe(false);
    expect(state.result!.length).toBe(2);
    expect(state.result!.steps.map((s) => s.text)).toEqual([
      expect.stringMatching(/^Paper b —has concept→ /),
      expect.stringMatching(/←(has concept|uses method|is in domain)— Paper c$/),
    ]);
    const highlight = pathHighlight(state)!;
    expect(highlight.nodes.has(b) && highlight.nodes.has(c)).toBe(true);
    expect(highlight.edges.size).toBe(2);
    expect(common).toBeTruthy();
  });

  it('says when two nodes are not linked, and clearing restores the plain view', () => {
    const { graph, a, d } = makeSmallGraph();
    const state = choosePathTarget(graph, d)(startPath(a)(initialPathsState));
    expect(state).toMatchObject({ unreachable: true, result: null, target: d });
    expect(pathHighlight(state)).toBeNull();
    expect(clearPath()(state)).toEqual(initialPathsState);
  });

  it('cancelling the pick before a target keeps nothing; a path on another graph is dropped', () => {
    const { graph, a, b } = makeSmallGraph();
    expect(cancelPathPicking()(startPath(a)(initialPathsState))).toEqual(initialPathsState);
    const found = choosePathTarget(graph, b)(startPath(a)(initialPathsState));
    expect(dropStalePath(graph)(found)).toBe(found);
    expect(dropStalePath(createPaperGraph())(found)).toEqual(initialPathsState);
  });

  it('links two seed papers of different clusters in a few named steps', () => {
    const graph = loadSampleGraph();
    const papers = graph.filterNodes((_k, a) => a.kind === 'paper');
    const { communities } = detectCommunities(graph, { seed: 42 });
    const first = papers.find((p) => graph.degree(p) > 0)!;
    const other = papers.find((p) => communities[p] !== communities[first] && findPath(graph, first, p) !== null)!;
    const state = choosePathTarget(graph, other)(startPath(first)(initialPathsState));
    expect(state.result!.nodes[0].key).toBe(first);
    expect(state.result!.nodes.at(-1)!.key).toBe(other);
    expect(state.result!.steps.every((s) => s.text.includes('—'))).toBe(true);
  });
});
