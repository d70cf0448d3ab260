// BibTeX/biblatex reader: entries found by bibtexScan, LaTeX → Unicode and names by Better BibTeX's parser, full records.
import type { Creator } from '@retorquere/bibtex-parser';
import { emptyBibFields, setId, type PaperIds, type ReferenceRecord } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { DEFAULT_BIBTEX_LIMITS, scanBibtex, type BibtexLimits, type RawBibEntry } from './bibtexScan';
import { markupToPlainText, NEEDS_LATEX, parseLatexPieces, repairLatexSource, splitLatexSegments } from './latex';
import { parseReferenceText, splitScopusReferences } from './referenceText';
import { stripCopyright } from './scopusCsv';
import { sourceName } from './text';
import { formatDate } from './recordValues';
import { monthOfName } from './writtenDates';
import { aasJournalName } from './aasJournals';
import { dropAbstractLabel, dropRepeatedFormulas } from './exportText';
import { isArxivCategory } from './table';

/** Fields whose LaTeX is decoded (the rest are identifiers, URLs and numbers, read as written). */
const TEXT_FIELDS = [
  'title', 'subtitle', 'abstract', 'journal', 'journaltitle', 'fjournal', 'booktitle', 'maintitle', 'eventtitle', 'series',
  'institution', 'school', 'organization', 'affiliation', 'affiliations', 'keywords', 'author_keywords',
  'web-of-science-categories', 'research-areas', 'keywords-plus',
] as const;

/**
 * What a child entry takes from its `crossref` parent when it lacks it (biblatex's inheritance, reduced to the fields
 * a record uses): a parent book's or proceedings' title is the child's `booktitle`.
 */
const INHERITED: Record<string, string[]> = {
  booktitle: ['booktitle', 'title'],
  maintitle: ['maintitle'],
  eventtitle: ['eventtitle'],
  journal: ['journal'],
  journaltitle: ['journaltitle'],
  fjournal: ['fjournal'],
  series: ['series'],
  year: ['year'],
  month: ['month'],
  date: ['date'],
  publisher: ['publisher'],
  organization: ['organization'],
  institution: ['institution'],
};

/** Entry types that describe a volume (its papers may inherit from it without naming it, see `inheritFromParents`). */
const VOLUME_TYPES = new Set(['proceedings', 'mvproceedings']);
const PROCEEDINGS_PAPER_TYPES = new Set(['inproceedings', 'conference']);

function fieldValue(entry: RawBibEntry, name: string): string | null {
  const value = entry.fields.get(name)?.value;
  return value === undefined || value.trim() === '' ? null : value;
}

/**
 * Apply `crossref` inheritance in place; returns the entries that lent fields. Papers of a proceedings export that
 * name no parent (PMLR puts `year` and `booktitle` only on the file's one @proceedings) inherit from that volume.
 */
function inheritFromParents(entries: RawBibEntry[]): Set<RawBibEntry> {
  const byKey = new Map<string, RawBibEntry>();
  for (const entry of entries) if (entry.key !== '' && !byKey.has(entry.key.toLowerCase())) byKey.set(entry.key.toLowerCase(), entry);
  const volumes = entries.filter((entry) => VOLUME_TYPES.has(entry.type));
  const soleVolume = volumes.length === 1 ? volumes[0] : undefined;
  const donors = new Set<RawBibEntry>();
  for (const child of entries) {
    const seen = new Set<RawBibEntry>([child]);
    let parentKey = fieldValue(child, 'crossref')?.trim().toLowerCase();
    let parent = parentKey ? byKey.get(parentKey) : soleVolume && PROCEEDINGS_PAPER_TYPES.has(child.type) ? soleVolume : undefined;
    // Grandparents too (a chapter → book → multi-volume book), never round a loop.
    while (parent && !seen.has(parent)) {
      seen.add(parent);
      for (const [field, from] of Object.entries(INHERITED)) {
        if (fieldValue(child, field) !== null) continue;
        const source = from.map((name) => parent!.fields.get(name)).find((value) => value && value.value.trim() !== '');
        if (source) {
          child.fields.set(field, { ...source });
          donors.add(parent);
        }
      }
      parentKey = fieldValue(parent, 'crossref')?.trim().toLowerCase();
      parent = parentKey ? byKey.get(parentKey) : undefined;
    }
  }
  return donors;
}

