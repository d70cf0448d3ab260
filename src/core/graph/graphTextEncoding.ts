// Which encoding a graph file's bytes are in. Other tools do not all write UTF-8: Pajek- and Newman-era GML and older
// XML exports are often Latin-1 (Windows-1252), some Windows tools write UTF-16, and an XML file may say its encoding in
// its declaration. Read as UTF-8, Latin-1 letters arrive as "�" and UTF-16 as text with a NUL after every letter.
//
// Why by hand: TextDecoder decodes any of these once told which; telling which is this file's job (a byte-order mark,
// NULs in alternate bytes, the XML declaration, else UTF-8 when the bytes are valid UTF-8, else Windows-1252). A
// detector library (chardet, which the ingest uses) guesses among dozens of encodings from statistics; for graph files
// these rules decide every case seen in the real files (test/fixtures/graphs-real) without a guess.
import { declaredEncoding } from '../../shared/exchange/textEncoding';

/** How a file's bytes are to be decoded, as its first bytes say. */
export interface TextEncodingChoice {
  /** A TextDecoder label. */
  encoding: string;
  /** Bytes of a byte-order mark to skip. */
  skip: number;
}

/** Bytes of a file's start enough to hold its byte-order mark and XML declaration. */
export const HEAD_BYTES_FOR_ENCODING = 1024;

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding a file's first bytes say it is in: a byte-order mark, UTF-16 without one (a NUL in every other byte of
 * its start), or an XML declaration naming an encoding TextDecoder knows. Null: nothing said (UTF-8 unless its bytes
 * are not, see decodeGraphBytes).
 */
export function sniffEncoding(head: Uint8Array): TextEncodingChoice | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // UTF-16 without a mark: the ASCII characters of its start (a declaration, "graph [") have a NUL beside them.
  const pairs = Math.min(head.length >> 1, 64);
  if (pairs >= 4) {
    let evenNuls = 0;
    let oddNuls = 0;
    for (let k = 0; k < pairs; k++) {
      if (head[2 * k] === 0) evenNuls++;
      if (head[2 * k + 1] === 0) oddNuls++;
    }
    if (oddNuls >= pairs * 0.75 && evenNuls === 0) return { encoding: 'utf-16le', skip: 0 };
    if (evenNuls >= pairs * 0.75 && oddNuls === 0) return { encoding: 'utf-16be', skip: 0 };
  }
  // The declaration is ASCII in every encoding it can name here (UTF-16 was handled above).
  let start = '';
  for (let k = 0; k < Math.min(head.length, 512); k++) start += String.fromCharCode(head[k]);
  const declared = declaredEncoding(start);
  if (declared && !/^utf-?8$/i.test(declared)) {
    if (supported(declared)) return { encoding: declared.toLowerCase(), skip: 0 };
    return null; // an encoding the browser does not know: read as UTF-8, and the importers count what did not decode
  }
  return null;
}

/**
 * A file's text: decoded as `sniffEncoding` says, else as UTF-8, else — bytes that are not valid UTF-8 and no encoding
 * named — as Windows-1252 (Latin-1's superset, as browsers read such pages), with a note saying so.
 */
export function decodeGraphBytes(bytes: Uint8Array): { text: string; note: string | null } {
  const sniffed = sniffEncoding(bytes.subarray(0, HEAD_BYTES_FOR_ENCODING));
  if (sniffed) return { text: new TextDecoder(sniffed.encoding).decode(bytes.subarray(sniffed.skip)), note: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: null };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'The file is not UTF-8 and names no encoding: it was read as Latin-1 (Windows-1252), as older tools write it.',
    };
  }
}
