// Which legacy encoding a file that is not UTF-8 is in (chardet's statistical detection), and its text (iconv-lite:
// Node 20's TextDecoder reads "windows-1252" as Latin-1, so Excel's curly quotes and dashes would become control codes).
//
// Why: Excel re-saves a Scopus or WoS CSV in the Windows code page, EndNote and older RIS exports are often Latin-1,
// CNKI and Wanfang write GBK. Refusing such a file whole loses every record for a few accented letters; decoding it
// in the encoding its bytes point to keeps them all, and the summary says which encoding was assumed.
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** Bytes handed to the detector: its statistics settle within a few hundred kilobytes. */
const SAMPLE_BYTES = 256 * 1024;

/**
 * The detected encoding's name ("windows-1252", "GB18030", "Shift_JIS"…), or null when nothing plausible is found.
 * Latin-1 is read as windows-1252, as browsers do: the two differ only in 0x80–0x9F, control codes in Latin-1 that
 * no text file means, letters (“ ” – € …) in the Windows code page every Latin-1 file from Windows is really in.
 * `from` is where the text stops being UTF-8: the sample is taken there, since a file's ASCII head says nothing about
 * its encoding.
 */
export function legacyEncodingOf(bytes: Uint8Array, from = 0): string | null {
  const start = Math.max(0, Math.min(from, bytes.length - SAMPLE_BYTES));
  const sample = bytes.subarray(start, start + SAMPLE_BYTES);
  for (const { name, confidence } of analyse(sample)) {
    // UTF-8 and UTF-16/32 were ruled out by the caller; ASCII cannot hold the bytes that failed.
    if (confidence < 10 || /^(utf|ascii)/i.test(name)) continue;
    const encoding = /^iso-8859-1$/i.test(name) ? 'windows-1252' : name;
    // A detector name iconv-lite cannot decode (ISO-2022 variants): try the next candidate.
    if (iconv.encodingExists(encoding)) return encoding;
  }
  return null;
}

/** `bytes` decoded in `encoding` (a name legacyEncodingOf gave). */
export function decodeLegacy(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}