/**
 * BibTeX's "and others", and the "and et al." people write for it (the parser reads that as a person "al., et"):
 * the list goes on, but no one is named.
 */
function isOthers(name: string): boolean {
  return /^(?:others|et\.?\s*al\.?|al\.?,\s*et)$/i.test(name.trim());
}

/** `Family, Given` (with `von` part and suffix) or the literal name the source gave. */
export function creatorName(creator: Creator): string | null {
  if (creator.name) return markupToPlainText(creator.name) || null;
  const family = markupToPlainText([creator.prefix, creator.lastName].filter(Boolean).join(' '));
  const given = markupToPlainText(creator.firstName ?? '');
  const suffix = markupToPlainText(creator.suffix ?? '');
  if (family === '') return given || null;
  return [family, suffix, given].filter((part) => part !== '').join(', ');
}

/**
 * BibTeX's name rules for a plain author list (no braces, commands or special characters): names split on "and";
 * "von Last, Jr, First", "von Last, First" or "First von Last" (the von part is the run of lower-case words).
 * Written out because most author fields are plain, and Better BibTeX's LaTeX parser costs milliseconds per field;
 * anything with LaTeX in it still goes to that parser.
 */
export function splitPlainNames(value: string): string[] | null {
  if (/[{}\\~$%&]/.test(value)) return null;
  return value
    .split(/\s+and\s+/i)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => name !== '' && !isOthers(name))
    .map((name) => {
      const parts = name.split(',').map((part) => part.trim());
      if (parts.length >= 3) return [parts[0], parts[1], parts.slice(2).join(' ')].filter(Boolean).join(', ');
      if (parts.length === 2) return parts[1] === '' ? parts[0] : `${parts[0]}, ${parts[1]}`;
      const words = name.split(' ');
      if (words.length === 1) return name;
      const von = words.slice(0, -1).findIndex((word) => /^[a-z]/.test(word));
      const familyStart = von > 0 ? von : words.length - 1;
      return `${words.slice(familyStart).join(' ')}, ${words.slice(0, familyStart).join(' ')}`;
    });
}

interface DecodedFields {
  text: Map<string, string>;
  authors: string[];
  problems: string[];
}

/**
 * Decode an entry's text fields and (when not plain) its author list with one call of Better BibTeX's parser: only
 * the pieces that hold LaTeX are sent (see `parseLatexPieces`).
 */
