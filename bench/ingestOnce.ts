// One measured ingest in a process of its own (spawned by bench/ingest.ts): as the CLI runs, so no row of the bench
// inherits the heap an earlier row grew. Built as the CLI is (bench/builtRunners.ts); by hand:
// node --max-semi-space-size=64 .ingest-build-bench/ingestOnce.js DIR WORKERS (or --import tsx bench/ingestOnce.ts).
// Prints one JSON line: papers, wall and CPU seconds of ingestGraph (CPU of every thread), peak RSS, the summary's figures.
import { ingestGraph } from '../ingest/pipeline';

const [dir, workers] = [process.argv[2], Number(process.argv[3])];
const start = performance.now();
const cpuStart = process.cpuUsage();
const { summary } = await ingestGraph([dir], { layoutIterations: 0, workers });
const cpu = process.cpuUsage(cpuStart);
console.log(
  JSON.stringify({
    papers: summary.papers,
    seconds: (performance.now() - start) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
    // maxRSS is in kilobytes: the process' peak, worker threads included.
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    timings: summary.timings,
    concepts: summary.concepts,
    edges: summary.edges,
    referencesTotal: summary.referencesTotal,
    referencesResolved: summary.referencesResolved,
    citesEdges: summary.citesEdges,
    referenceNodes: summary.referenceNodes,
    coCitedEdges: summary.coCitedEdges,
    coupledEdges: summary.coupledEdges,
  }),
);
