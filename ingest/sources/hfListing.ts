// Reader for Hugging Face paper listings saved as text in any layout: copy-paste, lynx/w3m dumps, markdown conversions.
//
// A page is read in three steps: its text is cleaned into logical lines (pageText.ts: wrapped paragraphs joined, link
// markup resolved), each line is classified by what it says (chrome, authors, date, upvotes, abstract, title…), and
// the classified lines are grouped into one card per paper. Nothing depends on a layout's line order beyond two
// facts every HF layout shares: a paper's abstract comes after its title, and its upvote box (when it is a line of
// its own) comes before it.
import { emptyBibFields, normaliseArxivId, setId } from '../../src/shared/record';
import { countLetters } from '../letterCounts';
import { countFunctionWords } from './functionWords';
import type { IngestWarning, RawListing, ReadResult, SourceReader } from '../types';
import { readPageText, type PageLine, type TableCell } from './pageText';
import { columnOf, findTables, type PaperColumn } from './paperTables';
import { parse as parseYaml } from 'yaml';
import { addDoi, parseDate } from './recordValues';
import { findWrittenDate, monthOfName, parseWrittenDateLine } from './writtenDates';

// ---------------------------------------------------------------------------------------------------------------
// What a line says

/**
 * Page chrome of huggingface.co (menus, buttons, footers, the Daily Papers header), compared lower-cased without
 * trailing punctuation. A line is chrome when it is one of these, or made mostly of them ("Models Datasets Spaces").
 */
const CHROME_PHRASES = [
  'new', 'subscribe', 'daily papers', 'trending papers', 'papers', 'byak and the research community',
  'by ak and the research community', 'ak and the research community', 'get trending papers in your email inbox',
  'get trending papers in your email inbox once a day', 'hugging face', "hugging face's logo", 'models', 'datasets',
  'spaces', 'posts', 'docs', 'documentation', 'enterprise', 'pricing', 'log in', 'login', 'sign up', 'sign in',
  'community', 'collections', 'search', 'search models, datasets, users', 'search any paper with ai',
  'search any paper', 'previous', 'next', 'prev', 'submit', 'submit paper', 'submit a paper', 'daily', 'weekly',
  'monthly', 'trending', 'view arxiv page', 'arxiv page', 'view pdf', 'pdf', 'add to collection', 'upvote',
  'comment', 'comments', 'share', 'copy link', 'follow', 'load more', 'show more', 'see all', 'website', 'company',
  'about', 'jobs', 'careers', 'blog', 'learn', 'discord', 'forum', 'github', 'twitter', 'linkedin', 'tos',
  'terms of service', 'privacy', 'privacy policy', 'status', 'system theme', 'changelog', 'inference endpoints',
  'inference providers', 'hugchat', 'resources', 'references', 'skip to content', 'menu', 'toggle navigation',
  'back to top', 'join the community', 'sort by', 'most recent', 'most upvoted', 'published', 'submitted',
  'claim', 'unclaimed', 'project page', 'code', 'paper page', 'edit', 'more', 'filter', 'clear', 'go to page',
  'trending papers in your inbox', 'papers with code', 'dark mode', 'light mode', 'theme', 'solutions', 'team',
  'enterprise hub', 'hub', 'tasks', 'free', 'pro', 'settings', 'notifications', 'profile', 'tools', 'languages',
  'huggingchat', 'organizations', 'buckets', 'buckets new', 'storage buckets', 'enterprise support', 'hugging face pro',
  'team & enterprise', 'content truncated', 'paper', 'collection', 'viewer', 'arxiv',
  // A paper page's discussion and its buttons.
  'reply', 'paper submitter', 'paper author', 'ask huggingchat about this paper', 'sign up or log in to comment',
  'copy markdown', 'see translation',
];
const CHROME = new Set(CHROME_PHRASES);
/** Words of the site's menus, for menus rendered on one line; general words ("code", "learn") are left out, and every word of a menu line must be one of these. */
const MENU_WORDS = new Set([
  'models', 'datasets', 'spaces', 'posts', 'docs', 'enterprise', 'pricing', 'log', 'in', 'sign', 'up', 'login',
  'community', 'collections', 'papers', 'daily', 'weekly', 'monthly', 'trending', 'tos', 'privacy', 'about', 'jobs',
  'website', 'company', 'previous', 'next', 'prev', 'submit', 'blog', 'forum', 'discord', 'github', 'twitter',
  'linkedin', 'changelog', 'status', 'careers', 'documentation', "face's", 'logo', 'hugging', 'face', 'search', 'users',
  'buckets', 'huggingchat', 'organizations',
  // A paper's buttons on one line ("View arXiv page View PDF GitHub 27 Add to collection").
  'view', 'arxiv', 'pdf', 'add', 'to', 'collection', 'page',
]);
/**
 * The date a capture tool saved the page on ("Captured (UTC): 2026-06-29T16:31", "retrieved: 2026-10-02", Obsidian Web
 * Clipper's "created: 2026-05-16" in its front matter): the day the page was shown, so the year of the dates it prints
 * without one.
 */
const CAPTURE_DATE = /^(?:[-*]\s+)?(?:captured|retrieved|exported|saved|fetched|accessed|scraped|crawled|downloaded|clipped|created)(?:\s+(?:on|at))?(?:\s*\([^)]*\))?\s*:\s*(\d{4}-\d{2}-\d{2})(?!\d)/i;
/**
 * The Librarian Bot's comment on a paper's page (its boilerplate around the papers it recommends): page chrome, so
 * neither its sentences nor the recommendation above them make a card.
 */
const LIBRARIAN_BOT = /^(?:this is an automated message from the librarian bot\b|the following papers were recommended by the semantic scholar api$|please give a thumbs up to this comment\b|if you want recommendations for any paper on hugging face\b|you can directly ask librarian bot\b)/i;
/** Chrome that starts a page: a second page pasted below the first starts again here. */
const PAGE_START = /^(?:daily papers|trending papers|get trending papers in your email inbox(?: once a day)?)\b/i;
const FOOTER = /^(?:©|\(c\)\s*\d{4}|copyright\b)|\b(?:terms of service|privacy policy)\b/i;
/** The text an `<audio>` or `<video>` element shows where it cannot play, left by a converter that drops the tags. */
const MEDIA_FALLBACK = /^your browser does not support the (?:audio|video)\b/i;

function chromeKey(text: string): string {
  if (text.length > 80) return '';
  return text.toLowerCase().replace(/[!.:…?]+$/, '').replace(/\.\.\.$/, '').trim();
}

