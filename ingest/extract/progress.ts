// Extraction's progress as one bar over its phases, so a long run never looks stalled between them.

/** Extraction's phases, in the order they run on the main thread. */
export type ExtractionPhase = 'tag' | 'collect' | 'rank' | 'concepts';

/**
 * The part of the bar each phase fills: about its share of the stage's main-thread time (the CLI at 100k synthetic
 * papers, 2026-12-05: tagging ~11 s, collecting candidates ~9 s, ranking with the papers' text work ~2–3 s, choosing
 * concepts and checking method links ~4–5 s; 20k in the same proportions within a few points), so the bar moves at
 * an even pace rather than halfway in tagging and then standing still while the candidates are collected.
 */
const PHASE_SPANS: Record<ExtractionPhase, readonly [number, number]> = {
  tag: [0, 0.4],
  collect: [0.4, 0.75],
  rank: [0.75, 0.9],
  concepts: [0.9, 1],
};

/**
 * Reports `done` of `count` items of a phase as papers of the whole extraction (`total`), never going back: phases
 * report in order, each from 0 to its count.
 */
export function extractionProgress(
  total: number,
  onProgress: ((done: number, total: number) => void) | undefined,
): (phase: ExtractionPhase, done: number, count: number) => void {
  if (!onProgress) return () => {};
  let last = -1;
  return (phase, done, count) => {
    const [from, to] = PHASE_SPANS[phase];
    const share = count > 0 ? Math.min(1, done / count) : 1;
    const papers = phase === 'concepts' && share === 1 ? total : Math.floor(total * (from + (to - from) * share));
    if (papers <= last) return;
    last = papers;
    onProgress(papers, total);
  };
}
