// Worker thread entry: formats the graph file's edges from shared columns, slice after slice, and writes them into
// the file once the main thread hands it over (see graphJsonInThreads.ts for the protocol).
import { writeSync } from 'node:fs';
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { EdgeColumnFormatter } from '../../src/shared/exchange/jsonEdges';
import { CLAIMED_BY_WORKER, FD, SIGNAL, STOP, WRITTEN, type EdgeSliceJob, type SliceText, type SlicesWritten } from './graphJsonInThreads';

/** How long a wait for work lasts before the stop flag is read again (a signal wakes it sooner). */
const WAIT_MS = 200;

parentPort!.once('message', ({ columns, tables, bounds, claims, control, lengths, start, texts, window }: EdgeSliceJob) => {
  const formatter = new EdgeColumnFormatter(tables);
  const slices = bounds.length - 1;
  /** Slices formatted (here, or by the main thread and sent) and not written yet, as UTF-8. */
  const held = new Map<number, Uint8Array>();
  let written = 0;
  let position = 0;
  /** No slice below this one is left for this thread to claim. */
  let cursor = 0;
  for (;;) {
    const signal = Atomics.load(control, SIGNAL);
    if (Atomics.load(control, STOP) !== 0) return;
    for (let message = receiveMessageOnPort(texts); message; message = receiveMessageOnPort(texts)) {
      const { slice, text } = message.message as SliceText;
      held.set(slice, Buffer.from(text, 'utf8'));
    }
    const fd = Atomics.load(control, FD);
    if (fd >= 0 && held.has(written)) {
      if (written === 0) position = start[0];
      // Slices in order, from where the main thread's writes ended; its length recorded before the count that
      // publishes it (Atomics.store), so the main thread can tell where the written slices end should this thread die.
      while (held.has(written)) {
        const bytes = held.get(written)!;
        held.delete(written);
        for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset, position + offset);
        position += bytes.length;
        lengths[written] = bytes.length;
        written++;
        Atomics.store(control, WRITTEN, written);
      }
      const report: SlicesWritten = { written };
      parentPort!.postMessage(report);
      if (written === slices) return;
      continue;
    }
    // The next slice nobody has claimed, at most `window` ahead of the writing: held slices wait in memory.
    cursor = Math.max(cursor, written);
    while (cursor < slices && cursor < written + window && Atomics.compareExchange(claims, cursor, 0, CLAIMED_BY_WORKER) !== 0) cursor++;
    if (cursor < slices && cursor < written + window) {
      // Encoded at once: the slice's text is a rope of ~15 pieces an edge, garbage as soon as it is flat bytes.
      held.set(cursor, Buffer.from(`${cursor > 0 ? ',' : ''}${formatter.format(columns, bounds[cursor], bounds[cursor + 1])}`, 'utf8'));
      cursor++;
      continue;
    }
    // Nothing to do until the main thread sends a slice, hands over the file, or stops this thread.
    Atomics.wait(control, SIGNAL, signal, WAIT_MS);
  }
});
