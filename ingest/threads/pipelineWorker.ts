// Worker thread entry: the pipeline's jobs that run beside its main thread (see pipelineThread.ts), answered in order.
import { parentPort } from 'node:worker_threads';
import { planCitationLayer } from '../build/citations';
import { similarPairsOfTexts } from '../build/similarity';
import { PIPELINE_CITATION_OPTIONS, packCitationPlan, packSimilarTexts, recordsOfJson, type PipelineJob } from './pipelineThread';

parentPort!.on('message', (job: PipelineJob) => {
  if (job.kind === 'similarity') {
    const packed = packSimilarTexts(similarPairsOfTexts(job.texts, job.options));
    parentPort!.postMessage(packed.message, packed.transfer);
  } else {
    const packed = packCitationPlan(planCitationLayer(recordsOfJson(job.recordsJson), { ...job.options, ...PIPELINE_CITATION_OPTIONS }));
    parentPort!.postMessage(packed.message, packed.transfer);
  }
});
