// Scanning JSON text as UTF-8 bytes: the delimiters, white space and strings, for readers that find values' bounds
// without decoding the whole text (the ingest's OpenAlex index rewrite, the app's reader of files too large for one
// string). Every byte that matters here is ASCII, so a multi-byte character is never mistaken for one.

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COLON = 0x3a;
export const COMMA = 0x2c;
export const OPEN_OBJECT = 0x7b;
export const CLOSE_OBJECT = 0x7d;
export const OPEN_ARRAY = 0x5b;
export const CLOSE_ARRAY = 0x5d;

/** JSON's white space: space, line feed, carriage return, tab. */
export function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** The first offset from `at` that is not white space (the end when none is). */
export function skipSpace(bytes: Uint8Array, at: number): number {
  while (at < bytes.length && isSpace(bytes[at])) at++;
  return at;
}

/** Offset after the string whose opening quote is at `at`, or -1 when it does not end. */
export function skipString(bytes: Uint8Array, at: number): number {
  for (let i = at + 1; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === BACKSLASH) i++;
    else if (byte === QUOTE) return i + 1;
  }
  return -1;
}
