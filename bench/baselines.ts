// One core's bare work on the bench's own texts: natural's Brill tagging alone (our pipeline's floor) and natural's TfIdf.
import natural from '../ingest/natural';
import { splitSentences, tokenize } from '../ingest/extract/text';

export interface BaselineTiming {
  /** Documents processed. */
  docs: number;
  wall: number;
  /** CPU seconds of this process (one thread here), GC included. */
  cpu: number;
}

function timed(docs: number, work: () => void): BaselineTiming {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  work();
  const cpu = process.cpuUsage(cpuStart);
  return { docs, wall: (performance.now() - wallStart) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/**
 * natural's BrillPOSTagger with the English lexicon and rules as ingest/natural.ts loads them, tagging every sentence
 * of every text as it comes (no memo). Sentences are split with our tokenizer beforehand, untimed, so the figure is the
 * tagging alone: the floor under any extraction built on this tagger.
 */
export function bareBrillTagging(texts: string[]): BaselineTiming {
  const sentences = texts.flatMap((text) => splitSentences(tokenize(text)));
  const lexicon = new natural.Lexicon('EN', 'NN', 'NNP');
  const ruleSet = new natural.RuleSet('EN');
  const tagger = new natural.BrillPOSTagger(lexicon, ruleSet);
  let tagged = 0;
  const timing = timed(texts.length, () => {
    for (const sentence of sentences) tagged += tagger.tag(sentence).taggedWords.length;
  });
  if (tagged === 0 && sentences.length > 0) throw new Error('Brill baseline tagged nothing');
  return timing;
}

/** natural's TfIdf: addDocument for every text, then listTerms for every document (what a keyphrase ranker needs). */
function tfidfOnce(texts: string[]): BaselineTiming {
  return timed(texts.length, () => {
    const tfidf = new natural.TfIdf();
    for (const text of texts) tfidf.addDocument(text);
    for (let index = 0; index < texts.length; index += 1) tfidf.listTerms(index);
  });
}

/**
 * natural's TfIdf on all the texts, or on the largest prefix it finishes within `budgetSeconds`: listTerms rescans every
 * document for every term, so its cost grows with the corpus and a small slice is not a baseline for a large corpus.
 * Sizes double from 500; a size is only tried when the last one, scaled quadratically, fits in the budget left. The
 * budget counts CPU seconds (one core's work), so other processes on a shared machine do not shrink the size reached.
 */
export function naturalTfIdfWithin(texts: string[], budgetSeconds = 60): BaselineTiming & { complete: boolean } {
  let size = Math.min(500, texts.length);
  let spent = 0;
  let last = tfidfOnce(texts.slice(0, size));
  spent += last.cpu;
  while (size < texts.length) {
    const next = Math.min(size * 2, texts.length);
    const predicted = last.cpu * (next / size) ** 2;
    if (spent + predicted > budgetSeconds) break;
    last = tfidfOnce(texts.slice(0, next));
    spent += last.cpu;
    size = next;
  }
  return { ...last, complete: size === texts.length };
}

const rate = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString('en-US');

/** The baseline lines a bench prints next to its own throughput (papers/s on `ours`). */
export function describeBaselines(
  label: string,
  texts: string[],
  ours: { papers: number; wall: number; cpu: number },
  /** The Brill baseline when already measured in this run on the same texts (measured here otherwise). */
  brill: BaselineTiming = bareBrillTagging(texts),
): string[] {
  const tfidf = naturalTfIdfWithin(texts);
  const ratio = ours.cpu / brill.cpu;
  return [
    `${label}: baseline natural Brill tagging alone (one core, no memo) on the same ${brill.docs} texts: ` +
      `${brill.wall.toFixed(1)} s = ${rate(brill.docs, brill.wall)} docs/s (CPU ${brill.cpu.toFixed(1)} s)`,
    `${label}: ours/Brill = ${ratio.toFixed(2)}× CPU seconds, ${(ours.wall / brill.wall).toFixed(2)}× wall ` +
      `(target ≤ 1.0× one core's bare Brill tagging of the same text)`,
    `${label}: baseline natural TfIdf (addDocument + listTerms) ` +
      (tfidf.complete
        ? `on all ${tfidf.docs} texts: `
        : `on the first ${tfidf.docs} texts only (the largest size it finishes within a minute of CPU; its cost grows with the corpus): `) +
      `${tfidf.wall.toFixed(1)} s = ${rate(tfidf.docs, tfidf.wall)} docs/s (CPU ${tfidf.cpu.toFixed(1)} s)`,
  ];
}
