// Worker thread entry of extraction (see extractionThreads.ts): tags slices of a corpus, collects the candidates of
// slices of its documents or does their papers' text work once sent its tokens, or ranks slices of its documents once
// sent the corpus' ranking tables (see extractionRequests.ts).
import { parentPort } from 'node:worker_threads';
import { extractionRequestHandler, type ExtractionRequest } from './extractionRequests';

const answer = extractionRequestHandler((message, transfer = []) => parentPort!.postMessage(message, transfer));
parentPort!.on('message', (request: ExtractionRequest) => answer(request));
