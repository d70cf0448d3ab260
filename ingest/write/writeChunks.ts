// Text given chunk by chunk → an open file, encoded into two reused buffers so that one is written while the next is filled.
import type { FileHandle } from 'node:fs/promises';

/** Bytes per buffer: big enough that a 637 MB graph file (100k papers) takes ~150 writes, not one per 64K chunk. */
export const WRITE_BUFFER_BYTES = 1 << 22;

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

async function writeAll(handle: FileHandle, buffer: Buffer, length: number): Promise<void> {
  for (let offset = 0; offset < length; ) {
    const { bytesWritten } = await handle.write(buffer, offset, length - offset);
    offset += bytesWritten;
  }
}

/**
 * Write the chunks' UTF-8 bytes to `handle`, in order. Why not `handle.writeFile(chunks)`: it makes a Buffer of each
 * chunk and waits for that chunk's write before asking for the next, so the serialiser stood idle during every write
 * (10k of them for a 637 MB file). Here each chunk is encoded into one of two buffers of WRITE_BUFFER_BYTES; a full
 * buffer is written while the serialiser fills the other. The bytes are the same: each chunk is encoded on its own, as
 * Buffer.from(chunk, 'utf8') does (a chunk too long for a buffer is written that way).
 */
export async function writeChunks(handle: FileHandle, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const buffers = [Buffer.allocUnsafe(WRITE_BUFFER_BYTES), Buffer.allocUnsafe(WRITE_BUFFER_BYTES)];
  let current = 0;
  let used = 0;
  let pending: Promise<void> = Promise.resolve();
  /** Start writing the current buffer once the other one's write is done, and fill the other one next. */
  const flush = async () => {
    await pending;
    const writing = writeAll(handle, buffers[current], used);
    // Read when awaited (the next flush or the end); until then a failure must not be an unhandled rejection.
    writing.catch(() => {});
    pending = writing;
    current ^= 1;
    used = 0;
  };
  try {
    for await (const chunk of chunks) {
      if (chunk.length * MAX_BYTES_PER_UNIT > WRITE_BUFFER_BYTES - used) {
        if (used > 0) await flush();
        if (chunk.length * MAX_BYTES_PER_UNIT > WRITE_BUFFER_BYTES) {
          await pending;
          const bytes = Buffer.from(chunk, 'utf8');
          await writeAll(handle, bytes, bytes.length);
          continue;
        }
      }
      used += buffers[current].write(chunk, used, 'utf8');
    }
    if (used > 0) await flush();
  } finally {
    // Never leave a write running on a handle the caller is about to close (on an error from the chunks too).
    await pending.catch(() => {});
  }
  await pending;
}
