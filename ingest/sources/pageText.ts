// Web pages saved as text (lynx/w3m dumps, markdown conversions, copy-paste) → clean lines with their links and shape.
//
// Hand-written because no kept library reads the *output* of text browsers: markdown parsers (remark, marked) would
// take lynx's `[12]Title` for a shortcut reference and have no notion of hard-wrapped paragraphs or link lists.
import { htmlLinksAsMarkdown, htmlTablesAsRows, type RawLine } from './htmlTables';

/** One logical line of a page: wrapped continuation lines already joined, link markup removed. */
export interface PageLine {
  /** 1-based line of the first physical line in the file. */
  line: number;
  /** Plain text: link markup, emphasis, heading and bullet markers removed, whitespace collapsed. */
  text: string;
  /** URLs of the links on this line, in order (resolved through `[n]` references where the page lists them). */
  links: string[];
  /** Text of each link on this line, parallel to `links` (empty string when the text is unknown). */
  linkTexts: string[];
  /** Markdown heading level (`#`..`######` or a setext underline), 0 for other lines. */
  heading: number;
  /** The line started with a list bullet (`*`, `-`, `+`, `•`, `·`). */
  bullet: boolean;
  /** A blank line (or one holding only page furniture such as form fields) came before this one. */
  afterBlank: boolean;
  /** The bold label the line starts with (`**🔗 Links:** …` → "🔗 Links"): the line is a labelled field of a card. */
  label?: string;
  /** The line's text was emphasised as a whole (`*1. Title*`, `**Title**`, after any icon before it): set apart as a heading is. */
  emphasised?: boolean;
  /**
   * The emphasised text a line opens with when more follows it after a dash, a colon, a middle dot or a bracket
   * (`8. **Title** — Authors · arXiv, June 2026 · …`): the name of what the rest of the line describes.
   */
  lead?: string;
  /** A row of a Markdown table (`| … | … |`): each cell's text and links, cleaned as a line is. */
  cells?: TableCell[];
}

/** One cell of a Markdown table row. */
export interface TableCell {
  text: string;
  links: string[];
  linkTexts: string[];
}

export interface PageText {
  lines: PageLine[];
  /** Physical lines that were link definitions or the link list of a text browser (not page content). */
  referenceLines: number;
  /** Column the page was hard-wrapped at, or null when paragraphs are one line each. */
  wrapWidth: number | null;
  /** `key: value` lines of a YAML front matter block that a capture tool put before the page (not page content). */
  frontMatter: string[];
}


/** `[12]: https://…` (markdown reference definition). */
const MARKDOWN_DEFINITION = /^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;
/** `  12. https://…` in a lynx/links "References" list, `[12] https://…` in w3m's (display_link_number). */
const LYNX_REFERENCE = /^\s*(?:(\d+)\.|\[(\d+)\])\s+((?:https?|ftp|file|mailto|data):\S*)\s*$/;
const LYNX_REFERENCE_HEADINGS = /^\s*(References:?|Visible links:?|Hidden links:?)\s*$/;

/** Lines that are only page furniture of text browsers: form fields, buttons, rules. */
const FURNITURE = /^\s*(?:_{3,}|\(BUTTON\)|\[(?:IMG|INLINE|USEMAP|BUTTON| |x|X)\]|(?:[-*_]\s*){3,}|\|)\s*$/;
/**
 * Lines that are only markup of a converter: a code fence (a capture tool fencing the page), HTML tags left in the
 * text (`<a id="section-3"></a>`), or an image placeholder `[alt]` / `- [alt]` with no link (converters that write an
 * image as its bracketed alt text). A lynx link `[12]Title` has text after its bracket and is not one of these.
 */
