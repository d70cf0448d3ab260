// Plain (heap) arrays of zeros for the clustering's edge-sized buffers, one allocator per kind of content.
//
// Why plain arrays at all: see leiden.ts (V8 collects the whole heap when ArrayBuffers grow 64 MB past their last
// total). Why two allocators: V8 remembers, per allocation site, the widest element kind its arrays ever held, and
// creates the next ones with it. With one `zeros()` for both, the first weight written (a double) taught the site
// "doubles", so from the second level or run on, offsets and neighbour indices came out as arrays of doubles while the
// first ones were small integers, and the clustering's loops, compiled for one kind, were deoptimised on meeting the
// other ("wrong map" in `node --trace-deopt`: about 40 in three runs at 100k nodes / 1M edges, none with these). The
// time this saves was within the noise of a loaded machine (Leiden alone, 12 alternated runs: 1.65–2.12 s CPU against
// 1.76–2.14 s); the point is that every array of a kind is the same kind, whatever ran before.

/** A plain array of n zeros that holds only small integers (indices, offsets, counts). */
export function plainIntegers(n: number): number[] {
  return new Array<number>(n).fill(0);
}

/**
 * A plain array of n zeros that holds doubles (weights), created as such: the store of 0.5 turns its elements into
 * doubles (a kind only ever widens) the first time, after which the allocation site makes them doubles from the start.
 */
export function plainDoubles(n: number): number[] {
  const array = new Array<number>(n).fill(0);
  if (n > 0) {
    array[0] = 0.5;
    array[0] = 0;
  }
  return array;
}
