// Keyphrase evaluation CLI: run the real ranking on a gold file, write predictions, print P/R/F1 at K, append results.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseEvalArgs } from './args';
import { rankKeyphrases } from '../extract/rank';
import { GoldFileError, parseGoldFile } from './gold';
import { scoreCorpus, type CorpusScore } from './score';

const USAGE = 'usage: npm run eval:keyphrases -- <gold.jsonl> [--k 5,10] [--out predictions.jsonl] [--append eval/results.tsv]';

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function currentCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function main(argv: string[]): number {
  const parsed = parseEvalArgs(
    argv,
    {
      k: { type: 'string', default: '5,10' },
      out: { type: 'string', default: 'test-output/keyphrase-predictions.jsonl' },
      append: { type: 'string' },
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, file: inputFile } = parsed;
  const ks = values.k.split(',').map((s) => Number(s.trim()));
  if (ks.some((k) => !Number.isInteger(k) || k < 1)) {
    console.error(`--k must be a comma-separated list of positive integers, got "${values.k}"`);
    return 2;
  }
  const file = inputFile;
  let docs;
  try {
    docs = parseGoldFile(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof GoldFileError) console.error(error.message);
    else console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return 1;
  }

  const maxK = Math.max(...ks);
  const start = performance.now();
  // Ask for more than K: predictions that collapse to one stemmed form are dropped before the cut.
  const ranked = rankKeyphrases(docs, { topN: maxK + 10 });
  const seconds = (performance.now() - start) / 1000;
  const papersPerSecond = docs.length / seconds;

  const predictions = docs.map((d) => ({ id: d.id, keyphrases: (ranked.get(d.id) ?? []).map((k) => k.phrase) }));
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');

  const scores: CorpusScore[] = ks.map((k) =>
    scoreCorpus(docs.map((d, i) => ({ predictions: predictions[i].keyphrases, variants: d.variants })), k),
  );
  console.log(`${file}: ${docs.length} documents, ranked in ${seconds.toFixed(2)} s (${Math.round(papersPerSecond)} papers/s)`);
  console.log('   K | macro P   R    F1 | micro P   R    F1');
  for (const s of scores) {
    console.log(
      `${String(s.k).padStart(4)} | ${pct(s.macro.precision)} ${pct(s.macro.recall)} ${pct(s.macro.f1)} | ${pct(s.micro.precision)} ${pct(s.micro.recall)} ${pct(s.micro.f1)}`,
    );
  }
  console.log(`predictions: ${values.out}`);

  if (values.append) {
    const f1At = (k: number) => {
      const s = scores.find((x) => x.k === k);
      return s ? (100 * s.macro.f1).toFixed(2) : '';
    };
    if (!existsSync(values.append)) {
      mkdirSync(dirname(values.append), { recursive: true });
      writeFileSync(values.append, 'date\tcommit\tgold\tdocuments\tmacro_f1_at_5\tmacro_f1_at_10\tpapers_per_s\n');
    }
    const gold = file.split('/').pop();
    appendFileSync(
      values.append,
      `${new Date().toISOString()}\t${currentCommit()}\t${gold}\t${docs.length}\t${f1At(5)}\t${f1At(10)}\t${Math.round(papersPerSecond)}\n`,
    );
    console.log(`appended to ${values.append}`);
  }
  return 0;
}

process.exit(main(process.argv.slice(2)));
