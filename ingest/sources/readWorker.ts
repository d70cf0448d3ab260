// Worker thread entry: reads the input files it is sent with the registered readers and answers with each file's result.
import { parentPort } from 'node:worker_threads';
import { readSourceFile, type SourceFileResult } from './index';

export interface ReadFileRequest {
  /** Position of the file in the listing: the answer goes back there. */
  index: number;
  file: string;
  maxFileBytes: number;
}

/**
 * The file's entries and warnings, or why they could not be sent (the main thread then reads the file itself). Records
 * are plain data (strings, numbers, null, arrays and plain objects), which the structured clone copies unchanged.
 */
export type ReadFileAnswer = { index: number; result: SourceFileResult } | { index: number; unsent: string };

parentPort!.on('message', async ({ index, file, maxFileBytes }: ReadFileRequest) => {
  // readSourceFile never throws: a bad file is a warning in its result, as on the main thread.
  const result = await readSourceFile(file, maxFileBytes);
  try {
    parentPort!.postMessage({ index, result } satisfies ReadFileAnswer);
  } catch (error) {
    // A record the structured clone refuses (a function, a symbol): the main thread reads the file and keeps it as is.
    parentPort!.postMessage({ index, unsent: error instanceof Error ? error.message : String(error) } satisfies ReadFileAnswer);
  }
});
