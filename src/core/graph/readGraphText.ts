// A graph file's text, with a message a researcher can act on when the file is too large to be read as text (JSON
// that large is read as bytes instead: parseJsonBytes.ts; this is for the XML formats).

/**
 * The longest string the browser's JavaScript engine makes (V8, 64-bit: 2^29 − 24 characters). A file's text has at
 * most as many characters as the file has bytes, so a larger file may not fit; one that does not fails in Chrome with
 * a NotReadableError that speaks of permissions, which would send the user looking in the wrong place.
 */
export const MAX_TEXT_CHARACTERS = 2 ** 29 - 24;

/** `blob.text()`, or, when a file larger than the engine's longest string cannot be read, an error saying so. */
export async function readGraphText(blob: Pick<Blob, 'size' | 'text'>, name: string): Promise<string> {
  try {
    return await blob.text();
  } catch (error) {
    if (blob.size <= MAX_TEXT_CHARACTERS) throw error;
    const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20).toLocaleString('en-US');
    throw new Error(
      `${name} is ${megabytes(blob.size)} MB: more text than the browser can read at once (about ${megabytes(MAX_TEXT_CHARACTERS)} MB). ` +
        'Graph JSON files of any size are read in parts; GEXF, GraphML and GML files are read whole: open this graph as JSON (the ingest writes it with --format json), or a smaller one.',
    );
  }
}
