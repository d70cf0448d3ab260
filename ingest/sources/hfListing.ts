// Reader for Hugging Face "Daily Papers" listing pages copied as text: title / abstract pairs plus optional metadata.
import { emptyBibFields } from '../../src/shared/record';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';

/** Page chrome lines that are never papers (compared after trimming). */
const CHROME = new Set([
  'new',
  'Get trending papers in your email inbox!',
  'Get trending papers in your email inbox once a day!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
]);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Jul 24`, `Oct 9, 2024`, and either followed by an upvote count (`Oct 13 3`, `Oct 24, 2024 2`). */
const DATE_LINE =
  /^(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/i;
const AUTHORS_LINE = /^•\s*(\d+)\s+authors?$/i;
const SEPARATOR_LINE = /^[·•]$/;

export interface ListingDate {
  date: string;
  year: number | null;
  upvotes: number | null;
}

/** Parse a listing date line; null when the line is not one (or names an impossible day). */
export function parseListingDate(line: string): ListingDate | null {
  const match = DATE_LINE.exec(line.trim());
  if (!match) return null;
  const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2]);
  if (day < 1 || day > 31) return null;
  const year = match[3] ? Number(match[3]) : null;
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    date: year === null ? `--${mmdd}` : `${year}-${mmdd}`,
    year,
    upvotes: match[4] !== undefined ? Number(match[4]) : null,
  };
}

/**
 * Titles and abstracts are told apart by shape, not position, so both layouts (blank-line blocks and the dense
 * one-field-per-line page) go through one loop: in the seeds abstracts have ≥ 71 words and titles ≤ 22, none ending
 * in sentence punctuation. A short abstract still counts when it reads as a sentence.
 */
export function looksLikeAbstract(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean).length;
  return words >= 40 || (words >= 12 && /[.!?]["')\]]?$/.test(line));
}

/** HF organisation lines read `<handle> <display name>` (`OPPOer OPPO`); the display name is what users know. */
function parseOrganisation(line: string): string {
  const space = line.indexOf(' ');
  return space === -1 ? line : line.slice(space + 1).trim();
}

interface Line {
  text: string;
  number: number;
}

/** Pure: one listing page's text → its entries (before duplicates are merged) and warnings. */
export function parseListing(text: string, file: string): ReadResult {
  const source = file.split(/[\\/]/).pop() ?? file;
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ text: raw.trim(), number: index + 1 }))
    .filter((line) => line.text !== '');

  const entries: RawListing[] = [];
  const warnings: IngestWarning[] = [];
  let pendingTitle: Line | null = null;
  // Metadata follows its paper's abstract; `current` is the paper it belongs to until the next title.
  let current: RawListing | null = null;
  // True at the top of a page (also a second page pasted into the same file): the page's own date may follow.
  let inHeader = true;

  const dropPendingTitle = () => {
    if (pendingTitle) {
      warnings.push({
        file,
        line: pendingTitle.number,
        reason: `title "${pendingTitle.text}" has no abstract; skipped`,
      });
      pendingTitle = null;
    }
  };

  lines.forEach((line, index) => {
    let value = line.text;
    // Chrome strings are page UI, skipped wherever they appear (pages are sometimes pasted one after another).
    if (CHROME.has(value)) {
      inHeader = true;
      return;
    }
    if (inHeader && pendingTitle === null) {
      // The dense layout glues the first title to the subscribe button's text.
      if (/^Subscribe\S/.test(value)) value = value.slice('Subscribe'.length);
      else if (parseListingDate(value)) return; // the page's own date, shown above the first paper
    }
    inHeader = false;

    const authors = AUTHORS_LINE.exec(value);
    const date = authors ? null : parseListingDate(value);
    const next = lines[index + 1]?.text ?? '';
    const isOrganisation =
      !authors && !date && !looksLikeAbstract(value) && current !== null && pendingTitle === null &&
      (SEPARATOR_LINE.test(next) || AUTHORS_LINE.test(next));

    if (authors || date || SEPARATOR_LINE.test(value) || isOrganisation) {
      if (current === null || pendingTitle !== null) {
        warnings.push({ file, line: line.number, reason: `metadata line "${value}" does not follow a paper's abstract; ignored` });
        return;
      }
      if (authors) current.authorsCount = Number(authors[1]);
      else if (date) {
        current.date = date.date;
        current.year = date.year;
        current.upvotes = date.upvotes;
      } else if (isOrganisation) current.organisation = parseOrganisation(value);
      return;
    }

    if (looksLikeAbstract(value)) {
      if (pendingTitle === null) {
        warnings.push({ file, line: line.number, reason: 'paragraph without a title before it; skipped' });
        return;
      }
      const title: Line = pendingTitle;
      current = {
        ...emptyBibFields(),
        title: title.text,
        abstract: value,
        authorsCount: null,
        date: null,
        year: null,
        organisation: null,
        upvotes: null,
        source,
        line: title.number,
      };
      entries.push(current);
      pendingTitle = null;
      return;
    }

    dropPendingTitle();
    pendingTitle = { text: value, number: line.number };
    current = null;
  });
  dropPendingTitle();
  return { entries, warnings };
}

export const hfListingReader: SourceReader = {
  format: 'hf-listing',
  detect(text, fileName) {
    const head = text.slice(0, 4000);
    if (/Get trending papers|Daily Papers|byAK and the research community/.test(head)) return true;
    // Other plain-text pages of title/abstract pairs: a .txt file with at least one abstract-shaped line.
    return /\.txt$/i.test(fileName) && head.split(/\r?\n/).some((line) => looksLikeAbstract(line.trim()));
  },
  read: parseListing,
};