const MARKUP_ONLY = /^\s*(?:`{3,}.*|~{3,}.*|(?:<\/?[a-zA-Z][^<>]*>\s*)+|(?:[-*+]\s+)?\[[^\][\d][^\][]*\])\s*$/;
/** YAML front matter line: `key: value` (or a continuation indented under one, or a list item). */
const FRONT_MATTER_LINE = /^(?:[\w-]+\s*:(?:\s.*)?|\s+\S.*|-\s.*)?$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_m, name: string) => ENTITIES[name]);
}

/** Reference definitions and lynx link lists → label → URL; the physical lines they occupy. */
function collectReferences(lines: RawLine[]): { refs: Map<string, string>; skip: Set<number> } {
  const refs = new Map<string, string>();
  const skip = new Set<number>();
  let inLynxList = false;
  for (const { number, raw } of lines) {
    if (LYNX_REFERENCE_HEADINGS.test(raw)) {
      // Only a heading followed by numbered URLs is a link list; a paper titled "References" stays text.
      inLynxList = true;
      skip.add(number);
      continue;
    }
    const lynx = inLynxList ? LYNX_REFERENCE.exec(raw) : null;
    if (lynx) {
      refs.set(lynx[1] ?? lynx[2], lynx[3]);
      skip.add(number);
      continue;
    }
    if (inLynxList && raw.trim() === '') continue;
    inLynxList = false;
    const definition = MARKDOWN_DEFINITION.exec(raw);
    if (definition && /^(?:[a-z][\w+.-]*:|\/|#)/i.test(definition[2])) {
      refs.set(definition[1].toLowerCase(), definition[2]);
      skip.add(number);
    }
  }
  // A "References" heading with no list under it is page text after all.
  for (const { number, raw } of lines) {
    if (skip.has(number) && LYNX_REFERENCE_HEADINGS.test(raw) && refs.size === 0) skip.delete(number);
  }
  return { refs, skip };
}

interface CleanLine {
  text: string;
  links: string[];
  linkTexts: string[];
  heading: number;
  bullet: boolean;
  /** The last link's text runs to the end of the line (lynx), so a wrapped continuation line still belongs to it. */
  linkRunsOn: boolean;
  label?: string;
  emphasised?: boolean;
  lead?: string;
}

/** A fence's info string naming text (a capture tool fencing the page it saved): its lines are the page's. */
const TEXT_FENCE = /^(?:|te?xt|plain(?:text)?|markdown|md|html?)$/i;

/**
 * A file's lines without the code inside fenced blocks tagged with a language (```python, ```mermaid, ```json: a
 * README's install commands, a diagram, a crawler's metadata record): code, not the page's text. The lines stay, blank,
 * so every other line keeps its number; fences tagged as text keep theirs.
 */
function withoutCode(lines: RawLine[]): RawLine[] {
  let fence: { mark: string; code: boolean } | null = null;
  return lines.map((line) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line.raw);
    if (fence === null) {
      if (opening) fence = { mark: opening[1], code: !TEXT_FENCE.test(opening[2]) };
      return line;
    }
    if (opening && opening[1].startsWith(fence.mark) && opening[2] === '') {
      fence = null;
      return line;
    }
    return fence.code ? { number: line.number, raw: '' } : line;
  });
}

/** More markup characters than any real page line has (a line of links holds a few dozen). */
const MAX_MARKERS_PER_LINE = 100;

/** A link's text without the bracketed image placeholders some converters write inside it (`[[logo] Name]`). */
function withoutPlaceholders(label: string): string {
  return label.includes('[') ? label.replace(/\[[^[\]]*\]/g, ' ') : label;
}

function countOf(text: string, character: string): number {
  let count = 0;
  for (let index = text.indexOf(character); index !== -1; index = text.indexOf(character, index + 1)) count++;
  return count;
}

