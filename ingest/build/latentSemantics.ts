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
 * products are loops over compressed rows (of A, and of Aᵀ for Aᵀ·Y), on dense blocks stored by column. Orthonormalisation is Cholesky QR (see orthonormalise) because
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
  // Aᵀ as compressed rows of its own, so Aᵀ·Y is read row by row like A·X (see sparseTimes).
  const sampleTransposed = transposeMatrix(sample);
  const vocabulary = matrix.vocabularySize;
  const rows = sample.start.length - 1;
  const random = createRng(seed);
  // Ω: vocabulary × width, uniform in [-1, 1) (any distribution with independent entries spans the range), drawn in
  // row order and stored by column like every dense block here.
  const omega = new Float64Array(vocabulary * width);
  for (let term = 0; term < vocabulary; term++) {
    for (let c = 0; c < width; c++) omega[c * vocabulary + term] = random() * 2 - 1;
  }

  let q = orthonormalise(sparseTimes(sample, omega, width), rows, width);
  if (q === null) return null;
  for (let iteration = 0; iteration < powerIterations; iteration++) {
    const z = orthonormalise(sparseTimes(sampleTransposed, q, width), vocabulary, width);
    if (z === null) return null;
    q = orthonormalise(sparseTimes(sample, z, width), rows, width);
    if (q === null) return null;
  }
  // B·Bᵀ = Qᵀ·A·Aᵀ·Q, from Bᵀ = Aᵀ·Q (vocabulary × width): its eigenvalues are σ², its eigenvectors W give U = Q·W.
  const bt = sparseTimes(sampleTransposed, q, width);
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
  const folded = sparseTimes(matrix, columnMajor(foldIn, vocabulary, dimensions), dimensions);
  return { dimensions, singularValues, coordinates: rowMajor(folded, n, dimensions) };
}

// The dense blocks (Ω, Q, Z, Bᵀ: tall and `width` wide) are stored column by column, `values[c·rows + r]`, so every
// kernel below reads and writes whole columns in order and keeps its sums in local variables: the row-by-row loops
// they replace spent most of their time loading and storing one output element per multiply. Each output element
// is still summed in the same order as in those loops (that order is part of the byte-identical output).

/** Columns per pass of the kernels below: one local sum each, few enough to stay in registers. */
const BLOCK = 8;

/** A row-major rows × columns block stored column by column. */
function columnMajor(values: Float64Array, rows: number, columns: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) out[c * rows + r] = values[r * columns + c];
  return out;
}

/** A column-major rows × columns block stored row by row. */
function rowMajor(values: Float64Array, rows: number, columns: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let c = 0; c < columns; c++) for (let r = 0; r < rows; r++) out[r * columns + c] = values[c * rows + r];
  return out;
}

/**
 * X·M for X (rows × width, column-major) and M (width × columns, row-major): rows × columns, row-major. Each element
 * sums over c in increasing order.
 */
