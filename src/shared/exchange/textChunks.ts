// The streamed writers' chunk size and progress callback (JSON, GEXF, GraphML, CSV), and the buffer GEXF, GraphML and
// CSV put their text in: handed out in chunks of about CHUNK_CHARS, so no single string ever holds a whole file, and
// each chunk is one flat string (a join of its parts) for the writer. (JSON sizes its batches of elements by it.)

/** Characters per chunk: big enough that writes are cheap, small enough to never matter in memory. */
export const CHUNK_CHARS = 1 << 16;

/** Elements (nodes, then edges) handled so far, of all of them: a long export reports it once per chunk. */
export type ElementProgress = (elements: number, total: number) => void;

export class TextChunks {
  private parts: string[] = [];
  private chars = 0;

  push(text: string): void {
    this.parts.push(text);
    this.chars += text.length;
  }

  /** Whether a chunk's worth is buffered: the writer then yields `flush()`. */
  get full(): boolean {
    return this.chars >= CHUNK_CHARS;
  }

  /** The buffered text as one string, and the buffer emptied. */
  flush(): string {
    const chunk = this.parts.join('');
    this.parts = [];
    this.chars = 0;
    return chunk;
  }
}
