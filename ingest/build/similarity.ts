// Text-similarity layer: k-nearest neighbours between papers (title + abstract) by the cosine of their latent semantic
// vectors (TF-IDF cosine on small corpora) → `similar` edges, and why a paper stays isolated.
import type { PaperGraph } from '../../src/shared';
// The extraction's stop/filler lists and its memoised Porter stemmer, so "similar" and the concepts see the same words —
// except that the extraction's stems also join Greek -sis nouns to their -ses plurals (WordTable.singularOfSis), which
// names ideas (one node for "hypothesis" and "hypotheses") but is not applied to the TF-IDF vectors here: measured on
// the labelled arXiv set, those vectors' few changed terms re-drew the partition (NMI 0.452 → 0.425) with no gain to show.
import { FILLER_WORDS, porterStem, STOPWORDS } from '../extract/text';
// Words are the runs of /[\p{L}\p{N}]+/u, found by the extraction's character-class scanner (no match object per word).
import { wordRunEnd, wordRunStart } from '../extract/formScanner';
import { GrowableArray, grownTo } from '../extract/rank/growable';
import { HASH_START, hashOfSpan, hashStep, SpanIndex } from '../extract/spanIndex';
import { latentVectors, type LatentOptions, type LatentVectors } from './latentSemantics';
import { addEdgeInOrder } from './edgeKeys';

export interface SimilarityOptions {
  /** k: each paper keeps its k most similar papers by latent cosine (ties broken by input order). */
  neighbours: number;
  /** k when the plain TF-IDF cosine is used (no latent vectors: `latent` null, or a corpus too small for them). */
  wordNeighbours: number;
  /** Cosine below this never makes an edge, however few neighbours a paper has. */
  minSimilarity: number;
  /**
   * `union`: a pair is linked when either paper has the other among its k nearest (every paper with a neighbour above
   * the threshold is linked). `mutual`: only when both do (sparser, leaves more papers isolated).
   */
  mode: 'union' | 'mutual';
  /** Title words count this many times (a title is a dense summary of the abstract). */
  titleWeight: number;
  /** An isolated paper whose abstract has fewer words than this is reported as "abstract shorter than N words". */
  minAbstractWords: number;
  /**
   * Work bounds for large corpora (see findNearestNeighbours): postings read per query term, candidates per paper.
   * On the 1,167 labelled abstracts 128 / 512 keep 99.7% of the exact pairs in half the time (256 / 1024: all of them).
   */
  maxPostingsPerTerm: number;
  maxCandidates: number;
  /**
   * Latent semantic analysis (see latentSemantics.ts): the neighbours are chosen, and weighted, by the cosine of the
   * papers' LSA vectors among the `latentCandidates` papers sharing the most weighted words with them (the word index
   * finds who can be close; the latent cosine says who is, also across synonyms). `null`: plain TF-IDF cosine.
   */
  latent: Partial<LatentOptions> | null;
  latentCandidates: number;
}

/**
 * Measured on the labelled arXiv set (1,167 cs abstracts, `npm run eval:communities`; Leiden NMI averaged over seeds
 * 1–4 and 42, resolution 1 / 2), with latent vectors (64 dimensions, 60 candidates): k = 8: 0.444 / 0.489; k = 10: 0.447
 * / 0.488; k = 12: 0.440 / 0.481; k = 15: 0.432 / 0.475; k = 20: 0.420 / 0.480; 40 candidates instead of 60: 0.444 /
 * 0.476. With plain TF-IDF cosine (seeds 1–4): k = 10, threshold 0.1: 0.399 / 0.434; k = 15, 0.05: 0.419 / 0.446; mutual
 * kNN 0.386–0.393 / 0.428–0.438. Union is kept because it links every paper that has any neighbour above the threshold
 * and scored better than mutual. The latent space is denser than the words' (synonyms meet), so fewer neighbours carry
 * the same structure: k = 10 there (the plain baseline's own k), 15 on words alone. 0.05 only cuts pairs that share little more than generic
 * words. Title words counted twice made no measurable difference, so a title counts as one more sentence of the abstract.
 */
export const DEFAULT_SIMILARITY_OPTIONS: SimilarityOptions = {
  neighbours: 10,
  wordNeighbours: 15,
  minSimilarity: 0.05,
  mode: 'union',
  titleWeight: 1,
  minAbstractWords: 20,
  maxPostingsPerTerm: 128,
  maxCandidates: 512,
  latent: {},
  latentCandidates: 60,
};

export interface SimilarityText {
  title: string;
  abstract: string;
}

/** Sparse L2-normalised TF-IDF vectors in compressed rows: doc i's terms are `terms[start[i] .. start[i+1])`, sorted. */
export interface TfIdfMatrix {
  start: Int32Array;
  terms: Int32Array;
  weights: Float32Array;
  /** Number of distinct terms (term ids are 0 .. vocabularySize-1, in first-seen order). */
  vocabularySize: number;
}

