// Text given chunk by chunk → an open file, encoded into two reused buffers so that one is written while the next is
// filled; a chunk may instead hand the file to another writer for a while (another thread writing its own part).
import type { FileHandle } from 'node:fs/promises';

/**
 * A part of the file written by someone else: given the file descriptor and the offset where the part begins (every
 * write before it has ended), it writes the part there and returns the offset where it ends.
 */
export interface HandedOver {
  writeAt(fd: number, position: number): Promise<number>;
}

/** Bytes per buffer: big enough that a 637 MB graph file (100k papers) takes ~150 writes, not one per 64K chunk. */
export const WRITE_BUFFER_BYTES = 1 << 22;

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;

async function writeAll(handle: FileHandle, buffer: Uint8Array, length: number, position: number): Promise<void> {
  for (let offset = 0; offset < length; ) {
    const { bytesWritten } = await handle.write(buffer, offset, length - offset, position + offset);
    offset += bytesWritten;
  }
}

/**
 * Write the chunks' UTF-8 bytes to `handle`, in order. Why not `handle.writeFile(chunks)`: it makes a Buffer of each
 * chunk and waits for that chunk's write before asking for the next, so the serialiser stood idle during every write
 * (10k of them for a 637 MB file). Here each chunk is encoded into one of two buffers of WRITE_BUFFER_BYTES; a full
 * buffer is written while the serialiser fills the other. The bytes are the same: each chunk is encoded on its own, as
 * Buffer.from(chunk, 'utf8') does (a chunk too long for a buffer is written that way). Every write says where it goes,
 * so that a HandedOver chunk (the JSON file's edges written by another thread: graphJsonInThreads.ts) can be given
 * the file once the writes before it have ended, and the writes after it continue where it ended.
 */
export async function writeChunks(
  handle: FileHandle,
  chunks: Iterable<string | HandedOver> | AsyncIterable<string | HandedOver>,
): Promise<void> {
  const buffers = [Buffer.allocUnsafe(WRITE_BUFFER_BYTES), Buffer.allocUnsafe(WRITE_BUFFER_BYTES)];
  let current = 0;
  let used = 0;
  let pending: Promise<void> = Promise.resolve();
  /** Where the next write goes. */
  let position = 0;
  /** Start writing `bytes` once the write before is done; they are left alone until the next write has started. */
  const startWrite = async (bytes: Uint8Array, length: number) => {
    await pending;
    const writing = writeAll(handle, bytes, length, position);
    position += length;
    // Read when awaited (the next write or the end); until then a failure must not be an unhandled rejection.
    writing.catch(() => {});
    pending = writing;
  };
  /** Start writing the current buffer, and fill the other one next. */
  const flush = async () => {
    await startWrite(buffers[current], used);
    current ^= 1;
    used = 0;
  };
  try {
    for await (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        if (used > 0) await flush();
        await pending;
        position = await chunk.writeAt(handle.fd, position);
        continue;
      }
      if (chunk.length * MAX_BYTES_PER_UNIT > WRITE_BUFFER_BYTES - used) {
        if (used > 0) await flush();
        if (chunk.length * MAX_BYTES_PER_UNIT > WRITE_BUFFER_BYTES) {
          const bytes = Buffer.from(chunk, 'utf8');
          await startWrite(bytes, bytes.length);
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
