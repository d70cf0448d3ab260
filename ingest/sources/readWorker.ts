// Worker thread entry: reads the input files it is sent with the registered readers and answers with each file's result.
import { parentPort } from 'node:worker_threads';
import { answerReadRequest, type ReadFileRequest } from './readFileAnswer';

parentPort!.on('message', (request: ReadFileRequest) => answerReadRequest(request, (answer) => parentPort!.postMessage(answer)));