function denseTimes(x: Float64Array, rows: number, width: number, m: Float64Array, columns: number): Float64Array {
  const out = new Float64Array(rows * columns);
  let d = 0;
  for (; d + BLOCK <= columns; d += BLOCK) {
    for (let r = 0; r < rows; r++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      for (let c = 0, at = d; c < width; c++, at += columns) {
        const value = x[c * rows + r];
        s0 += value * m[at];
        s1 += value * m[at + 1];
        s2 += value * m[at + 2];
        s3 += value * m[at + 3];
        s4 += value * m[at + 4];
        s5 += value * m[at + 5];
        s6 += value * m[at + 6];
        s7 += value * m[at + 7];
      }
      const base = r * columns + d;
      out[base] = s0;
      out[base + 1] = s1;
      out[base + 2] = s2;
      out[base + 3] = s3;
      out[base + 4] = s4;
      out[base + 5] = s5;
      out[base + 6] = s6;
      out[base + 7] = s7;
    }
  }
  for (; d < columns; d++) {
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      for (let c = 0; c < width; c++) sum += x[c * rows + r] * m[c * columns + d];
      out[r * columns + d] = sum;
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

/**
 * Aᵀ in the same compressed-row form (its "terms" are A's documents, its vocabulary A's row count). Each of its rows
 * lists A's documents in increasing order, so Aᵀ·Y sums every element over the documents in the order a pass over
 * A's rows would.
 */
function transposeMatrix(matrix: TfIdfMatrix): TfIdfMatrix {
  const { vocabularySize, terms, weights } = matrix;
  const rows = matrix.start.length - 1;
  const start = new Int32Array(vocabularySize + 1);
  for (let i = 0; i < terms.length; i++) start[terms[i] + 1] += 1;
  for (let t = 0; t < vocabularySize; t++) start[t + 1] += start[t];
  const fill = start.slice(0, vocabularySize);
  const docs = new Int32Array(terms.length);
  const docWeights = new Float32Array(terms.length);
  for (let doc = 0; doc < rows; doc++) {
    for (let i = matrix.start[doc]; i < matrix.start[doc + 1]; i++) {
      const at = fill[terms[i]]++;
      docs[at] = doc;
      docWeights[at] = weights[i];
    }
  }
  return { start, terms: docs, weights: docWeights, vocabularySize: rows };
}

/**
 * A·X for a sparse A (rows × A.vocabularySize) and X (A.vocabularySize × width, column-major): rows × width,
 * column-major. Each element sums over the row's entries in stored order.
 */
function sparseTimes(matrix: TfIdfMatrix, x: Float64Array, width: number): Float64Array {
  const { start, terms, weights } = matrix;
  const rows = start.length - 1;
  const columns = matrix.vocabularySize;
  const out = new Float64Array(rows * width);
  let c = 0;
  for (; c + BLOCK <= width; c += BLOCK) {
    const x0 = c * columns;
    const x1 = x0 + columns, x2 = x1 + columns, x3 = x2 + columns, x4 = x3 + columns, x5 = x4 + columns, x6 = x5 + columns, x7 = x6 + columns;
    const o0 = c * rows;
    const o1 = o0 + rows, o2 = o1 + rows, o3 = o2 + rows, o4 = o3 + rows, o5 = o4 + rows, o6 = o5 + rows, o7 = o6 + rows;
    for (let r = 0; r < rows; r++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      const end = start[r + 1];
      for (let i = start[r]; i < end; i++) {
        const term = terms[i];
        const weight = weights[i];
        s0 += weight * x[x0 + term];
        s1 += weight * x[x1 + term];
        s2 += weight * x[x2 + term];
        s3 += weight * x[x3 + term];
        s4 += weight * x[x4 + term];
        s5 += weight * x[x5 + term];
        s6 += weight * x[x6 + term];
        s7 += weight * x[x7 + term];
      }
      out[o0 + r] = s0;
      out[o1 + r] = s1;
      out[o2 + r] = s2;
      out[o3 + r] = s3;
      out[o4 + r] = s4;
      out[o5 + r] = s5;
      out[o6 + r] = s6;
      out[o7 + r] = s7;
    }
  }
  for (; c < width; c++) {
    const from = c * columns;
    for (let r = 0; r < rows; r++) {
      let sum = 0;
      const end = start[r + 1];
      for (let i = start[r]; i < end; i++) sum += weights[i] * x[from + terms[i]];
      out[c * rows + r] = sum;
    }
  }
  return out;
}

/** XᵀX of a rows × width column-major block, as an ml-matrix (width × width): each element sums over r in order. */
function gramMatrix(x: Float64Array, rows: number, width: number): Matrix {
  const result = new Matrix(width, width);
  for (let a = 0; a < width; a++) {
    const xa = a * rows;
    let b = a;
    for (; b + 4 <= width; b += 4) {
      const x0 = b * rows;
      const x1 = x0 + rows, x2 = x1 + rows, x3 = x2 + rows;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let r = 0; r < rows; r++) {
        const value = x[xa + r];
        s0 += value * x[x0 + r];
        s1 += value * x[x1 + r];
        s2 += value * x[x2 + r];
        s3 += value * x[x3 + r];
      }
      setSymmetric(result, a, b, s0);
      setSymmetric(result, a, b + 1, s1);
      setSymmetric(result, a, b + 2, s2);
      setSymmetric(result, a, b + 3, s3);
    }
    for (; b < width; b++) {
      const xb = b * rows;
      let sum = 0;
      for (let r = 0; r < rows; r++) sum += x[xa + r] * x[xb + r];
      setSymmetric(result, a, b, sum);
    }
  }
  return result;
}

function setSymmetric(matrix: Matrix, a: number, b: number, value: number): void {
  matrix.set(a, b, value);
  matrix.set(b, a, value);
}

/**
 * The Q of X's thin QR (rows × width, column-major, as is Q) by Cholesky QR: X·R⁻¹ where RᵀR = XᵀX; null when X's
 * columns are not independent. Its loss of orthogonality grows with the square of X's condition number, which stays
 * small here: every block is A or Aᵀ times an orthonormal block, so its condition is at most σ₁/σ_width of the TF-IDF
 * matrix (tens).
 */
function orthonormalise(x: Float64Array, rows: number, width: number): Float64Array | null {
  const cholesky = new CholeskyDecomposition(gramMatrix(x, rows, width));
  if (!cholesky.isPositiveDefinite()) return null;
  const lower = cholesky.lowerTriangularMatrix;
  // Each row q of Q solves q·Lᵀ = x (R = Lᵀ), by forward substitution over the columns: column c of Q is column c of
  // X minus columns 0..c-1 of Q times L[c][j], in that order, over L[c][c]; four columns of Q per pass over the rows.
  const out = x.slice();
  for (let c = 0; c < width; c++) {
    const to = c * rows;
    let j = 0;
    for (; j + 4 <= c; j += 4) {
      const l0 = lower.get(c, j), l1 = lower.get(c, j + 1), l2 = lower.get(c, j + 2), l3 = lower.get(c, j + 3);
      const q0 = j * rows;
      const q1 = q0 + rows, q2 = q1 + rows, q3 = q2 + rows;
      for (let r = 0; r < rows; r++) out[to + r] = out[to + r] - out[q0 + r] * l0 - out[q1 + r] * l1 - out[q2 + r] * l2 - out[q3 + r] * l3;
    }
    for (; j < c; j++) {
      const lj = lower.get(c, j);
      const from = j * rows;
      for (let r = 0; r < rows; r++) out[to + r] -= out[from + r] * lj;
    }
    const diagonal = lower.get(c, c);
    for (let r = 0; r < rows; r++) out[to + r] /= diagonal;
  }
  return out;
}
