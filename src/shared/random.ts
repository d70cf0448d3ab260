// Seeded pseudo-random numbers: graphology's algorithms take an `rng`, and Math.random would make outputs differ per run.

/** mulberry32: a tiny, well-distributed 32-bit PRNG; small enough that a dependency is not worth it. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
