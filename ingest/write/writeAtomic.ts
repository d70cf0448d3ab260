// Atomic file writes: write a temp file beside the target, then rename, so a crash never leaves a half-written graph.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** `contents` is the text, or its chunks in order (a big graph file is never built as one string). */
export async function writeFileAtomic(path: string, contents: string | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const file = await open(temp, 'w');
    try {
      for (const chunk of typeof contents === 'string' ? [contents] : contents) await file.write(chunk, null, 'utf8');
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
