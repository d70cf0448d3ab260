// Chunks written through two reused buffers give the bytes of each chunk encoded on its own, in order.
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WRITE_BUFFER_BYTES, writeChunks } from '../../../ingest/write/writeChunks';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pge-chunks-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(chunks: Iterable<string> | AsyncIterable<string>): Promise<Buffer> {
  const path = join(dir, 'out');
  const handle = await open(path, 'w');
  try {
    await writeChunks(handle, chunks);
  } finally {
    await handle.close();
  }
  return readFile(path);
}

const encodedOneByOne = (chunks: string[]) => Buffer.concat(chunks.map((chunk) => Buffer.from(chunk, 'utf8')));

describe('writeChunks', () => {
  it('many chunks across several buffers, with two- to four-byte characters and lone surrogates', async () => {
    const pieces = ['{"a":"é"}', 'ascii only, ', '日本語 ', '😀 emoji', 'lone \ud800 surrogate', '\udc00 another', ''];
    const chunks = Array.from({ length: 4000 }, (_, i) => pieces[i % pieces.length].repeat(1 + (i % 97) * 40));
    const total = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0);
    expect(total).toBeGreaterThan(3 * WRITE_BUFFER_BYTES);
    expect((await written(chunks)).equals(encodedOneByOne(chunks))).toBe(true);
  });

  it('a chunk longer than a buffer, between short ones, from an async iterable', async () => {
    const chunks = ['start', 'é'.repeat(WRITE_BUFFER_BYTES), 'end'];
    async function* slowly() {
      for (const chunk of chunks) yield chunk;
    }
    expect((await written(slowly())).equals(encodedOneByOne(chunks))).toBe(true);
  });

  it('nothing at all', async () => {
    expect((await written([])).length).toBe(0);
  });

  it('a failure of the chunks is thrown once the write in flight has ended', async () => {
    function* failing() {
      yield 'x'.repeat(WRITE_BUFFER_BYTES / 4);
      yield 'y'.repeat(WRITE_BUFFER_BYTES / 4); // the first buffer is written while the next one is asked for
      throw new Error('serialiser broke');
    }
    await expect(written(failing())).rejects.toThrow('serialiser broke');
  });
});
