// A graph file's text or bytes, with a message a researcher can act on when the file is too large for the browser (JSON
// too large for one string is read as bytes instead: parseJsonBytes.ts; the text limit is for the XML formats).
import { decodeGraphBytes, HEAD_BYTES_FOR_ENCODING, sniffEncoding } from './graphTextEncoding';

/**
 * The longest string the browser's JavaScript engine makes (V8, 64-bit: 2^29 − 24 characters). A file's text has at
 * most as many characters as the file has bytes, so a larger file may not fit; one that does not fails in Chrome with
 * a NotReadableError that speaks of permissions, which would send the user looking in the wrong place.
 */
export const MAX_TEXT_CHARACTERS = 2 ** 29 - 24;

/** A size in whole megabytes, as the messages give it ("2,523"). */
const megabytes = (bytes: number) => Math.round(bytes / 2 ** 20).toLocaleString('en-US');

/** A file's text, decoded in its own encoding (graphTextEncoding.ts), and what the user is told about that (null: nothing). */
export interface GraphText {
  text: string;
  note: string | null;
}

/**
 * A graph file's text in its encoding: UTF-8 as `blob.text()` reads it unless its first bytes say another (a
 * byte-order mark, UTF-16, an XML declaration) or its bytes are not UTF-8 (then Windows-1252, with a note). When a file
 * larger than the engine's longest string cannot be read, an error saying so.
 */
export async function readGraphText(blob: Pick<Blob, 'size' | 'text' | 'slice' | 'arrayBuffer'>, name: string): Promise<GraphText> {
  try {
    const head = new Uint8Array(await blob.slice(0, HEAD_BYTES_FOR_ENCODING).arrayBuffer());
    const sniffed = sniffEncoding(head);
    if (sniffed && sniffed.encoding !== 'utf-8') return decodeGraphBytes(new Uint8Array(await blob.arrayBuffer()));
    const text = await blob.text();
    // Bytes that are not UTF-8 arrive as U+FFFD: the bytes are read again only then, to tell a file in another
    // encoding from a UTF-8 one holding that character itself.
    if (!text.includes('\uFFFD')) return { text, note: null };
    return decodeGraphBytes(new Uint8Array(await blob.arrayBuffer()));
  } catch (error) {
    if (blob.size <= MAX_TEXT_CHARACTERS) throw error;
    throw new Error(
      `${name} is ${megabytes(blob.size)} MB: more text than the browser can read at once (about ${megabytes(MAX_TEXT_CHARACTERS)} MB). ` +
        'Graph JSON files of any size are read in parts; GEXF, GraphML and GML files are read whole: open this graph as JSON (the ingest writes it with --format json), or a smaller one.',
    );
  }
}

/**
 * Downloads from this size on that fail are put down to the size in the message (observed in the headless Chromium the
 * e2e tests use, 2026-12-05: the 1,569 MB graph of 250,000 papers downloaded and opened on the cluster overview in about
 * two minutes; the 2,523 MB one of 400,000 papers failed with "Failed to fetch" once its body had been downloading).
 */
export const LARGE_DOWNLOAD_BYTES = 2 ** 30;

/** What to do with a graph file too large for the browser, after what failed (the same advice however it was opened). */
function tooLargeForTheBrowser(name: string, bytes: number, what: string, error: unknown): Error {
  return new Error(
    `${name} is ${megabytes(bytes)} MB, and the browser could not ${what} (${(error as Error).message}). ` +
      'Graph files up to about 1.5 GB (250,000 papers) have opened; for a larger collection, ingest parts of it (a field, a range of years) into graphs of their own.',
  );
}

/** `response.blob()`, or, when a large download fails, an error saying how large the file is and what to do. */
export async function downloadGraphBlob(response: Pick<Response, 'blob' | 'headers'>, name: string): Promise<Blob> {
  try {
    return await response.blob();
  } catch (error) {
    const size = Number(response.headers.get('content-length'));
    if (!(size >= LARGE_DOWNLOAD_BYTES)) throw error;
    throw tooLargeForTheBrowser(name, size, 'download it whole', error);
  }
}

/**
 * `blob.arrayBuffer()`, or, when a large file cannot be read into memory, an error saying how large it is and what to
 * do: Chrome refuses a 2.5 GB file opened from disk with the NotReadableError that speaks of permissions (seen
 * 2026-12-05 in the headless Chromium the e2e tests use).
 */
export async function readGraphBytes(blob: Pick<Blob, 'size' | 'arrayBuffer'>, name: string): Promise<ArrayBuffer> {
  try {
    return await blob.arrayBuffer();
  } catch (error) {
    if (blob.size < LARGE_DOWNLOAD_BYTES) throw error;
    throw tooLargeForTheBrowser(name, blob.size, 'read it into memory', error);
  }
}
