// Worker thread entry: formats the graph file's edges from shared columns, slice after slice, ahead of the main
// thread's writing (see graphJsonInThreads.ts for the protocol).
import { parentPort } from 'node:worker_threads';
import { EdgeColumnFormatter } from '../../src/shared/exchange/jsonEdges';
import { CLAIMED_BY_WORKER, WRITTEN, STOP, type EdgeSliceJob, type FormattedSlice } from './graphJsonInThreads';

/** How long a wait for the writer lasts before the stop flag is read again (a stop also wakes it). */
const WAIT_MS = 200;

parentPort!.once('message', ({ columns, tables, bounds, claims, control, window }: EdgeSliceJob) => {
  const formatter = new EdgeColumnFormatter(tables);
  const slices = bounds.length - 1;
  for (let i = 0; i < slices; i++) {
    // At most `window` slices formatted ahead of the last one written: their bytes wait in the main thread's memory.
    for (let written = Atomics.load(control, WRITTEN); i >= written + window; written = Atomics.load(control, WRITTEN)) {
      if (Atomics.load(control, STOP) !== 0) return;
      Atomics.wait(control, WRITTEN, written, WAIT_MS);
    }
    if (Atomics.load(control, STOP) !== 0) return;
    if (Atomics.compareExchange(claims, i, 0, CLAIMED_BY_WORKER) !== 0) continue; // the main thread formats it
    const text = `${i > 0 ? ',' : ''}${formatter.format(columns, bounds[i], bounds[i + 1])}`;
    // Bytes in a buffer of their own, moved to the main thread, which writes them as they are.
    const bytes = new TextEncoder().encode(text);
    const answer: FormattedSlice = { slice: i, bytes };
    parentPort!.postMessage(answer, [bytes.buffer as ArrayBuffer]);
  }
});
