// Acronym definitions ("Mixture of Experts (MoE)") found with the Schwartz & Hearst (2003) algorithm.
import type { WordType } from './text';

export interface AcronymDefinition {
  /** The short form as written, a plural "s" removed ("LLMs" → "LLM"). */
  acronym: string;
  /** The long form as written ("Low-Rank Adaptation"). */
  expansion: string;
  /** Index of the first token of the expansion in the sentence. */
  start: number;
  /** Index one past the expansion's last token (the position of "("). */
  end: number;
}

/** A short form: 2–10 characters, starts with a letter or digit, has a capital, and is not a plain word. */
export function isShortForm(text: string): boolean {
  if (text.length < 2 || text.length > 10) return false;
  if (!/^[\p{L}\p{N}]/u.test(text) || !/\p{Lu}/u.test(text)) return false;
  // "The" or "Results" in brackets are words, not acronyms: need a capital after the first character.
  return /\p{Lu}/u.test(text.slice(1));
}

function stripPlural(shortForm: string): string {
  return /\p{Lu}s$/u.test(shortForm) && shortForm.length > 2 ? shortForm.slice(0, -1) : shortForm;
}

// Hand-written: no maintained JS package implements Schwartz–Hearst; the algorithm is twenty lines and well defined.
// Match the short form's characters right to left inside the candidate long form; the first character must start a word.
function findLongFormStart(shortForm: string, longForm: string): number {
  const sf = shortForm.toLowerCase();
  const lf = longForm.toLowerCase();
  let s = sf.length - 1;
  let l = lf.length - 1;
  for (; s >= 0; s--) {
    const c = sf[s];
    if (!/[\p{L}\p{N}]/u.test(c)) continue;
    while (l >= 0 && (lf[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lf[l - 1])))) l--;
    if (l < 0) return -1;
    l--;
  }
  return l + 1;
}

/**
 * The acronym definition "long form (SF)" whose "(" is token `i` of a tagged sentence (its tokens' forms, and whether
 * each is tagged as punctuation), or null. Asked per position: its caller already walks each sentence once for other
 * reasons (rank/corpus.ts).
 */
export function acronymDefinitionAt(types: readonly WordType[], isPunct: (k: number) => boolean, i: number): AcronymDefinition | null {
  if (i < 1 || i + 2 >= types.length || types[i].text !== '(' || types[i + 2].text !== ')') return null;
  const raw = types[i + 1].text;
  if (!isShortForm(raw)) return null;
  const acronym = stripPlural(raw);
  const letters = acronym.replace(/[^\p{L}\p{N}]/gu, '').length;
  const maxWords = Math.min(letters + 5, letters * 2);
  // The long form lies in the words just before "(", never across punctuation.
  let first = i;
  while (first > 0 && i - first < maxWords && !isPunct(first - 1)) first--;
  if (first === i) return null;
  const words = types.slice(first, i).map((t) => t.text);
  const text = words.join(' ');
  const startChar = findLongFormStart(acronym, text);
  if (startChar < 0) return null;
  // Snap to the token containing the match start.
  let offset = 0;
  let startToken = 0;
  for (let w = 0; w < words.length; w++) {
    if (startChar < offset + words[w].length + 1) {
      startToken = w;
      break;
    }
    offset += words[w].length + 1;
  }
  const expansionTokens = words.slice(startToken);
  const expansion = expansionTokens.join(' ');
  // A long form must be longer than its short form and must not just repeat it.
  if (expansion.length <= acronym.length || expansionTokens.some((w) => w === raw || w === acronym)) return null;
  if (expansionTokens.length < 2 && !expansion.includes('-')) return null;
  return { acronym, expansion, start: first + startToken, end: i };
}
