// Counting a text's letters by Unicode class without a regex match per letter: matching every letter of an abstract
// (`text.match(/\p{L}/gu)`) built an array of one-letter strings per text, a third of reading a large listing page.
// Shared by the listing reader (share of non-Latin letters) and the concept chooser (titles written in capitals).

/** A letter: what countLetters and the function-word scan (sources/functionWords.ts) count as one. */
export const LETTER = /\p{L}/u;

/** Per ASCII code: 1 when a letter (as LETTER says; built once from the class). */
export const ASCII_LETTER = Uint8Array.from({ length: 128 }, (_unused, code) => (LETTER.test(String.fromCharCode(code)) ? 1 : 0));

/** Per ASCII code: 1 when a letter, 2 when `marked` matches it (the bits of one table per class, built once). */
const asciiTables = new WeakMap<RegExp, Uint8Array>();

function asciiTable(marked: RegExp): Uint8Array {
  let table = asciiTables.get(marked);
  if (table === undefined) {
    table = new Uint8Array(128);
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      table[code] = ASCII_LETTER[code] | (marked.test(char) ? 2 : 0);
    }
    asciiTables.set(marked, table);
  }
  return table;
}

/**
 * How many of `text`'s code points are letters (as `/\p{L}/gu` counts them) and how many `marked` matches (letters or
 * not; a Unicode class without the g flag, e.g. `/\p{Lu}/u`, `/\p{Script=Latin}/u`). ASCII is settled by a table
 * built from the same two classes, so the counts equal the regexes' own.
 */
export function countLetters(text: string, marked: RegExp): { letters: number; marked: number } {
  const table = asciiTable(marked);
  let letters = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const bits = table[code];
      letters += bits & 1;
      count += bits >> 1;
      continue;
    }
    const point = text.codePointAt(i)!;
    const char = String.fromCodePoint(point);
    if (point > 0xffff) i++;
    if (LETTER.test(char)) letters++;
    if (marked.test(char)) count++;
  }
  return { letters, marked: count };
}
