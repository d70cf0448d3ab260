// Keyphrase scoring under the Inspec convention: Porter-stemmed exact match, de-duplicated predictions cut at K.
import natural from '../natural';

export interface GoldDocument {
  id: string;
  title: string;
  abstract: string;
  keyphrases: string[];
  /** Accepted surface forms of each gold keyphrase. */
  variants: string[][];
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface DocumentScore extends PrecisionRecall {
  correct: number;
  /** Predictions considered: min(K, distinct predictions). */
  returned: number;
  gold: number;
}

export interface CorpusScore {
  k: number;
  documents: number;
  macro: PrecisionRecall;
  micro: PrecisionRecall;
}

// Tokens as NLTK's word_tokenize would give for a keyphrase: words keep inner hyphens and apostrophes.
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** Lower-case, tokenise and Porter-stem every word: the form predictions and gold are compared in. */
export function stemKeyphrase(phrase: string): string {
  return (phrase.toLowerCase().match(WORD) ?? []).map((w) => natural.PorterStemmer.stem(w)).join(' ');
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * Score one document's ranked predictions at K. Predictions whose stemmed form repeats an earlier one are dropped
 * before the cut; a gold keyphrase repeated after stemming counts once; each gold entry can be matched once.
 */
export function scorePredictions(predictions: string[], variants: string[][], k: number): DocumentScore {
  const kept: string[] = [];
  const seen = new Set<string>();
  for (const prediction of predictions) {
    const stem = stemKeyphrase(prediction);
    if (stem === '' || seen.has(stem)) continue;
    seen.add(stem);
    kept.push(stem);
    if (kept.length === k) break;
  }
  const goldEntries: Set<string>[] = [];
  const goldSeen = new Set<string>();
  for (const forms of variants) {
    const stems = new Set(forms.map(stemKeyphrase).filter((s) => s !== ''));
    const id = [...stems].sort().join('|');
    if (stems.size === 0 || goldSeen.has(id)) continue;
    goldSeen.add(id);
    goldEntries.push(stems);
  }
  const matched = new Set<number>();
  let correct = 0;
  for (const stem of kept) {
    const index = goldEntries.findIndex((forms, i) => !matched.has(i) && forms.has(stem));
    if (index >= 0) {
      matched.add(index);
      correct++;
    }
  }
  const precision = kept.length === 0 ? 0 : correct / kept.length;
  const recall = goldEntries.length === 0 ? 0 : correct / goldEntries.length;
  return { precision, recall, f1: f1(precision, recall), correct, returned: kept.length, gold: goldEntries.length };
}

/** Macro (mean of per-document P/R/F1) and micro (from summed counts) scores at K over a corpus. */
export function scoreCorpus(docs: { predictions: string[]; variants: string[][] }[], k: number): CorpusScore {
  let p = 0;
  let r = 0;
  let f = 0;
  let correct = 0;
  let returned = 0;
  let gold = 0;
  for (const doc of docs) {
    const s = scorePredictions(doc.predictions, doc.variants, k);
    p += s.precision;
    r += s.recall;
    f += s.f1;
    correct += s.correct;
    returned += s.returned;
    gold += s.gold;
  }
  const n = Math.max(1, docs.length);
  const microP = returned === 0 ? 0 : correct / returned;
  const microR = gold === 0 ? 0 : correct / gold;
  return {
    k,
    documents: docs.length,
    macro: { precision: p / n, recall: r / n, f1: f / n },
    micro: { precision: microP, recall: microR, f1: f1(microP, microR) },
  };
}
