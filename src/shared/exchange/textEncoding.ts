// Files from other tools are not all UTF-8: Pajek- and Newman-era GML and older XML exports are often Latin-1, some
// Windows tools write UTF-16. The app reads a file's bytes as UTF-8, so such characters arrive as U+FFFD ("�"), and
// UTF-16 as text with a NUL after every ASCII character. Neither is recoverable from the text: the user is told.

const REPLACEMENT = '\uFFFD';

/** The encoding an XML declaration at the start of `text` names (`<?xml … encoding="ISO-8859-1"?>`), or null. */
export function declaredEncoding(text: string): string | null {
  const declaration = /^\uFEFF?\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i.exec(text.slice(0, 512));
  return declaration ? declaration[1] : null;
}

/** How many characters did not decode (U+FFFD), counted without copying the text. */
function replacementCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) count++;
  return count;
}

/** The sentence for the import notes when some characters did not decode, or null when all did. */
export function undecodedNote(text: string): string | null {
  const count = replacementCount(text);
  if (count === 0) return null;
  const declared = declaredEncoding(text);
  const why = declared && !/^utf-?8$/i.test(declared) ? `the file declares ${declared}` : 'the file is not UTF-8 (Latin-1?)';
  const characters = count === 1 ? '1 character' : `${count.toLocaleString('en')} characters`;
  return `${characters} could not be read and ${count === 1 ? 'shows' : 'show'} as "${REPLACEMENT}": ${why}; saved again as UTF-8, it opens whole.`;
}

/** Throws a message naming the cause when the text is UTF-16 read as UTF-8 (NULs between the characters). */
export function assertNotTwoByteText(text: string): void {
  if (text.slice(0, 512).includes('\u0000')) {
    throw new Error('the file is in a two-byte encoding (UTF-16); save it as UTF-8 to open it.');
  }
}