function decodeWithParser(entry: RawBibEntry, escapeDollars: boolean): DecodedFields | null {
  const latexPieces: string[] = [];
  const pieces = new Map<string, { text: string; slot: number | null }[]>();
  for (const name of TEXT_FIELDS) {
    const raw = fieldValue(entry, name);
    if (raw === null || !NEEDS_LATEX.test(raw)) continue;
    let value = repairLatexSource(raw);
    if (escapeDollars) value = value.replace(/(^|[^\\])\$/g, '$1\\$');
    pieces.set(
      name,
      splitLatexSegments(value).map((segment) => {
        if (!segment.latex) return { text: segment.text, slot: null };
        latexPieces.push(segment.text);
        return { text: segment.text, slot: latexPieces.length - 1 };
      }),
    );
  }
  // IEEE Xplore's older BibTeX glues an initial to the braced family name (`Y.{Wang}`): one name word each.
  const author = fieldValue(entry, 'author')?.replace(/(\p{Lu}\.)(?=\{)/gu, '$1 ') ?? null;
  const latexAuthor = author !== null && splitPlainNames(author) === null ? repairLatexSource(author) : null;
  if (latexPieces.length === 0 && latexAuthor === null) return { text: new Map(), authors: [], problems: [] };
  const parsed = parseLatexPieces(latexPieces, latexAuthor, entry.type);
  if (!parsed) return null;
  const text = new Map<string, string>();
  for (const [name, segments] of pieces) {
    const joined = segments.map((segment) => (segment.slot === null ? segment.text : parsed.pieces[segment.slot])).join('');
    text.set(name, markupToPlainText(joined));
  }
  const authors = parsed.creators.map(creatorName).filter((name): name is string => name !== null && !isOthers(name));
  return { text, authors, problems: parsed.problems };
}

/** Decoded text of every text field and the author names; plain values are only tidied. */
function decodeEntry(entry: RawBibEntry): DecodedFields & { failed: boolean } {
  const decoded = decodeWithParser(entry, false) ?? decodeWithParser(entry, true);
  const result: DecodedFields & { failed: boolean } = decoded
    ? { ...decoded, failed: false }
    : { text: new Map(), authors: [], problems: [], failed: true };
  for (const name of TEXT_FIELDS) {
    const value = fieldValue(entry, name);
    if (value === null || result.text.has(name)) continue;
    // Plain values, or (when the parser refused the entry) the raw text without braces, so nothing is lost.
    result.text.set(name, markupToPlainText(decoded ? value : value.replace(/[{}]/g, '')));
  }
  const plainAuthors = splitPlainNames(fieldValue(entry, 'author') ?? '');
  if (plainAuthors && decoded) result.authors = plainAuthors;
  if (!decoded) {
    const authors = fieldValue(entry, 'author');
    if (authors) result.authors = authors.replace(/[{}]/g, '').split(/\s+and\s+/i).map((name) => name.trim()).filter(Boolean);
  }
  return result;
}

/** biblatex `date` (`2020-05-17`, `2020-05`, `2020/2021`) or `year` + `month` (+ `day`) → record date and year. */
export function bibDate(entry: RawBibEntry): { date: string | null; year: number | null } {
  const iso = /^\s*\{?\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(fieldValue(entry, 'date') ?? '');
  let year: number | null = iso ? Number(iso[1]) : null;
  let month: number | null = iso?.[2] ? Number(iso[2]) : null;
  let day: number | null = iso?.[3] ? Number(iso[3]) : null;
  if (year === null) {
    const yearMatch = /\b(\d{4})\b/.exec(fieldValue(entry, 'year') ?? '');
    year = yearMatch ? Number(yearMatch[1]) : null;
    const monthText = (fieldValue(entry, 'month') ?? '').replace(/[{}]/g, '').trim().toLowerCase();
    const monthNumber = /^\d{1,2}$/.test(monthText)
      ? Number(monthText)
      : ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(monthText.slice(0, 3)) + 1;
    month = monthNumber >= 1 && monthNumber <= 12 ? monthNumber : null;
    // Web of Science writes the day after the month's name (`Month = {{JUN 15}}`), as in its plain text's `PD`.
    const dayText = (fieldValue(entry, 'day') ?? /^[a-z]{3}[a-z]*\.? (\d{1,2})$/.exec(monthText)?.[1] ?? '').replace(/[{}]/g, '').trim();
    day = month !== null && /^\d{1,2}$/.test(dayText) && Number(dayText) >= 1 && Number(dayText) <= 31 ? Number(dayText) : null;
    // JSTOR's BibTeX has no `month`: the date is `jstor_formatteddate = {Sep., 1949}` (`Mar. 15, 1974`; a season
    // or a span of months, `Jul. - Sep., 1966`, names no one month), of the entry's year.
    const jstor = /^(\p{L}{3,9})\.?\s+(?:(\d{1,2}),?\s+)?(\d{4})$/u.exec((fieldValue(entry, 'jstor_formatteddate') ?? '').replace(/[{}]/g, '').replace(/,\s*(\d{4})$/, ' $1').trim());
    const jstorMonth = jstor && Number(jstor[3]) === year ? monthOfName(jstor[1]) : null;
    if (month === null && jstorMonth !== null) {
      month = jstorMonth;
      day = jstor?.[2] && Number(jstor[2]) >= 1 && Number(jstor[2]) <= 31 ? Number(jstor[2]) : null;
    }
  }
  return year === null ? { date: null, year: null } : { date: formatDate(year, month, day), year };
}

/**
 * The conference of a paper whose `journal` only names arXiv (Semantic Scholar's BibTeX: `booktitle = {Neural
 * Information Processing Systems}` beside `journal = {ArXiv}`): the conference is where it appeared.
 */
function conferenceOfPreprint(text: Map<string, string>): string | null {
  const journal = text.get('journal')?.trim() ?? '';
  const booktitle = text.get('booktitle')?.trim() ?? '';
  return /^(?:arxiv|corr)$/i.test(journal) && booktitle !== '' && !/arxiv/i.test(booktitle) ? booktitle : null;
}

/** A verbatim field (url, doi, eprint) as written: braces and `\url{}` removed. */
function verbatim(entry: RawBibEntry, name: string): string | null {
  const value = fieldValue(entry, name);
  if (value === null) return null;
  const cleaned = value.replace(/\\url\s*/g, '').replace(/[{}]/g, '').replace(/\\([_%&#$])/g, '$1').trim();
  return cleaned === '' ? null : cleaned;
}

/** Identifiers the entry carries: DOI, arXiv eprint (or arXiv URL / "arXiv preprint arXiv:…" journal), PubMed, WoS, Scopus. */
export function bibIds(entry: RawBibEntry): PaperIds {
  const ids: PaperIds = {};
  const url = verbatim(entry, 'url') ?? '';
  setId(ids, 'doi', verbatim(entry, 'doi') ?? (/doi\.org\//i.test(url) ? url : null));
  const archive = (verbatim(entry, 'eprinttype') ?? verbatim(entry, 'archiveprefix') ?? '').toLowerCase();
  const eprint = verbatim(entry, 'eprint');
  const journal = verbatim(entry, 'journal') ?? verbatim(entry, 'journaltitle') ?? '';
  if (eprint && archive === 'arxiv') setId(ids, 'arxiv', eprint);
  else if (verbatim(entry, 'arxivid')) setId(ids, 'arxiv', verbatim(entry, 'arxivid'));
  else if (/arxiv\.org\/(?:abs|pdf)\//i.test(url)) setId(ids, 'arxiv', url);
  else if (/\barxiv\b/i.test(journal) && /arxiv:\s*\S+/i.test(journal)) setId(ids, 'arxiv', /arxiv:\s*(\S+)/i.exec(journal)?.[1]);
  else if (eprint && archive === '' && /arxiv/i.test(journal)) setId(ids, 'arxiv', eprint);
  // An eprint without its archive named that has the form only arXiv's new-style identifiers have (`2304.08485`, a
  // version after it or not): arXiv's own BibTeX with its `archivePrefix` line dropped, as copied into READMEs.
  else if (eprint && archive === '' && /^\d{4}\.\d{4,5}(?:v\d+)?$/.test(eprint.trim())) setId(ids, 'arxiv', eprint);
  // The arXiv id as a volume of arXiv's listing (`journal = {ArXiv}, volume = {abs/2409.11960}`, Semantic Scholar's
  // BibTeX; dblp's `journal = {CoRR}` of old).
  else if (/^(?:arxiv|corr)$/i.test(journal) && /^abs\/\S+$/.test(verbatim(entry, 'volume') ?? '')) setId(ids, 'arxiv', verbatim(entry, 'volume'));
  setId(ids, 'pmid', verbatim(entry, 'pmid') ?? (eprint && archive === 'pubmed' ? eprint : null));
  setId(ids, 'pmcid', verbatim(entry, 'pmcid'));
  const wos = /(?:WOS|ISI|CCC):\s*([A-Z\d]{15})\b/i.exec(
    [verbatim(entry, 'unique-id'), verbatim(entry, 'isi'), verbatim(entry, 'wos')].filter(Boolean).join(' '),
  );
  if (wos) setId(ids, 'wos', wos[1]);
  const eid = /\b(2-s2\.0-\d+)/.exec(`${verbatim(entry, 'eid') ?? ''} ${url}`);
  if (eid) ids.scopus = eid[1];
  return ids;
}

/** A reference field's raw value as plain text: braces and the escapes databases write (`{\&}`, `\%`) removed. */
function plainReferenceText(value: string): string {
  return value.replace(/\\([&%_#$])/g, '$1').replace(/[{}]/g, '');
}

/**
 * Cited references, when a database export carries them: Web of Science's `Cited-References` (one `CR` line per
 * line) and Scopus's `references` (joined by "; "), parsed by the same reference parser as those databases' own
 * formats.
 */
export function bibReferences(entry: RawBibEntry): ReferenceRecord[] {
  const wos = fieldValue(entry, 'cited-references');
  if (wos !== null) {
    return plainReferenceText(wos)
      .split(/\r?\n/)
      // Web of Science ends each line but the last with a full stop that is not part of the reference.
      .map((line) => line.trim().replace(/\.$/, ''))
      .filter((line) => line !== '')
      .map((line) => parseReferenceText(line, 'wos'));
  }
  const scopus = fieldValue(entry, 'references');
  if (scopus !== null) return splitScopusReferences(plainReferenceText(scopus).replace(/\s+/g, ' ')).map((text) => parseReferenceText(text, 'scopus'));
  return [];
}

/** A list field (keywords, categories): `;` separates when present (WoS, Scopus), else `,` (Zotero, Mendeley). */
/** The first of the links a field holds when it holds several separated by spaces (a link has none); else the value. */
function firstLinkOf(value: string | null): string | null {
  if (value === null || !/\s/.test(value.trim())) return value;
  return value.trim().split(/\s+/).find((part) => /^(?:https?|ftp):\/\//i.test(part)) ?? value;
}

function splitList(value: string | undefined, separator = value?.includes(';') ? ';' : ','): string[] {
  if (!value) return [];
  const items = value.split(separator).map((item) => item.trim()).filter((item) => item !== '');
  return [...new Set(items)];
}

/**
 * Initials end with their full stop, so lower-case letters after the last one are no part of a name: Scopus's BibTeX
 * (about 2016) appends the letters that tie each author to the entry's `affiliation` list (`Iorio, C.a`, `Siciliano,
 * R.c`, `Chiou, J.-M.b`).
 */
function dropAffiliationLetters(name: string): string {
  return name.replace(/^([^,]+, (?:\p{Lu}\p{Ll}?\.[\s-]?)+)\p{Ll}{1,2}$/u, (_, kept: string) => kept.trimEnd());
}

/**
 * The first affiliation. Web of Science writes one address a line, each led by its authors' names, the reprint
 * author's first (`D'Ambrosio, A (Reprint Author), Univ Naples Federico II, …, Italy.`): that line's address is taken,
 * as the EndNote XML reader takes it from `auth-address`. Other exports join affiliations with "; ".
 */
function affiliationOf(entry: RawBibEntry, decoded: string | undefined): string | null {
  if (decoded === undefined) return null;
  for (const line of (fieldValue(entry, 'affiliation') ?? '').split(/\r?\n/)) {
    const address = /\((?:Reprint|Corresponding) Author\),\s*(.+?)\.?\s*$/.exec(line)?.[1];
    if (address !== undefined) return plainReferenceText(address).replace(/\s+/g, ' ').trim();
  }
  return splitList(decoded)[0] ?? null;
}

/** Pure: BibTeX/biblatex text → full records; broken entries become warnings with their line, the rest are kept. */
export function parseBibtex(text: string, file: string, limits: BibtexLimits = DEFAULT_BIBTEX_LIMITS): ReadResult {
  const source = sourceName(file);
  const scan = scanBibtex(text, limits);
  const warnings: IngestWarning[] = scan.warnings.map((warning) => ({ file, line: warning.line, reason: warning.reason }));
  const donors = inheritFromParents(scan.entries);
  const entries: RawListing[] = [];
  for (const entry of scan.entries) {
    const line = entry.fields.get('title')?.line ?? entry.line;
    const label = entry.key === '' ? `BibTeX @${entry.type} entry without a key` : `BibTeX entry "${entry.key}"`;
    const decoded = decodeEntry(entry);
    if (decoded.failed) {
      warnings.push({ file, line: entry.line, reason: `${label}: LaTeX could not be decoded; its text is kept as written` });
    }
    for (const problem of decoded.problems) warnings.push({ file, line: entry.line, reason: `${label}: ${problem}` });
    const subtitle = decoded.text.get('subtitle');
    const mainTitle = decoded.text.get('title') ?? '';
    const title = mainTitle !== '' && subtitle ? `${mainTitle}: ${subtitle}` : mainTitle;
    if (title === '') {
      // A title-less volume whose papers inherited its year and venue (PMLR's @proceedings) is not lost: they carry it.
      if (!donors.has(entry)) warnings.push({ file, line: entry.line, reason: `${label} has no title; skipped` });
      continue;
    }
    const published = bibDate(entry);
    // biblatex dates a talk's event (`eventdate = {2018-07-22/2018-07-27}`): without a date or year of its own, the
    // entry is placed at the event's start, and says so.
    const eventStart = /^\s*\{?\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(published.year === null ? fieldValue(entry, 'eventdate') ?? '' : '');
    const { date, year } = eventStart
      ? { date: formatDate(Number(eventStart[1]), eventStart[2] ? Number(eventStart[2]) : null, eventStart[3] ? Number(eventStart[3]) : null), year: Number(eventStart[1]) }
      : published;
    const ids = bibIds(entry);
    const authors = fieldValue(entry, 'affiliation') === null ? decoded.authors : decoded.authors.map(dropAffiliationLetters);
    // NASA ADS gives its abstract page as `adsurl`, and no `url`. Dimensions joins its record's links in one `url`
    // with " and " (`https://app.dimensions.ai/details/publication/pub.1085583166 and http://…`): the first is kept.
    const url = firstLinkOf(verbatim(entry, 'url')) ?? verbatim(entry, 'howpublished')?.match(/https?:\/\/\S+/)?.[0] ?? verbatim(entry, 'adsurl') ?? null;
    // arXiv's and ADS's exports name the eprint's primary arXiv category (`primaryClass = {astro-ph.CO}`).
    const primaryClass = ids.arxiv !== undefined ? verbatim(entry, 'primaryclass') : null;
    const authorKeywords = decoded.text.get('author_keywords');
    // BibSonomy (and the PUMA systems built on it) marks its records with `interhash` / `intrahash` and writes their
    // tags to `keywords` separated by spaces (a tag holds none: `reinforcement_learning`): each word is a tag.
    const tags = fieldValue(entry, 'intrahash') !== null || fieldValue(entry, 'interhash') !== null;
    const keywordList = authorKeywords ?? decoded.text.get('keywords');
    const keywords = tags && keywordList !== undefined && !/[,;]/.test(keywordList) ? splitList(keywordList.replace(/\s+/g, ',')) : splitList(keywordList);
    // Database exports: WoS's Keywords Plus, and Scopus's index terms, which Scopus writes to `keywords` when the
    // authors' own are in `author_keywords`. Kept apart from keywords, as the WoS and Scopus CSV readers keep them.
    const indexTerms = [
      ...splitList(decoded.text.get('keywords-plus'), ';'),
      ...(authorKeywords === undefined ? [] : splitList(decoded.text.get('keywords'))),
    ];
    entries.push({
      ...emptyBibFields(),
      title,
      // Database exports (Scopus, WoS) end an abstract with the publisher's copyright line.
      // Wiley's export (and Zotero's, from publishers' pages) opens it with its heading ("Abstract The …").
      // An escaped formula written twice (`p\$p\$`) shows its dollars only once decoded.
      abstract: dropAbstractLabel(dropRepeatedFormulas(stripCopyright(decoded.text.get('abstract') ?? ''))),
      ids,
      authors,
      authorsCount: authors.length > 0 ? authors.length : null,
      venue:
        // MathSciNet and zbMATH write the journal abbreviated in `journal` ("Proc. R. Soc. Edinb., Sect. A, Math.")
        // and whole in `fjournal`: the whole name is the one the other sources of the same paper give.
        decoded.text.get('journaltitle') ?? decoded.text.get('fjournal') ?? aasJournalName(fieldValue(entry, 'journal') ?? '') ??
        conferenceOfPreprint(decoded.text) ??
        decoded.text.get('journal') ?? decoded.text.get('booktitle') ?? decoded.text.get('eventtitle') ?? (ids.arxiv ? 'arXiv' : null),
      date,
      year,
      ...(eventStart ? { yearInferred: `from the date of the event it was presented at (eventdate ${verbatim(entry, 'eventdate')})` } : {}),
      // Scopus writes the authors' keywords to `author_keywords` and its index terms to `keywords`.
      // A bare number names nothing: AAS journals (through ADS) list the Unified Astronomy Thesaurus ids of the
      // concepts beside the concepts themselves (`Exoplanets, 486, 1882`).
      keywords: keywords.filter((keyword) => !/^\d+$/.test(keyword)),
      ...(indexTerms.length > 0 ? { indexTerms: [...new Set(indexTerms)] } : {}),
      url,
      // WoS categories and research areas, as the WoS reader takes them from `WC` and `SC`.
      categories: [...new Set([
        ...(primaryClass !== null && isArxivCategory(primaryClass) ? [primaryClass] : []),
        // Always `;`-separated: a single category has its own comma (`Chemistry, Multidisciplinary`).
        ...splitList(decoded.text.get('web-of-science-categories'), ';'),
        ...splitList(decoded.text.get('research-areas'), ';'),
      ])],
      organisation:
        decoded.text.get('institution') ?? decoded.text.get('school') ?? decoded.text.get('organization') ??
        // `affiliations` first: WoS writes its cleaned organisation names there, and in `affiliation` the addresses,
        // each led by an author's name (`Locosselli, GM (Corresponding Author), Inst Bot …`). Scopus (2024) writes its
        // addresses there: always `;`-separated, since one address has commas of its own.
        decoded.text.get('affiliations') !== undefined ? splitList(decoded.text.get('affiliations'), ';')[0] ?? null : affiliationOf(entry, decoded.text.get('affiliation')),
      type: entry.type,
      references: bibReferences(entry),
      source,
      line,
    });
  }
  return { entries, warnings };
}

/**
 * By content: an entry header (`@article{key,`, `@string{`) among the first lines. Exporters put at most a few lines
 * before it (Mendeley's notice, JabRef's `%` comments); a page that merely quotes a BibTeX citation further down is
 * not a bibliography.
 */
export function looksLikeBibtex(text: string): boolean {
  const lines = text.slice(0, 20_000).split('\n').filter((line) => line.trim() !== '').slice(0, 15);
  return lines.some((line) => /^\s*@[A-Za-z]+\s*[{(]\s*[^\s,]*\s*(,|$)|^\s*@(?:string|preamble|comment)\s*[{(]/i.test(line));
}

export const bibtexReader: SourceReader = {
  format: 'bibtex',
  detect: (text) => looksLikeBibtex(text),
  read: (text, file) => parseBibtex(text, file),
};
