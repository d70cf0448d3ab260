// Worker thread entry: the pipeline's jobs that run beside its main thread (see pipelineThread.ts), answered in order.
import { parentPort } from 'node:worker_threads';
import { planCitationLayer } from '../build/citations';
import { similarPairsOfTexts } from '../build/similarity';
import { pagerankOfEdges } from '../../src/shared/analysis/pagerank';
import { leidenClustersOfEdges } from '../../src/shared/analysis/communities';
import { extractionRequestHandler, isExtractionRequest, type ExtractionRequest } from '../extract/extractionRequests';
import {
  CLAIMED_BY_THREAD,
  PIPELINE_CITATION_OPTIONS,
  packCitationPlan,
  packSimilarTexts,
  recordsOfJson,
  type ClusterAnswer,
  type PagerankAnswer,
  type PipelineJob,
} from './pipelineThread';

/** PageRank's scores, or the message of what it threw: either is the answer the main thread would have had. */
function pagerankAnswer(edges: Parameters<typeof pagerankOfEdges>[0]): PagerankAnswer {
  try {
    return { scores: pagerankOfEdges(edges) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// Lent to extraction once free of its jobs, the thread also ranks keyphrases (see PipelineThread.lend). Ranking reads no
// lexicon; the tagger text.ts loads on import is loaded here anyway, by the similarity layer's stemming.
const answerExtraction = extractionRequestHandler((answer, transfer = []) => parentPort!.postMessage(answer, transfer));

/** The read's answer (readFileAnswer.ts), loaded on the first file: only a thread lent to the read needs the readers. */
let reading: Promise<typeof import('../sources/readFileAnswer')> | null = null;

function handle(job: PipelineJob | ExtractionRequest): void | Promise<void> {
  if (isExtractionRequest(job)) {
    answerExtraction(job);
  } else if (job.kind === 'read') {
    reading ??= import('../sources/readFileAnswer');
    return reading.then(({ answerReadRequest }) => answerReadRequest(job.request, (answer) => parentPort!.postMessage(answer)));
  } else if (job.kind === 'pagerank') {
    const answer = pagerankAnswer(job.edges);
    parentPort!.postMessage(answer, 'scores' in answer ? [answer.scores.buffer as ArrayBuffer] : []);
  } else if (job.kind === 'cluster') {
    // The paper graph is undirected with one edge per pair (a simple graph, as detectCommunities reads it there).
    const answer: ClusterAnswer = { clusters: leidenClustersOfEdges(job.edges, job.options, true), pagerank: pagerankAnswer(job.edges) };
    const transfer = [answer.clusters, 'scores' in answer.pagerank ? answer.pagerank.scores : null].flatMap((array) => (array ? [array.buffer as ArrayBuffer] : []));
    parentPort!.postMessage(answer, transfer);
  } else if (job.kind === 'similarity') {
    const packed = packSimilarTexts(similarPairsOfTexts(job.texts, job.options));
    parentPort!.postMessage(packed.message, packed.transfer);
  } else if (Atomics.compareExchange(job.claim, 0, 0, CLAIMED_BY_THREAD) !== 0) {
    parentPort!.postMessage(null); // taken back by the main thread, which plans the citations itself
  } else {
    const packed = packCitationPlan(planCitationLayer(recordsOfJson(job.recordsJson), { ...job.options, ...PIPELINE_CITATION_OPTIONS }));
    parentPort!.postMessage(packed.message, packed.transfer);
  }
}

// One message at a time, in order, even while a file is read (which awaits its I/O): the main thread matches answers
// to jobs by their order.
let previous: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: PipelineJob | ExtractionRequest) => {
  previous = previous
    .then(() => handle(job))
    .catch((error: unknown) => {
      // Thrown as a handler that ran at once would throw it: the thread stops, and the main thread computes the parts
      // it waited for (see offThread in pipeline.ts).
      process.nextTick(() => {
        throw error;
      });
    });
});
