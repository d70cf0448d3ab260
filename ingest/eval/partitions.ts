// Agreement between a found partition and known labels: normalised mutual information and purity (pure).

/**
 * Mutual information normalised by the arithmetic mean of the two entropies (scikit-learn's default
 * `normalized_mutual_info_score`), natural logarithms. 1 when the partitions are the same up to renaming; 1 as well
 * when both put everything in one group (no information to disagree on), 0 when only one of them does.
 */
export function normalisedMutualInformation(found: readonly (string | number)[], truth: readonly (string | number)[]): number {
  if (found.length !== truth.length) throw new Error('partitions: the two labelings differ in length.');
  const n = found.length;
  if (n === 0) return 1;
  const foundCounts = new Map<string | number, number>();
  const truthCounts = new Map<string | number, number>();
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    foundCounts.set(found[i], (foundCounts.get(found[i]) ?? 0) + 1);
    truthCounts.set(truth[i], (truthCounts.get(truth[i]) ?? 0) + 1);
    // JSON keeps 1 and "1" apart, which a plain template string would merge.
    const key = JSON.stringify([found[i], truth[i]]);
    joint.set(key, (joint.get(key) ?? 0) + 1);
  }
  const entropy = (counts: Map<string | number, number>) => {
    let h = 0;
    for (const count of counts.values()) h -= (count / n) * Math.log(count / n);
    return h;
  };
  const hFound = entropy(foundCounts);
  const hTruth = entropy(truthCounts);
  if (hFound === 0 && hTruth === 0) return 1;
  if (hFound === 0 || hTruth === 0) return 0;
  let mutual = 0;
  for (const [key, count] of joint) {
    const [f, t] = JSON.parse(key) as [string | number, string | number];
    mutual += (count / n) * Math.log((n * count) / (foundCounts.get(f)! * truthCounts.get(t)!));
  }
  return Math.max(0, mutual / ((hFound + hTruth) / 2));
}

/** Share of items whose group's most common label is their own label (each found group votes for one label). */
export function purity(found: readonly (string | number)[], truth: readonly (string | number)[]): number {
  if (found.length !== truth.length) throw new Error('partitions: the two labelings differ in length.');
  if (found.length === 0) return 1;
  const byGroup = new Map<string | number, Map<string | number, number>>();
  for (let i = 0; i < found.length; i++) {
    let labels = byGroup.get(found[i]);
    if (!labels) byGroup.set(found[i], (labels = new Map()));
    labels.set(truth[i], (labels.get(truth[i]) ?? 0) + 1);
  }
  let majority = 0;
  for (const labels of byGroup.values()) majority += Math.max(...labels.values());
  return majority / found.length;
}

// arXiv category ids: an archive ("cs", "quant-ph", "cond-mat") optionally followed by a subject class ("CV",
// "stat-mech"). MSC ("68T50") and ACM ("I.2.7") class strings that feeds copy into the category list do not match.
const ARXIV_CATEGORY = /^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]+(?:-[a-z]+)?)?$/;

/** The record's label for scoring: its first category that is an arXiv category id, or null when it has none. */
export function primaryArxivCategory(categories: readonly string[]): string | null {
  return arxivCategories(categories)[0] ?? null;
}

/** The record's categories that are arXiv category ids, trimmed, in the record's order. */
export function arxivCategories(categories: readonly string[]): string[] {
  return categories.map((category) => category.trim()).filter((category) => ARXIV_CATEGORY.test(category));
}
