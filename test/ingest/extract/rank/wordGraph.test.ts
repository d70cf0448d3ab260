// The word-graph PageRank: the same scores to the last bit as the straightforward form it replaced (separate passes per
// iteration, edges listed through an array of pair indices), on documents of many shapes, scratch reused throughout.
import { describe, expect, it } from 'vitest';
import { WordGraphScratch, rankWords } from '../../../../ingest/extract/rank/wordGraph';

/** rankWords as it was before its passes were fused (2026-12-05), kept as the reference. */
function rankWordsEdgeByEdge(
  sequence: Int32Array,
  window: number,
  positionBias: number,
  locals: number[],
  localIndex: Int32Array,
  scratch: WordGraphScratch = new WordGraphScratch(),
): Float64Array {
  const k = locals.length;
  // Edge weights in a dense k×k scratch (documents have tens of distinct words); the pairs touched become edge lists.
  if (scratch.pairs.length < k * k) scratch.pairs = new Float64Array(Math.max(k * k, scratch.pairs.length * 2));
  const pairScratch = scratch.pairs;
  const pairs: number[] = [];
  for (let i = 0; i < sequence.length; i++) {
    const a = localIndex[sequence[i]];
    for (let j = i + 1; j < Math.min(sequence.length, i + window); j++) {
      const b = localIndex[sequence[j]];
      if (a === b) continue;
      if (pairScratch[a * k + b]++ === 0) pairs.push(a * k + b);
      if (pairScratch[b * k + a]++ === 0) pairs.push(b * k + a);
    }
  }
  const edges = pairs.length;
  if (scratch.edgeFrom.length < edges) {
    const size = Math.max(edges, scratch.edgeFrom.length * 2);
    [scratch.edgeFrom, scratch.edgeTo, scratch.edgeShare] = [new Int32Array(size), new Int32Array(size), new Float64Array(size)];
    [scratch.inFrom, scratch.inShare] = [new Int32Array(size), new Float64Array(size)];
  }
  if (scratch.nodeScore.length < k) {
    const size = Math.max(k, scratch.nodeScore.length * 2);
    [scratch.nodeOutWeight, scratch.nodeTeleport, scratch.nodeScore, scratch.nodeNext, scratch.nodeDamped] = [size, size, size, size, size].map(
      (n) => new Float64Array(n),
    );
    scratch.nodeInStart = new Int32Array(size + 1);
  }
  const from = scratch.edgeFrom;
  const to = scratch.edgeTo;
  const share = scratch.edgeShare;
  const outWeight = scratch.nodeOutWeight.fill(0, 0, k);
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(pairs[e] / k);
    from[e] = a;
    to[e] = pairs[e] - a * k;
    share[e] = pairScratch[pairs[e]];
    outWeight[a] += share[e];
    pairScratch[pairs[e]] = 0;
  }
  // Each edge carries its share of its source's out-weight, so one iteration is one pass over the edges.
  for (let e = 0; e < edges; e++) share[e] /= outWeight[from[e]];
  // The edges grouped by target, in edge order within each group (a stable counting sort): an iteration then sums each
  // node's incoming shares in a local variable instead of adding into next[] edge by edge, and a node receives the
  // same additions in the same order as edge by edge, so the scores are the same to the last bit.
  const inStart = scratch.nodeInStart.fill(0, 0, k + 1);
  for (let e = 0; e < edges; e++) inStart[to[e] + 1]++;
  for (let a = 0; a < k; a++) inStart[a + 1] += inStart[a];
  const inFrom = scratch.inFrom;
  const inShare = scratch.inShare;
  for (let e = 0; e < edges; e++) {
    const slot = inStart[to[e]]++;
    inFrom[slot] = from[e];
    inShare[slot] = share[e];
  }
  // inStart[a] is now where node a's group ends, which is where node a + 1's begins.
  for (let a = k; a > 0; a--) inStart[a] = inStart[a - 1];
  inStart[0] = 0;
  const teleport = scratch.nodeTeleport.fill(0, 0, k);
  if (positionBias > 0) {
    for (let i = 0; i < sequence.length; i++) teleport[localIndex[sequence[i]]] += 1 / (i + 1);
    let sum = 0;
    for (let a = 0; a < k; a++) sum += teleport[a];
    for (let a = 0; a < k; a++) teleport[a] = (1 - positionBias) / k + (positionBias * teleport[a]) / sum;
  } else teleport.fill(1 / k, 0, k);
  const damping = 0.85;
  const damped = scratch.nodeDamped;
  let score = scratch.nodeScore.fill(1 / k, 0, k);
  let next = scratch.nodeNext;
  for (let iteration = 0; iteration < 50; iteration++) {
    let dangling = 0;
    for (let a = 0; a < k; a++) if (outWeight[a] === 0) dangling += score[a];
    // damping × score once per node rather than once per edge: the same product, so the same sums.
    for (let a = 0; a < k; a++) damped[a] = damping * score[a];
    for (let a = 0; a < k; a++) {
      let sum = (1 - damping + damping * dangling) * teleport[a];
      for (let e = inStart[a]; e < inStart[a + 1]; e++) sum += damped[inFrom[e]] * inShare[e];
      next[a] = sum;
    }
    let change = 0;
    for (let a = 0; a < k; a++) change += Math.abs(next[a] - score[a]);
    const previous = score;
    score = next;
    next = previous;
    // TextRank's threshold of 1e-4, on the total change (scores sum to 1): the word order is settled well before.
    if (change < 1e-4) break;
  }
  for (let a = 0; a < k; a++) score[a] *= k;
  return score;
}

/** A deterministic pseudo-random document: `length` words drawn from `distinct` stems (ids spread over 0..999). */
function document(seed: number, length: number, distinct: number): { sequence: Int32Array; locals: number[]; localIndex: Int32Array } {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const sequence = Int32Array.from({ length }, () => 7 * Math.floor(random() * distinct) + 3);
  const locals: number[] = [];
  const localIndex = new Int32Array(1000).fill(-1);
  for (const stem of sequence) if (localIndex[stem] < 0) localIndex[stem] = locals.push(stem) - 1;
  return { sequence, locals, localIndex };
}

describe('rankWords', () => {
  it('gives the same scores, bit for bit, as the pass-by-pass form, with scratch reused across documents', () => {
    const scratch = new WordGraphScratch();
    const shapes: [number, number][] = [[1, 1], [2, 1], [2, 2], [5, 3], [40, 12], [120, 60], [300, 90], [60, 60], [30, 4]];
    for (const [window, bias] of [[2, 0], [4, 0.5], [10, 0.9], [1, 0.5]]) {
      shapes.forEach(([length, distinct], s) => {
        for (let seed = 1; seed <= 4; seed++) {
          const { sequence, locals, localIndex } = document(seed * 31 + s, length, distinct);
          const expected = Array.from(rankWordsEdgeByEdge(sequence, window, bias, locals, localIndex).subarray(0, locals.length));
          const actual = Array.from(rankWords(sequence, window, bias, locals, localIndex, scratch).subarray(0, locals.length));
          expect(actual).toEqual(expected);
        }
      });
    }
  });

  it('ranks a word linked to many others above one linked to few', () => {
    // "graph" sits between every pair of other words.
    const sequence = Int32Array.from([0, 1, 0, 2, 0, 3, 0, 4]);
    const localIndex = Int32Array.from([0, 1, 2, 3, 4]);
    const scores = rankWords(sequence, 2, 0, [0, 1, 2, 3, 4], localIndex, new WordGraphScratch());
    for (let a = 1; a < 5; a++) expect(scores[0]).toBeGreaterThan(scores[a]);
  });
});
