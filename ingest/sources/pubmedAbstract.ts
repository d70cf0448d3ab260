// PubMed's "Abstract" text format (Save → Format: Abstract (text); the older "Send to → File → Abstract", saved as
// `pubmed_result.txt` or `abstract-<query>-set.txt`): one numbered record after another, each made of blank-line
// separated blocks in a fixed order:
//
//   1. Phytomedicine. 2018 Dec 31;57:364-376. doi: 10.1016/j.phymed.2018.12.034. [Epub       ← citation
//   ahead of print]
//
//   [Comment in / Erratum in / Update of … blocks]                                           ← links, not read
//   Anti-inflammatory and immune-modulating effects of rice callus suspension culture        ← title
//   (RCSC) and bioactive fractions in an in vitro inflammatory bowel disease model.
//
//   [a title in the original language, "[Article in Chinese]"]                               ← not read
//   Driscoll K(1), Deshpande A(1), Chapp A(1), Li K(2), Datta R(1), Ramakrishna W(3).        ← authors
//
//   Author information:                                                                      ← affiliations
//   (1)Department of Biological Sciences, Michigan Technological University,
//
//   BACKGROUND: Rice callus suspension culture (RCSC) has been shown …                      ← abstract
//
//   Copyright © 2019 Elsevier GmbH. All rights reserved.                                     ← dropped
//
//   DOI: 10.1016/j.phymed.2018.12.034                                                        ← identifiers
//   PMID: 30831485
//
//   Conflict of interest statement: …                                                        ← not read
//
// PubMed's "Summary" text, whose records are one block each (title, authors, citation, PMID), is read too.
//
// Hand-written: a text layout of PubMed's own, which no kept library reads. Lines are wrapped at about 80 columns
// between words, so a block's lines are joined with a space.
import { emptyBibFields, setId } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { dropAbstractLabel, unbracketTranslatedTitle } from './exportText';
import { medlineAffiliation, medlineDate } from './pubmed';
import { stripCopyright } from './scopusCsv';
import { collapseWhitespace, sourceName } from './text';

interface Block {
  /** 1-based line of the block's first line. */
  line: number;
  /** The block's lines joined with single spaces. */
  text: string;
  /** The block's lines as written (trailing spaces removed). */
  lines: string[];
}

/** The first line of a record: its number, then the journal's citation (`1. Phytomedicine. 2018 Dec 31;57:…`). */
const RECORD_START = /^(\d+)\. (\S.*)$/;

/** Blocks that link the record to others (comments, errata, updates, retractions): no part of the record itself. */
const LINK_BLOCK =
  /^(?:Comment (?:in|on)|Erratum (?:in|for)|Update (?:of|in)|Updated by|Retraction (?:in|of)|Retracted and republished (?:in|from)|Republished (?:in|from)|Corrected and republished (?:in|from)|Expression of concern (?:in|for)|Reprint (?:in|of)|Summary for patients in|Original report in|Cites|Dataset use reported in|Partial retraction (?:in|of)|Companion of|Version of)\b/i;

/** "[Article in Chinese]", printed after the English title of a record in another language. */
const LANGUAGE_NOTE = /^\[Article in [^\]]+\]$/i;

const COPYRIGHT = /^(?:Copyright\b|©|\(c\)\s*\d{4}|Crown Copyright|Published by\b|This article is protected by copyright)/i;

/**
 * One name of an author list: family name and initials ("Driscoll K", "Herrero San Juan M", "Dewayani A"), or a group
 * ("CMD-3 Collaboration"), with its affiliation numbers `(1)(2)` taken off.
 */
