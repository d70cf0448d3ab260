// What a thread reading input files for the main thread is asked and answers (readInWorkers.ts): the read worker
// (readWorker.ts) and the pipeline thread lent to the read (pipelineWorker.ts) answer with this one function. No side
// effects on import, so a thread entry can load it when it is first asked to read.
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

/** Read the requested file with the registered readers and post its answer with `post` (a port's postMessage). */
export async function answerReadRequest({ index, file, maxFileBytes }: ReadFileRequest, post: (answer: ReadFileAnswer) => void): Promise<void> {
  // readSourceFile never throws: a bad file is a warning in its result, as on the main thread.
  const result = await readSourceFile(file, maxFileBytes);
  try {
    post({ index, result });
  } catch (error) {
    // A record the structured clone refuses (a function, a symbol): the main thread reads the file and keeps it as is.
    post({ index, unsent: error instanceof Error ? error.message : String(error) });
  }
}
