// Turns the markup that travels inside bibliographic JSON (JATS abstracts, HTML-ish tags in titles) into plain text.
import { SaxesParser } from 'saxes';
import { collapseWhitespace } from './text';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** `&amp;`, `&#233;`, `&#x2013;`, `&nbsp;` → characters; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** Tags of the HTML/JATS kind (`<i>`, `</jats:italic>`, `<sup>`, `<br/>`): a tag name right after `<`. */
const TAG = /<\/?([a-z][\w:.-]*)(?:\s[^<>]*)?\/?>/gi;

/** Elements that end a paragraph or line (a space is kept where they were); other tags are inline (H<sub>2</sub>O). */
const BLOCKS = /^(?:[\w-]+:)?(?:p|br|div|li|ul|ol|sec|title|list-item|list|label|caption|disp-quote|statement|abstract|h\d)$/i;

/** Inline markup → plain text: tags dropped, entities decoded, whitespace collapsed. */
export function stripMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return collapseWhitespace(text);
  const untagged = text.replace(TAG, (_tag, name: string) => (BLOCKS.test(name) ? ' ' : ''));
  return collapseWhitespace(decodeEntities(untagged));
}
/** Inline elements whose text belongs to the word around them (no space added). */
const SECTION_TITLE = /^(?:[\w-]+:)?title$/;

/**
 * The formula of a JATS `<tex-math>`: without its math delimiters (`$$…$$`, `$…$`, `\(…\)`) and without the LaTeX
 * document Springer wraps it in (`\documentclass{minimal} … \begin{document}$$k_{\bot }$$\end{document}`).
 */
function texFormula(tex: string): string {
  // A deposit cut short opens the document and never closes it.
  const body = /\\begin\{document\}([\s\S]*?)(?:\\end\{document\}|$)/.exec(tex)?.[1] ?? tex;
  return body
    .trim()
    .replace(/^\$\$([\s\S]*)\$\$$|^\$([\s\S]*)\$$|^\\\(([\s\S]*)\\\)$|^\\\[([\s\S]*)\\\]$/, (_whole, a, b, c, d) => a ?? b ?? c ?? d)
    .trim();
}

/**
 * A JATS abstract (`<jats:p>…</jats:p>`, sections with `<jats:title>`) → plain text. Parsed with saxes so nested
 * and namespaced elements, CDATA and character references are handled; a bare "Abstract" heading is dropped and
 * other section titles become "Title: …". Falls back to tag stripping when the fragment is not well-formed XML.
 */
export function jatsToText(xml: string): string {
  if (!xml.includes('<')) return stripMarkup(xml);
  const parts: string[] = [];
  let inTitle = 0;
  let title = '';
  // A formula deposited in two notations (`<alternatives>`: TeX, then MathML) is kept once, in its first notation.
  const alternatives: { taken: boolean; depth: number }[] = [];
  let depth = 0;
  let skipUntil: number | null = null;
  let tex: string | null = null;
  const emit = (text: string) => {
    if (skipUntil !== null) return;
    if (tex !== null) tex += text;
    else if (inTitle > 0) title += text;
    else parts.push(text);
  };
  const parser = new SaxesParser({ fragment: true });
  parser.on('text', emit);
  parser.on('cdata', emit);
  // IOP writes the TeX of a formula in a `<?CDATA $(8\pm 2)$?>` instruction (and its MathML in `<?MML …?>`).
  parser.on('processinginstruction', (instruction) => {
    if (instruction.target === 'CDATA' && tex !== null) emit(instruction.body);
  });
  parser.on('opentag', (tag) => {
    depth++;
    const parent = alternatives[alternatives.length - 1];
    if (skipUntil === null && parent && parent.depth === depth - 1) {
      if (parent.taken) skipUntil = depth;
      parent.taken = true;
    }
    if (/^(?:[\w-]+:)?alternatives$/.test(tag.name)) alternatives.push({ taken: false, depth });
    if (/^(?:[\w-]+:)?tex-math$/.test(tag.name) && skipUntil === null) tex = '';
    if (SECTION_TITLE.test(tag.name)) {
      inTitle++;
      title = '';
    }
  });
  parser.on('closetag', (tag) => {
    const closing = depth;
    depth--;
    if (skipUntil !== null) {
      if (closing === skipUntil) skipUntil = null;
      return;
    }
    if (alternatives[alternatives.length - 1]?.depth === closing) alternatives.pop();
    if (tex !== null && /^(?:[\w-]+:)?tex-math$/.test(tag.name)) {
      const formula = texFormula(tex);
      tex = null;
      // Written between double dollars, as Springer deposits it, for the caller to decode (latex.ts).
      if (formula !== '') parts.push(`$$${formula}$$`);
      return;
    }
    if (SECTION_TITLE.test(tag.name)) {
      inTitle--;
      const heading = collapseWhitespace(title);
      if (heading !== '' && !/^(abstract|summary)[.:]?$/i.test(heading)) parts.push(` ${heading.replace(/[.:]$/, '')}: `);
      return;
    }
    if (BLOCKS.test(tag.name)) parts.push(' ');
  });
  try {
    parser.write(xml).close();
  } catch {
    return stripMarkup(xml);
  }
  return collapseWhitespace(parts.join('').replace(/\s+([,.;:!?)])/g, '$1').replace(/:\s*:/g, ':'));
}

/**
 * Text that may or may not carry markup (table cells, API strings): stripped only when it holds a closing tag, a
 * `<br>` or an entity, so a lone "<" in "p<0.05" or "a <b> c" prose is never eaten.
 */
export function plainText(text: string): string {
  return /<\/[a-z]|<br\s*\/?>|&(?:#x?[0-9a-f]+|[a-z]+);/i.test(text) ? stripMarkup(text) : collapseWhitespace(text);
}