function authorNames(block: string): string[] | null {
  if (!/\.$/.test(block)) return null;
  const names = block
    .slice(0, -1)
    .split(/,\s+/)
    // Affiliation numbers: `Driscoll K(1)`, and in older summaries `Pantano L1`.
    .map((name) => name.replace(/(?:\(\d+\))+/g, '').replace(/(\p{Lu})\d+$/u, '$1').trim())
    .filter((name) => name !== '');
  if (names.length === 0) return null;
  // A name is a few words with no sentence punctuation; an abstract sentence has more words or a colon, digits, etc.
  const looksLikeName = (name: string) => /^[\p{L}\p{M}'’ .-]+$/u.test(name) && name.split(' ').length <= 6;
  if (!names.every(looksLikeName)) return null;
  // A single name must end with initials ("Smith JA") or carry an affiliation number, so that a one-phrase
  // abstract ("No abstract available.") is not taken for an author.
  if (names.length === 1 && !/ \p{Lu}{1,3}$/u.test(names[0]) && !/\d/.test(block)) return null;
  return names;
}

/** `(1)Department of …, USA.` → the first affiliation, cleaned as the MEDLINE reader cleans its `AD` field. */
function firstAffiliation(block: Block): string | null {
  const body = block.lines.slice(1).join(' ');
  return medlineAffiliation(/^\s*\(\d+\)\s*(.*?)(?=\s*\(\d+\)\S|$)/.exec(body)?.[1] ?? body);
}

/** Journal, date and DOI out of the citation line (`Inflamm Intest Dis. 2019 Feb;3(3):145-154. doi: 10.1159/….`). */
function readCitation(citation: string): { venue: string | null; date: string | null; year: number | null; doi: string | null } {
  const venueEnd = citation.indexOf('. ');
  const venue = venueEnd > 0 ? citation.slice(0, venueEnd).trim() : null;
  const rest = venueEnd > 0 ? citation.slice(venueEnd + 2) : citation;
  const { date, year } = medlineDate(rest.split(/[;.:]/)[0]);
  const doi = /\bdoi:\s*(10\.\S+?)\.?(?:\s|$)/i.exec(citation)?.[1] ?? null;
  return { venue, date, year, doi };
}

/** Splits one record's lines into blank-line separated blocks. */
function blocksOf(lines: string[], firstLine: number): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (!current) {
      current = { line: firstLine + index, text: '', lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  for (const block of blocks) block.text = collapseWhitespace(block.lines.join(' '));
  return blocks;
}

/** The record's `PMID:`, `DOI:` and `PMCID:` lines (the DOI of the citation line when there is no `DOI:` line). */
function withIds(entry: RawListing, idLines: string[], citationDoi: string | null): RawListing {
  const idOf = (label: string) => idLines.map((text) => new RegExp(`^${label}: (\\S+)`).exec(text)?.[1]).find(Boolean) ?? null;
  setId(entry.ids, 'pmid', idOf('PMID'));
  setId(entry.ids, 'doi', idOf('DOI') ?? citationDoi);
  setId(entry.ids, 'pmcid', idOf('PMCID'));
  if (entry.ids.pmid) entry.url = `https://pubmed.ncbi.nlm.nih.gov/${entry.ids.pmid}/`;
  return entry;
}

/**
 * PubMed's "Summary" text writes a record as one block: title, authors, citation, `PMID:` line
 * ("1. eCAMI: simultaneous classification…" / "Xu J, Zhang H, …" / "Bioinformatics. 2019 Dec 3. …" / "PMID: 31794006").
 */
function summaryToListing(lines: string[], start: RegExpExecArray, source: string, line: number): RawListing | null {
  const idsFrom = lines.findIndex((text) => /^(?:PMID|PMCID|DOI): /.test(text));
  if (idsFrom < 3) return null;
  const citation = readCitation(collapseWhitespace(lines.slice(2, idsFrom).join(' ')));
  const authors = authorNames(collapseWhitespace(lines[1])) ?? [];
  const entry: RawListing = {
    ...emptyBibFields(),
    title: unbracketTranslatedTitle(collapseWhitespace(start[2])),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: citation.venue,
    date: citation.date,
    year: citation.year,
    source,
    line,
  };
  return withIds(entry, lines.slice(idsFrom), citation.doi);
}

function recordToListing(blocks: Block[], start: RegExpExecArray, source: string, line: number): RawListing | null {
  // The identifiers block closes the record; what follows it (a conflict of interest statement) is not read.
  const idsAt = blocks.findIndex((block) => block.lines.some((text) => /^PMID: \d+/.test(text)));
  if (idsAt === 0) return summaryToListing(blocks[0].lines, start, source, line);
  const citation = readCitation(collapseWhitespace([start[2], ...blocks[0].lines.slice(1)].join(' ')));
  const body = blocks.slice(1, idsAt < 0 ? blocks.length : idsAt).filter((block) => !LINK_BLOCK.test(block.text));
  const titleBlock = body[0];
  if (!titleBlock || titleBlock.text.startsWith('Author information:')) return null;
  const afterTitle = body.slice(1);
  const affiliationAt = afterTitle.findIndex((block) => block.text.startsWith('Author information:'));
  // The authors are the block before "Author information:" (an original-language title and "[Article in …]" may come
  // between the title and them); without affiliations, the first block after the title that reads as an author list.
  let authorsAt = affiliationAt > 0 && authorNames(afterTitle[affiliationAt - 1].text) ? affiliationAt - 1 : -1;
  if (authorsAt < 0 && affiliationAt !== 0) {
    const limit = affiliationAt < 0 ? afterTitle.length : affiliationAt;
    authorsAt = afterTitle.slice(0, Math.min(limit, 3)).findIndex((block) => authorNames(block.text) !== null);
  }
  const authors = authorsAt >= 0 ? (authorNames(afterTitle[authorsAt].text) as string[]) : [];
  const abstractFrom = Math.max(affiliationAt, authorsAt) + 1;
  const keywords: string[] = [];
  const abstractParts: string[] = [];
  for (const block of afterTitle.slice(abstractFrom)) {
    if (LANGUAGE_NOTE.test(block.text) || COPYRIGHT.test(block.text)) continue;
    const keywordList = /^Keywords:\s*(.*)$/i.exec(block.text);
    if (keywordList) {
      keywords.push(...keywordList[1].replace(/\.$/, '').split(/;\s*/).map((word) => word.trim()).filter(Boolean));
      continue;
    }
    abstractParts.push(block.text);
  }
  const idLines = idsAt < 0 ? [] : blocks[idsAt].lines;
  const entry: RawListing = {
    ...emptyBibFields(),
    title: unbracketTranslatedTitle(titleBlock.text),
    abstract: dropAbstractLabel(stripCopyright(abstractParts.join(' '))),
    authors,
    authorsCount: authors.length > 0 ? authors.length : null,
    venue: citation.venue,
    date: citation.date,
    year: citation.year,
    keywords: [...new Set(keywords)],
    organisation: affiliationAt >= 0 ? firstAffiliation(afterTitle[affiliationAt]) : null,
    source,
    line,
  };
  return withIds(entry, idLines, citation.doi);
}

/**
 * Pure: PubMed "Abstract" text → entries. A record opens at a line `N. Journal…` after a blank line, once the record
 * before it has been closed by its `PMID:` line (so "2. The second aim…" inside an abstract opens none); the numbers
 * are not checked, as exports joined into one file (`cat`) start again at 1.
 */
export function parsePubmedAbstract(text: string, file: string): ReadResult {
  const source = sourceName(file);
  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const starts: { index: number; match: RegExpExecArray }[] = [];
  let closed = true;
  lines.forEach((line, index) => {
    if (/^PMID: \d+/.test(line)) closed = true;
    const match = RECORD_START.exec(line);
    if (!match || !closed || (index > 0 && lines[index - 1].trim() !== '')) return;
    starts.push({ index, match });
    closed = false;
  });
  const firstStart = starts[0]?.index ?? lines.length;
  const stray = lines.slice(0, firstStart).findIndex((line) => line.trim() !== '');
  if (stray >= 0) warnings.push({ file, line: stray + 1, reason: 'text before the first numbered record; ignored' });
  starts.forEach(({ index, match }, at) => {
    const end = starts[at + 1]?.index ?? lines.length;
    const blocks = blocksOf(lines.slice(index, end), index + 1);
    const entry = recordToListing(blocks, match, source, index + 1);
    if (!entry) {
      warnings.push({ file, line: index + 1, reason: `PubMed record ${match[1]} has no title; skipped` });
      return;
    }
    entries.push(entry);
    // Every record ends with its identifiers; the last one without them was cut off.
    if (entry.ids.pmid === undefined) {
      warnings.push({ file, line: index + 1, reason: `PubMed record ${match[1]} has no "PMID:" line (the file may be cut); kept what was read` });
    }
  });
  return { entries, warnings };
}

export const pubmedAbstractReader: SourceReader = {
  format: 'pubmed-abstract',
  // By content: the first text is a numbered citation line, and a `PMID: n` line closes a record near the top.
  detect(text) {
    const head = text.replace(/^\uFEFF/, '').slice(0, 20_000);
    const firstLine = /^\s*(\S[^\n]*)/.exec(head)?.[1] ?? '';
    return /^\d+\. \S/.test(firstLine) && /^PMID: \d+/m.test(head);
  },
  read: parsePubmedAbstract,
};
