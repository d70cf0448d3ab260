// Dates written out in the styles of other languages: `2025년 3월 25일` (Korean), `2025年3月25日` (Chinese, Japanese),
// `25. März 2025` (German), `25 mars 2025` / `1er avril 2025` (French), `25 de marzo de 2025` (Spanish, Portuguese),
// `25 marzo 2025` (Italian), and English written day first (`25 March 2025`). Digests and notes of HF papers are written in these languages and date their papers so.
//
// Hand-written: the project has no date library, and Intl formats dates in a locale but cannot parse them. The month
// names below are the complete forms and the usual abbreviations of each language; a month name means the same month in
// every language that spells it so ("mar", "mai", "sept"), so one table serves them all.

/** A day of a calendar month; `year` is null when the text does not write it ("3月25日", "25. März"). */
export interface WrittenDate {
  year: number | null;
  month: number;
  day: number;
}

const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'jan', 'jän', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'janeiro'],
  ['february', 'februar', 'feb', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero', 'febbraio', 'fevereiro', 'fev'],
  ['march', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'mar', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['mai', 'mayo', 'may', 'maggio', 'maio'],
  ['june', 'juni', 'jun', 'juin', 'junio', 'giugno', 'junho'],
  ['july', 'juli', 'jul', 'juillet', 'juil', 'julio', 'luglio', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro', 'set'],
  ['october', 'oktober', 'okt', 'octobre', 'oct', 'octubre', 'ottobre', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'dec', 'diciembre', 'dic', 'dicembre', 'dezembro'],
];
const MONTH_OF = new Map(MONTH_NAMES.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));
/** The month (1–12) a month's name or usual abbreviation means in any of these languages ("März", "oct", "janvier"). */
export function monthOfName(name: string): number | null {
  return MONTH_OF.get(name.trim().toLowerCase()) ?? null;
}

/** Longest names first, so "mars" is not read as "mar" and a word left over. */
const MONTH_ALTERNATION = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join('|');

/** `2025년 3월 25일`, `2025年3月25日`, `3월 25일`, `3月25日`: year (optional), month, day, each with its unit. */
const CJK_DATE = /(?<!\d)(?:(\d{4})\s*[년年]\s*)?(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/u;
/**
 * `25. März 2025`, `25 mars 2025`, `1er avril 2025`, `25 de marzo de 2025`, `25 marzo 2025`: the day, then the month's
 * name (abbreviations may end in a full stop), then the year, with the particles French, Spanish and Portuguese put
 * between them.
 */
const DAY_MONTH_DATE = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|er|º|°)?\\s+(?:de\\s+)?(${MONTH_ALTERNATION})\\.?(?![\\p{L}])(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4})(?!\\d))?`,
  'iu',
);

function checked(year: number | null, month: number, day: number): WrittenDate | null {
  if (year !== null && (year < 1900 || year > 2999)) return null;
  // Day 0 of the next month is the last of this one (a leap year when the year is not written: 29 February may be).
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate()) return null;
  return { year, month, day };
}

/** Where a date is written in `text` and which day it names; null when none is. */
function matchWrittenDate(text: string): { at: number; length: number; date: WrittenDate } | null {
  const normal = text.normalize('NFKC');
  const cjk = CJK_DATE.exec(normal);
  if (cjk) {
    const date = checked(cjk[1] ? Number(cjk[1]) : null, Number(cjk[2]), Number(cjk[3]));
    if (date) return { at: cjk.index, length: cjk[0].length, date };
  }
  const named = DAY_MONTH_DATE.exec(normal);
  if (named) {
    const date = checked(named[3] ? Number(named[3]) : null, MONTH_OF.get(named[2].toLowerCase())!, Number(named[1]));
    if (date) return { at: named.index, length: named[0].length, date };
  }
  return null;
}

/** The date written anywhere in a longer text ("(2025년 3월 25일)", "Veröffentlicht am 25. März 2025"), with its year. */
export function findWrittenDate(text: string): WrittenDate | null {
  const found = matchWrittenDate(text);
  return found && found.date.year !== null ? found.date : null;
}

/** A line that is only a written date ("2025年3月25日", "25 de marzo de 2025", "3월 25일"), its year optional. */
export function parseWrittenDateLine(text: string): WrittenDate | null {
  // Every form starts with its digits (the year, or the day): most lines of a page are ruled out here, cheaply.
  if (!/^\s*[\d\uFF10-\uFF19]/.test(text)) return null;
  const line = text.normalize('NFKC').trim();
  const found = matchWrittenDate(line);
  return found !== null && found.at === 0 && /^\.?$/.test(line.slice(found.length).trim()) ? found.date : null;
}
