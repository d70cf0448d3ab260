// Cited-reference strings (WoS `CR` lines, Scopus `References` entries) → first author, year, title, source and DOIs.
//
// Hand-written because no kept JavaScript library parses these two database-specific layouts (citation-js and
// anystyle handle formatted bibliographies, not WoS's `Author, Year, SOURCE, Vn, Pn, DOI` or Scopus's comma soup).
// Precision first: a part that cannot be told apart with confidence stays null, because a wrong part becomes a wrong
// citation later; `text` always keeps the whole string.
import { normaliseArxivId, normaliseDoi, setId, type ReferenceRecord } from '../../src/shared/record';

export type ReferenceStyle = 'wos' | 'scopus' | 'auto';

const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
/** A year in parentheses, as Scopus writes it: `(2018)`, `(2019a)`. */
const PAREN_YEAR = new RegExp(String.raw`\((${YEAR})[a-z]?\)`);
/** The newer Scopus layout ends with the year: `…, pp. 1-10, (2021)`. */
const TRAILING_PAREN_YEAR = new RegExp(String.raw`,?\s*\((${YEAR})[a-z]?\)[\s.]*$`);
const WHOLE_YEAR = new RegExp(`^${YEAR}$`);
const ANY_YEAR = new RegExp(String.raw`\b${YEAR}\b`);
/** WoS `Author, Year,` start (organisation authors may end with a doubled comma). */
const WOS_AUTHOR_YEAR = new RegExp(String.raw`^[^,]{1,120},+ ${YEAR}(?:,|$)`);

