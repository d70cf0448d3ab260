// Word-graph PageRank of one document (TextRank / SingleRank / PositionRank), on buffers reused from document to document.

/**
 * rankWords' per-document arrays, reused across the documents of one run: allocating seven typed arrays per paper
 * (each with its own backing store) was a steady source of garbage-collection work on 20k papers. Only the first
 * `edges` / `k` entries of each are read, and each is (re)initialised before use. One per run (see ExtractionContext):
 * two runs sharing one would overwrite each other's graph.
 */
export class WordGraphScratch {
  /** Dense k×k edge weights of the document being ranked; every entry used is reset to 0 before returning. */
  pairs = new Float64Array(0);
  edgeFrom = new Int32Array(0);
  edgeTo = new Int32Array(0);
  edgeShare = new Float64Array(0);
  /** The edges again, grouped by target node (see rankWords). */
  inFrom = new Int32Array(0);
  inShare = new Float64Array(0);
  nodeInStart = new Int32Array(0);
  nodeOutWeight = new Float64Array(0);
  nodeTeleport = new Float64Array(0);
  nodeScore = new Float64Array(0);
  nodeNext = new Float64Array(0);
  nodeDamped = new Float64Array(0);
  nodeDampedNext = new Float64Array(0);
  /** The nodes without out-edges, in node order. */
  dangling = new Int32Array(0);
}

/**
 * PageRank over the document's word co-occurrence graph (TextRank / SingleRank; with a position bias, PositionRank):
 * words linked to many other candidate words within `window` score high. `sequence` is the document's candidate words
 * in text order, `localIndex` maps each of its stems to its place in `locals`. Returns scores by local index, mean 1.
 */
export function rankWords(
  sequence: Int32Array,
  window: number,
  positionBias: number,
  locals: number[],
  localIndex: Int32Array,
  scratch: WordGraphScratch,
): Float64Array {
  const k = locals.length;
  const n = sequence.length;
  // Edge weights in a dense k×k scratch (documents have tens of distinct words); each pair met for the first time
  // becomes the next edge, so edges are numbered by first occurrence.
  if (scratch.pairs.length < k * k) scratch.pairs = new Float64Array(Math.max(k * k, scratch.pairs.length * 2));
  // At most two edges per pair of positions within the window, and never more than k(k - 1).
  const maxEdges = Math.min(k * (k - 1), 2 * n * Math.max(0, window - 1));
  if (scratch.edgeFrom.length < maxEdges) {
    const size = Math.max(maxEdges, scratch.edgeFrom.length * 2);
    [scratch.edgeFrom, scratch.edgeTo, scratch.edgeShare] = [new Int32Array(size), new Int32Array(size), new Float64Array(size)];
    [scratch.inFrom, scratch.inShare] = [new Int32Array(size), new Float64Array(size)];
  }
  if (scratch.nodeScore.length < k) {
    const size = Math.max(k, scratch.nodeScore.length * 2);
    [scratch.nodeOutWeight, scratch.nodeTeleport, scratch.nodeScore, scratch.nodeNext, scratch.nodeDamped, scratch.nodeDampedNext] = [
      size, size, size, size, size, size,
    ].map((length) => new Float64Array(length));
    scratch.nodeInStart = new Int32Array(size + 1);
    scratch.dangling = new Int32Array(size);
  }
  const pairScratch = scratch.pairs;
  const from = scratch.edgeFrom;
  const to = scratch.edgeTo;
  const share = scratch.edgeShare;
  let edges = 0;
  for (let i = 0; i < n; i++) {
    const a = localIndex[sequence[i]];
    const end = Math.min(n, i + window);
    for (let j = i + 1; j < end; j++) {
      const b = localIndex[sequence[j]];
      if (a === b) continue;
      if (pairScratch[a * k + b]++ === 0) {
        from[edges] = a;
        to[edges++] = b;
      }
      if (pairScratch[b * k + a]++ === 0) {
        from[edges] = b;
        to[edges++] = a;
      }
    }
  }
  const outWeight = scratch.nodeOutWeight.fill(0, 0, k);
  for (let e = 0; e < edges; e++) {
    const pair = from[e] * k + to[e];
    share[e] = pairScratch[pair];
    outWeight[from[e]] += share[e];
    pairScratch[pair] = 0;
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
    for (let i = 0; i < n; i++) teleport[localIndex[sequence[i]]] += 1 / (i + 1);
    let sum = 0;
    for (let a = 0; a < k; a++) sum += teleport[a];
    for (let a = 0; a < k; a++) teleport[a] = (1 - positionBias) / k + (positionBias * teleport[a]) / sum;
  } else teleport.fill(1 / k, 0, k);
  // Nodes without out-edges pass their score on to all, as teleports do; most documents have none, so their sum is
  // taken over a list of them rather than over every node.
  const danglingNodes = scratch.dangling;
  let danglingCount = 0;
  for (let a = 0; a < k; a++) if (outWeight[a] === 0) danglingNodes[danglingCount++] = a;
  const damping = 0.85;
  let score = scratch.nodeScore.fill(1 / k, 0, k);
  let next = scratch.nodeNext;
  // damping × score once per node rather than once per edge (the same product, so the same sums), computed as each
  // node's next score is, for the iteration after.
  let damped = scratch.nodeDamped.fill(damping * (1 / k), 0, k);
  let dampedNext = scratch.nodeDampedNext;
  for (let iteration = 0; iteration < 50; iteration++) {
    let dangling = 0;
    for (let d = 0; d < danglingCount; d++) dangling += score[danglingNodes[d]];
    const base = 1 - damping + damping * dangling;
    // One pass over the nodes computes each one's next score, its damped value and its part of the total change, in
    // node order: the same sums, in the same order, as separate passes.
    let change = 0;
    // Node a's group of in-edges ends where node a + 1's begins.
    let e = 0;
    for (let a = 0; a < k; a++) {
      let sum = base * teleport[a];
      for (const end = inStart[a + 1]; e < end; e++) sum += damped[inFrom[e]] * inShare[e];
      next[a] = sum;
      dampedNext[a] = damping * sum;
      change += Math.abs(sum - score[a]);
    }
    const previous = score;
    score = next;
    next = previous;
    const previousDamped = damped;
    damped = dampedNext;
    dampedNext = previousDamped;
    // TextRank's threshold of 1e-4, on the total change (scores sum to 1): the word order is settled well before.
    if (change < 1e-4) break;
  }
  for (let a = 0; a < k; a++) score[a] *= k;
  return score;
}
