import { readdirSync, readFileSync } from 'node:fs';
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { latentVectors, truncatedSvd, type LatentVectors } from '../../../ingest/build/latentSemantics';
import { buildTfIdf, type TfIdfMatrix } from '../../../ingest/build/similarity';
import { parseListing } from '../../../ingest/sources';

const seedsDir = new URL('../../../data/seeds/', import.meta.url);
const seedTexts = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => parseListing(readFileSync(new URL(name, seedsDir), 'utf8'), name).entries)
  .map(({ title, abstract }) => ({ title, abstract }));

const cosine = (v: LatentVectors, a: number, b: number) => {
  let dot = 0;
  for (let d = 0; d < v.dimensions; d++) dot += v.vectors[a * v.dimensions + d] * v.vectors[b * v.dimensions + d];
  return dot;
};

/** ml-matrix's exact dense SVD of the same matrix: singular values and unit rows of U·Σ, what the randomized one approximates. */
function exactSvd(matrix: TfIdfMatrix, dimensions: number): { values: number[]; latent: LatentVectors } {
  const n = matrix.start.length - 1;
  const dense = new Matrix(n, matrix.vocabularySize);
  for (let doc = 0; doc < n; doc++) {
    for (let i = matrix.start[doc]; i < matrix.start[doc + 1]; i++) dense.set(doc, matrix.terms[i], matrix.weights[i]);
  }
  const svd = new SingularValueDecomposition(dense, { computeRightSingularVectors: false, autoTranspose: true });
  const u = svd.leftSingularVectors;
  const vectors = new Float32Array(n * dimensions);
  for (let doc = 0; doc < n; doc++) {
    const row = Array.from({ length: dimensions }, (_, d) => u.get(doc, d) * svd.diagonal[d]);
    const norm = Math.hypot(...row) || 1;
    row.forEach((value, d) => (vectors[doc * dimensions + d] = value / norm));
  }
  return { values: svd.diagonal.slice(0, dimensions), latent: { dimensions, vectors } };
}

function meanCosineError(a: LatentVectors, b: LatentVectors, n: number): number {
  let total = 0;
  for (let x = 0; x < n; x++) for (let y = x + 1; y < n; y++) total += Math.abs(cosine(a, x, y) - cosine(b, x, y));
  return total / ((n * (n - 1)) / 2);
}

describe('latent semantic vectors (randomized truncated SVD)', () => {
  // The 226 real seed abstracts; 16 dimensions so that the corpus is large enough for them (4 documents per sample).
  const matrix = buildTfIdf(seedTexts);
  const n = seedTexts.length;
  const dimensions = 16;
  const exact = exactSvd(matrix, dimensions);

  it('converges to the exact truncated SVD (same cosines) given enough samples and power iterations', () => {
    const found = latentVectors(matrix, { dimensions, oversampling: 40, powerIterations: 8 })!;
    expect(meanCosineError(found, exact.latent, n)).toBeLessThan(0.002);
  });

  it('with the defaults, finds the leading singular values and never overshoots them (Rayleigh–Ritz)', () => {
    const { singularValues } = truncatedSvd(matrix, { dimensions })!;
    singularValues.forEach((value, i) => {
      expect(value).toBeLessThanOrEqual(exact.values[i] * (1 + 1e-9));
      // The leading topics are found to within 2%, the trailing ones (a flat tail: text) to within 7%.
      expect(value).toBeGreaterThanOrEqual(exact.values[i] * (i < 4 ? 0.98 : 0.93));
    });
  });

  it('folds every document into topics found on an even sample (large corpora), as LSA places a new document', () => {
    // A sample of all documents but one: the fold-in must reproduce the exact SVD (converged settings), the one left
    // out included; this checks the fold-in map, not the sample's size (measured on the labelled set: a sample of
    // half the corpus scores like the whole, a quarter — 4 documents per sampled dimension — does not; the default
    // sample is 20,000 documents, over 250 per dimension).
    const sampled = latentVectors(matrix, { dimensions, oversampling: 40, powerIterations: 8, sampleSize: n - 1 })!;
    expect(meanCosineError(sampled, exact.latent, n)).toBeLessThan(0.01);
  });

  it('gives the same vectors for the same corpus and seed, and unit rows', () => {
    const first = latentVectors(matrix, { dimensions })!;
    const second = latentVectors(matrix, { dimensions })!;
    expect(second.vectors).toEqual(first.vectors);
    for (let doc = 0; doc < n; doc++) expect(cosine(first, doc, doc)).toBeCloseTo(1, 5);
  });

  it('declines a corpus too small for the dimensions asked (fewer than 4 documents per sampled dimension)', () => {
    expect(latentVectors(buildTfIdf(seedTexts.slice(0, 295)))).toBeNull();
    expect(latentVectors(buildTfIdf(seedTexts.slice(0, 296)))).not.toBeNull();
    expect(latentVectors(buildTfIdf(seedTexts.slice(0, 50)), { dimensions: 8 })).toBeNull();
  });

  it('brings together papers that share meaning but not words', () => {
    // Synonyms seen through their contexts: "car" papers and "automobile" papers talk about the same engines and roads.
    const topics = [
      ['car', 'automobile'],
      ['protein', 'enzyme'],
      ['poem', 'verse'],
    ];
    const contexts = [
      ['engine', 'road', 'fuel', 'driver', 'wheel', 'traffic'],
      ['cell', 'membrane', 'gene', 'molecule', 'binding', 'tissue'],
      ['rhyme', 'poet', 'stanza', 'meter', 'literary', 'author'],
    ];
    // Each paper: one of its topic's two synonyms and one half of its context words, so "car" + first half and
    // "automobile" + second half share no word; only the other papers, which mix them, tie the two together.
    const texts: { title: string; abstract: string }[] = [];
    for (let i = 0; i < 120; i++) {
      const topic = i % 3;
      const variant = Math.floor(i / 3) % 4;
      const context = contexts[topic].slice((variant >> 1) * 3, (variant >> 1) * 3 + 3).join(' ');
      texts.push({ title: '', abstract: `${topics[topic][variant & 1]} ${context}` });
    }
    const small = buildTfIdf(texts);
    const latent = latentVectors(small, { dimensions: 3, oversampling: 2 })!;
    const words = (i: number) => new Set(texts[i].abstract.split(' '));
    // Paper 0: "car" + first half; paper 9: "automobile" + second half (same topic, no shared word).
    const [a, b] = [0, 9];
    expect([...words(a)].some((word) => words(b).has(word))).toBe(false);
    expect(cosine(latent, a, b)).toBeGreaterThan(0.9);
    expect(cosine(latent, a, a + 1)).toBeLessThan(0.2);
    // The plain TF-IDF cosine of the two is 0: they share no term.
    expect([...words(a)].filter((word) => words(b).has(word))).toEqual([]);
  });
});