/** Remove link and emphasis markup from one physical line, keeping the links' targets. */
function cleanLine(raw: string, refs: Map<string, string>, options: ReadPageTextOptions = {}): CleanLine {
  const isWidget = options.isWidget ?? (() => false);
  const links: string[] = [];
  const linkTexts: string[] = [];
  let text = raw;
  let heading = 0;
  let linkRunsOn = false;
  // Each rewrite runs only when its trigger character is on the line: abstracts are long and mostly plain.
  if (text.includes('#')) {
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (atx) {
      heading = atx[1].length;
      text = atx[2];
    }
  }
  if (text.includes('>')) text = text.replace(/^\s*>\s?/, '');
  // HTML links inside the Markdown (a digest's `<div class="paper-title"><a href="…">Title</a></div>`): Markdown links.
  if (text.includes('<a') || text.includes('<A')) text = htmlLinksAsMarkdown(text);
  // Markup regexes scan ahead from each bracket or star; a line full of them (hostile or not a page) would make that
  // quadratic, so such lines are kept as they are.
  if (text.includes('[') && countOf(text, '[') <= MAX_MARKERS_PER_LINE) {
    // Wiki links (Obsidian's `[[Note name|Shown text]]`, `[[Note name]]`, the bar escaped as `\|` inside a table) show
    // their text; an embedded file (`![[figure.png]]`) shows nothing. A note named after its paper's arXiv id ("Live Avatar -
    // 2512.04677", as paper vaults name them) is that paper's, so the link names the paper.
    if (text.includes('[[')) {
      text = text.replace(/(!?)\[\[([^[\]|\\]+?)(?:\\?\|([^[\]]+?))?\]\]/g, (_match, embed: string, target: string, alias: string | undefined) => {
        if (embed) return ' ';
        const shown = (alias ?? target).trim();
        const id = /(?:^|[\s_-])(\d{4}\.\d{4,5})(?:v\d+)?\s*$/.exec(target);
        if (id) {
          links.push(`https://arxiv.org/abs/${id[1]}`);
          linkTexts.push(shown);
        }
        return shown;
      });
    }
    // Images carry avatars and thumbnails: their alt text is a user name or "Image", never paper text.
    text = text.replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?/g, ' ');
    // Two links written with nothing between them ("[#2 Paper of the day](…)[TIGER-Lab](…)", elements side by side
    // on the page) are two fields of a row, not one word.
    if (options.isHighlight !== undefined && text.includes('](')) text = tightenHighlights(text, options.isHighlight);
    if (text.includes(')[')) text = text.replace(/(\]\([^()\s]*\))(?=\[[^\]])/g, '$1 · ');
    // Inline links `[text](url "title")`, then reference links `[text][n]` / `[text][]` (collapsed: the text is the label).
    // A link's text may hold one bracketed image placeholder (`[[microsoft] Microsoft][67]`): the alt text is dropped.
    text = text.replace(/\[((?:[^[\]]|\[[^[\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g, (match, label: string, url: string, _at: number, whole: string) => {
      // A widget glued to the text it sits by ("May 29[6](…#community)", a comment count after a date) is not text.
      if (isWidget(url) && whole.trim() !== match.trim()) return ' ';
      // A block link whose text opens with a heading (`[#### Title · Paper • …](/papers/…)`): the line is that heading.
      const headed = /^\s*(#{1,6})\s+/.exec(label);
      if (headed && heading === 0 && whole.trim() === match.trim()) {
        heading = headed[1].length;
        label = label.slice(headed[0].length);
      }
      const shown = withoutPlaceholders(label);
      links.push(url);
      linkTexts.push(shown.trim());
      return shown;
    });
    text = text.replace(/\[((?:[^[\]]|\[[^[\]]*\])+)\]\[([^\]]*)\]/g, (match, label: string, ref: string) => {
      const url = refs.get((ref || label).toLowerCase());
      // `[text][n]` is link markup even when the page kept no definition for it (a capture cut before its link list).
      if (url === undefined && ref === '') return match;
      const shown = withoutPlaceholders(label);
      links.push(url ?? '');
      linkTexts.push(shown.trim());
      return shown;
    });
    // lynx marks a link with `[12]` before its text; the text runs to the next marker or the end of the line. A number
    // in brackets set in bold or italics (`**[29]** *Title*`, a bibliography's entry number) is text, not lynx's marker.
    text = text.replace(/(?<![*_])\[(\d+)\](?![*_])([^[]*)/g, (match, ref: string, after: string, offset: number, whole: string) => {
      const url = refs.get(ref);
      if (url === undefined && refs.size > 0) return match;
      links.push(url ?? '');
      linkTexts.push(after.trim());
      linkRunsOn = offset + match.length === whole.length && after.trim() !== '';
      return after;
    });
  }
  // Bare URLs written out in the text (an "arXiv: https://arxiv.org/abs/…" line).
  if (text.includes('://')) {
    for (const match of text.matchAll(/\bhttps?:\/\/[^\s)\]>"']+/g)) {
      if (!links.includes(match[0])) {
        links.push(match[0]);
        linkTexts.push('');
      }
    }
  }
  // Hugo's shortcodes (`{{< keyword icon="writer" >}} … {{< /keyword >}}`, a static site's paper pages): markup.
  if (text.includes('{{')) text = text.replace(/\{\{[<%].*?[>%]\}\}/g, ' ');
  if (text.includes('(BUTTON)') || text.includes('[')) text = text.replace(/\((?:BUTTON)\)|\[(?:IMG|INLINE|USEMAP|BUTTON)\]/g, ' ');
  // HTML tags a converter left inline (`<summary><b>Title</b></summary>`): markup, not text. A line that opens an HTML
  // list item (`<li><a href="…">Title</a></li>`, a digest's `<details>` of references) is a list item as `- …` is.
  const htmlItem = text.includes('<') && /^\s*(?:<(?!li\b)[a-zA-Z][^<>]*>\s*)*<li\b/i.test(text);
  if (text.includes('<')) text = text.replace(/<\/?[a-zA-Z][^<>]*>/g, ' ');
  // Nested lists flattened onto one line ("* * Website", "- - 3 authors") carry one bullet per level.
  // "+ 8 authors" under a list of names is a count of more, not a list item: its "+" stays.
  const bulletMatch = /^\s*(?:(?:[*•·‧∙]|\+(?!\s+\d+\s+\p{L})|-(?=\s))\s+)+|^\s*[•·]\s*(?=\S)/u.exec(text);
  const bullet = bulletMatch !== null || htmlItem;
  if (bulletMatch) text = text.slice(bulletMatch[0].length);
  // `**Label:** value` (also `**Label**: value`): a field written with its name in bold.
  // A field left empty ("**主要机构**: " at the end of its line) is still that field.
  const labelled = text.includes('**') || text.includes('__') ? /^(\*\*|__)([^*_:]{1,40}?)(?::\1|\1:)(?:\s|$)/.exec(text) : null;
  const emphasised = (text.includes('*') || text.includes('_')) && /^(?:[\p{Extended_Pictographic}]\uFE0F?\s*)*([*_]{1,2})(?=\S)[^*_]+(?<=\S)\1$/u.test(text);
  // `**Title** — fields…` (after any list number): the bold text is the name of what the line goes on to describe.
  const lead = !labelled && text.includes('**') ? /^(?:\d{1,3}[.)]\s+)?\*\*(?=\S)([^*]+?)(?<=\S)\*\*\s*(?:[—–:·|(]|-\s)/.exec(text) : null;
  if ((text.includes('*') || text.includes('_')) && countOf(text, '*') + countOf(text, '_') <= MAX_MARKERS_PER_LINE) {
    text = text
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(/(^|[\s(])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, '$1$3');
  }
  if (text.includes('`')) text = text.replace(/`([^`]*)`/g, '$1');
  // A backslash before a space or at the end of a line is a Markdown hard line break (converters write `<br>` so).
  if (text.includes('\\')) text = text.replace(/\\+(?=\s|$)/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
  if (text.includes('&')) text = decodeEntities(text);
  // The same test as /\s\s|[\t\u00a0]/, half the time on long lines: two substring searches and one two-space pattern.
  text = text.includes('\t') || text.includes('\u00a0') || /\s\s/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
  // A link's text is compared with the line's text (a line that is one link): the same breaks and spaces go.
  const shownLinkTexts = linkTexts.map((label) => (/[\\\s]\s|\\/.test(label) ? label.replace(/\\+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim() : label));
  return {
    text, links, linkTexts: shownLinkTexts, heading, bullet, linkRunsOn,
    ...(labelled ? { label: labelled[2].trim() } : {}), ...(emphasised ? { emphasised } : {}),
    ...(lead ? { lead: lead[1].replace(/\s+/g, ' ').trim() } : {}),
  };
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/**
 * The column a page was hard-wrapped at: text browsers and converters break paragraphs at a fixed width, so lines
 * that continue on the next line cluster just under it. Pages with one line per paragraph (long abstracts, short
 * titles) have no such cluster and give null.
 */
export function detectWrapWidth(lengths: number[]): number | null {
  const candidates = lengths.filter((length) => length >= 30);
  if (candidates.length < 4) return null;
  const width = percentile(candidates, 0.9);
  if (width > 250) return null;
  const clustered = candidates.filter((length) => length >= width * 0.75 && length <= width * 1.1).length;
  return clustered >= candidates.length * 0.6 ? width : null;
}

export interface ReadPageTextOptions {
  /**
   * Lines that are a field of their own (a date, an author count) even right under a full line: never joined to the
   * paragraph above, where an abstract's last line happened to end near the wrap column.
   */
  standalone?: (text: string) => boolean;
  /** Links that are a widget (a comment counter), dropped from a line that has other text. */
  isWidget?: (url: string) => boolean;
  /**
   * Links that mark a highlighted word of the text (HF links the keywords of an abstract to a search for them): the
   * site sets such a word apart with spaces ("( PLMs )", "regime ,"), which are dropped next to the link only.
   */
  isHighlight?: (url: string) => boolean;
}

/**
 * "( [PLMs](…?q=PLMs) )" → "([PLMs](…))", "[regime](…) ," → "[regime](…),": the spaces a page put around a highlighted
 * word, inside brackets and before punctuation, where the page marks the highlight as a link. The same spacing
 * without such a link is the author's own and stays.
 */
function tightenHighlights(text: string, isHighlight: (url: string) => boolean): string {
  // Most lines have no space inside a bracket before a link nor before punctuation after one: nothing to look at.
  if (!/\(\s+\[|\)\s+[,.;:!?)]/.test(text)) return text;
  return text.replace(/(\(\s+)?(\[[^[\]]*\]\(\s*<?([^)\s>]*)>?\s*\))(\s+(?=[,.;:!?)]))?/g, (match, open: string | undefined, link: string, url: string, close: string | undefined) =>
    (open === undefined && close === undefined) || !isHighlight(url) ? match : `${open === undefined ? '' : '('}${link}`);
}

/** Pure: a page's text → its logical lines, with wrapped paragraphs joined and link references resolved. */
export function readPageText(text: string, options: ReadPageTextOptions = {}): PageText {
  const raws: RawLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ number: index + 1, raw: raw.replace(/\t/g, '    ').trimEnd() }));
  const frontMatter = frontMatterLines(raws);
  const { refs, skip } = collectReferences(raws);
  const content = joinMultiLineLinks(withoutPageBreaks(htmlTablesAsRows(withoutCode(raws.filter((line) => !skip.has(line.number) && line.number > frontMatter.length)))));

  interface Physical extends CleanLine {
    cells?: TableCell[];
    number: number;
    length: number;
    blank: boolean;
    /** The line starts with two or more spaces. */
    indented?: boolean;
    /** A row of a Markdown table (`| … | … |`): a line of its own, never a wrapped paragraph's. */
    tableRow?: boolean;
  }
  const physical: Physical[] = content.map(({ number, raw }) => {
    // A line with a text field (lynx draws it as a run of underscores) is a form: a search box and its query.
    if (raw.trim() === '' || FURNITURE.test(raw) || MARKUP_ONLY.test(raw) || /_{5,}/.test(raw)) {
      return { number, length: 0, blank: true, text: '', links: [], linkTexts: [], heading: 0, bullet: false, linkRunsOn: false };
    }
    const tableRow = TABLE_ROW.test(raw);
    const clean: Physical = { number, length: raw.length, blank: false, indented: /^ {2,}\S/.test(raw), tableRow, ...cleanLine(raw, refs, options) };
    if (tableRow) clean.cells = tableCells(raw).map((cell) => pick(cleanLine(cell, refs, options)));
    return clean;
  });
  // A heading broken over two lines: its second line follows at once, indented (an arXiv title keeps its own line
  // break and indent, "…for end-to-end\n  multi-modal document conversion"). Markdown has no such heading, so the
  // indented line can only be the heading's rest.
  for (let index = 1; index < physical.length; index++) {
    const above = physical[index - 1];
    const line = physical[index];
    if (above.heading > 0 && !above.blank && !line.blank && line.heading === 0 && !line.bullet && /^\s{2,}\S/.test(content[index].raw)) {
      above.text = `${above.text} ${line.text}`;
      above.links.push(...line.links);
      above.linkTexts.push(...line.linkTexts);
      physical[index] = { ...line, blank: true, text: '', length: 0 };
    }
  }
  // Setext headings: a text line underlined with === or ---.
  for (let index = 1; index < content.length; index++) {
    const underline = /^\s{0,3}(=+|-+)\s*$/.exec(content[index].raw);
    const above = physical[index - 1];
    if (underline && !above.blank && !above.bullet && above.heading === 0 && content[index].raw.trim().length >= 2) {
      above.heading = underline[1][0] === '=' ? 1 : 2;
      physical[index] = { ...physical[index], blank: true, text: '', length: 0 };
    }
  }

  // Lines that go on into a following text line are what a wrapped page is made of.
  const continuing = physical
    .filter((line, index) => !line.blank && line.heading === 0 && !physical[index + 1]?.blank && physical[index + 1]?.heading === 0 && !physical[index + 1]?.bullet)
    .map((line) => line.length);
  const wrapWidth = detectWrapWidth(continuing);
  // Without one width for the whole page (one-line summaries beside wrapped abstracts), each paragraph's own.
  const blockWidths = wrapWidth === null ? paragraphWrapWidths(physical) : null;

  const lines: PageLine[] = [];
  let previous: Physical | null = null;
  let afterBlank = true;
  for (const line of physical) {
    if (line.blank || line.text === '') {
      previous = null;
      afterBlank = true;
      continue;
    }
    const above = previous as Physical | null;
    const space = line.text.indexOf(' ');
    const firstWord = space === -1 ? line.text.length : space;
    // Greedy wrapping moves a word to the next line only when it does not fit: so the line above was full.
    // After a hyphen the wrapper needs no space, so the word that did not fit is measured without one.
    const gap = above !== null && /[A-Za-z]-$/.test(above.text) ? 0 : 1;
    const width = wrapWidth ?? blockWidths?.get(line.number) ?? null;
    // arXiv starts each further paragraph of an abstract on an indented line right under the one before
    // ("…hardware resources.\n  Current performance debugging…"): in Markdown too that line continues the paragraph.
    const indentedContinuation = line.indented === true && above !== null && above.length >= 60 && !above.bullet;
    // A field written with its name in bold (`**arXiv:** …`) starts a line of its own, as a heading or a list item does.
    const wrappedFromPrevious =
      above !== null && line.heading === 0 && !line.bullet && line.label === undefined && above.heading === 0 && !line.tableRow && !above.tableRow &&
      ((width !== null && above.length + gap + firstWord > width) || indentedContinuation) &&
      !(options.standalone?.(line.text) ?? false);
    const last = lines.at(-1);
    if (wrappedFromPrevious && last) {
      // A word broken at a hyphen by the wrapper is joined without a space ("Mixture-of-" + "Experts").
      const join = (before: string) => (/[A-Za-z]-$/.test(before) ? `${before}${line.text}` : `${before} ${line.text}`);
      // A link wrapped over two lines (lynx) keeps its whole text, so a wrapped title is still "a line that is a link".
      if (above?.linkRunsOn && line.links.length === 0 && last.linkTexts.length > 0) {
        last.linkTexts[last.linkTexts.length - 1] = join(last.linkTexts[last.linkTexts.length - 1]);
      }
      last.text = join(last.text);
      last.links.push(...line.links);
      last.linkTexts.push(...line.linkTexts);
    } else if (afterBlank && last && last.links.length === 0 && BARE_URL.test(line.text) && !BARE_URL.test(last.text)) {
      // A link written as its text, then its address on a line of its own (some page exporters): the address is the
      // link of the line above, which is then a line that is one link.
      last.links.push(line.text);
      last.linkTexts.push(last.text);
    } else {
      lines.push({
        line: line.number,
        text: line.text,
        links: [...line.links],
        linkTexts: [...line.linkTexts],
        heading: line.heading,
        bullet: line.bullet,
        afterBlank,
        ...(line.label !== undefined ? { label: line.label } : {}),
        ...(line.emphasised ? { emphasised: true } : {}),
        ...(line.lead !== undefined ? { lead: line.lead } : {}),
      });
      if (line.cells) lines.at(-1)!.cells = line.cells;
    }
    // A continuation line carries an open link on to the next continuation.
    previous = line.links.length === 0 && above?.linkRunsOn === true && wrappedFromPrevious ? { ...line, linkRunsOn: true } : line;
    afterBlank = false;
  }
  return { lines, referenceLines: skip.size, wrapWidth, frontMatter: frontMatter.map((line) => line.raw) };
}

const BARE_URL = /^https?:\/\/\S+$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

const pick = ({ text, links, linkTexts }: CleanLine): TableCell => ({ text, links, linkTexts });

/** A whole inline or reference link (`[text](url)`, `[text][n]`), whose text may hold one bracketed part. */
const WHOLE_LINK = /\[(?:[^[\]]|\[[^[\]]*\])*\](?:\([^()\s]*(?:\s+"[^"]*")?\)|\[[^\]]*\])/g;

/**
 * The cells of a Markdown table row, split at its unescaped pipes as GFM does (`\\|` is a pipe inside a cell). A pipe
 * inside a whole link's text (`[Lens | A Study](https://…)`, a title that has one, written by a generator that did not
 * escape it) is the link's: GFM would split there, but no cell boundary falls inside a link that closes.
 */
function tableCells(raw: string): string[] {
  const row = raw.includes('[') ? raw.replace(WHOLE_LINK, (link) => link.replace(/(?<!\\)\|/g, '\\|')) : raw;
  return row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '').split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/** A page number a converter of a PDF wrote under a rule ("---" then "*Page 2*"), or a form feed (pdftotext). */
const PAGE_NUMBER = /^\s*(?:\*{1,2}|_{1,2})?page\s+\d+(?:\s+of\s+\d+)?(?:\*{1,2}|_{1,2})?\s*$/i;
const RULE = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;

/**
 * A page break of a printed page converted back to text: the rule, the page number and the blank lines around them.
 * A paragraph the break fell into goes on after it, so the break is dropped rather than read as a paragraph's end.
 */
function withoutPageBreaks(lines: RawLine[]): RawLine[] {
  const drop = new Set<number>();
  lines.forEach(({ raw }, index) => {
    const formFeed = raw.includes('\f') && raw.trim() === '\f';
    if (!formFeed && !(PAGE_NUMBER.test(raw) && RULE.test(lines[index - 1]?.raw ?? ''))) return;
    let from = formFeed ? index : index - 1;
    while (from > 0 && lines[from - 1].raw.trim() === '') from--;
    let to = index + 1;
    while (to < lines.length && lines[to].raw.trim() === '') to++;
    for (let at = from; at < to; at++) drop.add(at);
  });
  return drop.size === 0 ? lines : lines.filter((_line, index) => !drop.has(index));
}

/**
 * A YAML front matter block (`---` on the first line, `key: value` lines, `---`) that a capture tool put first. Every
 * line must read as YAML, so the bound only stops the scan: a note's tags, aliases and authors as lists run past 60 lines.
 */
const MAX_FRONT_MATTER_LINES = 300;

function frontMatterLines(raws: RawLine[]): RawLine[] {
  if (raws[0]?.raw.trim() !== '---') return [];
  for (let index = 1; index < Math.min(raws.length, MAX_FRONT_MATTER_LINES); index++) {
    if (raws[index].raw.trim() === '---') return index > 1 ? raws.slice(0, index + 1) : [];
    if (!FRONT_MATTER_LINE.test(raws[index].raw)) return [];
  }
  return [];
}

/** Net count of link brackets on a line (`[` minus `]`), escaped ones aside. */
function bracketBalance(text: string): number {
  let balance = 0;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '\\') index++;
    else if (character === '[') balance++;
    else if (character === ']') balance--;
  }
  return balance;
}

/** Lines a link spans at most (a wrapped abstract that is one link). */
const MAX_LINK_LINES = 60;

/**
 * Converters write a block that is one link (a card's abstract, its upvote box, its author list) as a link whose text
 * runs over several lines: `[` on one line, `](url)` or `][n]` lines later. Those lines become one, so the link reads
 * as any other. Only a line that starts with the unclosed bracket opens one (a "[0, 1)" inside a sentence does not),
 * (or with emphasis before it, `**[Title…`), and only a link closed within MAX_LINK_LINES lines is joined. A Markdown hard break (a trailing backslash) is a space.
 */
function joinMultiLineLinks(lines: RawLine[]): RawLine[] {
  const joined: RawLine[] = [];
  for (let index = 0; index < lines.length; index++) {
    const first = lines[index];
    const opens = /^\s*(?:#{1,6}\s+|[-*+]\s+)?(?:\*{1,2}|_{1,2})?\[/.test(first.raw) && first.raw.includes('[') && bracketBalance(first.raw) > 0;
    let end = -1;
    if (opens) {
      let balance = bracketBalance(first.raw);
      for (let next = index + 1; next < lines.length && next <= index + MAX_LINK_LINES; next++) {
        balance += bracketBalance(lines[next].raw);
        if (balance <= 0) {
          if (balance === 0 && /\](?:\(|\[)/.test(lines[next].raw)) end = next;
          break;
        }
      }
    }
    if (end === -1) {
      joined.push(first);
      continue;
    }
    // Blocks of the link's text (paragraphs a blank line apart: a card's heading, then its "Paper • id • date" row)
    // stay apart as fields, joined by "·"; lines of one block are one text.
    const blocks: string[][] = [[]];
    for (const line of lines.slice(index, end + 1)) {
      const part = line.raw.replace(/\\+$/, '').trim();
      if (part !== '') blocks.at(-1)!.push(part);
      else if (blocks.at(-1)!.length > 0) blocks.push([]);
    }
    const text = blocks.filter((block) => block.length > 0).map((block) => block.join(' ')).join(' · ');
    joined.push({ number: first.number, raw: text.replace(/\[\s*(?:·\s*)?/, '[').replace(/\s*(?:·\s*)?\](?=[([])/, ']') });
    index = end;
  }
  return joined;
}

/**
 * Wrap widths paragraph by paragraph, for pages without one width: a paragraph of three or more lines each of which
 * (all but its last) could not take the next line's first word within its longest line is hard-wrapped at that width. Keyed by the
 * number of each line that continues such a paragraph.
 */
function paragraphWrapWidths(physical: Array<{ number: number; length: number; text: string; blank: boolean; heading: number; bullet: boolean }>): Map<number, number> {
  const widths = new Map<number, number>();
  let start = 0;
  for (let index = 0; index <= physical.length; index++) {
    const line = physical[index];
    if (line !== undefined && !line.blank && line.heading === 0 && !(line.bullet && index > start)) continue;
    const block = physical.slice(start, index);
    start = index + 1;
    if (block.length < 3) continue;
    const widest = Math.max(...block.slice(0, -1).map((item) => item.length));
    // Each line but the last was full: the next line's first word would not have fitted after it.
    const firstWord = (text: string) => (text.includes(' ') ? text.indexOf(' ') : text.length);
    if (widest < 40 || block.slice(0, -1).some((item, at) => item.length + 1 + firstWord(block[at + 1].text) <= widest)) continue;
    for (const item of block.slice(1)) widths.set(item.number, widest);
  }
  return widths;
}