/** Menus rendered on one line ("Models Datasets Spaces Docs Pricing", "Previous · Next"): mostly chrome words. */
function isMenuLine(text: string): boolean {
  if (text.length > 160) return false;
  const words = text.toLowerCase().split(/[\s·|•/]+/).filter((word) => /[a-z]/.test(word));
  return words.length >= 2 && words.every((word) => MENU_WORDS.has(word.replace(/[^a-z']/g, '')));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+';
const DATE_PREFIX = '(?:(?:(?:Published|Submitted|Updated|Posted)(?:\\s+on)?:?|on)\\s+)?';
/** `Jul 24`, `Oct 9, 2024`, `Published on Oct 9, 2024`, `Wed, Jan 15`, each optionally followed by an upvote count. */
const DATE_LINE = new RegExp(`^${DATE_PREFIX}(?:${WEEKDAY})?(${MONTH})\\.? (\\d{1,2})(?:,? (\\d{4}))?(?: (\\d+))?$`, 'i');
/** `2026-07-23`, and with its time as a feed or a database writes it (`2026-07-23T00:00:00+00:00`, `2026-07-24 02:01:50.79Z`). */
const ISO_DATE_LINE = new RegExp(`^${DATE_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$`, 'i');
/** A full date anywhere in a header line ("Daily Papers — Oct 24, 2024", "papers/date/2024-10-24"). */
const DATE_IN_TEXT = new RegExp(`\\b(${MONTH})\\.? (\\d{1,2}),? (\\d{4})\\b|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'i');

export interface ListingDate {
  /** `YYYY-MM-DD`, or `--MM-DD` when the page shows no year. */
  date: string;
  year: number | null;
  upvotes: number | null;
}

function makeDate(year: number | null, month: number, day: number, upvotes: number | null): ListingDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1900 || year > 2999)) return null;
  const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date: year === null ? `--${mmdd}` : `${year}-${mmdd}`, year, upvotes };
}

/** Parse a listing date line; null when the line is not one (or names an impossible day). */
export function parseListingDate(line: string): ListingDate | null {
  const text = line.trim();
  const match = DATE_LINE.exec(text);
  if (match) {
    const month = MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1;
    return makeDate(match[3] ? Number(match[3]) : null, month, Number(match[2]), match[4] !== undefined ? Number(match[4]) : null);
  }
  const iso = ISO_DATE_LINE.exec(text);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), null);
  const written = parseWrittenDateLine(text);
  return written ? makeDate(written.year, written.month, written.day, null) : null;
}

/** A full date (with its year) inside a longer line, e.g. a "Daily Papers" heading. */
function findFullDate(text: string): ListingDate | null {
  const match = DATE_IN_TEXT.exec(text);
  if (!match) {
    const written = findWrittenDate(text);
    return written ? makeDate(written.year, written.month, written.day, null) : null;
  }
  if (match[1]) return makeDate(Number(match[3]), MONTHS.indexOf(match[1].slice(0, 3).toLowerCase()) + 1, Number(match[2]), null);
  return makeDate(Number(match[4]), Number(match[5]), Number(match[6]), null);
}

/** Words in a text, counted up to `limit` (abstracts are long; a count past the limit changes no decision). */
function countWords(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let index = 0; index < text.length && words < limit; index++) {
    const code = text.charCodeAt(index);
    const space = code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Titles and abstracts are told apart by shape, not position: in the seeds abstracts have ≥ 71 words and titles
 * ≤ 22, none ending in sentence punctuation. A short abstract still counts when it reads as a sentence.
 */
export function looksLikeAbstract(line: string): boolean {
  const words = countWords(line, 40);
  return words >= 40 || (words >= 12 && /[.!?…]["')\]]?$/.test(line));
}

/** Words a title never starts with in lower case, nor ends with: a line that does is a piece of a sentence. */
const FRAGMENT_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'our', 'that',
  'the', 'their', 'this', 'to', 'we', 'which', 'while', 'with',
]);

/** Could this line be a paper title? Sentence fragments from wrapped abstracts and bare numbers cannot. */
export function looksLikeTitle(text: string): boolean {
  if (text.length > 300) return false;
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 40 || text.length > 300 || !/\p{L}{2}/u.test(text)) return false;
  // A row of a Markdown table ("| Today | 2026-04-21.json | 3 |") is a table's, never a title.
  if (text.includes('://') || /[,;]$/.test(text) || /\s[-–]$/.test(text) || /^\|.*\|$/.test(text)) return false;
  const first = words[0];
  const last = words.at(-1)!.toLowerCase().replace(/[^a-z]/g, '');
  if (first === first.toLowerCase() && FRAGMENT_WORDS.has(first.replace(/[^a-z]/g, ''))) return false;
  return !(words.length > 1 && FRAGMENT_WORDS.has(last) && !/[?!:]$/.test(text));
}

const AUTHORS_COUNT = /^(?:[·•]\s*)?(\d{1,4})\s+authors?$/i;
/** A field label on a line of its own ("Authors:", "Abstract"), its value on the lines after it (a single paper's page). */
const AUTHORS_LABEL = /^authors?\s*:?$/i;
/**
 * … and the same label in the languages notes about papers are written in ("# 摘要" over a Chinese note's abstract), or
 * a note's "## TL;DR" over its summary of the paper.
 */
const ABSTRACT_LABEL = /^(?:abstract|摘要|要旨|초록|résumé|resumen|resumo|riassunto|zusammenfassung|аннотация|tl;\s?dr|tldr)(?:\s*[(（][^()（）]{1,20}[)）])?\s*[:：]?$/iu;
const ARXIV_LINE = /^(?:papers\s+)?arxiv\s*:\s*(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[a-z]{2})?\/\d{7}(?:v\d+)?)$/i;
const ARXIV_ANNOUNCE_LINE = /^arxiv:(\d{4}\.\d{4,5}(?:v\d+)?)\s+announce\s+type:\s*[\w-]+$/i;
/** An arXiv id named by the word before it in a field's value ("arxiv 2605.29801", "arXiv: 2503.19757"). */
const WRITTEN_ARXIV_ID = /\barxiv\s*[:：]?\s*(\d{4}\.\d{4,5}(?:v\d+)?)(?![\d.])/i;
/** A bare arXiv id, a field of HF's paper rows ("Paper • 2408.01800 • Published Aug 3, 2024 • 95"). */
const ARXIV_ID = /^\d{4}\.\d{4,5}(?:v\d+)?$/;
/** A badge of a paper's page ("#1 Paper of the day"): says nothing about the paper's text. */
const BADGE = /^#\d+\s+papers?\s+of\s+the\s+(?:day|week|month)$/i;
/** One person's name on a line of its own: two to five words, each starting with a capital (particles aside). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|del|la|le|bin|al))+$/u;
const AUTHORS_NAMES = /^authors?\s*:\s*(.+)$/i;
/** "저자: Zhi Hou, Tianyi Zhang", "Autoren: …": an authors label in another language, then the names (group 1). */
function labelledAuthors(text: string): [string, string] | null {
  const colon = text.search(/[:：]/);
  if (colon < 1 || colon > 24) return null;
  const names = text.slice(colon + 1).trim();
  return names !== '' && columnOf(text.slice(0, colon).replace(LEADING_ICONS, '')) === 'authors' ? [text, names] : null;
}

/**
 * The value of an authors field (`**Authors:** …`, `作者：…`, `Autoren: …`): its names, the institutions in brackets after
 * the last name as the organisation ("Xiang Hu, …, Jianguo Li (Ant Group, Westlake University)", "Daoyu Wang、…、Enhong
 * Chen（中科大认知智能国家重点实验室）"), or, where institutions stand in place of the names, the organisation alone.
 * Names are separated by commas, semicolons or "and", and in Chinese and Japanese by "、" and full-width commas.
 */
function readAuthorsValue(field: string, index: number): Token {
  // The full stop a note ends its fields with ("**Autores:** A, B, C (UC Berkeley)."), not that of "et al.".
  const value = endsWithMoreNames(field) ? field : field.replace(/\.$/, '');
  // A bracket closing the list is never part of the last name: the institutions ("(Google DeepMind)", "(UMD)",
  // "(Yale/Stanford)", "(Ant Group, Westlake University)") when it reads as such, else a mark ("(equal contribution)").
  const affiliated = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(value);
  const bracket = affiliated?.[2].trim();
  const institutions = bracket !== undefined && (/[,;/+&、，；]/.test(bracket) || ORGANISATION_WORD.test(bracket) || CJK_ORGANISATION.test(bracket) || /^\p{Lu}[\p{Lu}\d-]+$/u.test(bracket)) ? bracket : undefined;
  const names = affiliated ? affiliated[1] : value;
  const cut = endsWithMoreNames(names);
  const list = names.replace(MORE_NAMES, '').split(/\s*(?:[,;、，；]|\band\b)\s*/).map((name) => name.trim()).filter(Boolean);
  // "**著者**: 清華大学 + 香港中文大学（深圳）", "作者：清华大学、上海期智研究院联合团队": institutions where the names would be, the
  // organisation, no names.
  if (list.length > 0 && list.every((name) => name.split(/\s*[+＋/&]\s*/).every((part) => ORGANISATION_WORD.test(part) || CJK_ORGANISATION.test(part)))) {
    return { kind: 'organisation', index, name: value };
  }
  // A field left empty ("**Authors:** ") shows no names, and says nothing of how many there are.
  return { kind: 'authors', index, count: cut || list.length === 0 ? null : list.length, names: list, ...(institutions !== undefined ? { organisation: institutions } : {}) };
}

/**
 * A date field named for what happened to the document itself, in Chinese ("创建日期" created, "更新日期" updated, "收录日期"
 * collected, "添加时间" added, "生成时间" generated): the day of the note or the digest, never its papers'.
 */
const DOCUMENT_DATE_LABEL = /^(?:创建|更新|修改|生成|收录|添加|加入|采集|抓取|入库|录入|推送|发送)/u;

/** A field's name for the year alone: "Year", "Published year", "年份", "年", "发表年份", "연도", "Jahr", "année", "año". */
const YEAR_LABEL = /^(?:(?:publication|published|pub\.?)\s+)?year$|^(?:发表|發表|出版|发布)?年份?$|^연도$|^발행\s?연도$|^jahr$|^ann[ée]e$|^a[ñn]o$/iu;

/** "发布时间：2025年03月28日", "Datum: 25. März 2025": a date field's name in any language, then the date alone. */
function labelledDate(text: string): ListingDate | null {
  const colon = text.search(/[:：]/);
  if (colon < 1 || colon > 24 || columnOf(text.slice(0, colon).replace(LEADING_ICONS, '')) !== 'date' || DOCUMENT_DATE_LABEL.test(text.replace(LEADING_ICONS, ''))) return null;
  return parseListingDate(text.slice(colon + 1).trim());
}

/** Words of an institution's name: a line of "Tsinghua University, Shanghai AI Lab" names affiliations, not people. */
/** Words naming an institution in Chinese, Japanese or Korean (university, institute, laboratory, company). */
const CJK_ORGANISATION = /大学|大學|研究所|研究院|研究室|实验室|實驗室|学院|學院|公司|会社|대학교|연구소|연구원/u;
const ORGANISATION_WORD = /\b(?:Universit\w*|Institut\w*|Lab|Labs|Laborator\w*|College|School|Academy|Research|Cent(?:er|re)|Department|Hospital|Inc|Corp\w*|Ltd|Company|Foundation|Group|Team|Technolog\w*|AI|Google|Microsoft|Meta|DeepMind|OpenAI|NVIDIA)\b/;

/** Marks set after a name (equal contribution, corresponding author, an affiliation's number) and a role in brackets. */
const NAME_MARKS = /(?:\s*\([^()]{1,30}\))+$|[\s†‡§¶*∗✉#]+$|(?<=\p{L})\d{1,2}(?:,\d{1,2})*$/u;

/**
 * The names of a line that holds only people's names separated by commas (at least two, most of them of two words or
 * more, each capitalised: "Jiahao Yuan, Zixiang Di, Zhiqing Cui, Guisong Yang, Usman Naseem"); null for any other line
 * (a sentence, a menu of single words, a list of topics).
 */
function namesOfLine(text: string): string[] | null {
  if (text.length > 1500 || !text.includes(',') || /[.:;!?。]$/.test(text) || /^by\s/i.test(text)) return null;
  const names = text.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((name) => {
    let bare = name.trim();
    for (let again = 0; again < 3 && NAME_MARKS.test(bare); again++) bare = bare.replace(NAME_MARKS, '').trim();
    return bare;
  });
  if (names.length < 2 || names.some((name) => !/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5 || ORGANISATION_WORD.test(name))) return null;
  const full = names.filter((name) => PERSON_NAME.test(name)).length;
  const single = names.filter((name) => /^\p{Lu}[\p{L}'’.-]*$/u.test(name)).length;
  return full >= 2 && full + single === names.length && full * 2 > names.length ? names : null;
}

/**
 * Institutions often named by one word on listing pages (universities and labs known by their town or founder,
 * companies): "Tsinghua, Fudan", "Stanford, Google". A row of one-word names made mostly of these lists institutions,
 * not people. Words the page itself writes before or after an institution's word ("Fudan University", "University of
 * Tokyo") count too (institutionWordsOf), so a page's own institutions are told apart whatever their names.
 */
const KNOWN_INSTITUTIONS = new Set([
  'tsinghua', 'peking', 'pku', 'fudan', 'zhejiang', 'sjtu', 'ustc', 'nanjing', 'wuhan', 'renmin', 'tongji', 'nankai',
  'sysu', 'hkust', 'cuhk', 'hku', 'kaist', 'postech', 'yonsei', 'stanford', 'harvard', 'princeton', 'yale', 'berkeley',
  'caltech', 'cmu', 'mit', 'oxford', 'cambridge', 'eth', 'epfl', 'mila', 'inria', 'cnrs', 'riken', 'kaust', 'nus', 'ntu',
  'google', 'microsoft', 'meta', 'deepmind', 'openai', 'anthropic', 'nvidia', 'amazon', 'apple', 'ibm', 'intel', 'adobe',
  'salesforce', 'alibaba', 'tencent', 'baidu', 'bytedance', 'huawei', 'xiaomi', 'meituan', 'kuaishou', 'sensetime',
  'samsung', 'naver', 'sony', 'qualcomm', 'allenai', 'ai2', 'mistral', 'cohere', 'databricks', 'shanghai', 'beijing',
]);
/** Words that make a name an institution's, for reading the page's own institution names around them. */
const INSTITUTION_NOUN = String.raw`(?:University|Universit[ée]|Universidad|Universität|Institute|Institut|College|Academy|Laboratory|Lab|Labs|Polytechnic)`;
const WORD_BEFORE_INSTITUTION = new RegExp(String.raw`\b(\p{Lu}[\p{L}'’-]+)\s+${INSTITUTION_NOUN}\b`, 'gu');
const WORD_AFTER_INSTITUTION = new RegExp(String.raw`\b${INSTITUTION_NOUN}\s+(?:of\s+(?:the\s+)?)?(\p{Lu}[\p{L}'’-]+)`, 'gu');

/** The capitalised words a page writes as part of an institution's name ("Fudan University", "University of Tokyo"), lower-cased. */
function institutionWordsOf(lines: PageLine[]): Set<string> {
  const words = new Set<string>();
  for (const { text } of lines) {
    // Six substring searches, not one pattern tried at every character of every abstract.
    if (!(text.includes('Univ') || text.includes('Insti') || text.includes('Colleg') || text.includes('Academ') || text.includes('Lab') || text.includes('Polytech'))) continue;
    for (const pattern of [WORD_BEFORE_INSTITUTION, WORD_AFTER_INSTITUTION]) {
      for (const match of text.matchAll(pattern)) if (!/^(?:The|A|An|Of|And|For|National|State|Research)$/.test(match[1])) words.add(match[1].toLowerCase());
    }
  }
  return words;
}

/** Whether most one-word names of a row are institutions ("Tsinghua, Fudan"; not "Cytron, Ferrante, Rosen"). */
function namesInstitutions(names: string[], pageInstitutions: ReadonlySet<string>): boolean {
  const institutions = names.filter((name) => {
    const word = name.toLowerCase();
    return /^\p{Lu}/u.test(name) && !/\s/.test(name) && (KNOWN_INSTITUTIONS.has(word) || pageInstitutions.has(word));
  }).length;
  return institutions * 2 > names.length;
}

/**
 * People named by one word each where an organisation's name could stand (a row's field under a title, before a "·"):
 * given names and handles ("zhaoyd, callanwu, zhzhen23", "Yuqi Li, Wenhang Ge, kangfei"), or one such name with a note
 * on the person in brackets ("Sumxia (匿名通讯)", an anonymous correspondent). namesOfLine wants most names of two
 * words; these have none of an institution's words, nor an acronym's capitals ("NVIDIA", "UMD"). Null otherwise (one
 * bare word, "PaddlePaddle", may as well be an organisation).
 */
function namesOfWords(text: string, pageInstitutions: ReadonlySet<string> = new Set()): string[] | null {
  if (text.length > 400 || /[:;!?。]$/.test(text) || (/\.$/.test(text) && !endsWithMoreNames(text))) return null;
  const parts = text.replace(MORE_NAMES, '').split(/\s*[,，、]\s*(?:and\s+)?|\s+and\s+/).map((part) => part.trim());
  const names = parts.map((part) => {
    let bare = part;
    for (let again = 0; again < 3 && NAME_MARKS.test(bare); again++) bare = bare.replace(NAME_MARKS, '').trim();
    return bare;
  });
  const noted = names.length === 1 && names[0] !== parts[0] && !CJK_ORGANISATION.test(parts[0]) && !ORGANISATION_WORD.test(parts[0]);
  if (names.length < 2 && !noted) return null;
  const person = (name: string) => PERSON_NAME.test(name) || (/^\p{L}[\p{L}\d'’._-]*$/u.test(name) && !/^[\p{Lu}\d&.-]+$/u.test(name));
  return names.every((name) => name !== '' && person(name) && !ORGANISATION_WORD.test(name) && !CJK_ORGANISATION.test(name)) &&
    names.some((name) => !PERSON_NAME.test(name)) && !namesInstitutions(names, pageInstitutions) ? names : null;
}

/**
 * The field a label names: as a table's header does, or, for a Chinese, Japanese or Korean compound whose last word is
 * such a name ("主要机构", main institutions; "论文标题", the paper's title), as that last word does.
 */
function labelColumn(label: string): PaperColumn | null {
  const column = columnOf(label);
  if (column !== null || cjkShare(label) < 1) return column;
  for (let from = 1; from < label.length - 1; from++) {
    const head = columnOf(label.slice(from));
    if (head !== null) return head;
  }
  return null;
}

/** A field's name for how many authors a paper has: an authors label with a word for "number" before or after it. */
const AUTHOR_COUNT_LABEL = /^(?:(?:number\s+of|no\.?\s+of|#)\s*(\S+)|(\S+?)\s*(?:数量|人数|数|수|count|number))$/iu;

/** "+ 8 authors" under a paper's author list: how many it does not show. */
const MORE_AUTHORS = /^\+\s*(\d{1,4})\s+authors?$/i;
/** A digest's author line: names, then how many there are ("Yijia Xiao, Edward Sun, Di Luo et al. (4 authors)"). */
const NAMES_WITH_COUNT = /^(.+?)(?:,?\s+et\s+al\.?)?\s*\((\d{1,4})\s+authors?\)$/i;
/** Icons digests put before a field (👥 Authors, 🏢 an organisation, 🔗 Links): pictographs and their variation selector. */
const LEADING_ICONS = /^(?:[\p{Extended_Pictographic}\u2190-\u21ff\u2600-\u27bf]\uFE0F?\s*)+/u;
/** A count with an icon (⬇️ 2,687,304 downloads, ❤️ 310 likes, 💬 4 comments, 🔱 forks): a widget, unless the icon is an upvote. */
const ICON_COUNTER = /^(?![👍🔼⬆▲△↑])[\p{Extended_Pictographic}\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf]\uFE0F?\s*\d[\d,.]*\s*[kKmM]?$/u;
/**
 * "17mo ago", "3d ago", "2 days ago", "Updated about 16 hours ago": when a widget or a comment was updated, relative
 * to a day the file does not give.
 */
const TIME_AGO = /^(?:updated\s+)?(?:about\s+|over\s+|almost\s+)?(?:\d+|an?)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hours?|d|days?|w|weeks?|mo|months?|y|yrs?|years?)\s+ago$/i;
/** The organisation icon of digests (🏢, 🏛️) before a name. */
const ORGANISATION_ICON = /^[🏢🏛🏫]\uFE0F?\s*(\S.*)$/u;
/** An icon, a label of a few words and a colon, then sentences: a field a digest writes for each paper (a title may have a colon too, but no sentence after it). */
const DIGEST_NOTE = /^(?:[\p{Extended_Pictographic}]\uFE0F?\s*)+[^\s:：][^:：]{0,30}[:：]\s*\S/u;
/** A list number before a title ("1. Stratagem: …", "12) …"). */
const ENUMERATION = /^\d{1,3}[.)]\s+(?=\S)/;
/**
 * A log's entry heading before what it records ("## [2026-09-05] 자동수집 | Title", "## [2026-04-02] ingest | Title", as
 * an LLM-kept wiki's log writes them): the entry's day in brackets and the kind of entry before a bar, not the title.
 */
const LOG_ENTRY = /^\[\d{4}-\d{2}-\d{2}\]\s+(?:[^|\s][^|]{0,19}?\s+\|\s+)?(?=\S)/u;
/**
 * A note's own label before the title it heads: the paper's number in a report ("Paper 1: Gram — …", "论文 2：…") or a
 * citation key with its year ("[Prakash 2026] LDP: …", "[Ruan et al. 2025] …").
 */
const TITLE_LABEL = /^(?:(?:paper|article|论文|論文|논문)\s*#?\d{1,3}\s*[:：.]\s*|\[[^[\]]{2,60}?\s(?:19|20)\d{2}[a-z]?\]\s+)(?=\S)/iu;
/** Where a digest found an item, in brackets after its title ("(arxiv)", "(HuggingFace/paper)", "(HF Papers)"). */
const SOURCE_TAG = /\s+\((?:arxiv|hugging\s?face|hf)(?:\s?papers?|\/papers?)?\)$/i;
/** A count after a title: an upvote ("(👍 13)", "▲ 5") or a star count ("⭐ 0"), the widget of a digest's heading. */
const TRAILING_COUNT = /\s+\(?([👍▲⭐★])\uFE0F?\s*(\d[\d,]*)\)?$/u;
/**
 * A digest's rating after a title ("⭐️ 8.0/10", "(★ 4/5)", "Score: 9/10", "⭐⭐⭐⭐ (相关度: 75%)"): the digest's judgement,
 * neither the title nor upvotes.
 */
const TRAILING_RATING = /\s+(?:\(?(?:[⭐★🌟]\uFE0F?\s*|(?:score|rating)\s*[:：]?\s*)\d{1,3}(?:\.\d+)?\s*\/\s*(?:5|10|100)\)?|(?:[⭐★🌟]\uFE0F?){2,5}(?:\s*[(（][^()（）]{1,40}[)）])?)$/iu;
/** An upvote count; HF's box may be followed by the count of upvoters past its avatars ("Upvote 14 +6"). */
// A number written with a leading zero ("01 · arXiv:2608.23927") is an item's ordinal, never a count.
const UPVOTES = /^(?:[▲△⬆↑🔼👍]\uFE0F?\s*|upvotes?:?\s*|\[[-+^▲]\]\s*)?(?!0\d)(\d{1,3}(?:,\d{3})+|\d{1,6})(?:\s+upvotes?|\s?[↑▲👍]\uFE0F?)?(?:\s+\+\d+)?$/iu;
/** A count under a name of its own on a line of its own ("Vote: 12", "Likes: 3", "업보트: 223"): upvotes when the name is theirs. */
const NAMED_COUNT = /^([^\d:：]{1,20}?)\s*[:：]\s*(\d{1,3}(?:,\d{3})+|\d{1,6})$/u;
/** An upvote box with no count ("-", or the button "[-]" before "-"): HF shows "-" for a paper nobody upvoted. */
const NO_UPVOTES = /^(?:\[[-+^▲]\]\s*)?-$/;
const SUBMITTED_BY = /^submitted by\b:?\s*(.*)$/i;
const SEPARATOR = /^[·•|–—-]$/;
/** A Hugging Face account's page (a user or an organisation): one path segment that is not one of the site's sections. */
const ACCOUNT_LINK = /^https?:\/\/(?:huggingface\.co|hf\.co)\/(?!(?:papers|models|datasets|spaces|docs|blog|posts|collections|login|join|pricing|enterprise|settings|organizations|tasks|learn|chat)(?:[/?#]|$))[\w.-]+\/?$/i;
/**
 * Links to a paper: its Hugging Face page or its arXiv abstract or PDF. The site's listings live under /papers/ too
 * (`/papers/date/2026-04-20`, `/papers/week/…`, `/papers/trending`): a link to one names a day's list, not a paper.
 */
const PAPER_LINK = /(?:huggingface\.co|hf\.co)\/papers\/(?!(?:date|week|month|trending|search|submit)(?:[/?#]|$))([^/?#\s]+)|arxiv\.org\/(?:abs|pdf|html)\/([^?#\s]+?)(?:\.pdf)?(?:[?#]|$)/i;

type Token =
  | { kind: 'chrome'; index: number; pageStart: boolean; date: ListingDate | null }
  | { kind: 'authors'; index: number; count: number | null; names: string[]; organisation?: string }
  | { kind: 'date'; index: number; date: ListingDate }
  | { kind: 'upvotes'; index: number; value: number }
  | { kind: 'submitter'; index: number; named: boolean }
  | { kind: 'separator'; index: number }
  | { kind: 'link'; index: number; arxivUrl?: string; date?: ListingDate }
  | { kind: 'abstract'; index: number; text: string; arxivUrl?: string }
  | { kind: 'organisation'; index: number; name: string }
  | { kind: 'pageDate'; index: number; date: ListingDate }
  | { kind: 'text'; index: number; text: string; marked: boolean; paperUrl: string | null; upvotes?: number };

function arxivIdOf(url: string): string | null {
  const match = PAPER_LINK.exec(url);
  return match ? normaliseArxivId(match[1] ?? match[2]) : null;
}

function paperUrlOf(line: PageLine): string | null {
  return line.links.find((url) => PAPER_LINK.test(url)) ?? null;
}

/** The whole line is the text of one link (a lynx `[12]Title`, a markdown `[Title](url)`). */
function isLinkLine(line: PageLine): boolean {
  return line.linkTexts.some((text) => text !== '' && text === line.text);
}

/** A card field that is a line of its own in every layout: an author count, a date, a bare upvote count. */
function isFieldLine(text: string): boolean {
  return text.length <= 40 && (AUTHORS_COUNT.test(text) || UPVOTES.test(text) || parseListingDate(text) !== null || SUBMITTED_BY.test(text));
}

/** Pure: what one logical line of a listing page says. */
function classifyLine(line: PageLine, index: number): Token {
  const text = line.text;
  const submitter = SUBMITTED_BY.exec(text);
  if (submitter) return { kind: 'submitter', index, named: submitter[1] !== '' };
  const key = chromeKey(text);
  const comments = line.links.length > 0 && line.links.every((url) => COMMENTS_LINK.test(url));
  // Counters with a unit (GitHub stars "1.2k", "3 comments") are widgets of a card, never its text.
  const counter = (/^[★☆⭐]?\s*\d+(?:[.,]\d+)?\s*[kKmM]?(?:\s+(?:stars?|comments?|likes?|views?|citations?|items?|models?|datasets?|spaces?))?$/u.test(text) && /\D/.test(text) && !ARXIV_ID.test(text)) ||
    ICON_COUNTER.test(text) || TIME_AGO.test(text);
  const short = text.length <= 200;
  const captured = CAPTURE_DATE.exec(text);
  if (captured) return { kind: 'chrome', index, pageStart: false, date: findFullDate(captured[1]) };
  // "Updated Jul 24, 2025": when a model, dataset or collection beside the papers last changed, no paper's date and
  // not the page's.
  if (/^updated\b/i.test(text) && parseListingDate(text) !== null) return { kind: 'chrome', index, pageStart: false, date: null };
  if (CHROME.has(key) || PAGE_START.test(text) || LIBRARIAN_BOT.test(text) || (short && (FOOTER.test(text) || MEDIA_FALLBACK.test(text))) || comments || counter || (line.heading === 0 && isMenuLine(text))) {
    // A button that links to the paper ("[arXiv](https://arxiv.org/abs/…)", "[PDF](…)") still names the card's paper.
    const paper = CHROME.has(key) && isLinkLine(line) ? line.links.find((url) => arxivIdOf(url) !== null) : undefined;
    if (paper !== undefined) return { kind: 'link', index, arxivUrl: paper };
    const pageStart = PAGE_START.test(text);
    return { kind: 'chrome', index, pageStart, date: pageStart ? findFullDate(text) : null };
  }
  // A badge links to the day's listing it won ("#1 Paper of the day" → /papers?date=2025-10-01): a day the paper was
  // shown on, so the year of the dates its page prints without one.
  if (BADGE.test(text)) {
    const day = line.links.map((url) => /[?&]date=(\d{4}-\d{2}-\d{2})|\/papers\/date\/(\d{4}-\d{2}-\d{2})/.exec(url)).find((match) => match !== null);
    const shown = day ? findFullDate(day[1] ?? day[2]) : null;
    return shown ? { kind: 'pageDate', index, date: shown } : { kind: 'separator', index };
  }
  // "Abstract", also under an icon a note puts before its headings ("## 📌 Abstract").
  if (ABSTRACT_LABEL.test(text.replace(LEADING_ICONS, ''))) return { kind: 'separator', index };
  // "**Zhiqing Cui**, Binwu Wang, Jiaming Ma†, Tao Yu (Project Leader)": a line of names only, as a publication list or
  // a digest writes a paper's authors under its title.
  // "Abstract excerpt:", "Links:" on a line of their own: a label over what follows, never a title.
  if (line.heading === 0 && !line.bullet && line.links.length === 0 && line.label === undefined && /[:：]$/.test(text) &&
      countWords(text, 6) <= 5 && !AUTHORS_LABEL.test(text) && !SUBMITTED_BY.test(text)) {
    return { kind: 'separator', index };
  }
  // "Chirag Parmar, Akshat Mehta, Henglin Wu et al.": the names shown, how many there are not known.
  const namesCut = endsWithMoreNames(text);
  const namesOnly = line.heading === 0 && line.label === undefined ? namesOfLine(namesCut ? text.replace(MORE_NAMES, '') : text) : null;
  if (namesOnly !== null) return { kind: 'authors', index, count: namesCut ? null : namesOnly.length, names: namesOnly };
  // A field with its name in bold ("**👥 Authors:** …", "**🔗 Links:** …"): authors, or metadata naming the paper.
  if (line.label !== undefined) {
    const value = text.slice(text.indexOf(':') + 1).trim();
    const column = labelColumn(line.label.replace(LEADING_ICONS, ''));
    // "**作者数量**: 14人", "**Number of authors:** 6": how many authors, not their names.
    const counted = AUTHOR_COUNT_LABEL.exec(line.label.replace(LEADING_ICONS, '').trim());
    const howMany = counted && columnOf(counted[1] ?? counted[2]) === 'authors' ? /^(\d{1,4})\s*(?:人|名|位|authors?)?$/i.exec(value) : null;
    if (howMany) return { kind: 'authors', index, count: Number(howMany[1]), names: [] };
    // "Authors", and the same label in the digest's language ("저자", "作者", "Autoren"): the names a table's column would
    // hold; "… Guanxu Chen et al." shows some of them, so how many there are is not known.
    if (column === 'authors') return readAuthorsValue(value, index);
    // "**Upvotes:** 127 | **Sources:** …": the count the value opens with (the row's other fields follow a bar).
    const votes = column === 'upvotes' ? /^(\d[\d,]*)(?![\d.])/.exec(value) : null;
    if (votes) return { kind: 'upvotes', index, value: Number(votes[1].replace(/,/g, '')) };
    // "**Paper:** Title" (a note naming the paper it is about under a heading of its own): the paper's title, marked as
    // a heading is; the fields on the lines right under it name the paper (readHeadingRows).
    // A value that names the paper by its id ("**Paper:** [arXiv:2605.23904](…)") is the id, read below, not a title.
    if ((column === 'paper' || column === 'title') && value !== '' && looksLikeTitle(value) && !looksLikeAbstract(value) &&
        !WRITTEN_ARXIV_ID.test(value) && !/\b\d{4}\.\d{4,5}\b/.test(value) && !CHROME.has(chromeKey(value))) {
      const paperUrl = line.links.find((url) => PAPER_LINK.test(url) && arxivIdOf(url) !== null) ?? null;
      // The title quoted ("**論文**: \"Every Token Counts: …\"", «…», 「…」): without its quotes.
      // … nor the full stop a note ends each of its fields with ("- **Título:** *Title*.").
      const unquoted = (/^["“”«「『]\s*(.+?)\s*["”“»」』]$/u.exec(value)?.[1] ?? value).replace(/(?<=\p{L}{2}|\))\.$/u, '');
      return { kind: 'text', index, text: unquoted, marked: true, paperUrl };
    }
    // "**Summary:** …" over sentences: the paper's summary, read as its abstract as a table's summary column is.
    if (column === 'abstract' && looksLikeAbstract(value)) return { kind: 'abstract', index, text: value };
    // "**Affiliations:** Microsoft, …": the organisation a card names.
    if (column === 'organisation' && value !== '' && !line.links.some((url) => arxivIdOf(url) !== null)) return { kind: 'organisation', index, name: value };
    // "**年份**: 1991", "**Year:** 2024": the year alone, the paper's date to the year.
    const year = YEAR_LABEL.test(line.label.replace(LEADING_ICONS, '').trim()) ? /^((?:1[89]|20)\d{2})$/.exec(value) : null;
    if (year) return { kind: 'date', index, date: { date: year[1], year: Number(year[1]), upvotes: null } };
    // "**Published:** 25. März 2025", "**날짜:** 2025년 3월 25일": the paper's date; a date beside its id
    // ("**arXiv:** [2503.19757](…) (2025년 3월 25일)") is the day arXiv shows it, its date too.
    const dated = findFullDate(value) ?? parseListingDate(value);
    if (dated && labelColumn(line.label.replace(LEADING_ICONS, '')) === 'date') {
      // "**创建日期**: 2026-01-14", "**更新日期**: …": the day the document was made or changed, not a paper's; the page's own.
      if (DOCUMENT_DATE_LABEL.test(line.label.replace(LEADING_ICONS, '').trim())) return { kind: 'chrome', index, pageStart: false, date: dated };
      return { kind: 'date', index, date: dated };
    }
    // … or an id written after the word ("**Source:** HuggingFace Daily Papers (2026-05-30) · arxiv 2605.29801").
    const written = WRITTEN_ARXIV_ID.exec(value) ?? (/^arxiv\b/i.test(line.label) ? /^(\d{4}\.\d{4,5}(?:v\d+)?)(?![\d.])/.exec(value) : null);
    // A field linking the paper's article elsewhere ("**链接**: [出版页](https://doi.org/10.1109/…)") names it so.
    const paper = line.links.find((url) => PAPER_LINK.test(url) && arxivIdOf(url) !== null) ?? (written ? `https://arxiv.org/abs/${written[1]}` : undefined) ??
      line.links.find(isArticleUrl);
    // A month beside the id ("[arXiv:2605.06235](…) (May 2026)") is the paper's date to the month.
    const month = paper && !dated ? /\(([\p{L}]+\.?\s+\d{4})\)/u.exec(value) : null;
    const when = dated ?? (month ? findMonthYear(month[1]) : null);
    return { kind: 'link', index, ...(paper ? { arxivUrl: paper } : {}), ...(paper && when ? { date: when } : {}) };
  }
  // "(S-Lab, Nanyang Technological University, Shanghai AI Laboratory)" under a paper's names: its authors' institutions.
  const bracketed = line.heading === 0 && line.links.length === 0 ? /^\((.+)\)$/.exec(text) : null;
  if (bracketed && bracketed[1].split(/\s*[,;]\s*/).some((part) => ORGANISATION_WORD.test(part)) && !looksLikeAbstract(bracketed[1])) {
    return { kind: 'organisation', index, name: bracketed[1] };
  }
  const organisation = ORGANISATION_ICON.exec(text);
  if (organisation) {
    // "🏛️ Institutions: EPFL, Carnegie Mellon University": the names after the field's own name.
    const named = /^([^:：]{1,30})[:：]\s*(\S.*)$/.exec(organisation[1]);
    return { kind: 'organisation', index, name: named && columnOf(named[1]) === 'organisation' ? named[2] : organisation[1] };
  }
  // "· [National University of Singapore](…/NationalUniversityofSingapore)": a field of the card's header row that
  // links to an account (an organisation's page), so never the paper's title.
  if (line.bullet && isLinkLine(line) && line.links.length === 1 && ACCOUNT_LINK.test(line.links[0])) {
    return { kind: 'organisation', index, name: text };
  }
  const withCount = text.endsWith(')') && /authors?\)$/i.test(text) ? NAMES_WITH_COUNT.exec(text.replace(LEADING_ICONS, '')) : null;
  if (withCount) {
    const list = withCount[1].split(/\s*(?:,|;)\s*/).map((name) => name.trim()).filter((name) => PERSON_NAME.test(name) || /\s/.test(name));
    if (list.length > 0) return { kind: 'authors', index, count: Number(withCount[2]), names: list };
  }
  const citeThis = CITE_THIS_PAPER.exec(text);
  if (citeThis) return { kind: 'link', index, arxivUrl: `https://${citeThis[1]}` };
  // "arXiv:2312.00752" on a line of its own (a paper's page): the paper's identifier, never a title.
  // … or arXiv's announcement line over an abstract its listing feed gave ("arXiv:2505.23024v2 Announce Type: replace").
  const arxivLine = ARXIV_LINE.exec(text) ?? ARXIV_ANNOUNCE_LINE.exec(text) ?? (ARXIV_ID.test(text) ? [text, text] : null);
  if (arxivLine) return { kind: 'link', index, arxivUrl: `https://arxiv.org/abs/${arxivLine[1]}` };
  const count = AUTHORS_COUNT.exec(text);
  if (count) return { kind: 'authors', index, count: Number(count[1]), names: [] };
  // "… Maomao Hu, et al.": the names shown are not all of them, so how many there are is not known.
  const names = AUTHORS_NAMES.exec(text) ?? labelledAuthors(text);
  if (names) return readAuthorsValue(names[1], index);
  // A date after an icon ("📅 2026-01-30", a digest's card) is the paper's date as the bare one is.
  const date = parseListingDate(text) ?? labelledDate(text) ?? (LEADING_ICONS.test(text) ? parseListingDate(text.replace(LEADING_ICONS, '')) : null);
  if (date) return { kind: 'date', index, date };
  const named = NAMED_COUNT.exec(text);
  const upvotes = UPVOTES.exec(text) ?? (named && columnOf(named[1].replace(LEADING_ICONS, '')) === 'upvotes' ? named : null);
  if (upvotes && line.heading === 0) return { kind: 'upvotes', index, value: Number((upvotes[2] ?? upvotes[1]).replace(/,/g, '')) };
  // "+21": the upvoters' avatars shown past the first few, a widget inside the card.
  if (SEPARATOR.test(text) || NO_UPVOTES.test(text) || /^\+\d+$/.test(text)) return { kind: 'separator', index };
  // "arXiv: https://arxiv.org/abs/…", "Paper: <url>": a written-out link with a label is card metadata, not a title.
  // Addresses are cut from where their run of non-spaces starts (the lookbehind): tried from inside one, the pattern
  // scanned the rest of the run again from every character of it.
  if (text.includes('://') && countWords(text.replace(/(?<!\S)\S*:\/\/\S*/g, ''), 4) <= 3) {
    const paper = line.links.find((url) => arxivIdOf(url) !== null);
    return { kind: 'link', index, ...(paper ? { arxivUrl: paper } : {}) };
  }
  // An abstract written with its label ("Abstract: Modern Out-of-Order…"), or as arXiv's listing feed gives it
  // ("arXiv:2412.13207v1 Announce Type: new Abstract: …"): the label and the announcement are not its text.
  const iconless = text.replace(LEADING_ICONS, '');
  const labelledAbstract = /^(?:arXiv:(\S+)\s+Announce Type:\s*\S+\s*)?(?:abstract|summary|tl;?dr)\s*:\s*(?=\S)/i.exec(iconless);
  if (labelledAbstract && looksLikeAbstract(iconless.slice(labelledAbstract[0].length))) {
    // The announcement names the paper by its id: the abstract's own.
    const announced = labelledAbstract[1] !== undefined && ARXIV_ID.test(labelledAbstract[1]) ? { arxivUrl: `https://arxiv.org/abs/${labelledAbstract[1]}` } : {};
    return { kind: 'abstract', index, text: iconless.slice(labelledAbstract[0].length), ...announced };
  }
  // A digest's own note under a paper, an icon and a label before it ("🔬 Method: …", "💡 Contribution: …"): the
  // digest's words, neither the paper's abstract nor a title.
  const note = iconless !== text ? DIGEST_NOTE.exec(text) : null;
  if (note && looksLikeAbstract(text.slice(note[0].length - 1))) return { kind: 'chrome', index, pageStart: false, date: null };
  // A field set with an icon before its name ("🏛️ Institutions: …", "📅 Date: Dec. 9, 2025", "💻 Env: [Mobile]"), one
  // of the sub-items under a paper's linked title: read as the same field with its name in bold is. A name the
  // tables know (authors, date, organisation…) is that field anywhere; another one only in such a run of sub-items,
  // where it is the card's metadata ("🔑 Key: [benchmark]"), not a title ("🔥 Kimi K2: Open Agentic Intelligence").
  if (note && line.heading === 0 && line.label === undefined && !isLinkLine(line)) {
    const label = iconless.slice(0, iconless.search(/[:：]/)).trim();
    if (countWords(label, 4) <= 3 && (columnOf(label) !== null || (line.bullet && !line.afterBlank))) {
      return classifyLine({ ...line, label }, index);
    }
  }
  // A row of a table is read by the table (readTablePapers): a long cell (a layout table's text) is never an abstract.
  if (line.cells !== undefined && looksLikeAbstract(text)) return { kind: 'chrome', index, pageStart: false, date: null };
  const paperUrl = paperUrlOf(line);
  const marked = line.heading > 0 || (isLinkLine(line) && (paperUrl !== null || line.links.every((url) => url === '')));
  // A long question can read as a sentence; as a heading or a link to a paper it is still a title.
  // A bulleted item is one of a list (a bibliography's entry, a note's point), never the paragraph of a paper's abstract.
  if (looksLikeAbstract(text) && !(marked && countWords(text, 40) < 40) && !line.bullet) return { kind: 'abstract', index, text };
  // A digest numbers its titles and puts their count after them: neither is the title.
  const trailing = TRAILING_COUNT.exec(text) ?? TRAILING_RATING.exec(text);
  const title = (trailing ? iconless.slice(0, trailing.index - (text.length - iconless.length)) : iconless).replace(ENUMERATION, '').replace(LOG_ENTRY, '').replace(TITLE_LABEL, '')
    // "A Revealed Preference Framework for AI Alignment (arxiv)", "… (HuggingFace/paper)": the digest's note of where it
    // found the paper, not its title.
    .replace(SOURCE_TAG, '');
  const voted = trailing && trailing[2] !== undefined && trailing[1] !== '⭐' && trailing[1] !== '★' ? Number(trailing[2].replace(/,/g, '')) : undefined;
  return { kind: 'text', index, text: title === '' ? text : title, marked, paperUrl, ...(voted !== undefined ? { upvotes: voted } : {}) };
}

/** A keyword of an abstract that HF links to a search for it (`/papers?q=PLMs`): a highlight, set apart with spaces. */
const KEYWORD_LINK = /(?:^|huggingface\.co|hf\.co)\/papers\?q=/i;
/** A link to a paper's discussion: its text is the comment count. */
const COMMENTS_LINK = /#community|#comments?\b/i;

/** The capture dates of a page's front matter, as lines of their own (its line numbers: front matter comes first). */
function captureDateLines(frontMatter: string[]): PageLine[] {
  return frontMatter.flatMap((raw, at) =>
    CAPTURE_DATE.test(raw) ? [{ line: at + 1, text: raw.trim(), links: [], linkTexts: [], heading: 0, bullet: false, afterBlank: true }] : [],
  );
}

/**
 * One row of a card holding several fields joined by "·" or "•" ("Kandinsky Lab · Published on Oct 4, 2026",
 * "▲ 85 • 💬 4 • ⭐ 83,068 • 17mo ago"):
 * split into a line per field, with the separators between them, when one of the parts is a field of its own (a date,
 * an author or upvote count). A title with a "·" in it has no such part and stays whole.
 */
function splitCardRow(line: PageLine): PageLine[] {
  // "**Authors:** … | **Upvotes:** 127 | **Date:** 2026-01-06", "**Authors**: … · **Published**: 2026년 9월 8일 · **arXiv**: …":
  // fields with their names in bold, one a line each.
  if (line.label !== undefined && /\s[|·•]\s/.test(line.text) && line.text.length <= 600) {
    const fields = line.text.split(/\s+[|·•]\s+/);
    if (fields.length > 1 && fields.every((field) => /^[^:：|]{1,40}[:：]\s*\S/.test(field))) {
      return fields.map((field) => {
        const own = line.linkTexts.map((label, index) => (label !== '' && field.includes(label) ? index : -1)).filter((index) => index !== -1);
        return { ...line, text: field, label: field.slice(0, field.search(/[:：]/)).trim(), links: own.map((index) => line.links[index]), linkTexts: own.map((index) => line.linkTexts[index]) };
      });
    }
  }
  if (line.text.length > 300 || !/[·•]/.test(line.text)) return [line];
  const parts = line.text.split(/\s*[·•]\s*/);
  // A part naming the paper by its id ("arXiv:2604.23747", "2408.01800") is such a field too.
  if (parts.length < 2 || !parts.some((part) => part !== '' && (isFieldLine(part) || ARXIV_ID.test(part) || ARXIV_LINE.test(part) || BADGE.test(part)))) return [line];
  // A row that is one link (a card written as a block link) is that link in each of its fields.
  const wholeLink = line.linkTexts.findIndex((label) => label !== '' && label === line.text);
  const rows: PageLine[] = [];
  // A bold label before the row ("**Originalquelle:** Names · arXiv:2606.02965 · 2026-06-02", "**Source:** …") names the
  // row, not its first field: unless it is a field's own name (authors, a date…), the fields stand without it.
  const rowLabel = line.label !== undefined && labelColumn(line.label.replace(LEADING_ICONS, '')) === null ? line.label : undefined;
  parts.forEach((part, at) => {
    if (at > 0) rows.push({ ...line, text: '·', links: [], linkTexts: [], heading: 0, label: undefined });
    if (part === '') return;
    const own = wholeLink !== -1
      ? [wholeLink]
      : line.linkTexts.map((label, index) => (label !== '' && part.includes(label) ? index : -1)).filter((index) => index !== -1);
    const unlabelled = rowLabel !== undefined && (at > 0 || part.startsWith(rowLabel));
    const text = at === 0 && unlabelled ? part.slice(rowLabel!.length).replace(/^\s*[:：]\s*/, '') : part;
    if (text === '') return;
    rows.push({
      // A field after a "·" stands as a list item of the row does ("· [Org](…)").
      ...line, text, heading: at === 0 ? line.heading : 0, bullet: at > 0 || line.bullet,
      links: own.map((index) => line.links[index]), linkTexts: own.map((index) => (wholeLink !== -1 ? part : line.linkTexts[index])),
      ...(unlabelled || (at > 0 && line.label !== undefined) ? { label: undefined } : {}),
    });
  });
  return rows;
}

/**
 * A run of list items that holds a paper's fields ("- Authors: …", "- Published: 2026-08-14", "- URL: https://arxiv.org/…",
 * "- Topic: …", "- Opportunity score: 9"): where two or more of its items read as fields a card has (authors, a date, an
 * organisation, upvotes, a link naming the paper), its other "Name: value" items are fields too, not titles — one
 * linking the paper or its article names it.
 */
function readFieldRuns(tokens: Token[], lines: PageLine[]): void {
  for (const [start, end] of listRuns(lines)) {
    let fields = 0;
    for (let at = start; at < end; at++) {
      const kind = tokens[at].kind;
      if (kind === 'authors' || kind === 'date' || kind === 'organisation' || kind === 'upvotes' || (kind === 'link' && (tokens[at] as { arxivUrl?: string }).arxivUrl !== undefined)) fields++;
    }
    if (fields < 2) continue;
    for (let at = start; at < end; at++) {
      const token = tokens[at];
      const named = /^([^:：]{1,30})[:：]\s*\S/.exec(lines[at].text.replace(LEADING_ICONS, ''));
      const bareLink = token.kind === 'link' && token.arxivUrl === undefined;
      // A linked title ("- [OS-Sentinel: Towards …](…)") heads the item; it is no field.
      if ((token.kind !== 'text' && !bareLink) || (token.kind === 'text' && token.marked) || isLinkLine(lines[at]) || named === null || countWords(named[1], 4) > 3) continue;
      const paper = lines[at].links.find((url) => arxivIdOf(url) !== null) ?? lines[at].links.find(isArticleUrl);
      tokens[at] = paper !== undefined ? { kind: 'link', index: token.index, arxivUrl: paper } : bareLink ? token : { kind: 'separator', index: token.index };
    }
  }
}

/** The header of a table of one record's fields ("| Field | Value |"): a name column, then a value column. */
const KEY_HEADER = /^(?:fields?|keys?|propert(?:y|ies)|attributes?|items?|names?|字段|属性|項目|项目|항목)$/iu;
const VALUE_HEADER = /^(?:values?|details?|info(?:rmation)?|值|内容|內容|값|내용)$/iu;

/**
 * A table of one record's fields, a row each ("| **Authors** | Yifan Yang, … |", "| **Paper** | [arXiv:2605.23904](…) |"
 * under "| Field | Value |", or such rows without a header): each row is that field written with its name, as a
 * "**Authors:** …" line is, not a row of a table of papers. Rows without a header count only when their name is a
 * field's ("Authors", "Published", "Paper"), so a two-column table of papers is never taken for one.
 */
function readFieldRows(lines: PageLine[]): PageLine[] {
  const fieldRows = new Set<number>();
  for (let at = 0; at < lines.length; at++) {
    if (lines[at].cells?.length !== 2) continue;
    let end = at;
    while (end < lines.length && lines[end].cells !== undefined && (end === at || !lines[end].afterBlank)) end++;
    const headed = end - at >= 2 && lines[at + 1].cells!.every((cell) => /^:?-+:?$/.test(cell.text));
    if (headed) {
      const [key, value] = lines[at].cells!.map((cell) => cell.text.replace(/(\*\*|__)/g, '').trim());
      if (KEY_HEADER.test(key) && VALUE_HEADER.test(value)) for (let row = at + 2; row < end; row++) if (lines[row].cells!.length === 2) fieldRows.add(row);
    } else {
      for (let row = at; row < end; row++) {
        const [key] = lines[row].cells!;
        if (lines[row].cells!.length === 2 && key.links.length === 0 && columnOf(key.text.replace(/(\*\*|__)/g, '')) !== null) fieldRows.add(row);
      }
    }
    at = end - 1;
  }
  if (fieldRows.size === 0) return lines;
  return lines.map((line, at) => {
    if (!fieldRows.has(at)) return line;
    const [key, value] = line.cells!;
    const name = key.text.replace(/(\*\*|__)/g, '').trim();
    const { cells: _cells, ...rest } = line;
    return { ...rest, text: `${name}: ${value.text}`, label: name, links: value.links, linkTexts: value.linkTexts };
  });
}

/** Copy-paste glues a button's text to the line after it ("SubscribeLearning from…"): split it off. */
function unglueChrome(line: PageLine): PageLine {
  const glued = /^(Subscribe|Submit|Search|Upvote)(?=[A-Z0-9"“'])/.exec(line.text);
  return glued ? { ...line, text: line.text.slice(glued[1].length) } : line;
}

/**
 * A paper's own page lays some fields out one value per line: "Upvote" above its count, "Authors:" above one name per
 * line (with lone commas between them). Those lines become the field they spell (in place), so none of them is taken
 * for a title.
 */
function readFieldsOnTheirOwnLines(tokens: Token[], lines: PageLine[]): void {
  tokens.forEach((token, position) => {
    let after = position + 1;
    while (tokens[after]?.kind === 'separator') after++;
    const next = tokens[after];
    if (token.kind === 'chrome' && !token.pageStart && next?.kind === 'upvotes' && /^upvotes?$/i.test(lines[token.index].text.trim())) {
      tokens[position] = { kind: 'separator', index: token.index };
    }
    if (token.kind !== 'text' || !AUTHORS_LABEL.test(token.text)) return;
    const names: string[] = [];
    let end = position + 1;
    for (; end < tokens.length; end++) {
      const line = tokens[end];
      if (line.kind === 'separator') continue;
      if (line.kind !== 'text' || line.marked) break;
      if (line.text === ',' || line.text === ';') continue;
      // A name may carry the comma that separates it from the next ("Yihong Dong ,").
      const name = line.text.replace(/\s*[,;]$/, '');
      if (!PERSON_NAME.test(name) || name.split(/\s+/).length > 5) break;
      names.push(name);
    }
    // A label with no names under it (a page that shows none) is still no title; nor are the lone commas a converter
    // left where the names were (links it dropped: " ," a line, one per author), which would otherwise stand between
    // the paper's title and its abstract as lines of text.
    if (names.length === 0) {
      for (let at = position; at < end; at++) tokens[at] = { kind: 'separator', index: tokens[at].index };
      return;
    }
    tokens[position] = { kind: 'authors', index: token.index, count: names.length, names };
    for (let at = position + 1; at < end; at++) tokens[at] = { kind: 'separator', index: tokens[at].index };
  });
}

/**
 * HF lists papers in collections, model cards and articles as a title above the row "Paper • 2408.01800 • Published
 * Aug 3, 2024 • 95": the "Paper" label and the arXiv id under a title-like line make it a paper's title, with that id.
 */
function readPaperRows(tokens: Token[], lines: PageLine[]): void {
  tokens.forEach((token, position) => {
    if (token.kind !== 'link' || token.arxivUrl === undefined || !ARXIV_ID.test(lines[token.index].text)) return;
    let back = position - 1;
    while (back >= 0 && (tokens[back].kind === 'separator' || (tokens[back].kind === 'chrome' && /^paper$/i.test(lines[tokens[back].index].text)))) back--;
    const label = tokens.slice(back + 1, position).find((between) => /^paper$/i.test(lines[between.index].text));
    const title = tokens[back];
    if (label === undefined || title?.kind !== 'text' || !looksLikeTitle(title.text)) return;
    // The title is on the row's own line (a block link) or the line right above it; a heading a blank line above
    // ("Paper for ZhengPeng7/BiRefNet" over a row without a title) is the section's, not the paper's.
    const rowLine = lines[label.index];
    if (lines[title.index].line !== rowLine.line && rowLine.afterBlank) return;
    title.paperUrl ??= token.arxivUrl;
    title.marked = true;
  });
}

/**
 * A digest that writes each paper as a heading with a row of its fields under it ("## 4. Metis: Memory Foundation Model"
 * over "👍 268 · 🏛 MemTensor · [arXiv](https://arxiv.org/abs/2607.26760) · [GitHub](…)"), and notes rather than an
 * abstract after that: the row's link to a paper makes the heading that paper's title. The row must hold a card field
 * besides the link (upvotes, a date, authors, an organisation), so a section heading over a lone link ("## Links",
 * "[arXiv](…)") is not taken for a paper, and start on the line right under the heading; buttons of the row
 * ("GitHub") may sit between its fields.
 */
function readHeadingRows(tokens: Token[], lines: PageLine[]): void {
  const rowField = (token: Token) =>
    token.kind === 'upvotes' || token.kind === 'date' || token.kind === 'authors' || token.kind === 'organisation';
  // The number of an item's id row ("10 · arXiv:2608.21550") is its place in the digest: no upvote count, no organisation.
  tokens.forEach((token, position) => {
    if (token.kind !== 'link' || token.arxivUrl === undefined || !idRowOnly(tokens, lines, position)) return;
    const row = lines[token.index].line;
    tokens.forEach((other, at) => {
      if (other.kind !== 'link' && lines[other.index].line === row) tokens[at] = { kind: 'separator', index: other.index };
    });
  });
  tokens.forEach((token, position) => {
    // A line emphasised as a whole ("📄 *1. ForceVLA2: …*") with a link to a paper as the next line ("🔗 https://arxiv.org/abs/…")
    // is that paper's title, set apart as a heading is.
    const next = tokens[position + 1];
    if (token.kind === 'text' && lines[token.index].emphasised && token.paperUrl === null && next?.kind === 'link' && next.arxivUrl !== undefined && looksLikeTitle(token.text)) {
      token.paperUrl = next.arxivUrl;
      token.marked = true;
      return;
    }
    // … or with the item's number and the paper's id on the line right above it ("01 · arXiv:2608.23927" over
    // "🔬 **GlanceWAM: …**", a digest's item): a line holding nothing else names the paper of the title under it.
    const above = tokens[position - 1];
    if (token.kind === 'text' && (lines[token.index].emphasised || lines[token.index].heading > 0) && token.paperUrl === null &&
        above?.kind === 'link' && above.arxivUrl !== undefined && looksLikeTitle(token.text) && idRowOnly(tokens, lines, position - 1)) {
      token.paperUrl = above.arxivUrl;
      token.marked = true;
      return;
    }
    // A title field ("**Paper:** Title") is set apart as a heading is, and says by its name that it is a paper's.
    const titleField = lines[token.index].label !== undefined && token.kind === 'text' && token.marked;
    if (token.kind !== 'text' || (lines[token.index].heading === 0 && !titleField) || token.paperUrl !== null || !looksLikeTitle(token.text)) return;
    let paper: string | undefined;
    let fields = 0;
    let rowLine = -1;
    for (let at = position + 1; at < tokens.length; at++) {
      const next = tokens[at];
      const line = lines[next.index].line;
      // A button is part of the row only on the row's own line.
      const rowButton = next.kind === 'chrome' && !next.pageStart && line === rowLine;
      // A field of a row split at its dots that reads as no field the reader knows ("Gwak, Kwak, Lee, Son et al." before
      // "· arXiv:2605.29888"), with a field of the row after it on the same line, is the row's too.
      const after = tokens[at + 1];
      const rowText = next.kind === 'text' && !next.marked && after !== undefined && lines[after.index].line === line && isMeta(after) &&
        countWords(next.text, 13) <= 12;
      // The row sits right under its heading; one a blank line below belongs to the section the heading opens
      // ("## Paper for ZhengPeng7/BiRefNet" over a paper row of its own).
      if (!(isMeta(next) || rowButton || rowText) || next.kind === 'submitter' || (rowLine === -1 && lines[next.index].afterBlank)) break;
      rowLine = line;
      if (rowField(next)) fields++;
      if (next.kind === 'link' && next.arxivUrl !== undefined) paper ??= next.arxivUrl;
    }
    // A title field over a link alone names a paper when the link is a paper's (arXiv, HF, a DOI), not any page on a
    // university's or a publisher's host (a course's lectures, "**链接**: [PDF](http://www.cs.cmu.edu/…/lectures/)").
    if (paper !== undefined && (fields > 0 || (titleField && (arxivIdOf(paper) !== null || /\bdoi\.org\/10\./i.test(paper))))) token.paperUrl = paper;
  });
}

/** The tokens of the line the token at `at` is on are an item's number, separators and one paper id, nothing else. */
function idRowOnly(tokens: Token[], lines: PageLine[], at: number): boolean {
  const row = lines[tokens[at].index].line;
  const same = tokens.filter((token) => lines[token.index].line === row);
  return same.filter((token) => token.kind === 'link').length === 1 && ARXIV_LINE.test(lines[tokens[at].index].text) &&
    same.every((token) => token.kind === 'link' || token.kind === 'separator' || /^\d{1,3}[.)]?$/.test(lines[token.index].text));
}

/** The next line starts right under this one (no blank line, heading or list item in between). */
function continuesOnto(lines: PageLine[], below: Token | undefined): below is Extract<Token, { kind: 'text' | 'abstract' }> {
  if (below === undefined || (below.kind !== 'text' && below.kind !== 'abstract')) return false;
  const line = lines[below.index];
  return !line.afterBlank && line.heading === 0 && !line.bullet;
}

/** Two lines as one: a word the wrapper broke at its hyphen ("agent-" + "specific") is joined without a space. */
function joinLines(above: string, below: string): string {
  return /\p{L}-$/u.test(above) ? `${above}${below}` : `${above} ${below}`;
}

/**
 * A title broken over two lines where no wrap width says so (a page printed to PDF, its lines broken wherever the
 * proportional font filled them: "LatentMem: Customizing Latent Memory for" over "Multi-Agent Systems"): a short line
 * that is no title only because it ends in a word no title ends with, and the line right under it, are one title.
 */
function joinBrokenTitles(tokens: Token[], lines: PageLine[]): void {
  tokens.forEach((token, position) => {
    const below = tokens[position + 1];
    // So is an author list that ends in a comma: its names go on on the lines after it (one a line on a paper's page,
    // "Minyang Tian ," over "Luyu Gao ,"), and a "+ 8 authors" under them counts the ones not shown.
    if (token.kind === 'authors' && token.names.length > 0 && /[,;]$/.test(lines[token.index].text)) {
      const names = [...token.names];
      let at = position + 1;
      let open = true;
      // The lines after it may read as names alone (authors) or as text.
      const onto = (next: Token | undefined) => next !== undefined && (continuesOnto(lines, next) ? next.kind === 'text' :
        next.kind === 'authors' && !lines[next.index].afterBlank && lines[next.index].heading === 0 && !lines[next.index].bullet);
      for (; open && onto(tokens[at]); at++) {
        const text = lines[tokens[at].index].text;
        names.push(...text.split(/\s*(?:,|;|\band\b)\s*/).map((name) => name.trim()).filter(Boolean));
        open = /[,;]$/.test(text);
      }
      const hidden = at < tokens.length ? MORE_AUTHORS.exec(lines[tokens[at].index].text) : null;
      if (hidden) at++;
      tokens[position] = { ...token, names, count: names.length + (hidden ? Number(hidden[1]) : 0) };
      for (let next = position + 1; next < at; next++) tokens[next] = { kind: 'separator', index: tokens[next].index };
      return;
    }
    if (token.kind !== 'text' || token.marked || token.text.length > 120 || !continuesOnto(lines, below) || below.kind !== 'text' || below.marked) return;
    const last = token.text.slice(token.text.lastIndexOf(' ') + 1).toLowerCase();
    if (!FRAGMENT_WORDS.has(last) || countWords(token.text, 13) > 12 || !/^\p{Lu}/u.test(token.text) || /[.!?]\s/.test(token.text)) return;
    const joined = joinLines(token.text, below.text);
    if (looksLikeTitle(token.text) || !looksLikeTitle(joined) || isFieldLine(below.text)) return;
    tokens[position] = { ...token, text: joined };
    tokens[position + 1] = { kind: 'separator', index: below.index };
  });
}

/**
 * The lines right under an "Abstract" label, up to the next blank line, are one paragraph even where no wrap width
 * joined them (arXiv's own line breaks kept by a converter, a proportional font's): joined here, with the page's
 * buttons among them ("Ask HuggingChat about this Paper") left out. HF puts its one-sentence AI summary first, on a
 * line of its own; when the lines after it make a longer paragraph of several sentences, that one is the abstract.
 * The lines under the summary's own label ("AI-generated summary") are the abstract, joined the same way.
 */
function readLabelledAbstracts(tokens: Token[], lines: PageLine[]): void {
  tokens.forEach((token, position) => {
    const summaryLabel = token.kind === 'text' && token.text.length < 80 && MACHINE_SUMMARY.test(token.text);
    if (!summaryLabel && (token.kind !== 'separator' || !ABSTRACT_LABEL.test(lines[token.index].text))) return;
    const block: Extract<Token, { kind: 'text' | 'abstract' }>[] = [];
    let end = position + 1;
    for (; end < tokens.length; end++) {
      const next = tokens[end];
      // A button inside the paragraph ("Ask HuggingChat about this Paper" between two lines of one sentence) is left
      // out; one after a sentence's end ends the paragraph.
      const inSentence = block.length > 0 && !/[.!?]["')\]]?$/.test(block.at(-1)!.text);
      if (next.kind === 'chrome' && !next.pageStart && inSentence && !lines[next.index].afterBlank) continue;
      if (block.length === 0 ? next.kind !== 'text' && next.kind !== 'abstract' : !continuesOnto(lines, next)) break;
      const current = next as Extract<Token, { kind: 'text' | 'abstract' }>;
      if (MACHINE_SUMMARY.test(current.text) || isFieldLine(current.text) || lines[current.index].heading > 0) break;
      block.push(current);
    }
    if (block.length < 2) return;
    const first = block[0].text;
    const rest = block.slice(1).map((item) => item.text).reduce(joinLines);
    const summaryFirst = !summaryLabel && /[.!?]["')\]]?$/.test(first) && sentences(first) === 1 && sentences(rest) > 1 && rest.length > first.length;
    const paragraph = summaryFirst ? rest : block.map((item) => item.text).reduce(joinLines);
    if (!looksLikeAbstract(paragraph)) return;
    // The paragraph stands where its last line was, so a label under it ("AI-generated summary") is right below it.
    const last = tokens.indexOf(block.at(-1)!);
    for (let at = position + 1; at < end; at++) tokens[at] = { kind: 'separator', index: tokens[at].index };
    tokens[last] = { kind: 'abstract', index: block[summaryFirst ? 1 : 0].index, text: paragraph };
  });
}

/**
 * The page's one top-level heading, the first of its headings, with an authors field right under it (before any other
 * heading): the title and byline of one document.
 */
function bylinedDocument(tokens: Token[], lines: PageLine[]): boolean {
  const top = lines.findIndex((line) => line.heading > 0);
  if (top === -1 || lines[top].heading !== 1 || lines.some((line, at) => at !== top && line.heading === 1)) return false;
  for (let at = top + 1; at < lines.length && lines[at].heading === 0; at++) {
    const token = tokens[at];
    if (token.kind === 'authors' && token.names.length > 0) return true;
  }
  return false;
}

/** Sentences in a paragraph: ends of sentences ("." "!" "?" then a space and a capital, or the paragraph's end). */
function sentences(text: string): number {
  return (text.match(/[.!?]["')\]]?(?=\s+["'(\[]?\p{Lu})/gu)?.length ?? 0) + (/[.!?]["')\]]?$/.test(text) ? 1 : 0);
}

/** "Generated by Qwen/Qwen2.5-Coder-32B-Instruct", "AI-generated summary": a model wrote the paragraph it labels. */
const MACHINE_SUMMARY = /^(?:generated by\s+\S+|ai[- ]generated summary:?)$/i;

/**
 * A paper's page shows a summary written by a model beside the authors' abstract, labelled "AI-generated summary" or
 * by the model's name: that paragraph (the one right above the label, else the one right below it) is not the abstract.
 */
function setAsideMachineSummaries(tokens: Token[], lines: PageLine[]): void {
  tokens.forEach((token, position) => {
    // Copied without its label, the summary is still the one-sentence paragraph right under "Abstract", with the
    // authors' abstract (longer, of several sentences) right after it.
    if (token.kind === 'separator' && ABSTRACT_LABEL.test(lines[token.index].text)) {
      const [summary, abstract] = [tokens[position + 1], tokens[position + 2]];
      // A note written in Chinese, Japanese or Korean ("# 摘要") puts its own translation of the abstract under the
      // label, a paragraph its few spaces do not make look like one: the label says it is one. When the paper's own
      // abstract follows it in Latin script, that one is the paper's, and the translation is left out.
      if (summary?.kind === 'text' && summary.text.length >= 40 && cjkShare(summary.text) >= 0.3 && /[。！？.!?]$/.test(summary.text)) {
        const original = abstract?.kind === 'abstract' && cjkShare(abstract.text) < 0.3;
        tokens[position + 1] = original ? { kind: 'separator', index: summary.index } : { kind: 'abstract', index: summary.index, text: summary.text };
        return;
      }
      if (summary?.kind === 'abstract' && abstract?.kind === 'abstract' && sentences(summary.text) === 1 && sentences(abstract.text) > 1 && abstract.text.length > summary.text.length) {
        tokens[position + 1] = { kind: 'separator', index: summary.index };
      }
      return;
    }
    if (token.kind !== 'text' || !MACHINE_SUMMARY.test(lines[token.index].text)) return;
    tokens[position] = { kind: 'separator', index: token.index };
    const at = tokens[position - 1]?.kind === 'abstract' ? position - 1 : tokens[position + 1]?.kind === 'abstract' ? position + 1 : -1;
    if (at !== -1) tokens[at] = { kind: 'separator', index: tokens[at].index };
  });
}

/**
 * Headings after which a paper's page shows no paper of its own: its discussion and what links to it ("Community",
 * "Models citing this paper 1", "Collections including this paper 9"). Comments there have dates, names and
 * paragraphs, and recommend other papers by link; none of it is a card. The tail ends where another page starts.
 * Copied as plain text the headings are lines like any other ("Community" is also a menu item above the paper): such
 * a line starts the tail only after the page has shown an abstract.
 */
const PAGE_TAIL = /^(?:community|comments|discussion|(?:models|datasets|spaces) citing this paper|collections including this paper)\b(?:\s+\d+)?$/i;
/** "Cite arxiv.org/abs/2510.04618 in a model README.md to link it from this page.": the tail names the page's own paper. */
const CITE_THIS_PAPER = /^cite\s+(?:https?:\/\/)?(arxiv\.org\/abs\/\S+)\s+in\s+an?\s+\w+\s+readme(?:\.md)?\s+to\s+link\s+it\s+from\s+this\s+page\.?$/i;

function setAsidePageTails(tokens: Token[], lines: PageLine[]): void {
  let inTail = false;
  let abstractShown = false;
  tokens.forEach((token, position) => {
    const line = lines[token.index];
    if (token.kind === 'chrome' && token.pageStart) {
      inTail = false;
      abstractShown = false;
    } else if ((line.heading > 0 || abstractShown) && PAGE_TAIL.test(line.text)) inTail = true;
    if (token.kind === 'abstract') abstractShown = true;
    if (inTail && !(token.kind === 'link' && CITE_THIS_PAPER.test(line.text))) {
      tokens[position] = { kind: 'chrome', index: token.index, pageStart: false, date: null };
    }
  });
}

/**
 * A link whose text is the same for several papers ("View on Hugging Face", "到 Huggingface 论文主页查看详情") is a
 * button, not a title: it names the paper of the section it closes. A digest that writes each paper as a heading,
 * its notes, then such a link, gives the heading that paper (the nearest heading above the link with no heading of
 * its level or higher in between).
 */
function readSectionLinks(tokens: Token[], lines: PageLine[]): void {
  const papersByText = new Map<string, Set<string>>();
  const candidates: number[] = [];
  tokens.forEach((token, position) => {
    if (token.kind !== 'text' || token.paperUrl === null || !isLinkLine(lines[token.index])) return;
    const id = arxivIdOf(token.paperUrl);
    if (id === null) return;
    const papers = papersByText.get(token.text) ?? new Set<string>();
    papers.add(id);
    papersByText.set(token.text, papers);
    candidates.push(position);
  });
  const buttons = candidates.filter((position) => (papersByText.get((tokens[position] as { text: string }).text)?.size ?? 0) >= 2);
  if (buttons.length === 0) return;
  // Each button closes the lines since the one before it; the papers' headings are those of the one heading level
  // every such section has (a page title above the first paper, notes' sub-headings inside one, are not).
  const headingsOf = (from: number, to: number) =>
    tokens.slice(from, to).filter((token): token is Extract<Token, { kind: 'text' }> => token.kind === 'text' && lines[token.index].heading > 0 && token.paperUrl === null);
  const sections = buttons.map((position, at) => headingsOf(at === 0 ? 0 : buttons[at - 1] + 1, position));
  const level = [1, 2, 3, 4, 5, 6].find((candidate) => sections.every((headings) => headings.some((token) => lines[token.index].heading === candidate)));
  buttons.forEach((position, at) => {
    const button = tokens[position] as Extract<Token, { kind: 'text' }>;
    tokens[position] = { kind: 'link', index: button.index, arxivUrl: button.paperUrl! };
    if (level === undefined) return;
    const heading = sections[at].filter((token) => lines[token.index].heading === level).at(-1);
    if (heading && looksLikeTitle(heading.text)) {
      heading.paperUrl = button.paperUrl;
      heading.marked = true;
    }
  });
}

/**
 * HF organisation lines copied as text read `<handle> <display name>` (`OPPOer OPPO`: the avatar's alt text, then the
 * name); the display name is what users know. A converted page drops the avatar, so its org link's text is the name.
 */
function parseOrganisation(text: string): string {
  const space = text.indexOf(' ');
  // A handle is one word run into the name: a word closed by a list's comma or followed by a slash ("Tsinghua,
  // Fudan", "Tsinghua / Fudan") starts a list of institutions instead.
  if (space === -1 || /[,;，、]$/.test(text.slice(0, space)) || /^[/&|]/.test(text.slice(space + 1))) return text;
  const first = text.slice(0, space);
  const rest = text.slice(space + 1).trim();
  // Handles are written as accounts are ("parameterlab", "deepseek-ai", "OpenGVLab", "NVIDIA"); a capitalised word
  // ("Tsinghua University", "Shanghai AI Laboratory") is the name's own first word, unless the name repeats it, as
  // an account named after its organisation does ("Qwen Qwen", "Skywork Skywork AI").
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && !rest.toLowerCase().startsWith(first.toLowerCase())) return text;
  return rest;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines → cards → entries

interface Card {
  title: Extract<Token, { kind: 'text' }>;
  /** 1-based line of the title in the file. */
  line: number;
  abstract: string;
  authorsCount: number | null;
  authors: string[];
  date: ListingDate | null;
  upvotes: number | null;
  organisation: string | null;
  urls: string[];
  /**
   * Links on the card's lines to web pages that are not papers (a product's announcement, a repository, an article),
   * written as links with a text: an address written out in an abstract ("Code is available at https://…") is the
   * paper's own.
   */
  webLinks?: number;
  /** The paper's own title, where the card's heading is a digest's headline in its own language (linkedTitle). */
  ownTitle?: string;
  /** The article page on a scholarly host (a journal, proceedings, a DOI) that the card's title is the link text of. */
  articleUrl?: string;
  /** The address its own field gives ("- URL: https://github.com/…") when that is a web page, not a paper's. */
  pageUrl?: string;
}

interface Segment {
  cards: Card[];
  /** The page's own date (shown above its first paper), and the line it is on. */
  pageDate: ListingDate | null;
  pageDateLine: number | null;
}

const isMeta = (token: Token) =>
  token.kind === 'authors' || token.kind === 'date' || token.kind === 'upvotes' || token.kind === 'submitter' ||
  token.kind === 'separator' || token.kind === 'link' || token.kind === 'organisation' || token.kind === 'pageDate';

/**
 * Which text lines are titles, and of which abstract. A title is the text line an abstract follows (card metadata
 * such as "· 3 authors" may sit between them). On pages that mark their titles (markdown headings, links to the
 * paper) only marked lines qualify, so a sentence left over from a wrapped paragraph or a menu item never does; a
 * marked title that links to its paper is a paper even where the page shows no abstract (daily listings).
 */
function findTitles(tokens: Token[], handles: Set<number>, lines: PageLine[]): Map<number, number | null> {
  // An item of a list that ends as a sentence does (a bibliography's entry and its note, a note's point) is the list's,
  // not the heading of the paragraph after the list; a title never ends with a full stop.
  const isTitle = (token: Token | undefined): token is Extract<Token, { kind: 'text' }> =>
    token?.kind === 'text' && looksLikeTitle(token.text) && (token.marked || !lines[token.index].bullet || !/[.。]$/.test(token.text));
  /** The nearest line before an abstract that is not card metadata; on a marked page, the nearest marked line. */
  const titleBefore = (position: number, markedOnly: boolean): number | null => {
    // A few unmarked lines (an organisation, a tag) may sit between a marked title and its abstract.
    for (let back = position - 1, skipped = 0; back >= 0 && skipped <= 4; back--) {
      const token = tokens[back];
      if (isMeta(token) || handles.has(back) || token.kind === 'chrome') continue;
      if (token.kind !== 'text') return null;
      if (!markedOnly || token.marked) return isTitle(token) ? back : null;
      skipped++;
    }
    return null;
  };
  const plain = new Map<number, number>();
  for (const [position, token] of tokens.entries()) {
    if (token.kind !== 'abstract') continue;
    // Without marks a title is the line right above its abstract's metadata; chrome in between breaks the card.
    let back = position - 1;
    while (back >= 0 && (isMeta(tokens[back]) || handles.has(back))) back--;
    if (isTitle(tokens[back])) plain.set(position, back);
  }
  const markedBefore = [...plain.values()].filter((at) => (tokens[at] as { marked: boolean }).marked).length;
  const linkedTitles = tokens.filter((t, at) => t.kind === 'text' && looksLikeTitle(t.text) && ((t.marked && t.paperUrl !== null) || articleTitleUrl(tokens, lines, at) !== undefined));
  // A page that links its titles to their papers marks them, even where a card's author or organisation line sits
  // right above its abstract (digests): the linked titles count with the marked ones.
  const markedPage = markedBefore + linkedTitles.length > 0 && markedBefore + linkedTitles.length >= plain.size - markedBefore;

  const titles = new Map<number, number | null>();
  // A heading over the paper's author line and its id (a note or review about one paper: "# Title", then "Authors: …",
  // "arXiv: 2503.19757") is that paper's title, whether or not a paragraph follows as its abstract.
  const headed = new Set<number>();
  // Headings over their paper's id but no names the reader knows as such (one author, "Name et al.", none shown).
  const identified: number[] = [];
  for (const [position, token] of tokens.entries()) {
    if (!isTitle(token) || !token.marked || token.paperUrl !== null) continue;
    let authors = false;
    let id = false;
    let labelledId = false;
    for (let at = position + 1; at < tokens.length && at <= position + 8; at++) {
      const next = tokens[at];
      if (next.kind === 'link' && next.arxivUrl !== undefined && lines[next.index].label !== undefined && arxivIdOf(next.arxivUrl) !== null) labelledId = true;
      // The other fields of a row ("Names · ETH AI Center / EPFL · arXiv:…", split at its dots) are the row's.
      const sameRow = at > position + 1 && lines[next.index].line === lines[tokens[at - 1].index].line;
      if (next.kind === 'authors' && next.names.length > 0) authors = true;
      else if (next.kind === 'link' && next.arxivUrl !== undefined) id = true;
      else if (!isMeta(next) && next.kind !== 'chrome' && !sameRow && !(next.kind === 'text' && !next.marked && countWords(next.text, 5) <= 4)) break;
    }
    if (authors && id) headed.add(position);
    // A numbered heading ("### 1. Multi-GPU Gaussian Splatting") over its paper's field ("- **arXiv**: https://arxiv.org/abs/…"):
    // a digest's item, named by its own field.
    else if (id && labelledId && ENUMERATION.test(lines[token.index].text)) headed.add(position);
    else if (id) identified.push(position);
  }
  // … are titles too where headings of their rank over names and an id are (a digest's cards, some showing no names).
  const headedRanks = new Set([...headed].map((at) => lines[tokens[at].index].heading));
  if (headed.size >= 2) for (const at of identified) if (headedRanks.has(lines[tokens[at].index].heading)) headed.add(at);
  for (const [position, token] of tokens.entries()) {
    if (token.kind !== 'abstract') continue;
    const titleAt = markedPage ? titleBefore(position, true) : (plain.get(position) ?? null);
    // One abstract per title: a second paragraph under the same title is not its abstract.
    if (titleAt !== null && !titles.has(titleAt)) titles.set(titleAt, position);
  }
  for (const at of headed) if (!titles.has(at)) titles.set(at, null);
  if (markedPage) {
    for (const token of linkedTitles) {
      const at = token.index;
      if (!titles.has(at)) titles.set(at, null);
    }
  } else {
    // Listings without abstracts (a daily page copied from the browser): a card is still recognisable by what
    // surrounds its title — an upvote count or the submitter above, the author count or submitter below.
    const neighbour = (from: number, step: number) => {
      for (let at = from + step; at >= 0 && at < tokens.length; at += step) {
        if (tokens[at].kind !== 'separator') return at;
      }
      return -1;
    };
    for (const [position, token] of tokens.entries()) {
      if (!isTitle(token) || titles.has(position) || handles.has(position)) continue;
      const above = neighbour(position, -1);
      const below = neighbour(position, 1);
      const cardAbove = above !== -1 && (tokens[above].kind === 'upvotes' || tokens[above].kind === 'submitter' || handles.has(above));
      const cardBelow = below !== -1 && (tokens[below].kind === 'authors' || tokens[below].kind === 'submitter');
      if (cardAbove && cardBelow) titles.set(position, null);
    }
  }
  return new Map([...titles].sort((a, b) => a[0] - b[0]));
}

/** Pure: one listing page's text → its entries (before duplicates are merged) and warnings. */
export function parseListing(text: string, file: string): ReadResult {
  const source = file.split(/[\\/]/).pop() ?? file;
  const page = readPageText(text, { standalone: isFieldLine, isWidget: (url) => COMMENTS_LINK.test(url), isHighlight: (url) => KEYWORD_LINK.test(url) });
  const lines = readFieldRows([...captureDateLines(page.frontMatter), ...page.lines.flatMap(splitCardRow)].map(unglueChrome));
  const tokens = lines.map(classifyLine);
  const warnings: IngestWarning[] = [];
  const lineOf = (token: Token) => lines[token.index].line;
  const pageInstitutions = institutionWordsOf(lines);

  readFieldsOnTheirOwnLines(tokens, lines);
  readFieldRuns(tokens, lines);
  readSectionLinks(tokens, lines);
  readPaperRows(tokens, lines);
  readHeadingRows(tokens, lines);
  joinBrokenTitles(tokens, lines);
  readLabelledAbstracts(tokens, lines);
  setAsideMachineSummaries(tokens, lines);
  setAsidePageTails(tokens, lines);
  // "Submitted by" is followed by the submitter's handle when it is not on the same line: not a title.
  const handles = new Set<number>();
  tokens.forEach((token, position) => {
    const next = tokens[position + 1];
    // … or by the submitter's name and the day ("Yanxin Lu on Jul 22, 2024").
    const on = next?.kind === 'text' ? /\s+(on\s+.+)$/.exec(next.text) : null;
    const namedOn = on !== null && parseListingDate(on[1]) !== null;
    if (token.kind === 'submitter' && !token.named && next?.kind === 'text' && (!/\s/.test(next.text) || namedOn)) handles.add(position + 1);
  });
  // Papers given as list items that open with their link: read whole by readLinkedItems, so no line of theirs is another
  // card's title or abstract.
  const webSources = findWebSourceLists(lines);
  // Nor are the links a card closes with under a label of its own (its references): they are that card's.
  const cardLinks = findCardLinkLists(lines);
  const notItems = new Set([...webSources, ...cardLinks]);
  // Papers a document cites with their authors, and the abstract it quotes of one (model documentation): read whole.
  const cited = readCitedPapers(lines);
  const linkedItems = [...readLinkedItems(lines, notItems), ...readLeadItems(lines, notItems), ...cited.cards];
  for (const item of linkedItems) tokens[item.title.index] = { kind: 'chrome', index: item.title.index, pageStart: false, date: null };
  for (const at of cited.read) tokens[at] = { kind: 'chrome', index: at, pageStart: false, date: null };
  for (const at of cardLinks) tokens[at] = { kind: 'chrome', index: at, pageStart: false, date: null };
  // Nor is a paper a list of web sources links (a report's references): the item is the document's, not a card.
  for (const at of webSources) {
    const url = leadingLink(lines[at]);
    if (url !== null && arxivIdOf(url.replace(/#.*$/, '')) !== null) tokens[at] = { kind: 'chrome', index: at, pageStart: false, date: null };
  }
  // A title linked to an article or a paper's own site over its authors is marked as one linked to arXiv is.
  tokens.forEach((token, at) => {
    if (token.kind === 'text' && !token.marked && articleTitleUrl(tokens, lines, at) !== undefined) tokens[at] = { ...token, marked: true };
  });
  const titles = findTitles(tokens, handles, lines);
  const abstracts = new Set([...titles.values()].filter((at): at is number => at !== null));
  // Papers read from list items or citing sentences mark the page's titles as headings do: its unmarked lines are its
  // own text, not titles without an abstract.
  const markedPage = [...titles.keys()].some((at) => (tokens[at] as { marked: boolean }).marked) || linkedItems.length > 0;

  // The upvote box comes before a title in HF's own markup; a layout that puts a bare count after the abstract shows it
  // at the end of the page too, and nothing before the first title.
  const firstTitle = titles.size ? Math.min(...titles.keys()) : tokens.length;
  const lastTitle = titles.size ? Math.max(...titles.keys()) : -1;
  const lastCardEnd = lastTitle === -1 ? -1 : (titles.get(lastTitle) ?? lastTitle);
  const upvotesBefore = tokens.slice(0, firstTitle).some((t) => t.kind === 'upvotes');
  const upvotesAfter = tokens.slice(lastCardEnd + 1).some((t) => t.kind === 'upvotes');
  const upvotesLead = upvotesBefore || !upvotesAfter;

  const segments: Segment[] = [{ cards: [], pageDate: null, pageDateLine: null }];
  let card: Card | null = null;
  let cardAbstractAt: number | null = null;
  let pendingUpvotes: number | null = null;
  // Paragraphs a card runs on with past its abstract: a paper has one abstract, a document's section several.
  const runOn = new Map<Card, number>();
  const unused: Extract<Token, { kind: 'text' }>[] = [];
  // Paragraphs with no title before them, and the warning each gave (a note's body under its front matter may be one).
  const orphans: { text: string; warning: IngestWarning }[] = [];
  // An arXiv id line above the first title names that paper; one after a card's title names that card (precision
  // first: a card that has an arXiv link already keeps it, and the line is then not given to another card).
  let pendingArxiv: string | null = null;

  tokens.forEach((token, position) => {
    const segment = segments.at(-1)!;
    if (titles.has(position) && token.kind === 'text') {
      card = {
        title: token, line: lineOf(token), abstract: '', authorsCount: null, authors: [], date: null,
        upvotes: token.upvotes ?? (upvotesLead ? pendingUpvotes : null), organisation: null,
        urls: token.paperUrl ? [token.paperUrl] : [],
      };
      card.webLinks = lines[token.index].links.filter((url, at) => !PAPER_LINK.test(url) && isWebPage(url) && lines[token.index].linkTexts[at] !== '').length;
      card.articleUrl = articleLinkOf(lines[token.index], token.text);
      const article = token.paperUrl === null ? articleTitleUrl(tokens, lines, position) : undefined;
      if (article !== undefined) card.urls.push(article);
      if (pendingArxiv !== null && !card.urls.some((url) => arxivIdOf(url) !== null)) card.urls.push(pendingArxiv);
      pendingArxiv = null;
      cardAbstractAt = titles.get(position) ?? null;
      pendingUpvotes = null;
      segment.cards.push(card);
      return;
    }
    let current = card as Card | null;
    // Before its abstract a card is still open: whatever sits between title and abstract is its own.
    const inside = current !== null && cardAbstractAt !== null && position < cardAbstractAt;
    // A heading of the card's rank or above that opens no card of its own ("## Top 3 Posts", "### 1. \"Post title\"")
    // closes the card: the fields under it ("- **Upvotes**: 1258") are that heading's, not the paper's above.
    const rankOf = (at: number) => lines[at]?.heading ?? 0;
    if (current !== null && !inside && token.kind === 'text' && rankOf(token.index) > 0 &&
        (rankOf(current.title.index) === 0 || rankOf(token.index) <= rankOf(current.title.index))) {
      card = null;
      current = null;
      cardAbstractAt = null;
    }
    // Links to the paper inside its card (a "View arXiv page" line, the abstract) name it too; links after the card
    // may already belong to the next one (its thumbnail), so they are not taken.
    // (A sentence citing a paper with its authors is that paper's, read by readCitedPapers.)
    if (current && (inside || position === cardAbstractAt) && !cited.read.has(position)) {
      lines[position].links.forEach((url, at) => {
        const bare = url.replace(/#.*$/, '');
        if (PAPER_LINK.test(bare)) {
          // Before an address of the article elsewhere (a DOI's) that came first.
          const first = arxivIdOf(bare) !== null && !current.urls.some((url) => arxivIdOf(url) !== null);
          if (!current.urls.includes(bare)) current.urls[first ? 'unshift' : 'push'](bare);
          current.ownTitle ??= linkedTitle(current, lines[position].linkTexts[at]);
        } else if (isWebPage(bare) && lines[position].linkTexts[at] !== '') current.webLinks = (current.webLinks ?? 0) + 1;
        // "- URL: https://github.com/alibaba/…" (a signals report's item): the address the item is about, a web page.
        else if (isWebPage(bare) && ADDRESS_FIELD.test(lines[position].text)) {
          // … or an article's page on a scholarly host (a preprint server's, a journal's): the paper's address.
          if (!isArticleUrl(bare)) current.pageUrl ??= bare;
          else if (!current.urls.includes(bare)) current.urls.push(bare);
        }
      });
    }
    switch (token.kind) {
      case 'chrome':
        if (token.pageStart && segment.cards.length > 0) segments.push({ cards: [], pageDate: null, pageDateLine: null });
        if (token.pageStart) {
          card = null;
          pendingUpvotes = null;
        }
        if (token.date) {
          segments.at(-1)!.pageDate = token.date;
          segments.at(-1)!.pageDateLine = lineOf(token);
        }
        return;
      case 'abstract':
        if (current && abstracts.has(position) && position === cardAbstractAt) {
          current.abstract = token.text;
          if (token.arxivUrl !== undefined && !current.urls.some((url) => arxivIdOf(url) !== null)) current.urls.unshift(token.arxivUrl);
        }
        else {
          if (current) runOn.set(current, (runOn.get(current) ?? 0) + 1);
          const warning = { file, line: lineOf(token), reason: 'paragraph without a title before it; skipped' };
          warnings.push(warning);
          if (!current) orphans.push({ text: token.text, warning });
        }
        return;
      case 'authors':
        if (current) {
          // A second list of names under a card that has its own (the next item's, where that item was not read as a
          // card) does not count its authors.
          const fresh = current.authors.length === 0;
          if (fresh || token.names.length === 0) current.authorsCount ??= token.count;
          if (fresh) current.authors = token.names;
          if (fresh && token.organisation !== undefined) current.organisation ??= token.organisation;
        } else {
          warnings.push({ file, line: lineOf(token), reason: `metadata line "${lines[position].text}" does not follow a paper; ignored` });
        }
        return;
      case 'date':
        if (current) {
          current.date ??= token.date;
          if (token.date.upvotes !== null) current.upvotes ??= token.date.upvotes;
        } else if (segment.pageDate === null) {
          segment.pageDate = token.date;
          segment.pageDateLine = lineOf(token);
        }
        return;
      case 'link':
        if (token.date !== undefined && current) current.date ??= token.date;
        if (token.arxivUrl === undefined) return;
        if (current === null) pendingArxiv = token.arxivUrl;
        // The paper's arXiv page goes before an address of its article elsewhere (a DOI's, given on the line above).
        else if (!current.urls.some((url) => arxivIdOf(url) !== null)) current.urls[arxivIdOf(token.arxivUrl) !== null ? 'unshift' : 'push'](token.arxivUrl);
        return;
      case 'pageDate':
        if (segment.pageDate === null) {
          segment.pageDate = token.date;
          segment.pageDateLine = lineOf(token);
        }
        return;
      case 'organisation':
        if (current && current.organisation === null) current.organisation = token.name;
        return;
      case 'upvotes':
        if (current && (inside || !upvotesLead)) current.upvotes ??= token.value;
        else if (upvotesLead) pendingUpvotes = token.value;
        return;
      case 'text': {
        const next = tokens[position + 1];
        // An organisation may be a link to its page (markdown pages), never to a paper, nor a heading.
        const line = lines[token.index];
        const isOrganisation =
          current !== null && !inside && current.organisation === null &&
          (!token.marked || (token.paperUrl === null && line.heading === 0)) &&
          // A name, not a sentence (a collection's description ends with its full stop, in any script).
          // Several institutions joined by slashes ("ETH AI Center / EPFL / AI2") count by their words.
          !/[.!?。！？]$/.test(token.text) && countWords(token.text.replace(/\s[/&]\s/g, ' '), 9) <= 8 &&
          // Nor a field holding a date ("Surfaced: 2026-04-20", a digest's own day under a name the reader does not know).
          findFullDate(token.text) === null &&
          (next?.kind === 'separator' || next?.kind === 'authors');
        // The account's handle goes before the name on a line of its own ("parameterlab Parameter Lab"); a field of a
        // row ("Names · ETH AI Center / EPFL · arXiv:…") is the name alone.
        const rowPart = position > 0 && lines[tokens[position - 1].index]?.line === line.line;
        // … unless it names people by one word each: they are the paper's authors, not an organisation.
        // ("Gwak, Kwak, Lee, Son et al." ends with the full stop of its "et al.", a list of names all the same.)
        const rowField = current !== null && !inside && current.authors.length === 0 && !token.marked && line.links.length === 0 &&
          (next?.kind === 'separator' || next?.kind === 'authors');
        const people = (isOrganisation || rowField) ? namesOfWords(token.text, pageInstitutions) : null;
        if (people !== null && current !== null) {
          if (current.authors.length === 0) {
            current.authors = people;
            current.authorsCount ??= endsWithMoreNames(token.text) ? null : people.length;
          }
        } else if (isOrganisation && current !== null) current.organisation = line.links.length > 0 || rowPart ? token.text : parseOrganisation(token.text);
        else if (!handles.has(position)) unused.push(token);
        // A sentence after a card's abstract (an instruction ending in a colon, a short remark: a README's or a
        // report's text) runs the card on as a further paragraph does; a listing puts only fields and widgets there.
        if (!isOrganisation && current && cardAbstractAt !== null && position > cardAbstractAt && line.heading === 0 &&
            /[.:!?]$/.test(token.text) && countWords(token.text, 5) >= 5) {
          runOn.set(current, (runOn.get(current) ?? 0) + 1);
        }
        return;
      }
      default:
        return;
    }
  });

  // An item whose own address field names a web page and which links no paper (a repository, a product, a news story
  // in a report of "signals" that also lists papers) is about that page, whatever its summary reads like.
  for (const segment of segments) {
    segment.cards = segment.cards.filter((card) => {
      if (card.pageUrl === undefined || card.urls.length > 0) return true;
      warnings.push({ file, line: card.line, reason: `item "${card.title.text}" is about a web page (${card.pageUrl}), not a paper; skipped` });
      return false;
    });
  }
  // Papers listed in tables and tables of contents; their lines are not left over.
  const listed = [...readTablePapers(lines), ...readContentsPapers(lines), ...linkedItems];
  const listedAt = new Set(listed.map((item) => item.title.index));
  // Lines left over: on a plain page a title-like line with no abstract is reported; on a page that marks its titles
  // only marked ones are (the rest is the page's own text).
  // A line that repeats a paper's title shown as a card (the page's own title "Paper page - Title" a capture tool
  // writes above the page, and again in its metadata) is that paper, already read.
  const shownTitles = new Set([...segments.flatMap((segment) => segment.cards), ...listed].map((card) => titleKey(card.title.text)));
  const leftOverFrom = warnings.length;
  for (const token of unused) {
    if (listedAt.has(token.index) || shownTitles.has(titleKey(token.text.replace(PAGE_TITLE_PREFIX, '')))) continue;
    if (markedPage ? token.marked && looksLikeTitle(token.text) : looksLikeTitle(token.text)) {
      warnings.push({ file, line: lineOf(token), reason: `title "${token.text}" has no abstract; skipped` });
    }
  }

  // A note about one paper (an Obsidian or Notion export, a static site's paper page) names it in its front matter: the
  // paper, when the page's text reads no card for it.
  // Its text's cards are then the note's own sections ("TL;DR", "Key Takeaways"): one that took the paper's id gives
  // the fields the front matter lacks, and none is a paper of its own.
  const notePaper = readFrontMatterPaper(page.frontMatter, tokens, lines, segments.flatMap((segment) => segment.cards));
  if (notePaper) {
    // A note that is its front matter over one paragraph and nothing else (no heading, no title): the paragraph is the
    // paper's abstract, as a harvester saves it ("title:", "url:", "authors:" over the abstract).
    const body = orphans[0];
    if (notePaper.abstract === '' && orphans.length === 1 && segments.every((segment) => segment.cards.length === 0) && looksLikeAbstract(body.text)) {
      notePaper.abstract = body.text;
      warnings.splice(warnings.indexOf(body.warning), 1);
    }
    // The note's own lines left over (its headings, its text in another language) are one warning, not one each.
    const leftOver = warnings.splice(leftOverFrom);
    if (leftOver.length > 0) {
      warnings.push({ file, line: leftOver[0].line, reason: `${leftOver.length} line${leftOver.length === 1 ? '' : 's'} of a note about one paper ("${notePaper.title.text}") read as titles without an abstract: the note's own text, not papers; skipped` });
    }
    const id = arxivIdOf(notePaper.urls[0]);
    for (const segment of segments) {
      for (const card of segment.cards) {
        if (card.urls.some((url) => arxivIdOf(url) === id)) {
          if (notePaper.abstract === '') notePaper.abstract = card.abstract;
          if (notePaper.authors.length === 0) notePaper.authors = card.authors;
          notePaper.authorsCount ??= card.authorsCount;
          notePaper.date ??= card.date;
          notePaper.upvotes ??= card.upvotes;
          notePaper.organisation ??= card.organisation;
        }
        // The note's own heading, when it is the paper's title, is that paper, not a section of it.
        if (card.title.index !== notePaper.title.index) {
          warnings.push({ file, line: card.line, reason: `section "${card.title.text}" of a note about one paper ("${notePaper.title.text}"); not a paper of its own` });
        }
      }
      segment.cards = [];
    }
    listed.push(notePaper);
  }
  // A page that lists its papers as table rows or list items (a README, an awesome list, a review) also has sections of
  // its own text: a heading and
  // its paragraph that name no paper (no link to one, no authors, upvotes, date nor organisation) are those, not papers.
  // So does a note about one paper titled by it ("# Title" over its authors and id, then the reviewer's sections).
  // A report, a blog post or a syllabus is read the same way: its sections are headings over paragraphs, as papers
  // are titles over abstracts, and nothing in them names a paper either. What tells them apart is their shape.
  const textCards = segments.flatMap((segment) => segment.cards);
  const postSite = listed.length === 0 ? siteOfPosts(textCards, lines) : null;
  if (postSite !== null) {
    // One warning says so, in place of one for each post's lines.
    warnings.length = 0;
    warnings.push({
      file, line: textCards[0].line,
      reason: `no paper on this page: its ${textCards.length} entries are posts of ${postSite} (each title links a page there, none a paper; their upvotes, authors and dates are the posts'); skipped`,
    });
    for (const segment of segments) segment.cards = [];
    textCards.length = 0;
  }
  // A digest of news whose every item is titled by a link to a web page (a blog post, a forum thread, a company's
  // announcement) and names no paper: its items are about those pages, whatever the summary under each (a paper the
  // item's references cite is the item's source, not an entry). A link to an article on a journal's site is a paper's.
  if (listed.length === 0 && textCards.length > 0 && textCards.every((card) => aboutWebPages(card) && card.articleUrl === undefined)) {
    warnings.length = 0;
    warnings.push({
      file, line: textCards[0].line,
      reason: `no paper on this page: its ${textCards.length} entr${textCards.length === 1 ? 'y is' : 'ies are'} titled by links to web pages (news, posts, repositories), none to a paper; skipped`,
    });
    for (const segment of segments) segment.cards = [];
    textCards.length = 0;
  }
  // A note about one paper without front matter, titled by its one top-level heading, whose sections (its fields, similar
  // papers, keywords…) stand between that heading and the abstract: the section holding the abstract and the paper's id
  // ("## 📋 저자 정보" over "arXiv:2505.23024v2 Announce Type: replace" and the abstract) is that paper, under the heading.
  const retitled = listed.length === 0 ? titleByTopHeading(textCards, lines) : null;
  if (retitled) {
    // The heading, reported as a title without an abstract before it was known to be the paper's, is no longer one.
    const stale = warnings.findIndex((warning) => warning.reason === `title "${retitled.title}" has no abstract; skipped`);
    if (stale !== -1) warnings.splice(stale, 1);
    warnings.push({ file, line: retitled.sectionLine, reason: `section "${retitled.section}" of a note about one paper ("${retitled.title}") holds its abstract and id; the paper is titled by the note's heading` });
  }
  const naming = textCards.filter(namesAPaper);
  // A post about one paper in two languages ("## RU" and "## EN", "## Русская версия" and "## English version") links
  // it from each version: its other headings ("### Why it matters") are the post's, as in a note about one paper.
  const namedIds = new Set(naming.flatMap((card) => card.urls.map(arxivIdOf).filter((id) => id !== null)));
  const onePaperOnly = naming.length > 1 && namedIds.size === 1 && naming.every((card) => card.urls.some((url) => arxivIdOf(url) !== null));
  const aboutOne = (naming.length === 1 && naming[0] === textCards[0] && lines[naming[0].title.index]?.heading === 1) || onePaperOnly || retitled !== null;
  // Headings over no paragraph, of the cards' rank or above: a card's own sub-headings ("#### Method" over a list
  // under "### Title") are its notes, not sections beside it.
  const cardLevels = textCards.map((card) => lines[card.title.index]?.heading ?? 0);
  const rank = cardLevels.includes(0) ? Infinity : Math.min(...cardLevels);
  const bareHeadings = unused.filter((token) => lines[token.index].heading > 0 && lines[token.index].heading <= rank && !listedAt.has(token.index) && looksLikeTitle(token.text)).length;
  // A page that cites its sources as a list of web pages (a report's references) is a document, whatever the shape of
  // its sections: a list of papers has no such bibliography.
  const citesSources = webSources.size > 0;
  // A page whose papers are each titled by a link to it (a publication list, a digest of linked titles) names its papers
  // so: a heading over a paragraph with no link ("About Me", "Research Aim") is the page's own section.
  const linkedOnly = naming.length > 0 && naming.every((card) => card.urls.length > 0 && lines[card.title.index]?.links.includes(card.urls[0]));
  // A page titled by its one top-level heading with its authors right under it ("# Rapport labo 3" over "**Auteurs :**
  // Names", a wiki's note about a blog post over "**Auteurs :** … · **Publié :** …") is one work by those authors: its
  // headings below are its sections. Unless it names a paper (a link, an id), that work is no paper of the page.
  const byline = bylinedDocument(tokens, lines);
  const document = citesSources || byline || readsAsDocument(textCards, runOn, bareHeadings);
  // A page whose cards name their papers by ids (two or more: arXiv's, a DOI) names its papers so: a heading over a
  // paragraph that names nothing at all (a collection's "Worum es geht" above its "Befunde") is the page's own section.
  const identifiedCards = textCards.filter((card) => card.urls.some((url) => arxivIdOf(url) !== null || /\bdoi\.org\/10\./i.test(url))).length;
  if (document && listed.length === 0 && naming.length === 0 && textCards.length > 0) {
    // No paper at all: one warning says so, in place of one for each of the document's sections and paragraphs.
    warnings.length = 0;
    const why = citesSources
      ? 'it cites its sources as a list of web pages, among which the papers it links are references'
      : byline
        ? 'the page is one work under its title and its authors line'
        : 'most run on past one paragraph, most of its headings head none, or most are questions';
    warnings.push({
      file, line: textCards[0].line,
      reason: `no paper on this page: its ${textCards.length} heading${textCards.length === 1 ? '' : 's'} over paragraphs ${textCards.length === 1 ? 'is a section' : 'are the sections'} of a document (${why}), and none names a paper by a link, an id, authors, upvotes or a date; skipped`,
    });
    for (const segment of segments) segment.cards = [];
  } else if (listed.length > 0 || aboutOne || document || (naming.length > 0 && textCards.some(aboutWebPages)) || linkedOnly || identifiedCards >= 2) {
    // A digest whose items link papers and, others, web pages (a model's announcement, a repository, an article):
    // those items are about the pages they link, and its sections that name nothing are its own, as on a page of tables.
    // Beside items that link arXiv or HF papers, an item titled by a link to an article on a journal's or a
    // proceedings' site ("1\. [Title](https://www.nature.com/articles/…)" among a newsletter's "Top Papers") is a
    // paper too, named by that page; on a page that links no such paper, a link to a journal is no sign of one.
    const linksPapers = listed.length > 0 || textCards.some((card) => card.urls.some((url) => arxivIdOf(url) !== null));
    for (const segment of segments) {
      segment.cards = segment.cards.filter((card) => {
        if (namesAPaper(card)) return true;
        if (linksPapers && card.articleUrl !== undefined && card.abstract !== '') {
          card.urls.push(card.articleUrl);
          return true;
        }
        const reason = aboutWebPages(card) ? 'links web pages but no paper' : "names no paper (the page's papers are named by links, ids or fields)";
        warnings.push({ file, line: card.line, reason: `section "${card.title.text}" ${reason}; skipped` });
        return false;
      });
    }
  }
  addListedPapers(segments, listed);

  // One paper has one title: where a card's heading is a digest's own (its language's headline, a language's code) and
  // the paper's title was read from its link, another card naming the same paper under a heading of the post's own
  // ("## English version") takes that title too.
  const linkedTitles = new Map<string, string>();
  for (const card of segments.flatMap((segment) => segment.cards)) {
    const id = arxivIdOf(card.urls[0] ?? '');
    if (id !== null && card.ownTitle !== undefined && !linkedTitles.has(id)) linkedTitles.set(id, card.ownTitle);
  }
  const entries: RawListing[] = [];
  for (const segment of segments) {
    const inferred = inferYears(segment);
    if (inferred) warnings.push({ file, line: inferred.line, reason: inferred.reason });
    for (const item of segment.cards) {
      const inferredDate = inferred?.dates.get(item);
      const date = inferredDate ?? item.date;
      const ids = {};
      // HF paper ids are arXiv ids; the first link that holds one gives it.
      const arxivId = item.urls.map(arxivIdOf).find((id) => id !== null);
      if (arxivId) setId(ids, 'arxiv', arxivId);
      // A paper named by its DOI's address (a publication list's title links doi.org) has that DOI.
      const doiUrl = item.urls.find((url) => /^https?:\/\/(?:dx\.)?doi\.org\/10\./i.test(url));
      if (doiUrl !== undefined) addDoi(ids, doiUrl);
      // Under the paper's own title, a note in the digest's language is the digest's words, not the paper's abstract.
      const firstId = arxivIdOf(item.urls[0] ?? '');
      const ownTitle = firstId !== null ? item.ownTitle ?? (onePaperOnly ? linkedTitles.get(firstId) : undefined) : undefined;
      entries.push({
        ...emptyBibFields(),
        title: ownTitle ?? item.title.text,
        abstract: (ownTitle !== undefined && nonLatinShare(item.abstract) >= 0.3) || writtenInAnotherLanguage(item.abstract, ownTitle ?? item.title.text) ? '' : item.abstract,
        ids,
        authors: item.authors,
        authorsCount: item.authorsCount,
        date: date?.date ?? null,
        year: date?.year ?? null,
        ...(inferredDate && inferred ? { yearInferred: inferred.how } : {}),
        organisation: item.organisation,
        upvotes: item.upvotes,
        url: item.urls[0] ?? null,
        source,
        line: item.line,
      });
    }
  }
  // A page about one paper written once per language ("## RU" then "## EN") gives that paper once: the first version
  // where the page names it, with the fields another version adds (the English one's paragraph, where the Russian
  // one's is not read as the abstract).
  if (onePaperOnly) {
    const [first, ...others] = entries.filter((entry) => entry.ids.arxiv === [...namedIds][0]);
    for (const other of others) {
      if (first.abstract === '') first.abstract = other.abstract;
      if (first.authors.length === 0) first.authors = other.authors;
      first.authorsCount ??= other.authorsCount;
      if (first.date === null) Object.assign(first, { date: other.date, year: other.year });
      first.organisation ??= other.organisation;
      first.upvotes ??= other.upvotes;
      entries.splice(entries.indexOf(other), 1);
    }
  }
  const withoutAbstract = entries.filter((entry) => entry.abstract === '');
  if (withoutAbstract.length > 0) {
    warnings.push({
      file,
      line: withoutAbstract[0].line,
      reason: `${withoutAbstract.length} paper${withoutAbstract.length === 1 ? '' : 's'} shown without an abstract on this page; kept with title and metadata only`,
    });
  }
  return { entries, warnings };
}

/**
 * Front matter keys of the day a note's paper was published, as clippers and static sites spell them (not `created`
 * nor `created_at`: the day the note was made).
 */
const PUBLISHED_KEYS = ['date', 'published', 'published_at', 'publishedAt', 'date_published', 'publication_date', 'publish_date', 'pubDate'];

/** A word before "abstract" saying which one it is: the original, arXiv's ("原始摘要", "Original abstract", "arXiv abstract"). */
const ABSTRACT_QUALIFIER = /^(?:(?:original|arxiv|full|paper'?s?)\s+|原始|原文|论文|論文)/i;

/** HF's own page title before a paper's ("Paper page - Title"), kept by clippers in the title they save. */
const PAGE_TITLE_PREFIX = /^paper\s+page\s*[-–—:]\s*/i;

/**
 * The paper a note is about, from its YAML front matter (`title:`, `summary:`/`abstract:`/`description:`, `date:` or
 * `published:`, `author(s):`), when the note names exactly one paper (its arXiv id or links, in the text or the front
 * matter) and the text read no card for it. A front matter titled for a listing ("Daily Papers - 2026-04-20") names no
 * single paper, so gives none.
 */
function readFrontMatterPaper(frontMatter: string[], tokens: Token[], lines: PageLine[], cards: Card[]): Card | null {
  if (frontMatter.length < 3) return null;
  let data: unknown;
  try {
    data = parseYaml(frontMatter.slice(1, -1).join('\n'));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const fields = data as Record<string, unknown>;
  const when = PUBLISHED_KEYS.map((key) => fields[key]).map((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value)).find((value) => typeof value === 'string');
  const parsed = when === undefined ? null : parseDate(when);
  const published: ListingDate | null = parsed?.date && parsed.year !== null ? { date: parsed.date, year: parsed.year, upvotes: null } : null;
  let title = typeof fields.title === 'string' ? fields.title.replace(PAGE_TITLE_PREFIX, '').trim() : '';
  // Ids written bare under a key that names them ("arxiv_id: 2509.11815", "paper_id: arxiv:2606.03890"), read from the
  // raw line: YAML reads an unquoted one as a number, which loses its trailing zeros (2509.11810 → 2509.1181).
  const bareIds = frontMatter.flatMap((raw) => {
    const id = /^\s*[\w-]*(?:arxiv|paper)[\w-]*\s*:\s*['"]?(?:arxiv:)?(\d{4}\.\d{4,5})(?:v\d+)?['"]?\s*$/i.exec(raw);
    return id ? [id[1]] : [];
  });
  const frontMatterIds = new Set([...Object.values(fields).filter((value): value is string => typeof value === 'string').map(arxivIdOf).filter((id) => id !== null), ...bareIds]);
  // A note whose front matter names its paper but not its title, over "# Title" and sections of its own ("## 关键点",
  // "### 来源" with the paper's fields): the page's first heading is the paper's title, its sections are the note's.
  let headingAt: number | null = title === '' && frontMatterIds.size === 1 && cards.length > 1 && lines[cards[0].title.index]?.heading === 1 ? cards[0].title.index : null;
  // … also when that heading opens no card (the note's fields and sections stand between it and the abstract: "#
  // Title", "## 📋 메타데이터", "## 🔗 유사한 논문", …, "## 📄 Abstract (원문)"): the page's one top-level heading, first.
  if (headingAt === null && title === '' && frontMatterIds.size === 1) {
    const first = lines.findIndex((line) => line.heading > 0);
    const text = first === -1 ? '' : lines[first].text.replace(LEADING_ICONS, '');
    if (first !== -1 && lines[first].heading === 1 && lines.filter((line) => line.heading === 1).length === 1 &&
        !cards.some((card) => card.title.index === first) && looksLikeTitle(text) && !CHROME.has(chromeKey(text))) headingAt = first;
  }
  const headed = headingAt !== null;
  if (headingAt !== null) title = headingAt === cards[0]?.title.index ? cards[0].title.text : lines[headingAt].text.replace(LEADING_ICONS, '');
  if (title === '' && cards.length === 1 && !cards[0].urls.some((url) => arxivIdOf(url) !== null)) {
    // A note saved with its paper's fields but no title among them (`arxiv_id:`, `url: https://huggingface.co/papers/…`,
    // `date:` over "# Title" and the abstract): the one paper its text reads is that one.
    const ids = new Set(Object.values(fields).filter((value): value is string => typeof value === 'string').map(arxivIdOf).filter((id) => id !== null));
    if (ids.size === 1) {
      cards[0].urls.push(`https://arxiv.org/abs/${[...ids][0]}`);
      cards[0].date ??= published;
    }
    return null;
  }
  if (title === '' || CHROME.has(chromeKey(title)) || PAGE_START.test(title) || !looksLikeTitle(title)) return null;
  // The text already reads the paper under its title (a clipped paper page): nothing to add but the date the clipper
  // saved from the page's metadata (`published: 2026-05-08`), which the page's text may not print; other papers its text
  // links (the comments' recommendations) do not change which paper that is.
  const clipped = headed ? undefined : cards.find((card) => titleKey(card.title.text) === titleKey(title));
  if (clipped) {
    clipped.date ??= published;
    return null;
  }
  // Every paper the note names, by its links and its arXiv id lines, and by the front matter's own values.
  const urls = new Set<string>();
  const named = (url: string) => {
    const id = arxivIdOf(url);
    if (id !== null) urls.add(`https://arxiv.org/abs/${id}`);
  };
  for (const line of lines) line.links.forEach(named);
  for (const token of tokens) if (token.kind === 'link' && token.arxivUrl !== undefined) named(token.arxivUrl);
  for (const value of Object.values(fields)) if (typeof value === 'string') named(value);
  for (const id of bareIds) named(`https://arxiv.org/abs/${id}`);
  if (urls.size !== 1) return null;
  const [url] = urls;
  // A text whose cards name papers of their own (upvotes, authors, dates: a digest with one linked paper) is a listing,
  // not a note.
  if (cards.some((card) => namesAPaper(card) && !card.urls.some((cardUrl) => arxivIdOf(cardUrl) === arxivIdOf(url)))) return null;
  const at = frontMatter.findIndex((raw) => /^title\s*:/.test(raw));
  const summary = [fields.abstract, fields.summary, fields.description].find((value): value is string => typeof value === 'string' && looksLikeAbstract(value.trim()));
  const authors = [fields.authors, fields.author].flatMap((value) => (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*(?:,|;|\band\b)\s*/) : []))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '').map((name) => name.trim());
  // Under a note's own heading, its section titled as the abstract ("### 原始摘要", "## Original abstract") holds it.
  const abstractSection = headed ? cards.find((card) => ABSTRACT_LABEL.test(card.title.text.replace(ABSTRACT_QUALIFIER, ''))) : undefined;
  // … or, right under the heading, a sub-heading that says so ("## 📌 Abstract" over the abstract): the heading's own
  // paragraph then is the abstract, not the note's summary of it.
  let labelledAbstract: string | undefined;
  if (headed && headingAt === cards[0]?.title.index && abstractSection === undefined && cards[0].abstract !== '') {
    const at = tokens.findIndex((token, position) => position > cards[0].title.index && token.kind === 'abstract');
    const between = at === -1 ? [] : tokens.slice(cards[0].title.index + 1, at);
    if (between.some((token) => token.kind === 'separator' && ABSTRACT_LABEL.test(lines[token.index].text.replace(LEADING_ICONS, '')))) labelledAbstract = cards[0].abstract;
  }
  return {
    title: { kind: 'text', index: headingAt ?? -1, text: title, marked: true, paperUrl: url }, line: headingAt !== null ? lines[headingAt].line : at + 1,
    abstract: summary?.trim() ?? abstractSection?.abstract ?? labelledAbstract ?? '',
    authorsCount: authors.length > 0 && !authors.some((name) => endsWithMoreNames(name)) ? authors.length : null, authors: authors.map((name) => name.replace(MORE_NAMES, '')),
    date: published, upvotes: null, organisation: null, urls: [url],
  };
}

/**
 * The paper of a note titled by its one top-level heading ("# Title", the page's first heading, opening no card) when,
 * of its sections, one only names a paper by its arXiv id and no other paper is named: that section's card takes the
 * heading as its title (in place). Null (and nothing changed) otherwise.
 */
function titleByTopHeading(cards: Card[], lines: PageLine[]): { title: string; section: string; sectionLine: number } | null {
  const top = lines.flatMap((line, at) => (line.heading === 1 ? [at] : []));
  const first = lines.findIndex((line) => line.heading > 0);
  if (top.length !== 1 || first !== top[0] || cards.some((card) => card.title.index === first)) return null;
  const title = lines[first].text.replace(LEADING_ICONS, '');
  if (!looksLikeTitle(title) || CHROME.has(chromeKey(title))) return null;
  const identified = cards.filter((card) => card.urls.some((url) => arxivIdOf(url) !== null));
  const ids = new Set(cards.flatMap((card) => card.urls.map(arxivIdOf).filter((id) => id !== null)));
  if (identified.length !== 1 || ids.size !== 1) return null;
  const [card] = identified;
  if ((lines[card.title.index]?.heading ?? 0) < 2 || card.title.index < first || card.abstract === '') return null;
  // The section is named as one ("저자 정보", "Authors", "Paper info"): a few words, fewer than the heading's; a section
  // titled as the paper is (the page's title repeated) is the paper's card already.
  const section = card.title.text;
  const words = countWords(section, 6);
  if (words > 4 || words >= countWords(title, 6) || titleKey(section) === titleKey(title)) return null;
  const sectionLine = card.line;
  card.title = { ...card.title, index: first, text: title };
  card.line = lines[first].line;
  return { title, section, sectionLine };
}

/**
 * Do the page's cards read as the sections of a document (a report, a blog post, a syllabus, a developer's note) rather
 * than a list of papers? A paper has one abstract under its title; a document's section runs on past one paragraph
 * (more paragraphs, a list, a table's note), and most of a document's sections do. Or most of its headings head no
 * paragraph at all (lists, sub-headings, code): a listing's titles each have their abstract or fields, so the few
 * headings over a paragraph are sections like the others. Nested headings alone say nothing: a reading list groups its
 * papers under topic headings too, fewer than its papers. Or most of its headings are questions (a FAQ).
 */
function readsAsDocument(cards: Card[], runOn: Map<Card, number>, bareHeadings: number): boolean {
  // One heading over a paragraph among several over none ("## Summary" among a report's "## Status", "## Top 3 Posts",
  // "### 1. …"): the report's section, as on a page of several.
  if (cards.length < 2) return cards.length === 1 && bareHeadings >= 3;
  // A FAQ's sections are questions over their answers: a paper's title is a question now and then, most of a list's never.
  const questions = cards.filter((card) => /[?？]$/.test(card.title.text)).length;
  return cards.filter((card) => (runOn.get(card) ?? 0) > 0).length * 2 > cards.length || bareHeadings > cards.length || questions * 2 > cards.length;
}

/** Hosts that serve papers (DOIs, proceedings, journals, repositories of preprints): a title linking one is a paper's. */
const SCHOLARLY_HOST = /doi|acl|openreview|proceedings|journal|ieee|acm\.org|springer|sciencedirect|nature\.com|ncbi|pubmed|semanticscholar|researchgate|rxiv|ssrn|paper|scholar|\.edu$|\.ac\.[a-z]+$/i;

/**
 * The site a page's entries are posts of (a digest of a subreddit's or a forum's posts: "## 1. [Post title](https://
 * reddit.com/r/…)" over its author, upvotes, comments and date): every card's title is one link to a page of the same
 * site, which serves no papers, and no card links a paper. Null for anything else (a list of papers linking their
 * venues' pages, a page with a single entry).
 */
function siteOfPosts(cards: Card[], lines: PageLine[]): string | null {
  if (cards.length < 2 || cards.some((card) => card.urls.some((url) => arxivIdOf(url) !== null))) return null;
  const hosts = new Set<string>();
  for (const card of cards) {
    // The title is the text of one link on its line ("1. [Post title](…)": the number is the list's).
    const line = lines[card.title.index];
    const at = line === undefined ? -1 : line.linkTexts.indexOf(card.title.text);
    if (at === -1) return null;
    let host: string;
    try {
      host = new URL(line.links[at]).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
    hosts.add(host);
  }
  const [site] = hosts;
  return hosts.size === 1 && !SCHOLARLY_HOST.test(site) ? site : null;
}

/**
 * The address of an article on a scholarly host that a title line is (the title the text of that link, the whole
 * line): a journal's article, a DOI, a proceedings page. Its path has a number in it (a DOI, an article or volume
 * number); a venue's or a journal's home page has none, and names no one paper.
 */
function articleLinkOf(line: PageLine, title: string): string | undefined {
  const at = line.linkTexts.indexOf(title);
  if (at === -1 || line.linkTexts.filter((text) => text !== '').length !== 1) return undefined;
  try {
    const url = new URL(line.links[at]);
    const host = url.hostname.replace(/^www\./, '');
    return /^https?:$/.test(url.protocol) && SCHOLARLY_HOST.test(host) && /\d{3,}/.test(url.pathname + url.search) ? line.links[at] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A line that is one link, right over its authors' names: a paper's title, named by that address as an arXiv link names
 * one — an article on a journal's or proceedings' site (a publication list: "[Causal Learning Meet Covariates:
 * …](https://doi.org/10.24963/ijcai.2025/353)" over "Jiaming Ma†, Zhiqing Cui†, …"), or the paper's own site (an
 * awesome list: "[ST-WebAgentBench: …](https://sites.google.com/view/st-webagentbench/home)" over its authors, its fields
 * and its TL;DR). Its address, or undefined.
 */
function articleTitleUrl(tokens: Token[], lines: PageLine[], at: number): string | undefined {
  const token = tokens[at];
  const line = lines[token.index];
  if (token.kind !== 'text' || !isLinkLine(line) || line.links.length !== 1 || !isWebPage(line.links[0])) return undefined;
  let next = at + 1;
  while (tokens[next]?.kind === 'separator') next++;
  return tokens[next]?.kind === 'authors' && tokens[next].index > token.index ? line.links[0] : undefined;
}

/**
 * The address of a paper's article outside arXiv and HF, as a field gives it: a DOI's ("https://doi.org/10.1109/…"), an
 * OpenReview forum or PDF ("https://openreview.net/forum?id=nAVejJURqZ"), a page numbered on a journal's or a
 * proceedings' site (articleLinkOf's rule).
 */
function isArticleUrl(url: string): boolean {
  if (/^https?:\/\/(?:dx\.)?doi\.org\/10\.\d{4,9}\//i.test(url) || /^https?:\/\/openreview\.net\/(?:forum|pdf)\?id=[\w-]+/i.test(url)) return true;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) && SCHOLARLY_HOST.test(parsed.hostname.replace(/^www\./, '')) && /\d{3,}/.test(parsed.pathname + parsed.search);
  } catch {
    return false;
  }
}

/** A card that links web pages and no paper: an item about those pages. */
function aboutWebPages(card: Card): boolean {
  return (card.webLinks ?? 0) > 0 && !namesAPaper(card);
}

/** An address of a web page (http or https), not an anchor in the page nor a relative link. */
function isWebPage(url: string): boolean {
  return /^https?:\/\//i.test(url) && !KEYWORD_LINK.test(url) && !COMMENTS_LINK.test(url);
}

/**
 * A digest written in Chinese, Japanese or Korean heads each paper with its own headline ("[AgenticSTS: 긴 작업의 핵심
 * 병목이…]") and links the paper under its own title ("→ 원문: [AgenticSTS: A Bounded-Memory Testbed for Long-Horizon LLM
 * Agents](https://arxiv.org/abs/2607.02255)"): that link's text, in Latin script and shaped as a title, is the paper's
 * title. So does a post in another script (Cyrillic, Greek…), and one whose sections are headed by a language's code
 * ("## RU", "## EN") over the post's text in each language, quoting the paper's title as its link's text
 * ("[«Grounded Skill Synthesis from Code at Scale…»](https://huggingface.co/papers/…)"): the code is no title.
 * Null when the card's title is in Latin script (a title of its own), or the link's text is no title (a button, "arXiv").
 */
function linkedTitle(card: Card, text: string | undefined): string | undefined {
  if (text === undefined || (nonLatinShare(card.title.text) < 0.3 && !LANGUAGE_CODE.test(card.title.text))) return undefined;
  const title = text.replace(/(\*\*|__|[*_])/g, '').trim().replace(/^[«“"„]\s*(.+?)\s*[»”"“]$/u, '$1');
  return countWords(title, 4) >= 3 && nonLatinShare(title) === 0 && looksLikeTitle(title) && !CHROME.has(chromeKey(title)) ? title : undefined;
}

/** A heading that is a language's code ("EN", "RU", "zh-CN"): a section of a post in that language, never a paper's title. */
const LANGUAGE_CODE = /^(?:[A-Z]{2,3}|[a-z]{2,3})(?:[-_][A-Za-z]{2,4})?$/;

/** The share of a text's letters outside the Latin script (CJK, Hangul, Cyrillic, Greek, Arabic…). */
/**
 * Words every sentence of a language uses: English ones, and those of the other languages notes about papers are
 * written in with Latin letters (Spanish, Portuguese, French, German, Italian; none of them an English word too).
 */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'is', 'we', 'that', 'for', 'with', 'this', 'are', 'by', 'from', 'our', 'which', 'be', 'its',
  'these', 'can', 'has', 'have', 'was', 'were',
]);
const OTHER_FUNCTION_WORDS = new Set([
  'el', 'los', 'las', 'del', 'una', 'uno', 'que', 'para', 'por', 'es', 'su', 'sus', 'como', 'más', 'pero', 'y', 'o', 'se',
  'da', 'dos', 'das', 'um', 'uma', 'não', 'são', 'em', 'é', 'ao', 'os',
  'le', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'sur', 'qui', 'au', 'aux', 'ce', 'cette', 'sont',
  'der', 'das', 'und', 'ist', 'mit', 'von', 'zu', 'den', 'dem', 'ein', 'eine', 'nicht', 'sich', 'auf', 'für', 'wird',
  'il', 'della', 'che', 'sono', 'gli', 'delle',
]);

/**
 * A paragraph in Latin script under an English title that reads as another language (a Spanish or German note's own
 * words under "Model-Agnostic Meta-Learning for …", English quotes inside it aside): the note's, not the paper's
 * abstract, which is in its title's language. A title without an English word says nothing of its language.
 */
function writtenInAnotherLanguage(abstract: string, title: string): boolean {
  if (abstract === '') return false;
  // The cheap tests first (the title is short, most abstracts have fewer than five of the other words); the letter
  // scan for the script last, on the few abstracts still in question.
  const inTitle = countFunctionWords(title, ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS);
  if (inTitle.first === 0 || inTitle.second > 0) return false;
  const { first: english, second: other } = countFunctionWords(abstract, ENGLISH_FUNCTION_WORDS, OTHER_FUNCTION_WORDS);
  return other >= 5 && english < other * 0.5 && nonLatinShare(abstract) < 0.3;
}

const LATIN = /\p{Script=Latin}/u;

/** The share of a text's letters not in Latin script (code points in Latin script, letters or not, taken off). */
function nonLatinShare(text: string): number {
  const { letters, marked: latin } = countLetters(text, LATIN);
  return letters === 0 ? 0 : (letters - latin) / letters;
}

/** Does a card read from the page's text say anything only a paper has: a link to it, authors, upvotes, a date, an organisation? */
function namesAPaper(card: Card): boolean {
  return card.urls.length > 0 || card.authors.length > 0 || card.authorsCount !== null || card.upvotes !== null || card.date !== null || card.organisation !== null;
}

// ---------------------------------------------------------------------------------------------------------------
// Papers in Markdown tables

/** A row's cells, after any icon, as the name of nothing: a button's text ("[arXiv](…)", "PDF"), a dash, a number. */
const EMPTY_CELL = /^(?:[-–—]|n\/?a|none|)$/i;
/** "et al.", "외" (Korean), "等" (Chinese), "ほか" (Japanese) after a list: the names shown are not all of them. */
const MORE_NAMES = /\s*(?:,?\s*et\s+al\.?|외|等人?|ほか|他)\s*$/i;
/**
 * MORE_NAMES.test, after a look at the text's last character: most lines (abstracts) end otherwise, and the pattern's
 * leading \s* had the engine try it from every space of a long line.
 */
function endsWithMoreNames(text: string): boolean {
  const trimmed = text.trimEnd();
  const last = trimmed.slice(-1);
  // Only "al." ends in a full stop: before it an "l" (most lines that end in one are sentences, not name lists).
  const beforeStop = last === '.' ? trimmed.slice(-2, -1) : last;
  return (beforeStop === 'l' || beforeStop === 'L' || last === '외' || last === '等' || last === '人' || last === 'か' || last === '他') && MORE_NAMES.test(text);
}
/** A citation closing a title cell that holds the paper's arXiv id ("(Yang et al., arXiv:2604.25917)"). */
const CITED_ARXIV_ID = /\s*\([^()]*\barxiv:\s*(\d{4}\.\d{4,5}(?:v\d+)?)\)$/i;
/** Letters of the CJK scripts and Hangul: a paragraph mostly in them is not in the language of a Latin title. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function cjkShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(CJK_LETTER)?.length ?? 0) / letters;
}

/** The cell's link to a paper, or its text when that is a paper's address written out without a scheme ("arxiv.org/abs/1711.07280"). */
function cellPaperUrl(cell: TableCell | undefined): string | null {
  if (cell === undefined) return null;
  const linked = cell.links.find((url) => arxivIdOf(url.replace(/#.*$/, '')) !== null) ?? cell.links.find(isArticleUrl);
  if (linked !== undefined) return linked.replace(/#.*$/, '');
  if (/^(?:https?:\/\/)?(?:www\.)?(?:arxiv\.org|huggingface\.co|hf\.co)\/\S+$/i.test(cell.text) && arxivIdOf(cell.text) !== null) return `https://${cell.text.replace(/^https?:\/\//i, '')}`;
  // … or a bare arXiv id (an "arXiv ID" column: "2605.30322", "arXiv:2605.30322"), its month a month.
  const id = /^(?:arxiv:\s*)?(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?$/i.exec(cell.text.trim());
  return id ? `https://arxiv.org/abs/${id[1]}` : null;
}

/**
 * Papers listed as the rows of a Markdown table (archives and digests: `| # | Title | Authors | Link |`,
 * `| 제목 | 저자 | 링크 |`, a title cell that links the paper's page). A table lists papers when its header names a
 * title or paper column, or when its rows link papers; its other columns are read by their header. A title column
 * named only "Title" ("标题", "제목") also heads tables of issues, posts and books, so its rows are papers only when the
 * row links a paper or the table has an authors column. Rows of other tables (models, datasets, benchmark numbers, a
 * table of contents linking into the page) name no paper, and give none.
 */
function readTablePapers(lines: PageLine[]): Card[] {
  const cards: Card[] = [];
  for (const table of findTables(lines)) {
    const column = (name: PaperColumn) => table.columns.indexOf(name);
    const titleColumn = column('paper') !== -1 ? column('paper') : column('title');
    // … or when most of its rows link a paper: the table is a list of papers, and a row linking its paper elsewhere (a
    // proceedings page) is one too.
    const linking = table.rows.filter((row) => row.cells.some((cell) => cellPaperUrl(cell) !== null)).length;
    const papersTable = column('paper') !== -1 || column('authors') !== -1 || (titleColumn !== -1 && linking * 2 > table.rows.length);
    for (const row of table.rows) {
      // A field may share its column with another, under a header naming both ("月/票" over "06 / 52↑"): its part of the cell.
      const cellOf = (name: PaperColumn): TableCell | undefined => {
        if (column(name) !== -1) return row.cells[column(name)];
        for (const [index, pair] of table.joined) {
          const parts = row.cells[index]?.text.split(/\s*\/\s*/);
          if (parts?.length === 2 && pair.includes(name)) return { text: parts[pair.indexOf(name)], links: [], linkTexts: [] };
        }
        return undefined;
      };
      const linked = row.cells.map(cellPaperUrl);
      // Without a title column, the title is a cell that is one link to a paper (its text the paper's, not a button's).
      // A "Paper" column beside a "Title" one may hold only the paper's button ("[Link](https://arxiv.org/abs/…)"):
      // the title is then the title column's, the link the button's.
      const button = (cell: TableCell | undefined) => cell !== undefined && cell.links.length === 1 && countWords(cell.text, 3) <= 1;
      const at = titleColumn !== -1
        ? (column('title') !== -1 && titleColumn === column('paper') && button(row.cells[titleColumn]) ? column('title') : titleColumn)
        : row.cells.findIndex((cell, index) => linked[index] !== null && cell.linkTexts.length === 1 && cell.linkTexts[0] === cell.text);
      const cell = row.cells[at];
      if (cell === undefined) continue;
      const trailing = TRAILING_COUNT.exec(cell.text);
      const shown = (trailing ? cell.text.slice(0, trailing.index) : cell.text).replace(LEADING_ICONS, '').replace(ENUMERATION, '').trim();
      // "*Title* (Yang et al., arXiv:2604.25917)": the citation after the title names the paper, and is not its title.
      const cited = CITED_ARXIV_ID.exec(shown);
      const title = cited ? shown.slice(0, cited.index).trim() : shown;
      const paperUrl = linked[at] ?? (cited ? `https://arxiv.org/abs/${cited[1]}` : null) ?? linked.find((url) => url !== null) ?? null;
      // In a table of papers a title that is one link to a page elsewhere (proceedings, a publisher) links its paper.
      const ownLink = papersTable && paperUrl === null && cell.links.length === 1 && /^https?:\/\//i.test(cell.links[0]) ? cell.links[0] : null;
      if (EMPTY_CELL.test(title) || CHROME.has(chromeKey(title)) || !looksLikeTitle(title) || (!papersTable && paperUrl === null)) continue;
      // A row whose address (another cell's link) is a web page and no paper's (a repository, a news story, a product)
      // is about that page, in a table that lists papers beside them.
      if (paperUrl === null && ownLink === null && row.cells.some((other, index) => index !== at && other.links.some((url) => isWebPage(url) && !isArticleUrl(url)))) continue;
      const line = lines[row.at];
      const token: Extract<Token, { kind: 'text' }> = { kind: 'text', index: row.at, text: title, marked: true, paperUrl };
      const card: Card = {
        title: token, line: line.line, abstract: '', authorsCount: null, authors: [], date: null, upvotes: null, organisation: null,
        urls: paperUrl !== null ? [paperUrl] : ownLink !== null ? [ownLink] : [],
      };
      const authors = cellOf('authors')?.text.replace(LEADING_ICONS, '') ?? '';
      if (!EMPTY_CELL.test(authors)) {
        const counted = NAMES_WITH_COUNT.exec(authors);
        const shown = counted ? counted[1] : authors;
        const cut = endsWithMoreNames(shown);
        card.authors = shown.replace(MORE_NAMES, '').split(/\s*(?:,|;|、|\band\b)\s*/).map((name) => name.trim()).filter(Boolean);
        card.authorsCount = counted ? Number(counted[2]) : cut ? null : card.authors.length;
      }
      const votes = UPVOTES.exec((cellOf('upvotes')?.text ?? '').replace(LEADING_ICONS, '').trim());
      card.upvotes = votes ? Number(votes[1].replace(/,/g, '')) : trailing && trailing[1] !== '⭐' && trailing[1] !== '★' ? Number(trailing[2].replace(/,/g, '')) : null;
      const dateText = cellOf('date')?.text ?? '';
      card.date = parseListingDate(dateText) ?? findFullDate(dateText) ?? monthDate(dateText);
      const organisation = cellOf('organisation')?.text.replace(LEADING_ICONS, '').trim() ?? '';
      if (!EMPTY_CELL.test(organisation)) card.organisation = organisation;
      // A summary column is the abstract when it reads as one and is written in the title's language: a digest's own
      // note in another language ("요약" over Korean sentences under an English title) is not the paper's abstract.
      const summary = cellOf('abstract')?.text ?? '';
      if (looksLikeAbstract(summary) && (cjkShare(summary) >= 0.3) === (cjkShare(title) >= 0.3)) card.abstract = summary;
      cards.push(card);
    }
  }
  return cards;
}

/** A table's date given to the month ("12/2024", "2024-12", "2024/12"): the paper's date to the month. */
function monthDate(text: string): ListingDate | null {
  const monthFirst = /^(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const { date, year } = parseDate(monthFirst ? `${monthFirst[2]}-${monthFirst[1]}` : text);
  return date !== null && year !== null && /^\d{4}-\d{2}$/.test(date) ? { date, year, upvotes: null } : null;
}

/** An upvote count with its icon anywhere in a line ("👍464", "▲ 85"). */
const ICON_UPVOTES = /(?:👍|▲|⬆\uFE0F?|🔼)\s*(\d[\d,]*)/u;

/**
 * A table of contents links its entries into the page (`1. [Kimi K3: …](#1-kimi-k3-…) 👍464`): such a link names a
 * section, so the entry is a paper only where the page shows that paper in the section (the card read there). An
 * entry that also links the paper itself (`[Title](#…) · [arXiv](https://arxiv.org/abs/…)`) names that paper even where
 * the page has no section for it (an excerpt, a digest that details only some papers): it is read as a card, which the
 * section's card, when there is one, absorbs (same arXiv id or title), so no paper is shown twice.
 */
function readContentsPapers(lines: PageLine[]): Card[] {
  const cards: Card[] = [];
  lines.forEach((line, at) => {
    if (line.cells !== undefined || line.links.length < 2 || !line.links[0].startsWith('#')) return;
    const paperUrl = line.links.slice(1).map((url) => url.replace(/#.*$/, '')).find((url) => arxivIdOf(url) !== null);
    if (paperUrl === undefined) return;
    const title = line.linkTexts[0].replace(LEADING_ICONS, '').replace(ENUMERATION, '').trim();
    if (!line.text.replace(ENUMERATION, '').startsWith(line.linkTexts[0]) || CHROME.has(chromeKey(title)) || !looksLikeTitle(title)) return;
    const votes = ICON_UPVOTES.exec(line.text.slice(line.text.indexOf(line.linkTexts[0]) + line.linkTexts[0].length));
    cards.push({
      title: { kind: 'text', index: at, text: title, marked: true, paperUrl }, line: line.line, abstract: '', authorsCount: null,
      authors: [], date: null, upvotes: votes ? Number(votes[1].replace(/,/g, '')) : null, organisation: null, urls: [paperUrl],
    });
  });
  return cards;
}

/** What may follow a list item's paper link before its fields or note: a bracket, a colon, a dash, a middle dot, a bar. */
const AFTER_LEADING_LINK = /^\s*(?:[(:：·|,]|[—–]|-\s)/;
/** An upvote count written out in a bracket of fields ("665 upvotes", "👍 13", "▲ 85"). */
const UPVOTE_FIELD = /^(?:(\d[\d,]*)\s*(?:upvotes?|votes?|likes?|赞|추천)|(?:👍|▲|⬆\uFE0F?|🔼)\s*(\d[\d,]*))$/iu;

/**
 * A list item that opens with a link to a paper and goes on with its fields or a note
 * (`- [Title](https://huggingface.co/papers/2509.08721) (2025-09, 665 upvotes): summary…`): a digest's entry for that
 * paper. The link's text is the title; a bracket right after it holds the date and the upvotes; the note after a
 * colon or a dash is the abstract when it reads as one and is in the title's script (HF's AI summary, a digest's own
 * one-line summary in English), never when it is the digest's words in another language. A sentence that merely starts
 * with a link ("[X](…) is …") is not a list item with fields, and gives none.
 */
function readLinkedItems(lines: PageLine[], webSources: Set<number>): Card[] {
  const cards: Card[] = [];
  lines.forEach((line, at) => {
    // A heading that links its paper is a card's title, read with the lines under it.
    if (!isListItem(line) || line.links.length === 0 || webSources.has(at)) return;
    const paperUrl = line.links[0].replace(/#.*$/, '');
    if (arxivIdOf(paperUrl) === null) return;
    const linkText = line.linkTexts[0].replace(/(\*\*|__|[*_])/g, '').trim();
    const text = line.text.replace(ENUMERATION, '');
    if (linkText === '' || !text.startsWith(linkText)) return;
    const rest = text.slice(linkText.length);
    const title = linkText.replace(LEADING_ICONS, '').trim();
    if (!AFTER_LEADING_LINK.test(rest) || CHROME.has(chromeKey(title)) || !looksLikeTitle(title)) return;
    const card: Card = {
      title: { kind: 'text', index: at, text: title, marked: true, paperUrl }, line: line.line, abstract: '', authorsCount: null,
      authors: [], date: null, upvotes: null, organisation: null, urls: [paperUrl],
    };
    const fields = /^\s*\(([^()]*)\)/.exec(rest);
    for (const field of fields ? fields[1].split(/\s*[,;·|]\s*/) : []) {
      const votes = UPVOTE_FIELD.exec(field);
      if (votes) card.upvotes ??= Number((votes[1] ?? votes[2]).replace(/,/g, ''));
      else card.date ??= parseListingDate(field) ?? findFullDate(field) ?? monthDate(field) ?? findMonthYear(field);
    }
    const note = (fields ? rest.slice(fields[0].length) : rest).replace(/^\s*(?:[:：·|,]|[—–]|-\s)\s*/, '');
    // A note in CJK scripts has few spaces to count words by: its length says it is one.
    const noted = looksLikeAbstract(note) || (cjkShare(note) >= 0.3 && note.length >= 20);
    if (noted && (cjkShare(note) >= 0.3) === (cjkShare(title) >= 0.3)) card.abstract = note;
    // A bare list of linked titles with at most a year ("* [Title](…) (2024)", the Librarian Bot's recommendations under
    // a paper, a reference list) names papers the page points to, not papers it lists: an entry has upvotes, a date or
    // a note (the paper's summary, or the digest's own words in its language, which are not the abstract).
    if (card.upvotes === null && card.date === null && !noted) return;
    cards.push(card);
  });
  return cards;
}

/**
 * What follows a paper's linked title in a sentence that cites it with its authors: "by" and the names, maybe after an
 * aside (", a CVPR 2024 Oral paper by …").
 */
const CITED_BY = /^(?:\s*,[^.;:()]{0,50}?)?\s+by\s+(\S.*)$/u;
/** The end of the names after "by": a full stop after a word of two letters or more ("Perry." but not "J."), or a clause's mark. */
const NAMES_END = /(?<=\p{L}\p{Ll})\.(?=\s|$)|[;:()]|\s(?:who|which|that|in|at|from|for|with)\s/u;
/** A label over a paper's abstract quoted in a document ("The abstract from the paper is the following:", "The paper's abstract:"). */
const ABSTRACT_INTRO = /\babstract\b[^.!?]{0,40}[:：]$/i;
/**
 * "This model was released on 2023-06-11 and added to Hugging Face Transformers on 2024-08-19.": the day the work was
 * released (its paper's), written right after the verb; the day a library or a digest added it is not the paper's.
 */
const RELEASED_ON = /\b(?:released|published|submitted)\s+(?:on\s+)?(?=\d|\p{Lu})/iu;

/**
 * Papers a document cites in a sentence with their authors, as model documentation does ("The BORT model was proposed in
 * [Optimal Subarchitecture Extraction for BERT](https://arxiv.org/abs/2010.10499) by Adrian de Wynter and Daniel J.
 * Perry."): the link's text is the paper's title, the names after "by" its authors, and a paragraph under a label
 * saying it is the paper's abstract ("The abstract from the paper is the following:") the abstract, given to the paper
 * the nearest such sentence above cites first. Such a page's headings ("Overview", the model's name) are its own, not
 * titles: the returned line indexes (the sentences and the abstract) are read here only.
 */
function readCitedPapers(lines: PageLine[]): { cards: Card[]; read: Set<number> } {
  const cards: Card[] = [];
  const read = new Set<number>();
  let citing: Card | null = null;
  lines.forEach((line, at) => {
    if (line.heading > 0) citing = null;
    if (line.heading > 0 || line.cells !== undefined || isListItem(line)) return;
    if (citing !== null && ABSTRACT_INTRO.test(line.text) && countWords(line.text, 13) <= 12) {
      const next = lines[at + 1];
      if (next !== undefined && next.heading === 0 && !isListItem(next) && citing.abstract === '' && looksLikeAbstract(next.text)) {
        citing.abstract = next.text.replace(/^[*_]+|[*_]+$/g, '').trim();
        read.add(at);
        read.add(at + 1);
      }
      return;
    }
    let first: Card | null = null;
    let from = 0;
    line.links.forEach((url, index) => {
      const label = line.linkTexts[index].replace(/(\*\*|__|[*_])/g, '').trim();
      const place = label === '' ? -1 : line.text.indexOf(label, from);
      if (place === -1) return;
      from = place + label.length;
      const paperUrl = url.replace(/#.*$/, '');
      if (arxivIdOf(paperUrl) === null || countWords(label, 3) < 2 || CHROME.has(chromeKey(label)) || !looksLikeTitle(label)) return;
      const cited = CITED_BY.exec(line.text.slice(from));
      const end = cited ? NAMES_END.exec(cited[1]) : null;
      const written = cited ? (end ? cited[1].slice(0, end.index) : cited[1]).trim() : '';
      const cut = endsWithMoreNames(written);
      const names = written.replace(MORE_NAMES, '').split(/\s*,\s*(?:and\s+)?|\s+and\s+/).map((name) => name.trim()).filter(Boolean);
      // People's names only: capitalised words (particles aside), two or more of them, or a surname before "et al.".
      const people = names.length > 0 && names.every((name) => PERSON_NAME.test(name) || (cut && names.length === 1 && /^\p{Lu}[\p{L}'’-]+$/u.test(name)));
      // "… by the Meituan LongCat Team.": a team or an institution wrote it, the paper's organisation.
      const team = !people && /^the\s+\p{Lu}/u.test(written) && ORGANISATION_WORD.test(written) ? written.replace(/^the\s+/, '') : null;
      // "… was proposed in [Title](…)." without its authors: the verb says the link names the paper that proposed it.
      const proposed = /\b(?:proposed|introduced|presented|described)\s+in\s+(?:the\s+paper\s+)?$/i.test(line.text.slice(0, place));
      if (!people && team === null && !proposed) return;
      const card: Card = {
        title: { kind: 'text', index: at, text: label, marked: true, paperUrl }, line: line.line, abstract: '',
        authorsCount: people && !cut ? names.length : null, authors: people ? names : [], date: null, upvotes: null, organisation: team, urls: [paperUrl],
      };
      cards.push(card);
      first ??= card;
      read.add(at);
    });
    if (first !== null) citing = first;
  });
  // The page's sentence saying when its subject was released dates the paper it cites first.
  for (const line of lines) {
    const released = cards.length > 0 && line.heading === 0 ? RELEASED_ON.exec(line.text) : null;
    const date = released ? parseListingDate(line.text.slice(released.index + released[0].length).split(/\s+(?:and|but|,)\s+|[,;.](?:\s|$)/)[0]) : null;
    if (date !== null && date.year !== null) {
      cards[0].date ??= date;
      break;
    }
  }
  return { cards, read };
}

/** A field whose value is the item's address alone ("URL: https://…", "链接：https://…", "Lien : https://…"). */
const ADDRESS_FIELD = /^(?:url|link|links|address|source|lien|enlace|quelle|链接|鏈接|リンク|링크|원문)\s*[:：]\s*\S*:\/\/\S+$/iu;

/** "June 2026", "arXiv, May–June 2026": a month and its year in a field, the date given to the month (the last such). */
function findMonthYear(text: string): ListingDate | null {
  let found: ListingDate | null = null;
  for (const match of text.matchAll(/(\p{L}+)\.?\s+(\d{4})(?!\d)/gu)) {
    const month = monthOfName(match[1]);
    if (month !== null) found = { date: `${match[2]}-${String(month).padStart(2, '0')}`, year: Number(match[2]), upvotes: null };
  }
  return found;
}

/**
 * Papers listed as items that open with their title in bold, then their fields after a dash
 * (`8. **Title** — Francisco Patitucci, Aryan Mokhtari (UT Austin) · arXiv, June 2026 · note… [arXiv 2606.06418](…)`):
 * a study plan's or a newsletter's list. Such a list is one of papers when most of its items are written so and at
 * least half of those link a paper (arXiv, HF); its items that link none (a best paper named by its award) are papers
 * of the same list. A list of courses or repositories written the same way links no paper, and gives none. The fields
 * are read where they are plain: the first, when it is names ("Zhang, Le Moing, Koppula, et al."), gives the authors
 * and the bracket after them the organisation; the first short field with a date (a day, or a month and its year)
 * gives the date. The rest is the list's own note, not the paper's abstract.
 */
/** A bracket closing a bold title that names the paper's id, with the digest's date before it ("(09-26, arXiv 2606.09864)"). */
const LEAD_CITED_ID = /\s*\([^()]*?\barxiv\s*[:：]?\s*(\d{4}\.\d{4,5})(?:v\d+)?\)$/i;

function readLeadItems(lines: PageLine[], webSources: Set<number>): Card[] {
  const cards: Card[] = [];
  const paperOf = (line: PageLine) => {
    const linked = line.links.map((url) => url.replace(/#.*$/, '')).find((url) => arxivIdOf(url) !== null);
    if (linked !== undefined) return linked;
    const cited = line.lead === undefined ? null : LEAD_CITED_ID.exec(line.lead);
    return cited ? `https://arxiv.org/abs/${cited[1]}` : null;
  };
  for (const [start, end] of listRuns(lines)) {
    const items: number[] = [];
    for (let at = start; at < end; at++) {
      const lead = lines[at].lead?.replace(LEADING_ICONS, '').trim();
      // An item that opens with its link is read by readLinkedItems.
      if (lead !== undefined && !webSources.has(at) && leadingLink(lines[at]) === null && !CHROME.has(chromeKey(lead)) && looksLikeTitle(lead)) items.push(at);
    }
    const linked = items.filter((at) => paperOf(lines[at]) !== null).length;
    if (items.length * 2 > end - start && linked > 0 && linked * 2 >= items.length) {
      for (const at of items) cards.push(readLeadItem(lines[at], at, paperOf(lines[at])));
    }
  }
  return cards;
}

/** One item of a list of papers that opens with the paper's title in bold (readLeadItems). */
function readLeadItem(line: PageLine, at: number, paperUrl: string | null): Card {
  const lead = line.lead!.replace(LEADING_ICONS, '').trim();
  // "**Title (09-26, arXiv 2606.09864)**": the bracket names the paper, and is not its title; nor is a bracket of the
  // digest's days ("(09-23)", "(09-25, 09-26)").
  const title = lead.replace(LEAD_CITED_ID, '').replace(/\s*\((?:\d{1,2}[-/]\d{1,2}|\d{4}-\d{2}-\d{2})(?:\s*,\s*(?:\d{1,2}[-/]\d{1,2}|\d{4}-\d{2}-\d{2}))*\)$/, '').trim() || lead;
  const card: Card = {
    title: { kind: 'text', index: at, text: title, marked: true, paperUrl }, line: line.line, abstract: '', authorsCount: null,
    authors: [], date: null, upvotes: null, organisation: null, urls: paperUrl !== null ? [paperUrl] : [],
  };
  const rest = line.text.slice(line.text.indexOf(lead) + lead.length).replace(/^\s*(?:[—–:·|]|-\s)\s*/, '');
  const fields = rest.split(/\s+[·|]\s+/);
  const names = /^([^()]+?)\s*(?:\(([^()]+)\))?$/.exec(fields[0]);
  if (names) {
    const cut = endsWithMoreNames(names[1]);
    const list = names[1].replace(MORE_NAMES, '').split(/\s*,\s*/).filter(Boolean);
    // Names: each part capitalised words without digits, and more than one of them (or "et al." after them): a
    // single capitalised phrase ("Meta Superintelligence Labs") may as well be an organisation.
    if ((list.length > 1 || cut) && list.every((name) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,4}$/u.test(name))) {
      card.authors = list;
      card.authorsCount = cut ? null : list.length;
      if (names[2] !== undefined) card.organisation = names[2].trim();
    }
  }
  for (const field of fields) {
    if (field.length > 80) continue;
    const votes = UPVOTE_FIELD.exec(field.trim());
    if (votes) card.upvotes ??= Number((votes[1] ?? votes[2]).replace(/,/g, ''));
    else card.date ??= findFullDate(field) ?? findMonthYear(field);
  }
  return card;
}

/** Each run of list items with nothing else between them, as [start, end) line indexes, in order. */
function listRuns(lines: PageLine[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let start = 0; start < lines.length; ) {
    if (!isListItem(lines[start])) {
      start++;
      continue;
    }
    let end = start;
    while (end < lines.length && isListItem(lines[end])) end++;
    runs.push([start, end]);
    start = end;
  }
  return runs;
}

/** A bulleted or numbered item of a list (not a heading, not a table's row). */
function isListItem(line: PageLine): boolean {
  return line.cells === undefined && line.heading === 0 && (line.bullet || ENUMERATION.test(line.text));
}

/** The address a list item opens with: the link whose text starts the item ("1. [Title](url) - …"), or null. */
function leadingLink(line: PageLine): string | null {
  const text = line.text.replace(ENUMERATION, '');
  const at = line.linkTexts.findIndex((label) => label !== '');
  if (at === -1) return null;
  const label = line.linkTexts[at].replace(/(\*\*|__|[*_])/g, '').trim();
  return label !== '' && text.startsWith(label) ? line.links[at] : null;
}

/**
 * The items of lists that open with links to web pages more often than to papers (a report's numbered sources, search
 * results: "21. [[2510.00615] ACON: … Long ...](https://arxiv.org/abs/2510.00615) - Large language models (LLMs) are
 * increasingly…", among documentation pages, blog posts and forum threads): a paper linked there is one of the
 * document's sources, cut to a search engine's snippet, not an entry of a list of papers. A list is the run of list
 * items with nothing else between them; one that links no paper (a site's menu) is none of these.
 */
function findWebSourceLists(lines: PageLine[]): Set<number> {
  const sources = new Set<number>();
  for (const [start, end] of listRuns(lines)) {
    const opening = lines.slice(start, end).map(leadingLink).filter((url): url is string => url !== null && /^https?:\/\//i.test(url));
    const papers = opening.filter((url) => arxivIdOf(url.replace(/#.*$/, '')) !== null).length;
    if (papers > 0 && opening.length - papers > papers) for (let at = start; at < end; at++) sources.add(at);
  }
  return sources;
}

/** A label set on a line of its own over a list ("**参考链接**:", "References:", a `<details>` summary's "Sources"). */
function isListLabel(line: PageLine): boolean {
  const text = line.text.replace(LEADING_ICONS, '');
  return line.heading === 0 && !line.bullet && line.cells === undefined && line.links.length === 0 && /\p{L}/u.test(text) &&
    text.length <= 40 && countWords(text, 6) <= 5 && !/[.。!?！？]$/.test(text);
}

/**
 * The lists of links a card closes with under a label of its own: a digest's item headed by a link to what it is about
 * (`## [RHMP：…](https://arxiv.org/abs/2608.14556) ⭐️ 8.0/10`, a news page), its text, then "**参考链接**:" or a
 * `<details><summary>References</summary>` over links to the pages the digest consulted (the paper again, its HF page,
 * cited papers, Wikipedia). Those are the card's references, cut to a search engine's titles ("Gated-BEPO:
 * Confidence-Gated Bellman Credit ..."), not papers the page lists. A list right under its heading (a section of an
 * awesome list, "Papers:" over its items) is that section's content, not a card's references.
 */
function findCardLinkLists(lines: PageLine[]): Set<number> {
  const found = new Set<number>();
  for (const [start, end] of listRuns(lines)) {
    const label = lines[start - 1];
    // The label is a line of its own, above the list (not a field of a row split at its "·").
    if (label === undefined || label.line === lines[start].line || !isListLabel(label) || !lines.slice(start, end).some((line) => line.links.length > 0)) continue;
    let head = start - 2;
    let cardText = false;
    // A card is short: looking back further than a few dozen lines (a page without headings) finds none, and would
    // make this quadratic in the runs of a long page.
    for (; head >= 0 && head >= start - 60 && lines[head].heading === 0; head--) {
      // A paragraph: a sentence of a dozen words, or a long line in a script written without spaces (Chinese).
      const { text } = lines[head];
      if (!isListItem(lines[head]) && lines[head].cells === undefined && (looksLikeAbstract(text) || text.length >= 80)) cardText = true;
    }
    if (head < 0 || lines[head].heading === 0 || !cardText || !lines[head].links.some(isWebPage)) continue;
    for (let at = start; at < end; at++) found.add(at);
  }
  return found;
}

/** The words of a title, for matching one paper shown twice on a page (in a table and in its own section). */
function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Papers listed in a table or a table of contents join the page's cards: a paper the page also shows as a card (the same arXiv id, or the same title)
 * is that card, which takes the fields the table adds (its authors, upvotes, date, link); the others are new cards, in
 * the page segment their row is in, in line order.
 */
function addListedPapers(segments: Segment[], rows: Card[]): void {
  if (rows.length === 0) return;
  const cards = segments.flatMap((segment) => segment.cards);
  const byKey = new Map<string, Card>();
  const keysOf = (card: Card) => {
    const id = card.urls.map(arxivIdOf).find((found) => found !== null);
    return [`t:${titleKey(card.title.text)}`, ...(id ? [`a:${id}`] : [])];
  };
  for (const card of cards) for (const key of keysOf(card)) if (!byKey.has(key)) byKey.set(key, card);
  for (const row of rows) {
    const same = keysOf(row).map((key) => byKey.get(key)).find((card) => card !== undefined);
    if (same) {
      if (same.authors.length === 0 && row.authors.length > 0) {
        same.authors = row.authors;
        same.authorsCount ??= row.authorsCount;
      }
      same.upvotes ??= row.upvotes;
      same.date ??= row.date;
      same.organisation ??= row.organisation;
      if (same.abstract === '') same.abstract = row.abstract;
      if (!same.urls.some((url) => arxivIdOf(url) !== null)) same.urls.push(...row.urls);
      continue;
    }
    for (const key of keysOf(row)) byKey.set(key, row);
    const segment = segments.findLast((candidate) => candidate.cards.length > 0 && candidate.cards[0].line <= row.line) ?? segments[0];
    segment.cards.push(row);
    segment.cards.sort((a, b) => a.line - b.line);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Years the page does not print

/**
 * Hugging Face prints a date's year only when it is not the year the page was shown in, so `Jul 24` on a page means
 * July 24 of the page's own year. That year is known when the page says it: a full date in its header ("Daily Papers"
 * with `Oct 24, 2024`). Otherwise the dates that do show a year bound it from below (the page's year is none of
 * them, and is later than all of them), and the entries without one are read as the year after the latest shown:
 * an assumption (the page was saved within a year of its newest dated paper), said so in the warning. A page with
 * neither keeps its `--MM-DD` dates.
 */
function inferYears(segment: Segment): { dates: Map<Card, ListingDate>; line: number; reason: string; how: string } | null {
  const undated = segment.cards.filter((item) => item.date !== null && item.date.year === null);
  if (undated.length === 0) return null;
  const dates = new Map<Card, ListingDate>();
  const withYear = (item: Card, year: number) => {
    const mmdd = item.date!.date.slice(2);
    dates.set(item, { ...item.date!, date: `${year}-${mmdd}`, year });
  };
  const count = `${undated.length} date${undated.length === 1 ? '' : 's'} without a year`;
  const page = segment.pageDate;
  if (page?.year != null) {
    const pageMmdd = page.date.slice(5);
    // A paper is never dated after the page that lists it: a later month-day is from the year before.
    for (const item of undated) withYear(item, item.date!.date.slice(2) <= pageMmdd ? page.year : page.year - 1);
    return {
      dates,
      line: segment.pageDateLine ?? segment.cards[0].line,
      how: `from the listing page's own date (${page.date})`,
      reason: `${count} read with the year of the page's own date (${page.date}); a month-day later than the page's is taken from the year before (inferred, not printed on the page)`,
    };
  }
  const years = segment.cards.map((item) => item.date?.year).filter((year): year is number => typeof year === 'number');
  if (years.length === 0) return null;
  const latest = Math.max(...years);
  for (const item of undated) withYear(item, latest + 1);
  const firstLine = Math.min(...undated.map((item) => item.line));
  return {
    dates,
    line: firstLine,
    how: `assumed ${latest + 1}: the listing page prints years only outside its own year, and the latest it prints is ${latest}`,
    reason: `${count} read as ${latest + 1}: the page prints a year only on dates outside its own year and the latest it prints is ${latest}, so its own year is assumed to be ${latest + 1} (inferred, not printed on the page)`,
  };
}

/** A line that is a field naming a paper's arXiv id: "**arXiv**: 2511.23319v1", "- arXiv ID: [2503.19757](…)". */
const ARXIV_FIELD_LINE = /^[ \t]*(?:[-*][ \t]+)?(?:\*\*|__)?arxiv(?:[ \t]*id)?(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*\[?(?:arxiv:)?\d{4}\.\d{4,5}/im;

export const hfListingReader: SourceReader = {
  format: 'hf-listing',
  detect(text, fileName) {
    const head = text.slice(0, 20000);
    // JSON and XML that mention HF pages (the papers API, a feed) belong to their own readers. A Markdown file may open
    // with HTML (a README's centred header, an HTML table): that is still Markdown.
    if (/^\s*(?:\{|\[\s*[{["\]])/.test(head) || (/^\s*</.test(head) && !/\.(?:md|markdown)$/i.test(fileName))) return false;
    if (/Get trending papers|Daily Papers|Trending Papers|byAK and the research community|huggingface\.co\/papers\//.test(head)) return true;
    // Other plain-text pages of title/abstract pairs: a .txt or .md file with at least one abstract-shaped line, and
    // not a tagged export (Web of Science, MEDLINE, RIS: most lines start with a field tag such as "TI " or "AB  - ").
    if (!/\.(txt|md|markdown)$/i.test(fileName)) return false;
    const lines = head.split(/\r?\n/).filter((line) => line.trim() !== '');
    const tagged = lines.filter((line) => /^[A-Z][A-Z0-9]{1,3}\s*(?:-\s|\s)/.test(line)).length;
    if (tagged >= lines.length * 0.5) return false;
    // … or a Markdown table of papers (a title or paper column, with authors or links to the papers), the only list of
    // papers in many notes and archives.
    // … or a note naming its paper by id in a field of its own ("**arXiv**: 2511.23319v1 [cs.CL] 28 Nov 2025"), whose
    // text may be in a script without spaces (Japanese, Chinese), so that no line of it counts as abstract-shaped.
    // So is one that links arXiv's papers (a Japanese digest's `**[Title](https://arxiv.org/abs/…)** — 注目…` items).
    // … or HF's short address of a paper (`hf.co/papers/2410.16128`), or a DOI's (`https://doi.org/10.1145/…`).
    return lines.some((line) => looksLikeAbstract(line.trim())) || ARXIV_FIELD_LINE.test(head) || /arxiv\.org\/(?:abs|pdf|html)\/\d{4}\.\d{4,5}/i.test(head) ||
      /\bhf\.co\/papers\/\d{4}\.\d{4,5}|\bdoi\.org\/10\.\d{4,9}\//i.test(head) ||
      ((head.includes('|') || /<table\b/i.test(head)) && readTablePapers(readPageText(head).lines).length > 0);
  },
  read: parseListing,
};