export interface SimilarPair {
  /** Document indices, a < b. */
  a: number;
  b: number;
  /** Cosine similarity, rounded to 4 decimals so the file is stable across platforms. */
  weight: number;
}

/**
 * Neighbour pairs as parallel arrays, sorted by (a, b), each pair once: the search's answer crosses from the worker
 * thread as three transfers, and nobody makes (or collects) an object per pair — about a million at 100k papers.
 */
export interface SimilarPairs {
  a: Int32Array;
  b: Int32Array;
  weight: Float64Array;
}

/** The pairs as objects, in order (for tests and small corpora). */
export function pairList(pairs: SimilarPairs): SimilarPair[] {
  return Array.from(pairs.a, (a, i) => ({ a, b: pairs.b[i], weight: pairs.weight[i] }));
}

export interface NeighbourResult {
  pairs: SimilarPairs;
  /** Each document's best cosine to any other document (0 when it shares no weighted term). */
  best: Float64Array;
}

const HAS_LETTER = /\p{L}/u;

/** 1 for the word characters (/[\p{L}\p{N}]/u) below U+0080, which buildTfIdf's scan tells apart without the scanner. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, unit) => (/[\p{L}\p{N}]/u.test(String.fromCharCode(unit)) ? 1 : 0));

/** The stem a lower-cased word counts as, or null for a word that is left out (stopword, filler, number, 1 letter). */
function stemOfWord(word: string): string | null {
  if (word.length < 2 || !HAS_LETTER.test(word) || STOPWORDS.has(word) || FILLER_WORDS.has(word)) return null;
  return porterStem(word);
}

/**
 * Stemmed content words of a text. A plain word split rather than the extraction's tokenizer: that one keeps compounds
 * ("graph-based") whole for phrase finding, while a bag of words should see both "graph" and "based".
 */
export function contentStems(text: string): string[] {
  const stems: string[] = [];
  const lower = text.toLowerCase();
  for (let start = wordRunStart(lower, 0); start < lower.length; start = wordRunStart(lower, start)) {
    const end = wordRunEnd(lower, start);
    const stem = stemOfWord(lower.slice(start, end));
    if (stem !== null) stems.push(stem);
    start = end;
  }
  return stems;
}

/** Count of words in a text (what "abstract shorter than N words" counts). */
export function countWords(text: string): number {
  let count = 0;
  for (let start = wordRunStart(text, 0); start < text.length; start = wordRunStart(text, wordRunEnd(text, start))) count += 1;
  return count;
}

/**
 * Sublinear TF (1 + ln tf) × IDF (ln N/df), rows L2-normalised. A term in every document gets weight 0 and terms in a
 * single document are dropped (they cannot link two papers), which also keeps the index small.
 */
export function buildTfIdf(texts: SimilarityText[], titleWeight = DEFAULT_SIMILARITY_OPTIONS.titleWeight): TfIdfMatrix {
  return tfIdfAndWordCounts(texts, titleWeight).matrix;
}

/**
 * buildTfIdf's matrix and each abstract's countWords, from the one scan of the texts that finds their terms (a second
 * scan only to count words was a twentieth of the layer's time at 100k papers).
 */
