// One measured extraction in a process of its own (spawned by bench/extract.ts), so neither run inherits the other's
// word table and heap. Built as the CLI is (bench/builtRunners.ts); by hand:
// node --max-semi-space-size=64 .ingest-build-bench/extractOnce.js PAPERS WORKERS (or --import tsx bench/extractOnce.ts).
// Prints one JSON line: wall and CPU seconds of extraction (CPU of every thread, and of the main thread alone), counts
// and a hash of the result.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ExtractionThreads, extractConcepts, extractConceptsInThreads } from '../ingest/extract';
import { loadVocabulary } from '../ingest/extract/loadVocabulary';
import { syntheticPapers } from './extract';

const [count, workers] = [Number(process.argv[2]), Number(process.argv[3])];
const papers = await syntheticPapers(count);
const vocabulary = await loadVocabulary();
/** CPU seconds of this process' main thread alone (Linux: its task's utime + stime, in clock ticks of 1/100 s; null
 * elsewhere): what the workers cannot take off it. */
function mainThreadCpu(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
const mainStart = mainThreadCpu();
const wallStart = performance.now();
const cpuStart = process.cpuUsage();
// Starting the threads is part of the work measured: the pipeline starts them for extraction too.
const threads = workers > 0 ? new ExtractionThreads(workers) : null;
const result = threads
  ? await extractConceptsInThreads(papers, threads, {}, vocabulary).finally(() => threads.close())
  : extractConcepts(papers, {}, vocabulary);
const cpu = process.cpuUsage(cpuStart);
const mainEnd = mainThreadCpu();
const wall = (performance.now() - wallStart) / 1000;
const hash = createHash('sha256')
  .update(JSON.stringify([result.papers, [...result.concepts], [...result.methods], [...result.domains], result.broader]))
  .digest('hex')
  .slice(0, 16);
console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1e6, mainCpu: mainStart === null || mainEnd === null ? null : mainEnd - mainStart, concepts: result.concepts.size, methods: result.methods.size, hash }));
