// Latent semantic analysis of the papers' TF-IDF matrix: each paper as a short dense vector (its coordinates on the
// corpus's main topics), so two abstracts that say the same thing in different words still come out close.
import { CholeskyDecomposition, EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { createRng } from '../../src/shared/random';
import type { TfIdfMatrix } from './similarity';

export interface LatentOptions {
  /** Latent dimensions kept (the rank of the truncated SVD). */
  dimensions: number;
  /** Extra random directions sampled beyond `dimensions` (Halko et al. recommend 5–10). */
  oversampling: number;
  /** Subspace (power) iterations: each sharpens the split between strong and weak topics. */
  powerIterations: number;
  /** Seed of the random test matrix: the same corpus and seed give the same vectors. */
  seed: number;
  /**
   * Above this many documents the topics are found on an evenly spread sample of this size and every document is
   * folded into them (its TF-IDF row times the sample's term–topic map, as LSA places a new document), so the SVD's
   * cost stops growing with the corpus; only the fold-in, one pass over the matrix, does.
   */
  sampleSize: number;
}

/**
 * Measured on the labelled arXiv set (`npm run eval:communities`, Leiden NMI averaged over seeds 1–4, resolution 1 / 2,
 * k = 15): plain TF-IDF cosine 0.409 / 0.454; LSA with 30 dimensions 0.429 / 0.459 (k = 10), 50: 0.415 / 0.477, 75:
 * 0.429 / 0.474, 100: 0.428 / 0.469, 200: 0.435 / 0.458, 400: 0.382 / 0.443. Between 50 and 100 the gain holds; more
 * dimensions bring the words' noise back, fewer merge topics. 64 is in that range at half the cost of 100. Two power
 * iterations, as Halko et al. advise for slowly decaying spectra (text's are).
 */
export const DEFAULT_LATENT_OPTIONS: LatentOptions = {
  dimensions: 64,
  oversampling: 10,
  powerIterations: 2,
  seed: 1,
  sampleSize: 20_000,
};

export interface LatentVectors {
  dimensions: number;
  /** Row-major, one unit-length row of `dimensions` values per document (all zeros for a document with no term). */
  vectors: Float32Array;
}

/**
 * The documents' rows of U·Σ from a rank-`dimensions` truncated SVD of the TF-IDF matrix (Deerwester et al. 1990,
 * "Indexing by latent semantic analysis"), L2-normalised so a dot product is a cosine; null when the corpus is too
 * small for that many dimensions (fewer than four documents per sampled dimension), where the words themselves are
 * already a short description.
 *
 * Randomized SVD (Halko, Martinsson & Tropp 2011, "Finding structure with randomness", Algorithms 4.4 and 5.1): the
 * range of A is sampled with a seeded random matrix, sharpened by power iterations, and A's SVD is read from the small
 * matrix B = QᵀA through the eigendecomposition of B·Bᵀ. Written here because no kept npm package does a truncated
 * SVD of a sparse matrix; the small dense steps (Cholesky, symmetric eigendecomposition) are ml-matrix's. The sparse
 * products are plain loops over the compressed rows. Orthonormalisation is Cholesky QR (see orthonormalise) because
 * ml-matrix's Householder QR reads element by element through getters, which was the whole cost at 100k documents.
 */
export function latentVectors(matrix: TfIdfMatrix, overrides: Partial<LatentOptions> = {}): LatentVectors | null {
  const svd = truncatedSvd(matrix, overrides);
  if (svd === null) return null;
  const { dimensions, coordinates } = svd;
  const n = matrix.start.length - 1;
  const vectors = new Float32Array(n * dimensions);
  for (let doc = 0; doc < n; doc++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += coordinates[doc * dimensions + d] ** 2;
    // A document without a term has no coordinates (its rows of Q and A are zero): it stays a zero row.
    if (norm === 0) continue;
    norm = Math.sqrt(norm);
    for (let d = 0; d < dimensions; d++) vectors[doc * dimensions + d] = coordinates[doc * dimensions + d] / norm;
  }
  return { dimensions, vectors };
}

export interface TruncatedSvd {
  dimensions: number;
  /** The largest singular values found, decreasing. */
  singularValues: Float64Array;
  /** Row-major documents × dimensions: each document's row of U·Σ. */
  coordinates: Float64Array;
}

/** The randomized truncated SVD behind latentVectors (null in the same cases). */
export function truncatedSvd(matrix: TfIdfMatrix, overrides: Partial<LatentOptions> = {}): TruncatedSvd | null {
  const { dimensions, oversampling, powerIterations, seed, sampleSize } = { ...DEFAULT_LATENT_OPTIONS, ...overrides };
  const n = matrix.start.length - 1;
  const width = dimensions + oversampling;
  if (dimensions < 1 || n < 4 * width) return null;
  const whole = n <= Math.max(sampleSize, 4 * width);
  const sample = whole ? matrix : evenSample(matrix, Math.max(sampleSize, 4 * width));
  const vocabulary = matrix.vocabularySize;
  const rows = sample.start.length - 1;
  const random = createRng(seed);
  // Ω: vocabulary × width, uniform in [-1, 1) (any distribution with independent entries spans the range).
  const omega = new Float64Array(vocabulary * width);
  for (let i = 0; i < omega.length; i++) omega[i] = random() * 2 - 1;

  let q = orthonormalise(times(sample, omega, width), rows, width);
  if (q === null) return null;
  for (let iteration = 0; iteration < powerIterations; iteration++) {
    const z = orthonormalise(transposeTimes(sample, q, width), vocabulary, width);
    if (z === null) return null;
    q = orthonormalise(times(sample, z, width), rows, width);
    if (q === null) return null;
  }
  // B·Bᵀ = Qᵀ·A·Aᵀ·Q, from Bᵀ = Aᵀ·Q (vocabulary × width): its eigenvalues are σ², its eigenvectors W give U = Q·W.
  const bt = transposeTimes(sample, q, width);
  const gram = gramMatrix(bt, vocabulary, width);
  const decomposition = new EigenvalueDecomposition(gram, { assumeSymmetric: true });
  const values = decomposition.realEigenvalues;
  const eigenvectors = decomposition.eigenvectorMatrix;
  const order = values
    .map((_, i) => i)
    .sort((a, b) => values[b] - values[a] || a - b)
    .slice(0, dimensions);
  // The top eigenvectors W_k (width × dimensions), each column scaled: by σ for U·Σ = Q·W_k·Σ_k (documents of the SVD
  // itself), by 1/σ for the fold-in map V_k = Bᵀ·W_k·Σ_k⁻¹ (a document's U·Σ is its row of A times V_k).
  const singularValues = Float64Array.from(order, (column) => Math.sqrt(Math.max(0, values[column])));
  const scaledTopics = (scale: (sigma: number) => number) => {
    const topics = new Float64Array(width * dimensions);
    order.forEach((column, d) => {
      const factor = singularValues[d] === 0 ? 0 : scale(singularValues[d]);
      for (let c = 0; c < width; c++) topics[c * dimensions + d] = eigenvectors.get(c, column) * factor;
    });
    return topics;
  };
  if (whole) {
    const coordinates = denseTimes(q, rows, width, scaledTopics((sigma) => sigma), dimensions);
    return { dimensions, singularValues, coordinates };
  }
  const foldIn = denseTimes(bt, vocabulary, width, scaledTopics((sigma) => 1 / sigma), dimensions);
  return { dimensions, singularValues, coordinates: times(matrix, foldIn, dimensions) };
}

/** X·M for X (rows × width) and M (width × columns), both row-major: rows × columns. */
function denseTimes(x: Float64Array, rows: number, width: number, m: Float64Array, columns: number): Float64Array {
  const out = new Float64Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const base = r * columns;
    for (let c = 0; c < width; c++) {
      const value = x[r * width + c];
      if (value === 0) continue;
      for (let d = 0; d < columns; d++) out[base + d] += value * m[c * columns + d];
    }
  }
  return out;
}