function tfIdfAndWordCounts(texts: SimilarityText[], titleWeight: number): { matrix: TfIdfMatrix; abstractWords: Int32Array } {
  const vocabulary = new Map<string, number>();
  // Written word → term id (-1: left out), so each distinct word is tested and stemmed once for the whole corpus; a
  // word is found by its characters in the lower-cased text, so only a word not seen before is sliced out.
  const words = new SpanIndex();
  const wordIds = new GrowableArray(new Int32Array(1024));
  // Pushes the text's term ids and returns its number of words as countWords counts them (in the text as written).
  // Lower-casing keeps every character's length and word-or-not class except "İ" (U+0130), which becomes "i" and a
  // combining dot that is no word character (checked over every code point in the tests): so where the lower-cased
  // text is as long as the text, its words are the text's, and only otherwise are they counted again.
  const pushIds = (text: string, ids: number[]): number => {
    const lower = text.toLowerCase();
    const length = lower.length;
    let count = 0;
    let i = 0;
    while (i < length) {
      // The next word's start: ASCII characters by their table, any other by the extraction's scanner.
      const unit = lower.charCodeAt(i);
      if (unit < 0x80) {
        if (ASCII_WORD[unit] === 0) {
          i += 1;
          continue;
        }
      } else if ((i = wordRunStart(lower, i)) === length) break;
      // Its end and its SpanIndex hash in one pass while it is ASCII; at any other character the scanner finds the end.
      const start = i;
      let hash = HASH_START;
      for (; i < length; i++) {
        const u = lower.charCodeAt(i);
        if (u >= 0x80 || ASCII_WORD[u] === 0) break;
        hash = hashStep(hash, u);
      }
      if (i < length && lower.charCodeAt(i) >= 0x80) {
        i = wordRunEnd(lower, start);
        hash = hashOfSpan(lower, start, i);
      }
      const known = words.findHashed(lower, start, i, hash);
      let id: number;
      if (known >= 0) id = wordIds.array[known];
      else {
        const word = lower.slice(start, i);
        const stem = stemOfWord(word);
        id = stem === null ? -1 : (vocabulary.get(stem) ?? vocabulary.size);
        if (stem !== null && id === vocabulary.size) vocabulary.set(stem, id);
        words.add(word);
        wordIds.push(id);
      }
      count += 1;
      if (id >= 0) ids.push(id);
    }
    return lower.length === text.length ? count : countWords(text);
  };
  // Pass 1: per-document (term, count) runs, sorted by term id; document frequencies. The runs of the whole corpus go
  // into flat arrays (run r of document d is at runStart[d] + r), and the word ids into one reused scratch: arrays per
  // document were steady garbage-collection work. A document's words are counted per term in `termCount` (cleared
  // after each document), so only its distinct terms are sorted, not every word.
  const n = texts.length;
  const abstractWords = new Int32Array(n);
  const runStart = new Int32Array(n + 1);
  const runTerms = new GrowableArray(new Int32Array(1024));
  const runCounts = new GrowableArray(new Int32Array(1024));
  const ids: number[] = [];
  let distinct = new Int32Array(256);
  let df = new Int32Array(1024);
  let termCount = new Int32Array(1024);
  let mostCount = 0;
  for (let doc = 0; doc < n; doc++) {
    const { title, abstract } = texts[doc];
    ids.length = 0;
    for (let r = 0; r < titleWeight; r++) pushIds(title, ids);
    abstractWords[doc] = pushIds(abstract, ids);
    if (vocabulary.size > df.length) {
      df = grownTo(df, vocabulary.size);
      termCount = grownTo(termCount, vocabulary.size);
    }
    if (ids.length > distinct.length) distinct = new Int32Array(Math.max(ids.length, distinct.length * 2));
    let terms = 0;
    for (let i = 0; i < ids.length; i++) if (termCount[ids[i]]++ === 0) distinct[terms++] = ids[i];
    const row = distinct.subarray(0, terms).sort();
    for (let i = 0; i < terms; i++) {
      const term = row[i];
      runTerms.push(term);
      runCounts.push(termCount[term]);
      mostCount = Math.max(mostCount, termCount[term]);
      termCount[term] = 0;
      df[term] += 1;
    }
    runStart[doc + 1] = runTerms.length;
  }
  // Pass 2: weights, keeping terms present in at least two documents (computed in doubles, stored as float32). The
  // factors 1 + ln tf and ln N/df are looked up, computed once per count and per term (the same doubles).
  const terms = runTerms.array;
  const counts = runCounts.array;
  const tfFactor = Float64Array.from({ length: mostCount + 1 }, (_, count) => 1 + Math.log(count));
  const idf = Float64Array.from({ length: vocabulary.size }, (_, term) => Math.log(n / df[term]));
  const start = new Int32Array(n + 1);
  const outTerms = new Int32Array(runTerms.length);
  const outWeights = new Float64Array(runTerms.length);
  let kept = 0;
  for (let doc = 0; doc < n; doc++) {
    const rowStart = kept;
    let norm = 0;
    for (let i = runStart[doc]; i < runStart[doc + 1]; i++) {
      if (df[terms[i]] < 2) continue;
      const weight = tfFactor[counts[i]] * idf[terms[i]];
      if (weight <= 0) continue;
      outTerms[kept] = terms[i];
      outWeights[kept] = weight;
      kept += 1;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    for (let i = rowStart; i < kept; i++) outWeights[i] /= norm;
    start[doc + 1] = kept;
  }
  const matrix = { start, terms: outTerms.slice(0, kept), weights: Float32Array.from(outWeights.subarray(0, kept)), vocabularySize: vocabulary.size };
  return { matrix, abstractWords };
}

/**
 * Inverted index of champion lists (Manning, Raghavan & Schütze, Introduction to Information Retrieval, §7.1.3): the
 * documents where term t weighs most, at most `perTerm` of them, heaviest first (ties by document order), are
 * `docs[start[t] .. start[t+1])`. The search reads no further into a list, so the rest is never sorted or kept.
 */
function buildPostings(matrix: TfIdfMatrix, perTerm: number): { start: Int32Array; docs: Int32Array; weights: Float32Array } {
  const { vocabularySize, terms, weights } = matrix;
  // Every list in full first, in document order.
  const full = new Int32Array(vocabularySize + 1);
  for (let i = 0; i < terms.length; i++) full[terms[i] + 1] += 1;
  for (let t = 0; t < vocabularySize; t++) full[t + 1] += full[t];
  const fill = full.slice(0, vocabularySize);
  const docs = new Int32Array(terms.length);
  const entryWeight = new Float32Array(terms.length);
  for (let doc = 0; doc + 1 < matrix.start.length; doc++) {
    for (let i = matrix.start[doc]; i < matrix.start[doc + 1]; i++) {
      const at = fill[terms[i]]++;
      docs[at] = doc;
      entryWeight[at] = weights[i];
    }
  }
  const entryBits = weightBits(entryWeight);
  const start = new Int32Array(vocabularySize + 1);
  for (let t = 0; t < vocabularySize; t++) start[t + 1] = start[t] + Math.min(Math.max(0, perTerm), full[t + 1] - full[t]);
  const championDocs = new Int32Array(start[vocabularySize]);
  const championWeights = new Float32Array(start[vocabularySize]);
  let longest = 0;
  for (let t = 0; t < vocabularySize; t++) longest = Math.max(longest, full[t + 1] - full[t]);
  const scratch = { keys: new Float64Array(longest), order: new Int32Array(longest) };
  for (let t = 0; t < vocabularySize; t++) {
    const kept = start[t + 1] - start[t];
    if (kept === 0) continue;
    // Documents were filled in increasing order, so position order is document order.
    const order = byWeightDescending(entryBits, full[t], full[t + 1], kept, scratch);
    for (let i = 0; i < kept; i++) {
      championDocs[start[t] + i] = docs[order[i]];
      championWeights[start[t] + i] = entryWeight[order[i]];
    }
  }
  return { start, docs: championDocs, weights: championWeights };
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The bit patterns of positive float32 weights: for positive floats they order as the numbers do. */
const weightBits = (weights: Float32Array) => new Uint32Array(weights.buffer, weights.byteOffset, weights.length);

const POSITION_BITS = 2 ** 21;

/**
 * The first `count` (all by default) of positions from..to-1 ordered by weight, heaviest first, ties in position
 * order (with `scratch`, sized for the range, in `scratch.order`'s first `count` entries: no arrays per call). Each position becomes one exact double key (the inverted weight bits above the position: 32 + 21 bits, within
 * a double's 53) sorted by the native numeric sort, which was several times faster than a comparator called per
 * comparison (the sorts were the hottest lines of the similarity layer); when fewer than all are asked for, the
 * smallest keys are selected first and only they are sorted. Longer ranges, which the keys cannot hold, take the
 * comparator.
 */
function byWeightDescending(
  bits: Uint32Array,
  from: number,
  to: number,
  count = to - from,
  scratch: { keys: Float64Array; order: Int32Array } | null = null,
): Int32Array {
  const length = to - from;
  if (length >= POSITION_BITS) {
    const all = new Int32Array(length);
    for (let i = 0; i < length; i++) all[i] = from + i;
    return all.sort((x, y) => bits[y] - bits[x] || x - y).slice(0, count);
  }
  const keys = scratch === null ? new Float64Array(length) : scratch.keys.subarray(0, length);
  for (let i = 0; i < length; i++) keys[i] = (0xffffffff - bits[from + i]) * POSITION_BITS + i;
  if (count < length) moveSmallestFirst(keys, count);
  const first = keys.subarray(0, count).sort();
  const order = scratch === null ? new Int32Array(count) : scratch.order;
  // The position is the key's low 21 bits: key − ⌊key / 2²¹⌋·2²¹, exact in doubles (a power of two), where `%` on a
  // double is a call to fmod.
  for (let i = 0; i < count; i++) order[i] = from + (first[i] - Math.floor(first[i] / POSITION_BITS) * POSITION_BITS);
  return order;
}

/**
 * Reorders `keys[0 .. length)` so that the `count` smallest come first, in no particular order (Hoare's selection:
 * linear on average, where sorting a long list to read its head was most of building the index). Equal keys are
 * allowed: then the first `count` are still `count` smallest ones.
 */
function moveSmallestFirst(keys: Float64Array, count: number, length = keys.length): void {
  if (count <= 0) return;
  const target = count - 1;
  let low = 0;
  let high = length - 1;
  while (low < high) {
    const pivot = keys[(low + high) >>> 1];
    let i = low;
    let j = high;
    while (i <= j) {
      while (keys[i] < pivot) i++;
      while (keys[j] > pivot) j--;
      if (i <= j) {
        const swap = keys[i];
        keys[i] = keys[j];
        keys[j] = swap;
        i++;
        j--;
      }
    }
    // Now keys[low..j] ≤ pivot ≤ keys[i..high], and any between j and i equal the pivot.
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return;
  }
}

/**
 * Keeps the `count` candidates with the highest partial score (ties: the smaller index) in `candidates[0 .. count)`,
 * in no particular order (the caller's result does not depend on it). Their scores are copied side by side into
 * `keys` and the count-th highest is selected there (moveSmallestFirst, on negated scores); one pass then keeps the
 * candidates above it and, of those equal to it, the smallest indices. A bounded heap comparing the scores in place
 * (scattered reads of `partial`, an unpredictable branch per comparison) cost several times as much.
 */
function keepBestByPartial(
  candidates: Int32Array,
  length: number,
  partial: Float64Array,
  count: number,
  keys: Float64Array,
  ties: Int32Array,
): void {
  if (count <= 0) return;
  // The lowest of the first `count` scores: at least `count` candidates reach it, so the rest cannot be kept. Most
  // candidates fall below it (the first found share the document's heaviest terms), and are dropped without a branch.
  let floor = Infinity;
  for (let c = 0; c < count; c++) floor = Math.min(floor, partial[candidates[c]]);
  let reaching = 0;
  for (let c = 0; c < length; c++) {
    const item = candidates[c];
    const score = partial[item];
    keys[reaching] = -score;
    candidates[reaching] = item;
    reaching += score >= floor ? 1 : 0;
  }
  moveSmallestFirst(keys, count, reaching);
  let threshold = keys[0];
  for (let c = 1; c < count; c++) if (keys[c] > threshold) threshold = keys[c];
  const least = -threshold;
  let kept = 0;
  let tied = 0;
  for (let c = 0; c < reaching; c++) {
    const item = candidates[c];
    const score = partial[item];
    if (score > least) candidates[kept++] = item;
    else if (score === least) ties[tied++] = item;
  }
  // Fewer than `count` are above the threshold and at least `count` are at or above it: the rest are ties.
  if (kept + tied > count) ties.subarray(0, tied).sort();
  for (let t = 0; kept < count; t++) candidates[kept++] = ties[t];
}

/**
 * The latent cosine of document `doc` with each of `candidates[0 .. count)`, into `scores`. Eight candidates per pass:
 * each sum is still taken over the dimensions in order, one product after the other, but eight independent sums keep
 * the processor busy where one waited on its own previous addition, and the document's values are loaded once for
 * eight (four per pass measured ~2% slower on the whole search at 100k papers).
 */
function latentCosines(vectors: Float32Array, dimensions: number, doc: number, candidates: Int32Array, count: number, scores: Float64Array): void {
  const x = doc * dimensions;
  let c = 0;
  for (; c + 8 <= count; c += 8) {
    const y0 = candidates[c] * dimensions, y1 = candidates[c + 1] * dimensions;
    const y2 = candidates[c + 2] * dimensions, y3 = candidates[c + 3] * dimensions;
    const y4 = candidates[c + 4] * dimensions, y5 = candidates[c + 5] * dimensions;
    const y6 = candidates[c + 6] * dimensions, y7 = candidates[c + 7] * dimensions;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let d = 0; d < dimensions; d++) {
      const value = vectors[x + d];
      s0 += value * vectors[y0 + d];
      s1 += value * vectors[y1 + d];
      s2 += value * vectors[y2 + d];
      s3 += value * vectors[y3 + d];
      s4 += value * vectors[y4 + d];
      s5 += value * vectors[y5 + d];
      s6 += value * vectors[y6 + d];
      s7 += value * vectors[y7 + d];
    }
    scores[c] = s0;
    scores[c + 1] = s1;
    scores[c + 2] = s2;
    scores[c + 3] = s3;
    scores[c + 4] = s4;
    scores[c + 5] = s5;
    scores[c + 6] = s6;
    scores[c + 7] = s7;
  }
  for (; c < count; c++) {
    const y = candidates[c] * dimensions;
    let sum = 0;
    for (let d = 0; d < dimensions; d++) sum += vectors[x + d] * vectors[y + d];
    scores[c] = sum;
  }
}

/** Bit j (j < 8) set when document `docs[p + j]` is marked (1) in `member`. */
function markedOf8(member: Uint8Array, docs: Int32Array, p: number): number {
  return (
    member[docs[p]] | (member[docs[p + 1]] << 1) | (member[docs[p + 2]] << 2) | (member[docs[p + 3]] << 3) |
    (member[docs[p + 4]] << 4) | (member[docs[p + 5]] << 5) | (member[docs[p + 6]] << 6) | (member[docs[p + 7]] << 7)
  );
}

/**
 * k nearest neighbours by cosine above `minSimilarity`, without comparing every pair. Candidate pruning (the prefix
 * bound of all-pairs similarity search, Bayardo, Ma & Srikant 2007): a document's terms are taken by decreasing weight
 * until the remaining ones have norm below the threshold; by Cauchy–Schwarz a document sharing none of the taken terms
 * has cosine below the threshold, so only documents in those terms' postings are scored. Common words have low IDF, so
 * they fall in the skipped remainder and their long postings are never read. Reading the postings gives each candidate
 * a partial cosine; candidates are then scored exactly (against the query scattered into a dense array) best partial
 * first, until partial + the norm of the unread terms cannot reach the k-th best cosine found. The search is exact while no work bound binds: at most `maxPostingsPerTerm`
 * postings are read per term (its champion list: the documents where it weighs most) and at most `maxCandidates`
 * documents are scored per query, which keeps the work per paper constant on large corpora, where terms sit in
 * thousands of abstracts; there it is the usual champion-list approximation.
 */
export function findNearestNeighbours(
  matrix: TfIdfMatrix,
  options: Pick<SimilarityOptions, 'neighbours' | 'minSimilarity' | 'mode'> &
    Partial<Pick<SimilarityOptions, 'maxPostingsPerTerm' | 'maxCandidates'>>,
  latent: { vectors: LatentVectors; candidates: number } | null = null,
): NeighbourResult {
  const { neighbours: k, minSimilarity, mode } = options;
  const maxPostings = options.maxPostingsPerTerm ?? DEFAULT_SIMILARITY_OPTIONS.maxPostingsPerTerm;
  const n = matrix.start.length - 1;
  // A query has at most n - 1 candidates: an unbounded search (the evaluation's exact baseline) asks for n at most.
  const maxCandidates = Math.min(n, options.maxCandidates ?? DEFAULT_SIMILARITY_OPTIONS.maxCandidates);
  // The arrays in locals and the per-paper lists in typed arrays allocated once: this loop is the layer's hottest.
  const { start: rowStart, terms: rowTerms, weights: rowWeights } = matrix;
  const { start: postingStart, docs: postingDocs, weights: postingWeights } = buildPostings(matrix, maxPostings);
  const query = new Float64Array(matrix.vocabularySize);
  const partial = new Float64Array(n);
  const member = new Uint8Array(n); // 1 for a candidate of the current query: see the search loop
  const best = new Float64Array(n);
  const candidates = new Int32Array(Math.max(0, maxCandidates));
  const scores = new Float64Array(Math.max(0, maxCandidates));
  // keepBestByPartial's buffers.
  const selectKeys = new Float64Array(Math.max(0, maxCandidates));
  const ties = new Int32Array(Math.max(0, maxCandidates));
  // Each document's neighbours, best first: nearest[doc·k .. doc·k + nearestCount[doc]).
  const nearest = new Int32Array(n * k);
  const nearestScore = new Float64Array(n * k);
  const nearestCount = new Int32Array(n);
  // A zero threshold would take every term; cosines of 0 are no link anyway.
  const bound = Math.max(minSimilarity, 1e-9);
  const rowBits = weightBits(rowWeights);
  const { dimensions, vectors } = latent?.vectors ?? { dimensions: 0, vectors: new Float32Array(0) };
  // A row's order by weight and its suffix norms, in buffers sized for the longest row (three arrays per paper were
  // steady garbage-collection work).
  let longestRow = 0;
  for (let doc = 0; doc < n; doc++) longestRow = Math.max(longestRow, rowStart[doc + 1] - rowStart[doc]);
  const rowScratch = { keys: new Float64Array(longestRow), order: new Int32Array(longestRow) };
  const suffix = new Float64Array(longestRow + 1);

  for (let doc = 0; doc < n; doc++) {
    const from = rowStart[doc];
    const to = rowStart[doc + 1];
    const length = to - from;
    // A row is sorted by term id, so position order is term order.
    const order = byWeightDescending(rowBits, from, to, length, rowScratch);
    // Suffix norms: how much cosine the terms from position i on can still bring.
    suffix[length] = 0;
    for (let i = length - 1; i >= 0; i--) suffix[i] = suffix[i + 1] + rowWeights[order[i]] ** 2;
    // Candidates with their partial cosine over the terms read so far (posting weights are the other rows' weights;
    // a partial is reset when its document becomes a candidate, and only candidates' partials are read afterwards).
    // `member` marks the candidates and the document itself (never its own candidate), a byte each. Once
    // `maxCandidates` are found (most papers, within their first few terms) the postings of the other documents, most
    // of those read (over 90%), are skipped by that mark: adding every posting to `partial` instead (a double per
    // paper, 800 kB at 100k) spent the time in its scattered writes. (A bit per document, in less cache, was slower:
    // more work per posting to read it.)
    member[doc] = 1;
    let count = 0;
    let read = 0;
    for (; read < length && Math.sqrt(suffix[read]) >= bound; read++) {
      const term = rowTerms[order[read]];
      const weight = rowWeights[order[read]];
      const last = Math.min(postingStart[term + 1], postingStart[term] + maxPostings);
      if (count >= maxCandidates) {
        // Sixteen postings at a time: their marks gathered into one mask without a branch, then only the set bits
        // visited, lowest first (posting order). One unpredictable branch per posting, taken for less than a tenth
        // of them, cost more than the loads themselves.
        let p = postingStart[term];
        for (; p + 16 <= last; p += 16) {
          for (let hits = markedOf8(member, postingDocs, p) | (markedOf8(member, postingDocs, p + 8) << 8); hits !== 0; hits &= hits - 1) {
            const j = 31 - Math.clz32(hits & -hits);
            partial[postingDocs[p + j]] += weight * postingWeights[p + j];
          }
        }
        for (; p < last; p++) {
          const other = postingDocs[p];
          if (member[other] !== 0) partial[other] += weight * postingWeights[p];
        }
        continue;
      }
      for (let p = postingStart[term]; p < last; p++) {
        const other = postingDocs[p];
        if (member[other] === 0) {
          if (count >= maxCandidates) continue;
          member[other] = 1;
          partial[other] = 0;
          candidates[count++] = other;
        }
        partial[other] += weight * postingWeights[p];
      }
    }
    // Unmarked for the next document.
    member[doc] = 0;
    for (let c = 0; c < count; c++) member[candidates[c]] = 0;
    // The terms not read can add at most this much to any candidate (Cauchy–Schwarz, rows are unit vectors).
    const rest = Math.sqrt(suffix[read]);
    if (latent === null) {
      candidates.subarray(0, count).sort((a, b) => partial[b] - partial[a] || a - b);
      for (let i = from; i < to; i++) query[rowTerms[i]] = rowWeights[i];
    } else if (count > latent.candidates) {
      keepBestByPartial(candidates, count, partial, latent.candidates, selectKeys, ties);
      count = latent.candidates;
    }
    // Exact cosines, best partial first, until no later candidate can reach the k-th best cosine found; with latent
    // vectors, the latent cosine of the `candidates` best by shared words (no bound links the two cosines). The k
    // best so far are kept sorted (cosine descending, ties by index) in this document's slots of `nearest`.
    if (latent !== null) latentCosines(vectors, dimensions, doc, candidates, count, scores);
    const slots = doc * k;
    let found = 0;
    for (let c = 0; c < count; c++) {
      const other = candidates[c];
      let score = 0;
      if (latent === null) {
        const floor = found >= k ? nearestScore[slots + k - 1] : minSimilarity;
        if (partial[other] + rest < floor) break;
        for (let i = rowStart[other]; i < rowStart[other + 1]; i++) score += query[rowTerms[i]] * rowWeights[i];
      } else {
        score = scores[c];
      }
      if (score > best[doc]) best[doc] = score;
      if (score < minSimilarity || score <= 0) continue;
      let at = found;
      while (at > 0 && (nearestScore[slots + at - 1] < score || (nearestScore[slots + at - 1] === score && nearest[slots + at - 1] > other))) at--;
      if (at < k) {
        const last = Math.min(found, k - 1);
        nearest.copyWithin(slots + at + 1, slots + at, slots + last);
        nearestScore.copyWithin(slots + at + 1, slots + at, slots + last);
        nearest[slots + at] = other;
        nearestScore[slots + at] = score;
        if (found < k) found += 1;
      }
    }
    nearestCount[doc] = found;
    if (latent === null) for (let i = from; i < to; i++) query[rowTerms[i]] = 0;
  }

  return { pairs: pairsOfNearest(n, k, nearest, nearestScore, nearestCount, mode), best };
}

/**
 * The pairs of the neighbour lists (document d's are nearest[d·k .. d·k + nearestCount[d])), each once — from its
 * smaller end when both list each other, else from the end that lists it (union) or not at all (mutual) — sorted by
 * (a, b) without a comparator: counted into buckets by smaller end, then each bucket's (larger end, slot) codes sorted
 * as numbers (a sort with a comparator over a million pair objects was most of this step at 100k papers).
 */
function pairsOfNearest(
  n: number,
  k: number,
  nearest: Int32Array,
  nearestScore: Float64Array,
  nearestCount: Int32Array,
  mode: SimilarityOptions['mode'],
): SimilarPairs {
  const kept = new Uint8Array(n * k);
  const bucketStart = new Int32Array(n + 1);
  for (let a = 0; a < n; a++) {
    for (let j = a * k; j < a * k + nearestCount[a]; j++) {
      const b = nearest[j];
      let reverse = false;
      for (let i = b * k; i < b * k + nearestCount[b] && !reverse; i++) reverse = nearest[i] === a;
      if (reverse ? a < b : mode === 'union') {
        kept[j] = 1;
        bucketStart[Math.min(a, b) + 1] += 1;
      }
    }
  }
  for (let a = 0; a < n; a++) bucketStart[a + 1] += bucketStart[a];
  const total = bucketStart[n];
  // A pair's code in its bucket: larger end × slots + its slot in `nearest`, exact in a double (n² · k < 2⁵³ for any
  // corpus this runs on), so sorting the codes sorts by larger end and leaves the slot to find the weight by.
  const slots = n * k;
  const codes = new Float64Array(total);
  const fill = bucketStart.slice(0, n);
  for (let a = 0; a < n; a++) {
    for (let j = a * k; j < a * k + nearestCount[a]; j++) {
      if (kept[j] === 0) continue;
      const b = nearest[j];
      codes[fill[Math.min(a, b)]++] = Math.max(a, b) * slots + j;
    }
  }
  const pairs: SimilarPairs = { a: new Int32Array(total), b: new Int32Array(total), weight: new Float64Array(total) };
  for (let a = 0; a < n; a++) {
    const from = bucketStart[a];
    const to = bucketStart[a + 1];
    if (to - from > 1) codes.subarray(from, to).sort();
    for (let p = from; p < to; p++) {
      const b = Math.floor(codes[p] / slots);
      pairs.a[p] = a;
      pairs.b[p] = b;
      pairs.weight[p] = round(nearestScore[codes[p] - b * slots]);
    }
  }
  return pairs;
}

/** Why a paper has no edge at all, in words for the summary. */
export interface IsolatedPaper {
  key: string;
  /** The paper's label (its title), as the summary names it. */
  label: string;
  reason: string;
}

export interface SimilarityLayer {
  /** `similar` edges added (pairs already linked by another edge kind keep that edge). */
  edges: number;
  /** For each paper: words in its abstract and its best cosine, to explain isolation after all layers are built. */
  diagnostics: Map<string, { abstractWords: number; best: number }>;
  options: SimilarityOptions;
}

/** The texts the similarity layer reads from a paper node or record: its title (its label when it has none) and abstract. */
export function similarityTextOf(paper: { title?: string | null; label?: string; abstract?: string | null }): SimilarityText {
  return { title: paper.title ?? paper.label ?? '', abstract: paper.abstract ?? '' };
}

/** The nearest neighbours of each text and the words of each abstract: all the layer computes before touching a graph. */
export interface SimilarTexts extends NeighbourResult {
  abstractWords: Int32Array;
}

/**
 * The neighbour pairs of `texts` (pure, and the costly part of the layer: TF-IDF, latent vectors, kNN), so it can run
 * in a worker thread while the main thread extracts concepts (see similarityInWorker.ts); the edges are added after.
 */
export function similarPairsOfTexts(texts: SimilarityText[], overrides: Partial<SimilarityOptions> = {}): SimilarTexts {
  const options = { ...DEFAULT_SIMILARITY_OPTIONS, ...overrides };
  const { matrix, abstractWords } = tfIdfAndWordCounts(texts, options.titleWeight);
  const vectors = options.latent === null ? null : latentVectors(matrix, options.latent);
  const { pairs, best } = findNearestNeighbours(
    matrix,
    vectors === null ? { ...options, neighbours: options.wordNeighbours } : options,
    vectors === null ? null : { vectors, candidates: options.latentCandidates },
  );
  return { pairs, best, abstractWords };
}

/**
 * Add `similar` edges between the graph's papers (weight = cosine of their title + abstract TF-IDF vectors).
 * Papers are taken in graph order, so the same graph gives the same edges in the same order. `computed`: the result of
 * `similarPairsOfTexts` on the same papers' texts in the same order, computed elsewhere (a worker thread); its `keys`
 * must be the graph's paper keys in graph order, else it is not used and the pairs are computed here.
 */
export function linkSimilarPapers(
  graph: PaperGraph,
  overrides: Partial<SimilarityOptions> = {},
  computed: (SimilarTexts & { keys: string[] }) | null = null,
): SimilarityLayer {
  const options = { ...DEFAULT_SIMILARITY_OPTIONS, ...overrides };
  const keys: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === 'paper') keys.push(key);
  });
  const usable = computed !== null && computed.keys.length === keys.length && computed.keys.every((key, i) => key === keys[i]);
  const { pairs, best, abstractWords } = usable
    ? computed
    : similarPairsOfTexts(keys.map((key) => similarityTextOf(graph.getNodeAttributes(key))), options);
  let edges = 0;
  for (let p = 0; p < pairs.a.length; p++) {
    const source = keys[pairs.a[p]];
    const target = keys[pairs.b[p]];
    if (graph.hasEdge(source, target)) continue;
    addEdgeInOrder(graph, source, target, { kind: 'similar', weight: pairs.weight[p] });
    edges += 1;
  }
  return { edges, diagnostics: similarityDiagnostics(keys, { best, abstractWords }), options };
}

