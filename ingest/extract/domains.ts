// Domain assignment: trigger-term votes from the taxonomy, turned into at most a few domains per paper by one rule.
import type { DomainRule } from './vocabulary';

/**
 * Rule (also stated in data/domains.json): a paper's score for a domain is the number of its trigger-term occurrences in
 * title and abstract, title occurrences counting double; the paper gets every domain scoring at least `minScore` and at
 * least `minShareOfBest` of its best domain's score, at most `maxPerPaper` of them, weighted score / best score.
 */
export function assignDomains(
  scores: Map<string, number>,
  rule: DomainRule,
): { key: string; weight: number }[] {
  let best = 0;
  for (const score of scores.values()) best = Math.max(best, score);
  if (best <= 0) return [];
  return [...scores]
    .filter(([, score]) => score >= rule.minScore && score >= rule.minShareOfBest * best)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, rule.maxPerPaper)
    .map(([key, score]) => ({ key, weight: Math.round((score / best) * 1000) / 1000 }));
}