/** `size` rows spread evenly over the matrix (row ⌊i·n/size⌋), so every input file is represented in the sample. */
function evenSample(matrix: TfIdfMatrix, size: number): TfIdfMatrix {
  const n = matrix.start.length - 1;
  const start = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) {
    const doc = Math.floor((i * n) / size);
    start[i + 1] = start[i] + matrix.start[doc + 1] - matrix.start[doc];
  }
  const terms = new Int32Array(start[size]);
  const weights = new Float32Array(start[size]);
  for (let i = 0; i < size; i++) {
    const doc = Math.floor((i * n) / size);
    terms.set(matrix.terms.subarray(matrix.start[doc], matrix.start[doc + 1]), start[i]);
    weights.set(matrix.weights.subarray(matrix.start[doc], matrix.start[doc + 1]), start[i]);
  }
  return { start, terms, weights, vocabularySize: matrix.vocabularySize };
}

/** A·X for X (vocabulary × width, row-major): documents × width. */
function times(matrix: TfIdfMatrix, x: Float64Array, width: number): Float64Array {
  const n = matrix.start.length - 1;
  const out = new Float64Array(n * width);
  for (let doc = 0; doc < n; doc++) {
    const base = doc * width;
    for (let i = matrix.start[doc]; i < matrix.start[doc + 1]; i++) {
      const from = matrix.terms[i] * width;
      const weight = matrix.weights[i];
      for (let c = 0; c < width; c++) out[base + c] += weight * x[from + c];
    }
  }
  return out;
}