/** Each paper's words in its abstract and best cosine (keys in the order of the texts), as SimilarityLayer keeps them. */
export function similarityDiagnostics(
  keys: readonly string[],
  { best, abstractWords }: Pick<SimilarTexts, 'best' | 'abstractWords'>,
): SimilarityLayer['diagnostics'] {
  const diagnostics: SimilarityLayer['diagnostics'] = new Map();
  keys.forEach((key, i) => diagnostics.set(key, { abstractWords: abstractWords[i], best: round(best[i]) }));
  return diagnostics;
}

/** Papers with no edge of any kind, each with the reason (call after every layer is built). */
export function explainIsolatedPapers(graph: PaperGraph, layer: SimilarityLayer): IsolatedPaper[] {
  const isolated: IsolatedPaper[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'paper' || graph.degree(key) > 0) return;
    const found = layer.diagnostics.get(key);
    let reason: string;
    if (!found || found.abstractWords === 0) reason = 'no abstract';
    else if (found.abstractWords < layer.options.minAbstractWords) {
      reason = `abstract shorter than ${layer.options.minAbstractWords} words (${found.abstractWords})`;
    } else {
      reason = `no neighbour above similarity ${layer.options.minSimilarity} (best ${found.best})`;
    }
    isolated.push({ key, label: attributes.label, reason });
  });
  return isolated;
}