/** Single spaces, trimmed; most strings are already clean, so only those that need it are rewritten (hot path). */
function clean(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const EDGE_CHARACTERS = new Set([...' ,;:."“”\'‘’«»']);

/** Trim what surrounds a title or source in a reference: separators, quotes, a closing full stop. A URL is neither. */
function trimPart(text: string | null | undefined): string | null {
  if (!text) return null;
  const cleaned = clean(text);
  // A loop from each end: an unanchored `[…]+$` regex retries at every position of long strings (hot path).
  let start = 0;
  let end = cleaned.length;
  while (start < end && EDGE_CHARACTERS.has(cleaned[start])) start++;
  while (end > start && EDGE_CHARACTERS.has(cleaned[end - 1])) end--;
  const trimmed = cleaned.slice(start, end);
  return /\p{L}/u.test(trimmed) && !/^(?:https?:|www\.)/i.test(trimmed) ? trimmed : null;
}

function emptyReference(text: string): ReferenceRecord {
  return { ids: {}, text, firstAuthor: null, year: null, title: null, source: null };
}

/** Record the DOIs found (first one as the id, any others apart), normalised and without repeats. */
function assignDois(reference: ReferenceRecord, raw: string[]): void {
  const dois = [...new Set(raw.map((doi) => normaliseDoi(doi)).filter((doi): doi is string => doi !== null))];
  if (dois.length === 0) return;
  reference.ids.doi = dois[0];
  if (dois.length > 1) reference.otherDois = dois.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Author names

/** `S`, `JA`, `E.`, `A.-L.`, `J.P.A.`: a token made only of initials. */
const INITIALS_TOKEN = /^(?:\p{Lu}\.?-?){1,4}$/u;

const SIMPLE_NAME = /^(\p{Lu}[\p{Ll}'’-]+) (?:\p{Lu}\.?){1,3}$/u;
/** Words that start a family name without being one on their own (`de la Cadena`, `VAN DER AALST`, `Le Quere`). */
const NAME_PARTICLES = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'des', 'di', 'da', 'das', 'dos', 'du',
  'la', 'las', 'le', 'les', 'lo', 'los', 'ter', 'ten', 'st', 'st.', 'el', 'al', 'bin', 'ibn',
]);
/** An organisation keeps its whole name (`World Health Organization`, `Committee on Publication Ethics`). */
const ORGANISATION_WORD =
  /\b(?:organi[sz]ation|foundation|council|committee|commission|institute|association|society|agency|bank|union|nations|ministry|department|office|programm?e?|group|cent(?:er|re)|university|government|board|fund|forum|network|service|panel|bureau|authority|court|statistics)\b|\(/i;

/**
 * Family name from a "Family Initials" name (WoS `Adelman S`, `de Wet E.`, `Brondizio E. S.`, Scopus `Hoffmann S.`),
 * without the given names WoS sometimes writes out (`Escobar Arturo`, `Kotze Louis J.`, `Collins Patricia Hill`):
 * leading particles and the first word are kept. Compound family names therefore keep their first part only
 * (`Gutierrez Perez F.` → `Gutierrez`), which a matcher comparing first words still finds.
 */
export function familyFromInvertedName(name: string): string | null {
  // Most WoS names are one word and initials (`Adelman S`, `Barnosky AD`): answer those without the general path.
  const simple = SIMPLE_NAME.exec(name);
  if (simple) return simple[1];
  const tokens = clean(name).replace(/,$/, '').split(' ').filter(Boolean);
  if (tokens.length === 0 || /^\[?anonymous\]?$/i.test(tokens.join(' '))) return null;
  let end = tokens.length;
  while (end > 1 && INITIALS_TOKEN.test(tokens[end - 1])) end--;
  const core = tokens.slice(0, end);
  let family: string;
  const organisation =
    ORGANISATION_WORD.test(core.join(' ')) || /\s(?:of|on|for|and|the)\s/i.test(` ${core.slice(1).join(' ')} `);
  if (core.length === 1 || organisation) {
    family = core.join(' ');
  } else {
    let last = 0;
    while (last < core.length - 1 && NAME_PARTICLES.has(core[last].toLowerCase())) last++;
    family = core.slice(0, last + 1).join(' ');
  }
  family = family.replace(/[.,]+$/, '');
  return /\p{L}/u.test(family) ? family : null;
}

// One author of the older Scopus layout: `Nayak, V.`, `D'Souza, D.R.`, `Van Bennekum, A.`, `Galmiche, M`,
// `Smink, FRE`, `Rojas, A. E.`, `Guedon, J.-C.`. Initials never contain a lowercase letter unless a full stop follows
// (`Ch.`), so `Li Y, Wu X` (newer layout) is not read as family "Li Y" with initials "Wu X".
const OLD_AUTHOR = new RegExp(
  String.raw`(\p{L}[\p{L}'’\-]*(?: \p{L}[\p{L}'’\-]*){0,3}), ((?:\p{Lu}(?:\p{Ll}\.|\.|(?!\p{Ll}))\s?-?\s?){1,5})(?:[,:]\s|,?\s*$|(?<=\s)(?=\())`,
  'uy',
);
// One author of the newer Scopus layout: `Hoffmann S.`, `Boulesteix A.-L.`, `Leiner D. J.`, `Sayers EW` (also the
// Vancouver/Harvard names of Crossref `unstructured` strings, `Choudhury P, Allen R, Endres M (2018) …`).
const NEW_AUTHOR = new RegExp(
  String.raw`(\p{L}[\p{L}'’\-]*(?: \p{L}[\p{L}'’\-]*){0,3}) ((?:\p{Lu}\.(?:\s?-?\s?\p{Lu}\.)*)|\p{Lu}{1,3})(?:,\s|,?\s*$|\s+(?=\(\d))`,
  'uy',
);
const ET_AL = /(?:et al\.?|\.\.\.)(?:[,:]\s|[,:]?\s*$|\s+(?=\(\d))/iy;
/** `&` or `and` before the last author, as APA-like strings (Crossref `unstructured`) write it. */
const AND_JOIN = /(?:&|and)\s+/y;

/** A family name never ends with a word that looks like initials (`Li Y`): that is a newer-layout name instead. */
function plausibleFamily(family: string): boolean {
  const words = family.split(' ');
  return !(words.length > 1 && /^\p{Lu}{1,3}$/u.test(words[words.length - 1]));
}

/**
 * Read the author list at the start of a Scopus reference, in whichever of the two name layouts it uses.
 * Returns the first author's family name and where the rest of the reference begins.
 */
function consumeScopusAuthors(text: string): { firstAuthor: string | null; rest: string } {
  for (const pattern of [OLD_AUTHOR, NEW_AUTHOR]) {
    let position = 0;
    let first: string | null = null;
    let count = 0;
    for (;;) {
      ET_AL.lastIndex = position;
      if (count > 0 && ET_AL.exec(text)) {
        position = ET_AL.lastIndex;
        continue;
      }
      AND_JOIN.lastIndex = position;
      if (count > 0 && AND_JOIN.exec(text)) position = AND_JOIN.lastIndex;
      pattern.lastIndex = position;
      const match = pattern.exec(text);
      if (!match || !plausibleFamily(match[1])) break;
      if (first === null) first = match[1];
      count++;
      position = pattern.lastIndex;
    }
    if (count > 0) return { firstAuthor: first, rest: text.slice(position).trim() };
  }
  return { firstAuthor: null, rest: text };
}

// ---------------------------------------------------------------------------------------------------------------
// Web of Science

/** WoS cited reference: `Adelman S, 2021, ONATI SOCIO-LEGAL S, V11, P44, DOI 10.35295/…` (title is never given). */
function parseWosReference(text: string): ReferenceRecord {
  const reference = emptyReference(text);
  let body = text;
  // The DOI part comes last, spelt `DOI 10.x`, `DOI DOI 10.x`, `DOI [10.x, DOI 10.y]` or `DOI https://doi.org/10.x`.
  const doiAt = body.search(/,\s*DOI\b/i);
  if (doiAt !== -1) {
    const doiPart = body.slice(doiAt).replace(/^,\s*DOI\s*/i, '');
    assignDois(
      reference,
      doiPart
        .replace(/^\[|\]$/g, '')
        .split(/,\s*/)
        .map((item) => item.replace(/^(?:DOI\s+)+/i, '')),
    );
    body = body.slice(0, doiAt);
  }
  // Empty fields are dropped: some organisation authors end with a doubled comma (`The Treasury,, 2019, …`).
  const fields = body
    .split(/,\s*/)
    .map((field) => field.trim())
    .filter((field) => field !== '');
  let index = 0;
  if (fields[0] !== undefined && !WHOLE_YEAR.test(fields[0])) {
    reference.firstAuthor = familyFromInvertedName(fields[0].replace(/^\*/, ''));
    index = 1;
  }
  if (fields[index] !== undefined && WHOLE_YEAR.test(fields[index])) {
    reference.year = Number(fields[index]);
    index++;
  }
  // Volume (`V11`), page (`P44`, `PA12`) and article fields follow the source; a book title as source may hold
  // commas of its own (`SUSTAINABLE DEVELOPMENT GOALS: LAW, THEORY AND IMPLEMENTATION`).
  let end = index;
  while (end < fields.length && !/^(?:V|P|PP|AR)\s?[\dA-Z]*\d|^DOI\b/.test(fields[end])) end++;
  // An arXiv preprint is cited with its identifier run into the source, `Valstar M., 2016, ARXIV160501600`, which
  // would otherwise pass for an article number (`AR…`).
  const arxiv = /^ARXIV\s*:?\s*(\d{4})\.?(\d{4,5})(?:V\d+)?$/i.exec(fields[index] ?? '');
  if (arxiv) {
    setId(reference.ids, 'arxiv', `${arxiv[1]}.${arxiv[2]}`);
    reference.source = 'arXiv';
    return reference;
  }
  if (end > index) reference.source = trimPart(fields.slice(index, end).join(', '));
  return reference;
}

// ---------------------------------------------------------------------------------------------------------------
// Scopus

/** Volume, issue, pages or article number at the end of a newer-layout reference (`, 8, 4, pp. 1-10`). */
const TRAILING_NUMBERS =
  /,\s*(?:pp?\.\s*[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+[A-Za-z]?)?|art\.?\s*no\.?\s*\S+|[A-Za-z]?\d+[A-Za-z]?(?:\s*[-–]\s*[A-Za-z]?\d+[A-Za-z]?)?)\s*$/i;

/** Where the source ends in the older layout: at volume, pages, an empty field, a URL or an article number. */
const SOURCE_END =
  /,\s*(?=[\d,]|pp?\.|https?:|www\.|art\.|vol\.|no\.|\(\d)|\s+(?=\d+\s*(?:\(\d|:\s*\d))|\.\s+(?:Available|Retrieved|Accessed)\b/i;
/**
 * The end of a title's sentence: a full stop, `?` or `!` before a capital or a digit, but not the full stop of an
 * initial (`U.S. policy`, `J. Smith`).
 */
const SENTENCE_END = /(?<!(?:^|[\s.])\p{Lu})[.?!](?=\s+[\p{Lu}\d])/u;

/**
 * Where a title with no year before it ends: at an empty field, numbers, pages or a URL; never at the comma that
 * groups a number's thousands (`Coronavirus: 250,000 people urged…`).
 */
const TITLE_END = /,\s*,|(?!(?<=\d),\d{3}(?!\d)),\s*(?=\d|pp?\.\s*\d|https?:|www\.)/i;

/** A source without its `In:` prefix; a URL or an access note is not a source. */
function stripIn(text: string | null): string | null {
  const source = text === null ? null : trimPart(text.replace(/^[\s.,]*In:?\s+/i, ''));
  return source !== null && /^(?:Available|Retrieved|Accessed)\b/i.test(source) ? null : source;
}

/**
 * A group author or a name Scopus wrote without initials, at the start of a reference whose author list it could
 * not read: an organisation (`World Health Organization`, `United Nations Development Programme`), an acronym
 * (`WHO`, `OECD`), or, when `singleWord`, one capitalised word (`Google`, `Michael`). Without it the reference has no
 * first author and can never be matched by its parts; read as a title, it would hide the real title.
 */
function groupAuthor(part: string, singleWord: boolean): boolean {
  if (/^\p{Lu}{2,8}$/u.test(part)) return true;
  if (singleWord && /^\p{Lu}[\p{Ll}'’-]+$/u.test(part)) return true;
  // Capitalised words joined by "of", "for", "and", "the", "on", "&", holding an organisation's word.
  return (
    /^\p{Lu}[\p{L}.'’-]*(?: (?:of|for|and|the|on|&|\p{Lu}[\p{L}.'’-]*))*$/u.test(part) &&
    ORGANISATION_WORD.test(part)
  );
}

/** Parts that can only be names: each capitalised, of four words at most (`Perry, Robert H., Green, Don W.,`). */
function namesOnly(text: string): boolean {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .every((part) => /^\p{Lu}/u.test(part) && part.split(' ').length <= 4);
}

/**
 * What is before the year of an older-layout reference whose author list was not read, without the names it starts
 * with (set as the first author): the book layout `Authors, (Year) Title, , Publisher`, where a comma before the year
 * closes an author list (`Michael, (2007) …`, `World Health Organization, (2016) …`, `Perry, Robert H., Green, Don W.,
 * (1984) …`), or a group author before a title (`Google, Mastering the game of Go … (2017) Nature, …`). A title of
 * its own with commas continues a list (`Production, Information Costs, and Economic Organization`) or goes on in
 * lower case, so a title after the group author has no comma.
 */
function withoutLeadingAuthor(reference: ReferenceRecord, before: string): string {
  const firstPart = before.split(',')[0].trim();
  if (/,\s*$/.test(before) && namesOnly(before) && (NAME_ONLY.test(firstPart) || groupAuthor(firstPart, true))) {
    reference.firstAuthor = familyFromInvertedName(firstPart);
    return '';
  }
  const comma = before.indexOf(', ');
  const title = comma === -1 ? '' : before.slice(comma + 2).trim();
  if (groupAuthor(firstPart, true) && /^\p{Lu}/u.test(title) && !/,\s/.test(title) && /\s\S+\s/.test(title)) {
    reference.firstAuthor = familyFromInvertedName(firstPart);
    return title;
  }
  return before;
}

/** The rest of an older-layout reference: `Title (Year) Source, vol (issue), pp. …` or `(Year) Title, , Publisher`. */
function parseOldScopusRest(reference: ReferenceRecord, rest: string, hadAuthors: boolean): void {
  const year = PAREN_YEAR.exec(rest);
  if (!year) {
    // No year: a title, maybe followed by an empty field and a publisher or URL.
    reference.title = trimPart(rest.split(TITLE_END)[0]);
    return;
  }
  reference.year = Number(year[1]);
  const after = rest.slice(year.index + year[0].length).trim();
  // With the author list read, what is before the year is the title; else it may start with names Scopus could not
  // read as authors.
  const before = hadAuthors ? rest.slice(0, year.index) : withoutLeadingAuthor(reference, rest.slice(0, year.index));
  if (trimPart(before) !== null) {
    reference.title = trimPart(before);
    reference.source = stripIn(after.split(SOURCE_END)[0]);
  } else {
    // The title follows the year: Scopus books `(2018) Refactoring: Improving…, , Addison-Wesley`, and Harvard or
    // APA strings (Crossref `unstructured`) `(2015). Title. Source, 52(2), 183-199` / `(2013) Title. In: Source…`.
    // It ends at the empty field, numbers or a URL, or at the end of its sentence, whichever comes first.
    const text = after.replace(/^\.\s+/, '');
    const field = TITLE_END.exec(text);
    const sentence = SENTENCE_END.exec(text);
    if (sentence && (!field || sentence.index < field.index)) {
      reference.title = trimPart(text.slice(0, sentence.index + 1));
      reference.source = stripIn(text.slice(sentence.index + 1).split(SOURCE_END)[0]);
    } else {
      reference.title = trimPart(field ? text.slice(0, field.index) : text);
    }
  }
}

/** A name written without initials: one to three capitalised words (`Saunders`, `Anglada Lluis`). */
const NAME_ONLY = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u;

/** The rest of a newer-layout reference, year already removed: `Title, Source, vol, issue, pp. …`. */
function parseNewScopusRest(reference: ReferenceRecord, rest: string, hadAuthors: boolean): void {
  let body = rest.replace(/,\s*,/g, ',');
  let volume = false;
  for (let match = TRAILING_NUMBERS.exec(body); match; match = TRAILING_NUMBERS.exec(body)) {
    if (!/^,\s*(?:pp?\.|art)/i.test(match[0])) volume = true;
    body = body.slice(0, match.index);
  }
  let segments = body
    .split(/,\s+/)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '');
  if (!hadAuthors && segments.length >= 3) {
    // Names without initials (`Marcoulides, Saunders, Title, Source`, `Anglada Lluis, Abadal Ernest, …`): leading
    // parts of one to three capitalised words, as long as a title and a source still follow them.
    let names = 0;
    while (names < segments.length - 2 && (NAME_ONLY.test(segments[names]) || groupAuthor(segments[names], false))) {
      names++;
    }
    if (names > 0) {
      reference.firstAuthor = familyFromInvertedName(segments[0]);
      segments = segments.slice(names);
    }
  } else if (!hadAuthors && !volume && segments.length === 2 && groupAuthor(segments[0], false)) {
    // `World Health Organization, Global report on diabetes, (2016)`: a group author and a title, no source.
    reference.firstAuthor = familyFromInvertedName(segments[0]);
    segments = segments.slice(1);
  }
  if (segments.length === 0) return;
  if (segments.length === 1) {
    // A lone part is a journal when a volume follows it (`Bruns A., Inf. Commun. Soc., 22, pp. …`), else a title.
    if (volume && hadAuthors) reference.source = trimPart(segments[0]);
    else reference.title = trimPart(segments[0]);
    return;
  }
  const end = newScopusTitleEnd(segments, volume);
  reference.title = trimPart(segments.slice(0, end).join(', '));
  reference.source = stripIn(segments.slice(end).join(', '));
}

/** Words of journal and proceedings names: a part holding one is a source, never the inside of a title. */
const SOURCE_WORD = /\b(?:Journal|Transactions|Proceedings|Conference|Symposium|Workshop|Review|Letters|Annals|Bulletin|Series)\b|\b(?:J|Proc|Trans|Conf|Int)\.(?:\s|$)/;
/** A part that continues a list in title case: `…, Information Costs, and Economic Organization`. */
const LIST_END = /^(?:and|or|&)\s/;

/** A part label that continues a journal's name: `…, Part B`, `…, Section A`, `…, Series B: Biological Sciences`. */
const PART_LABEL = /^(?:Part|Section|Series)\s+[\p{Lu}\d]/u;
/** A list inside a name: a part opening with "and"/"&" or holding one (`Computers, Environment and Urban Systems`). */
const HOLDS_LIST_END = /^(?:and|or|&)\s|\s(?:and|&)\s/;

/**
 * Where a journal's name starts among the parts before the volume, by Scopus's field order (authors, title, source,
 * volume, issue, pages, year): the source is the part just before the volume. It reaches further back only when its
 * own name holds commas: a part label (`…, Part B`), or a list of short names closed by "and"/"&"
 * (`Computers, Environment and Urban Systems`, `Science, Technology, & Human Values`,
 * `IEEE Transactions on Systems, Man, and Cybernetics`), whose first item may end a longer phrase that reads as a
 * source (`Transactions`) or follows a colon (`Cooperative Firms in Global Markets: Incidence, Viability and …`).
 * A long part before it (`…, Ground Reaction Force and Heart Rate during Normal Walking, Gait & Posture`) is the title's.
 */
function journalStart(segments: string[]): number {
  let start = segments.length - 1;
  while (start > 1 && PART_LABEL.test(segments[start])) start--;
  if (SOURCE_WORD.test(segments[start]) && !LIST_END.test(segments[start])) return start;
  if (!HOLDS_LIST_END.test(segments[start])) return start;
  while (start > 1) {
    const item = segments[start - 1];
    const tail = item.slice(item.lastIndexOf(': ') + 1).trim();
    const short = /^\p{Lu}/u.test(tail) && tail.split(' ').length <= 2;
    if (short && !item.includes(': ')) {
      start--;
      continue;
    }
    if (short || SOURCE_WORD.test(item)) start--;
    break;
  }
  return start;
}

/**
 * How many of the parts before the volume are the title (at least one; the rest is the source). Title-case titles
 * have commas of their own (`Production, Information Costs, and Economic Organization, American Economic Review`,
 * `The Effect of Gait Speed and Gender on Perceived Exertion, Muscle Activity, Joint Motion…, Gait & Posture`).
 * A journal article (a volume follows) names its journal last (journalStart): the parts before it are the title.
 * Without a volume (a book, proceedings), two rules, most certain first:
 * - a part opening with "and"/"or" closes a list of the title, which therefore reaches it, when a part is left for
 *   the source and no part inside the title reads as a source;
 * - otherwise the title's own commas are followed by lower-case words or numbers (`The past, present and future…`,
 *   `Growth of hybrid open access, 2009-2016`), and the first capitalised part starts the source.
 */
function newScopusTitleEnd(segments: string[], volume: boolean): number {
  if (volume) return Math.max(1, journalStart(segments));
  const readsAsTitle = (end: number) => segments.slice(1, end).every((segment) => !SOURCE_WORD.test(segment));
  let listEnd = 0;
  for (let index = 1; index < segments.length - 1; index++) if (LIST_END.test(segments[index])) listEnd = index + 1;
  if (listEnd > 0 && readsAsTitle(listEnd)) return listEnd;
  let end = 1;
  while (end < segments.length - 1 && /^[\p{Ll}\d]/u.test(segments[end])) end++;
  return end;
}

/**
 * A reference in the Vancouver (NLM) style PubMed and many medical journals use, as Ovid's PsycInfo records and
 * Crossref's unstructured references give them: "Spence SH, Rapee R, McDonald C, Ingram M. The structure of anxiety
 * symptoms among preschoolers. Behav Res Ther. 2001;39(11):1293-316" — authors "Family II" joined by ", " (closed by
 * "et al." or the last name's full stop), the title up to its full stop, the abbreviated journal (no full stops in
 * it), then the year. Names without a comma before their initials never open a Scopus or WoS reference.
 */
const VANCOUVER_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)* \p{Lu}{1,3}`;
const VANCOUVER_REFERENCE = new RegExp(
  String.raw`^(${VANCOUVER_NAME})(?:, ${VANCOUVER_NAME})*(, et al)?\. (?!\d)(.+?[.?!]) ([^.]{2,120}?)\. (${YEAR})[\s;:.,]`,
  'u',
);

/**
 * The same style for a paper in proceedings, as SAGE's unstructured references in Crossref write it: the source after
 * "In:", then the place and dates, the year last (before the pages): "Hake P, Fettke P, Neumann G, et al. Extracting
 * business objects and activities from labels of German process models. In: Proceedings of the international
 * conference on …, Karlsruhe, Germany, May 30 - June 1, 2017, pp. 21–38." The source stops at its first full stop,
 * after which the place follows ("… and technology. Miami, FL, USA, 2014"). A year in parentheses after the names is
 * the Harvard layout ("Anderson MR, …, et al. (2013) Brainwash…"), read further on.
 */
const VANCOUVER_PROCEEDINGS = new RegExp(
  String.raw`^(${VANCOUVER_NAME})(?:, ${VANCOUVER_NAME})*(, et al)?\. (?![\d(])(.+?[.?!]) In: (.+), (${YEAR})(?:, pp?\. ?[\w–-]+)?\.?$`,
  'u',
);

function parseScopusReference(text: string): ReferenceRecord {
  const reference = emptyReference(text);
  let body = text;
  const dois = body.match(/10\.\d{4,9}\/[^\s,]+/g);
  if (dois) assignDois(reference, dois);
  // JMIR-style references carry the cited paper's PubMed id: `[Medline: 24648481]`; Ovid's (PsycInfo) its PubMed
  // link: `… 1166-1174 https://pubmed.ncbi.nlm.nih.gov/29761836 https://dx.doi.org/…`.
  const pmid = /\[Medline:\s*(\d+)\]|\bPMID:?\s*(\d+)|\bpubmed\.ncbi\.nlm\.nih\.gov\/(\d+)/i.exec(body);
  if (pmid) setId(reference.ids, 'pmid', pmid[1] ?? pmid[2] ?? pmid[3]);
  // Links and bracketed notes are not part of any title or source.
  body = body
    .replace(/\[(?:FREE Full[^\]]*|doi[^\]]*|Medline[^\]]*|PMC[^\]]*|CrossRef|PubMed|Google Scholar)\]/gi, '')
    .replace(/\s*\bhttps?:\/\/\S+/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  const vancouver = VANCOUVER_REFERENCE.exec(body);
  if (vancouver) {
    reference.firstAuthor = familyFromInvertedName(vancouver[1]);
    reference.title = trimPart(vancouver[3]);
    reference.source = trimPart(vancouver[4]);
    reference.year = Number(vancouver[5]);
    return reference;
  }
  const proceedings = body.includes(' In: ') ? VANCOUVER_PROCEEDINGS.exec(body) : null;
  if (proceedings) {
    reference.firstAuthor = familyFromInvertedName(proceedings[1]);
    reference.title = trimPart(proceedings[3]);
    reference.source = trimPart(proceedings[4].split('. ')[0]);
    reference.year = Number(proceedings[5]);
    return reference;
  }
  const { firstAuthor, rest } = consumeScopusAuthors(body);
  reference.firstAuthor = firstAuthor === null ? null : familyFromScopusAuthor(firstAuthor, body);
  // Only the end can hold the trailing year: match there instead of scanning the whole string.
  const tailStart = Math.max(0, rest.length - 24);
  const tailMatch = TRAILING_PAREN_YEAR.exec(rest.slice(tailStart));
  const trailing = tailMatch ? { index: tailStart + tailMatch.index, 1: tailMatch[1] } : null;
  const earlierYear = trailing ? PAREN_YEAR.exec(rest.slice(0, trailing.index)) : null;
  if (trailing && !earlierYear && trailing.index > 0) {
    reference.year = Number(trailing[1]);
    parseNewScopusRest(reference, rest.slice(0, trailing.index), firstAuthor !== null);
  } else if (trailing && trailing.index === 0) {
    reference.year = Number(trailing[1]);
  } else {
    parseOldScopusRest(reference, rest, firstAuthor !== null);
  }
  return reference;
}

/** The family name of the first author as matched (`Nayak` from `Nayak, V.`, `Hoffmann` from `Hoffmann S.`). */
function familyFromScopusAuthor(matched: string, body: string): string | null {
  // In the older layout the family is everything before the comma, and `matched` is exactly that part.
  if (body.startsWith(`${matched},`)) return trimPart(matched);
  return familyFromInvertedName(matched);
}

// ---------------------------------------------------------------------------------------------------------------

/** Whether a reference string is written in WoS's `Author, Year, SOURCE, Vn, Pn, DOI` layout. */
export function looksLikeWosReference(text: string): boolean {
  const doiAt = text.search(/,\s*DOI\b/i);
  if (PAREN_YEAR.test(doiAt === -1 ? text : text.slice(0, doiAt))) return false;
  return (
    /^\[anonymous\]/i.test(text) ||
    WOS_AUTHOR_YEAR.test(text) ||
    // WoS writes cited sources in capitals (`Fanon F., BLACK SKIN WHITE MAS`); Scopus keeps titles in mixed case.
    /^[^,]{1,120}, [^\p{Ll}]*\p{Lu}{3}[^\p{Ll}]*$/u.test(text) ||
    /, (?:V\d+|P\d+|DOI (?:\[|DOI |10\.|https?:))/.test(text)
  );
}

/**
 * Parse one cited-reference string into its parts. `style` says which database wrote it; `auto` tells WoS's
 * `Author, Year, SOURCE…` from Scopus's layouts. Parts that cannot be read with confidence stay null.
 */
export function parseReferenceText(text: string, style: ReferenceStyle = 'auto'): ReferenceRecord {
  const cleaned = clean(text);
  const trimmed = unnumbered(cleaned);
  if (trimmed === '') return emptyReference(text);
  const wos = style === 'wos' || (style === 'auto' && looksLikeWosReference(trimmed));
  const reference = wos ? parseWosReference(trimmed) : parseScopusReference(trimmed);
  // The text stays as written (with its number): it is what the reference shows.
  if (trimmed !== cleaned) reference.text = cleaned;
  if (!reference.ids.arxiv) {
    const arxiv = arxivIdInText(trimmed);
    if (arxiv) reference.ids.arxiv = arxiv;
  }
  return reference;
}

/**
 * A numbered bibliography's entry as publishers deposit it with Crossref ("35 Muro, F. . Derived universal…",
 * "22. Hanihara, N. , Auslander…", "[12] Smith, J., …"): the number is no part of the author list, and a comma
 * their typesetting leaves a space before is still the comma after the authors' initials. Only a number before a
 * "Family," name is taken off: a title may open with a number of its own ("100 years of …").
 */
function unnumbered(text: string): string {
  let out = text;
  if (/^\[?\d/.test(out)) out = out.replace(/^(?:\[\d{1,3}\]|\d{1,3}\.?)\s+(?=\p{Lu}[\p{L}'’-]*,\s)/u, '');
  if (out.includes(' ,')) out = out.replace(/ +,/g, ',');
  // "Muro, F. . Derived…": the second full stop closes the author list, as the comma would.
  if (out.includes('. .')) out = out.replace(/\. \.(?= )/g, '.,');
  return out;
}

/**
 * The arXiv identifier a reference names its work by: `arXiv:2109.01421 [math.KT]`, `arXiv preprint
 * arXiv:1810.04805`, `arXiv:math/0309453`, an `arxiv.org/abs/…` link, or DBLP's `CoRR abs/1810.04805`. Written with
 * its scheme only: a bare `1805.07585` could be pages or a report number.
 */
export function arxivIdInText(text: string): string | null {
  // Most references name no preprint: native substring tests spare them the expressions (every reference passes here).
  if (!(text.includes('rXiv') || text.includes('rxiv') || text.includes('RXIV') || text.includes('CoRR') || text.includes('CORR'))) return null;
  const match =
    /\barxiv(?:\.org\/(?:abs|pdf)\/|(?:\s+preprint)?(?:\s+arxiv)?\s*:\s*)(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?(?![\d.]\d)/i.exec(
      text,
    ) ?? /\bcorr,?\s+abs\/(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?(?!\d)/i.exec(text);
  return match ? (normaliseArxivId(match[1]) ?? null) : null;
}

/**
 * Split a Scopus `References` field into references. Scopus joins them with "; ", but a title or source can contain
 * "; " too, and JMIR-style references end with a "; [doi] [Medline: n]" tail. A piece continues the previous
 * reference when it is only bracketed notes, when it has no author list, year, URL or DOI of its own, or when it
 * starts in lower case after a piece that has no year yet. An author-only reference (`Zollo, M.,`) stays alone.
 */
export function splitScopusReferences(field: string): string[] {
  const pieces = field.split(/;\s+/).map((piece) => piece.trim());
  const references: string[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    const previous = references.length - 1;
    if (previous >= 0 && continuesPreviousReference(piece, references[previous])) {
      references[previous] += `; ${piece}`;
    } else {
      references.push(piece);
    }
  }
  return references;
}

function continuesPreviousReference(piece: string, previous: string): boolean {
  if (/^\[(?!anonymous\])/i.test(piece)) return true;
  // A title cut at its own "; " (`Trust; a study of …`): the rest starts in lower case, and the part before has no
  // year yet and is not an author-only reference (those end with a comma).
  const lowerCaseStart = /^\p{Ll}/u.test(piece) && !/^(?:https?:|www\.)/.test(piece);
  if (lowerCaseStart && !ANY_YEAR.test(previous) && !/,\s*$/.test(previous)) return true;
  if (ANY_YEAR.test(piece) || /https?:|www\.|10\.\d{4,9}\//i.test(piece)) return false;
  if (/\[(?:doi|Medline|FREE Full)/i.test(piece)) return true;
  return consumeScopusAuthors(piece).firstAuthor === null;
}
