// Worker thread entry: the build stage's costly pure parts (similarity neighbours, the citation plan), computed from
// the records it is sent while the main thread extracts concepts (see buildThread.ts). Jobs are answered in order.
import { parentPort } from 'node:worker_threads';
import { planCitationLayer } from './citations';
import { similarPairsOfTexts } from './similarity';
import { PIPELINE_CITATION_OPTIONS, packCitationPlan, packSimilarTexts, type BuildJob } from './buildThread';

parentPort!.on('message', (job: BuildJob) => {
  if (job.kind === 'similarity') {
    const packed = packSimilarTexts(similarPairsOfTexts(job.texts, job.options));
    parentPort!.postMessage(packed.message, packed.transfer);
  } else {
    const packed = packCitationPlan(planCitationLayer(job.records, { ...job.options, ...PIPELINE_CITATION_OPTIONS }));
    parentPort!.postMessage(packed.message, packed.transfer);
  }
});
