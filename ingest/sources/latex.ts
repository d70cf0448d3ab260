// LaTeX to plain Unicode text with Better BibTeX's parser: source repairs, unknown commands, only the LaTeX pieces parsed, markup removed.
import { parse as parseBibtexLatex, type Creator } from '@retorquere/bibtex-parser';
import type { Node } from '@unified-latex/unified-latex-types';
import { dropRepeatedFormulas } from './exportText';
import { decodeEntities } from './markup';

// ---------------------------------------------------------------------------------------------------------------
// Before the parser: source repairs, applied to the raw value of text fields (never to url, doi or other verbatim ones).

/**
 * Unicode forms of the math alphabets (`\mathbb{R}` → ℝ). The parser's symbol table knows them, but it only reads
 * an argument for commands it has an arity for, and these are not among them, so the letter would come out bare.
 * The Mathematical Alphanumeric Symbols block has holes where older BMP letters already existed (ℝ, ℋ, ℭ…).
 */
const MATH_ALPHABETS: Record<string, { upper: number; lower: number | null; digits: number | null; holes: Record<string, string> }> = {
  mathbb: {
    upper: 0x1d538,
    lower: 0x1d552,
    digits: 0x1d7d8,
    holes: { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
  },
  mathcal: {
    upper: 0x1d49c,
    lower: 0x1d4b6,
    digits: null,
    holes: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' },
  },
  mathfrak: {
    upper: 0x1d504,
    lower: 0x1d51e,
    digits: null,
    holes: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' },
  },
};
const MATH_ALPHABET_ALIASES: Record<string, string> = { mathbbm: 'mathbb', mathds: 'mathbb', mathscr: 'mathcal' };

function mathAlphabetLetter(command: string, letter: string): string | null {
  const alphabet = MATH_ALPHABETS[MATH_ALPHABET_ALIASES[command] ?? command];
  if (!alphabet) return null;
  if (alphabet.holes[letter]) return alphabet.holes[letter];
  const code = letter.charCodeAt(0);
  if (letter >= 'A' && letter <= 'Z') return String.fromCodePoint(alphabet.upper + code - 65);
  if (letter >= 'a' && letter <= 'z') return alphabet.lower === null ? null : String.fromCodePoint(alphabet.lower + code - 97);
  if (letter >= '0' && letter <= '9') return alphabet.digits === null ? null : String.fromCodePoint(alphabet.digits + code - 48);
  return null;
}

/**
 * Repair a text field's LaTeX before the parser reads it. Each repair keeps the number of line breaks, so line numbers
 * computed on the original text stay true.
 */
export function repairLatexSource(raw: string): string {
  // A formula Wiley writes twice (`p$p$-median`) would be read as "pp-median": its TeX copy goes first.
  let text = dropRepeatedFormulas(raw)
    // Exporters that escape LaTeX twice (PMLR) write `\textbackslash textit{x}` for `\textit{x}`: undo the escape so
    // the command is read instead of surviving as "\textitx".
    .replace(/\\textbackslash(?:\{\})?[ \t]*(?=[A-Za-z%$&#_])/g, '\\')
    // … and `\textbackslash \%` for `\%`.
    .replace(/\\textbackslash(?:\{\})?[ \t]*(?=\\[%$&#_{}])/g, '')
    // A bare `%` with text after it on its line is a percent sign that an exporter left unescaped (Engineering
    // Village's "a 10%-35% gain", "by 95%" closing an abstract): read as TeX's comment mark, it would cut the rest of
    // the line. Only a `%` ending a line inside the value is the comment that joins lines.
    .replace(/(?<!\\)%(?![ \t]*\r?\n)/g, '\\%')
    // Starred variants (`\enquote*{x}`, biblatex) print the same text; the parser does not know the star.
    .replace(/\\([A-Za-z]+)\*(?=\s*[{[])/g, '\\$1')
    // Mendeley escapes math dollars (`{\$}\alpha{\$}`); a braced escaped dollar is made math again below when paired.
    .replace(/\{\\\$\}/g, '\\textdollar{}')
    // Subscript infinity has no Unicode subscript; the parser's fallback (a combining mark) would detach it.
    .replace(/([_^])\s*\\infty(?![A-Za-z])/g, '$1{∞}')
    // TeX logos: the parser renders \LaTeX with sub/superscript markup.
    .replace(/\\(BibTeX|LaTeXe|LaTeX|XeLaTeX|XeTeX|LuaLaTeX|LuaTeX|TeX)(?![A-Za-z])(?:\{\})?/g, '$1')
    // In text mode the parser follows TeX's OT1 font table, where `<` prints as ¡ and `>` as ¿; abstracts mean the
    // comparison signs (and HTML tags, removed after parsing).
    .replace(/</g, '\\textless{}')
    .replace(/>/g, '\\textgreater{}')
    .replace(
      /\\(mathbb|mathbbm|mathds|mathcal|mathscr|mathfrak)\s*(?:\{\s*([A-Za-z0-9])\s*\}|([A-Za-z0-9]))/g,
      (whole, command: string, braced: string | undefined, bare: string | undefined) =>
        mathAlphabetLetter(command, braced ?? bare ?? '') ?? whole,
    );
  // Doubly escaped math (`\textdollar x\textdollar`) becomes math again, but only when the dollars pair up: one
  // unpaired `$` would open a math section that swallows the rest of the field.
  const dollars = text.match(/\\textdollar(?![A-Za-z])/g)?.length ?? 0;
  if (dollars > 0 && dollars % 2 === 0) text = text.replace(/\\textdollar(?![A-Za-z])(?:\{\})?[ \t]?/g, '$');
  // The parser drops every space in math, but text commands inside math (`$\textit{sensitivity profile}$`) are text:
  // their spaces become control spaces, which survive.
  return text.replace(/\$[^$]*\$/g, (math) =>
    math.replace(
      /\\(text|textit|textbf|textrm|textsf|texttt|textnormal|textup|mbox|hbox|emph)\s*\{([^{}]*)\}/g,
      (_whole, command: string, argument: string) => `\\${command}{${argument.replace(/ /g, '\\ ')}}`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// During the parse: what to print for a command the parser has no rule for (its default is an error plus the raw TeX).

const SYMBOLS: Record<string, string> = {
  textquotesingle: "'",
  textquotedbl: '"',
  textasciigrave: '`',
  textunderscore: '_',
  textbar: '|',
  textbackslash: '\\',
  newline: ' ',
  linebreak: ' ',
  ' ': ' ',
  ',': ' ',
  ';': ' ',
  ':': ' ',
  '!': '',
  '/': '',
  quad: ' ',
  qquad: ' ',
  emptyset: '∅',
  varnothing: '∅',
  dag: '†',
  ddag: '‡',
};

/** Operator names that print as words (`\log n` → "log n"). */
const OPERATORS = new Set(
  'log ln lg exp sin cos tan cot sec csc sinh cosh tanh arcsin arccos arctan arg max min sup inf lim liminf limsup det dim ker deg gcd hom Pr argmax argmin'.split(' '),
);

/** Accent commands the parser leaves alone in math mode, as combining marks. */
const MATH_ACCENTS: Record<string, string> = {
  tilde: '\u0303',
  widetilde: '\u0303',
  hat: '\u0302',
  widehat: '\u0302',
  check: '\u030c',
  breve: '\u0306',
  acute: '\u0301',
  grave: '\u0300',
  dot: '\u0307',
  ddot: '\u0308',
  vec: '\u20d7',
  overrightarrow: '\u20d7',
};

/** The text inside a command's arguments: braces and further command names dropped. */
function argumentText(tex: string, name: string): string {
  return tex
    .slice(name.length + 1)
    .replace(/\\[A-Za-z]+\s*/g, '')
    .replace(/[{}[\]]/g, '');
}

/**
 * Plain text for a command the parser does not know. Unknown formatting commands (`\mathbf`, `\bm`, `\text`,
 * `\operatorname`) print nothing and leave their argument, which the parser renders as an ordinary group; a
 * paper's own macro (`\method`) has no text we could know, so it is dropped rather than shown as a command name.
 */
export function latexCommandFallback(node: Node, tex: string): string {
  if (node.type !== 'macro') return tex.replace(/\\[A-Za-z]+\s*/g, '').replace(/[{}]/g, '');
  const name = node.content;
  if (name in SYMBOLS) return SYMBOLS[name];
  if (OPERATORS.has(name)) return ` ${name} `;
  const args = node.args && node.args.length > 0 ? argumentText(tex, name) : '';
  if (name in MATH_ACCENTS) return args.length === 1 ? args + MATH_ACCENTS[name] : args;
  return args;
}

// ---------------------------------------------------------------------------------------------------------------
// After the parser: its output is rich text (HTML-like tags); the app shows plain text.

/**
 * Parser markup and the HTML some exporters leave in abstracts → plain text. Only a closed set of tag names is
 * removed, so a comparison like "p < 0.05" survives.
 */
export function markupToPlainText(text: string): string {
  return (
    text
      .replace(/<sub>([^<]*)<\/sub>/gi, '_$1')
      .replace(/<sup>([^<]*)<\/sup>/gi, '^$1')
      // Inline tags vanish; block tags (paragraphs, line breaks, list items) separate words.
      .replace(/<\/?(?:i|b|em|strong|u|sc|nc|ncx|span|a|code|sub|sup|inf|jats:(?:italic|bold|sub|sup|sc)|mml:[a-z]+)(?:\s[^<>]*)?\/?>/gi, '')
      .replace(/<\/?(?:p|br|li|ul|ol|pre|blockquote|h[1-6]|div|jats:[a-z-]+)(?:\s[^<>]*)?\/?>/gi, ' ')
      // A reference escaped twice or more (`e&amp;#8725;ou`, as the BVS/LILACS RIS export writes it; Scopus's
      // `&amp;amp;quot;`) is still one character.
      .replace(/&amp;(?:amp;)*(#x?[0-9a-f]+;|(?:lt|gt|amp|quot|apos|nbsp);)/gi, '&$1')
      .replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos|nbsp);/gi, (whole) => decodeEntities(whole))
      // LaTeX writes ï as {\"\i} (dotless i + diaeresis); compose it to the letter readers and search expect.
      .replace(/\u0131(?=[\u0300-\u036f])/g, 'i')
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The parser call: only the pieces of a text that hold LaTeX, all in one synthetic entry.

/** Characters that mean a value holds LaTeX the parser must read; other values are taken as written. */
export const NEEDS_LATEX = /[\\{}$~<>^_&%]|--|``|''/;

/**
 * A text value cut at the spaces that lie outside braces and math: the words holding LaTeX are decoded, the others
 * (most of an abstract) are kept as they are. Better BibTeX's LaTeX parser costs time in proportion to what it reads,
 * so it only reads the pieces that need it.
 */
export function splitLatexSegments(value: string): { text: string; latex: boolean }[] {
  const segments: { text: string; latex: boolean }[] = [];
  let depth = 0;
  let math = false;
  let start = 0;
  const push = (end: number, separator: boolean) => {
    const text = value.slice(start, end);
    if (text !== '') segments.push({ text, latex: !separator && NEEDS_LATEX.test(text) });
    start = end;
  };
  for (let index = 0; index < value.length; index++) {
    const char = value[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (char === '$') math = !math;
    // TeX swallows the space after a control word (`today\textquotesingle s`): that space does not separate.
    else if (/\s/.test(char) && depth === 0 && !math && !/\\[A-Za-z]+$/.test(value.slice(Math.max(start, index - 40), index))) {
      push(index, false);
      let end = index;
      while (end < value.length && /\s/.test(value[end])) end++;
      push(end, true);
      index = end - 1;
    }
  }
  push(value.length, false);
  return segments;
}

/** Separates the LaTeX pieces inside the one field they are sent in (a private-use character no text contains). */
const PIECE_SEPARATOR = '\uE000';

/**
 * Decode LaTeX pieces (and an author list) with one call of Better BibTeX's parser: the pieces are joined by a
 * separator into a single field, so an entry costs one LaTeX parse however many pieces it has. Pieces are brace- and
 * math-balanced, so nothing leaks from one to the next. Null when the parser refuses the text.
 */
export function parseLatexPieces(
  pieces: string[],
  author: string | null,
  type = 'article',
): { pieces: string[]; creators: Creator[]; problems: string[] } | null {
  const lines: string[] = [];
  if (pieces.length > 0) lines.push(`  pieces = {${pieces.map((piece) => piece.replaceAll(PIECE_SEPARATOR, '')).join(PIECE_SEPARATOR)}},`);
  if (author !== null) lines.push(`  author = {${author}},`);
  let library: ReturnType<typeof parseBibtexLatex>;
  try {
    library = parseBibtexLatex(`@${type}{entry,\n${lines.join('\n')}\n}`, {
      sentenceCase: false,
      english: false,
      applyCrossRef: false,
      unsupported: (node, tex) => latexCommandFallback(node, tex),
    });
  } catch {
    // The parser recovers from most errors itself; one it throws costs this text its decoding, never the file.
    return null;
  }
  const fields = library.entries[0]?.fields as Record<string, unknown> | undefined;
  if (!fields) return null;
  const decoded = pieces.length === 0 ? [] : typeof fields.pieces === 'string' ? fields.pieces.split(PIECE_SEPARATOR) : [];
  // A separator swallowed by the LaTeX around it would shift every later piece: refuse rather than misplace text.
  if (decoded.length !== pieces.length) return null;
  return {
    pieces: decoded,
    creators: Array.isArray(fields.author) ? (fields.author as Creator[]) : [],
    problems: library.errors.map((error) => error.error.split('\n')[0]),
  };
}

/**
 * Titles and abstracts that are plain text with inline TeX (arXiv: `$\alpha$-stable`, `K{\"a}hler`): only the words
 * holding a command or math are decoded; `%`, `&` and `#` in them are literal (not TeX's comment and tab marks), and
 * unpaired dollars are literal too. Text the parser refuses is returned as written (whitespace collapsed).
 */
export function decodeInlineTex(texts: string[]): string[] {
  const pieces: string[] = [];
  const plans = texts.map((text) => {
    const dollars = (text.match(/(?<!\\)\$/g) ?? []).length;
    const source = dollars % 2 === 0 ? text : text.replace(/(?<!\\)\$/g, '\\$');
    if (!/[\\$]/.test(source)) return null;
    return splitLatexSegments(source).map((segment) => {
      if (segment.latex && /[\\$]/.test(segment.text)) {
        pieces.push(repairLatexSource(segment.text).replace(/\\?[%&#]/g, (mark) => (mark.length === 2 ? mark : `\\${mark}`)));
        return { text: segment.text, slot: pieces.length - 1 };
      }
      return { text: segment.text, slot: null };
    });
  });
  if (pieces.length === 0) return texts.map((text) => text.replace(/\s+/g, ' ').trim());
  const decoded = parseLatexPieces(pieces, null)?.pieces ?? null;
  return texts.map((text, index) => {
    const plan = plans[index];
    if (!plan || !decoded) return text.replace(/\s+/g, ' ').trim();
    return markupToPlainText(plan.map((segment) => (segment.slot === null ? segment.text : decoded![segment.slot])).join(''));
  });
}
