// Emerging topics: Kleinberg's two-state burst detection on yearly counts (the batched form CiteSpace uses).
//
// Hand-written: no kept npm package implements Kleinberg's automaton for batched (count per period) data; it is a
// two-state Viterbi pass, a few dozen lines, and it has to be deterministic and run in the browser.

export interface BurstOptions {
  /** Rate multiplier of the burst state over the base rate (Kleinberg's s; CiteSpace's default 2). */
  s: number;
  /** Cost factor of entering the burst state (Kleinberg's γ; the cost is γ·ln(number of periods)). */
  gamma: number;
  /** Bursts weaker than this (cost saved by the burst state, in nats) are not reported. */
  minWeight: number;
}

export const DEFAULT_BURST_OPTIONS: BurstOptions = { s: 2, gamma: 1, minWeight: 0 };

export interface Burst {
  /** First and last period (inclusive) of the burst, as given in `periods`. */
  start: number;
  end: number;
  /** How much better the burst state explains those periods than the base state (log-likelihood gain). */
  weight: number;
}

/** −ln of the binomial probability of r relevant out of d at rate p, without the constant binomial coefficient. */
function cost(r: number, d: number, p: number): number {
  return -(r * Math.log(p) + (d - r) * Math.log(1 - p));
}

/**
 * Bursts of one series. `relevant[t]` documents of `total[t]` have the term in period `periods[t]` (periods sorted,
 * consecutive or not: each index is one step). Returns maximal runs of the burst state, strongest first.
 */
export function detectBursts(
  periods: readonly number[],
  relevant: readonly number[],
  total: readonly number[],
  options: Partial<BurstOptions> = {},
): Burst[] {
  const { s, gamma, minWeight } = { ...DEFAULT_BURST_OPTIONS, ...options };
  const n = periods.length;
  if (n === 0 || relevant.length !== n || total.length !== n) return [];
  const R = relevant.reduce((a, b) => a + b, 0);
  const D = total.reduce((a, b) => a + b, 0);
  if (R === 0 || D === 0 || R >= D) return [];
  const p0 = R / D;
  const p1 = Math.min(0.9999, s * p0);
  if (p1 <= p0) return [];
  const enter = gamma * Math.log(n);

  // Viterbi over two states; back pointers in typed arrays.
  const from = [new Uint8Array(n), new Uint8Array(n)];
  let best0 = cost(relevant[0], total[0], p0);
  let best1 = enter + cost(relevant[0], total[0], p1);
  for (let t = 1; t < n; t++) {
    const c0 = cost(relevant[t], total[t], p0);
    const c1 = cost(relevant[t], total[t], p1);
    // Leaving a burst is free; entering one costs `enter`.
    const to0 = best0 <= best1 ? { value: best0, prev: 0 } : { value: best1, prev: 1 };
    const to1 = best1 <= best0 + enter ? { value: best1, prev: 1 } : { value: best0 + enter, prev: 0 };
    from[0][t] = to0.prev;
    from[1][t] = to1.prev;
    best0 = to0.value + c0;
    best1 = to1.value + c1;
  }
  const states = new Uint8Array(n);
  states[n - 1] = best1 < best0 ? 1 : 0;
  for (let t = n - 1; t > 0; t--) states[t - 1] = from[states[t]][t];

  const bursts: Burst[] = [];
  for (let t = 0; t < n; t++) {
    if (states[t] !== 1) continue;
    let end = t;
    let weight = 0;
    while (end < n && states[end] === 1) {
      weight += cost(relevant[end], total[end], p0) - cost(relevant[end], total[end], p1);
      end++;
    }
    if (weight > minWeight) bursts.push({ start: periods[t], end: periods[end - 1], weight: Math.round(weight * 1000) / 1000 });
    t = end - 1;
  }
  return bursts.sort((a, b) => b.weight - a.weight || a.start - b.start);
}

export interface TermBurst extends Burst {
  term: string;
  label: string;
}

/**
 * Bursts of every concept/method node over the papers' years: for each year, how many dated papers link to the term
 * out of all dated papers. Years with no paper in between are included with zero counts, so a gap is a real gap.
 * Papers without a year are left out (and the caller says how many).
 */
export function detectTermBursts(
  graph: {
    forEachNode(cb: (node: string, attributes: Record<string, unknown>) => void): void;
    forEachNeighbor(node: string, cb: (neighbour: string, attributes: Record<string, unknown>) => void): void;
  },
  options: Partial<BurstOptions> & { kinds?: readonly string[]; minPapers?: number } = {},
): { bursts: TermBurst[]; years: number[]; undatedPapers: number } {
  const kinds = new Set(options.kinds ?? ['concept', 'method']);
  const minPapers = options.minPapers ?? 3;
  const perYear = new Map<number, number>();
  let undatedPapers = 0;
  graph.forEachNode((_node, attributes) => {
    if (attributes.kind !== 'paper') return;
    const year = attributes.year;
    if (typeof year === 'number' && Number.isInteger(year)) perYear.set(year, (perYear.get(year) ?? 0) + 1);
    else undatedPapers++;
  });
  if (perYear.size < 2) return { bursts: [], years: [...perYear.keys()], undatedPapers };
  const first = Math.min(...perYear.keys());
  const last = Math.max(...perYear.keys());
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const totals = years.map((year) => perYear.get(year) ?? 0);
  const bursts: TermBurst[] = [];
  graph.forEachNode((node, attributes) => {
    if (typeof attributes.kind !== 'string' || !kinds.has(attributes.kind)) return;
    const counts = new Array<number>(years.length).fill(0);
    let papers = 0;
    graph.forEachNeighbor(node, (_neighbour, neighbourAttributes) => {
      if (neighbourAttributes.kind !== 'paper' || typeof neighbourAttributes.year !== 'number') return;
      const index = (neighbourAttributes.year as number) - first;
      if (index >= 0 && index < years.length) {
        counts[index]++;
        papers++;
      }
    });
    if (papers < minPapers) return;
    const label = typeof attributes.label === 'string' ? attributes.label : node;
    for (const burst of detectBursts(years, counts, totals, options)) bursts.push({ ...burst, term: node, label });
  });
  bursts.sort((a, b) => b.weight - a.weight || a.start - b.start || (a.term < b.term ? -1 : 1));
  return { bursts, years, undatedPapers };
}