/** Aᵀ·Y for Y (documents × width, row-major): vocabulary × width. */
function transposeTimes(matrix: TfIdfMatrix, y: Float64Array, width: number): Float64Array {
  const n = matrix.start.length - 1;
  const out = new Float64Array(matrix.vocabularySize * width);
  for (let doc = 0; doc < n; doc++) {
    const base = doc * width;
    for (let i = matrix.start[doc]; i < matrix.start[doc + 1]; i++) {
      const to = matrix.terms[i] * width;
      const weight = matrix.weights[i];
      for (let c = 0; c < width; c++) out[to + c] += weight * y[base + c];
    }
  }
  return out;
}

/** XᵀX of a rows × width row-major block, as an ml-matrix (width × width). */
function gramMatrix(x: Float64Array, rows: number, width: number): Matrix {
  const gram = new Float64Array(width * width);
  for (let r = 0; r < rows; r++) {
    const base = r * width;
    for (let a = 0; a < width; a++) {
      const value = x[base + a];
      if (value === 0) continue;
      for (let b = a; b < width; b++) gram[a * width + b] += value * x[base + b];
    }
  }
  const result = new Matrix(width, width);
  for (let a = 0; a < width; a++) {
    for (let b = a; b < width; b++) {
      result.set(a, b, gram[a * width + b]);
      result.set(b, a, gram[a * width + b]);
    }
  }
  return result;
}

/**
 * The Q of X's thin QR (rows × width) by Cholesky QR: X·R⁻¹ where RᵀR = XᵀX; null when X's columns are not
 * independent. Its loss of orthogonality grows with the square of X's condition number, which stays small here: every
 * block is A or Aᵀ times an orthonormal block, so its condition is at most σ₁/σ_width of the TF-IDF matrix (tens).
 */
function orthonormalise(x: Float64Array, rows: number, width: number): Float64Array | null {
  const cholesky = new CholeskyDecomposition(gramMatrix(x, rows, width));
  if (!cholesky.isPositiveDefinite()) return null;
  const lower = cholesky.lowerTriangularMatrix;
  const l = new Float64Array(width * width);
  for (let a = 0; a < width; a++) for (let b = 0; b <= a; b++) l[a * width + b] = lower.get(a, b);
  // Each row q of Q solves q·Lᵀ = x (R = Lᵀ), by forward substitution over the columns.
  const out = new Float64Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const base = r * width;
    for (let c = 0; c < width; c++) {
      let value = x[base + c];
      for (let j = 0; j < c; j++) value -= out[base + j] * l[c * width + j];
      out[base + c] = value / l[c * width + c];
    }
  }
  return out;
}
