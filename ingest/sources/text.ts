// Small text helpers shared by the readers (line numbers, whitespace, basenames).

/** Basename of a path, for `RawListing.source`; both separators so Windows paths work too. */
export function sourceName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** 1-based line of a character offset in a text (CRLF counts once: only \n is counted). */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

/** Whitespace other than a single space between two words: a line break, a tab, two spaces, a space at either end. */
const NOT_COLLAPSED = /[^\S ]|  |^ | $/;

/** Hard-wrapped and indented text → single spaces. */
export function collapseWhitespace(text: string): string {
  // Most texts are already collapsed (API records, rebuilt abstracts): a test that finds nothing is far cheaper than a
  // replace that rewrites every single space with itself.
  if (!NOT_COLLAPSED.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/** JSON.parse, with a syntax error turned into a message and the line it points at (V8 reports a character position). */
export function parseJsonText(text: string): { data: unknown } | { error: string; line?: number } {
  try {
    return { data: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    return position ? { error: message, line: lineAt(text, Number(position[1])) } : { error: message };
  }
}
