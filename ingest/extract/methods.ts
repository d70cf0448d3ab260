// Methods: systems a paper introduces (the "Name:" prefix of its title) and known techniques from the vocabulary.
import { slugify } from '../../src/shared/keys';
import type { MethodInfo } from '../types';
import { splitSentences, tokenize, wordType } from './text';

/**
 * A coined word: a part with a capital after its first letter ("LoRA", "GLIDER", "Duo-LLM") or a digit ("R1",
 * "2.0-M32"). Title case of a compound ("Culturally-Aware") and Roman numerals ("Part II") are not coined.
 */
function isCoined(word: string): boolean {
  if (/^[IVX]+$/.test(word)) return false;
  return /\p{N}/u.test(word) || word.split('-').some((part) => /\p{Lu}/u.test(part.slice(1)) && !/^[IVX]+$/.test(part));
}

// Lexicon tags of words that cannot be part of a name: "Introducing X", "X revisited", "Towards X", "Beyond X".
const NOT_NAME_TAGS = new Set(['IN', 'VBG', 'VBD', 'VBN', 'RB', 'WRB', 'DT', 'CC', 'TO', 'MD', 'PRP']);

/** Tags the lexicon lists for a word as written and in lower case ("Revisited" is listed as NNP, "revisited" as VBD). */
function lexiconTagsOf(word: string): string[] {
  return [...(wordType(word).lexiconTags ?? []), ...(wordType(word.toLowerCase()).lexiconTags ?? [])];
}

/** The abstract writes the word as a name: capitalised as in the title inside a sentence, or in capitals ("GLIDER"). */
function writtenAsName(word: string, abstract: string): boolean {
  return writesAsName(splitSentences(tokenize(abstract)), word);
}

/** Whether sentences of tokens (as splitSentences(tokenize(abstract)) gives them) write the word as a name. */
export function writesAsName(sentences: ArrayLike<ArrayLike<string>>, word: string): boolean {
  const upper = word.toUpperCase();
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s];
    for (let i = 1; i < sentence.length; i++) if (sentence[i] === word || sentence[i] === upper) return true;
  }
  return false;
}

/**
 * The name a title introduces, or null. The rule: the text before the first ": " (2–30 characters, starting with a
 * capital or digit) is a name when it looks like one:
 * - one word: coined ("LoRA", "Router-R1", "Chain-of-Experts"), or a plain word ("Glider") that the abstract itself
 *   writes as a name (capitalised inside a sentence, or in capitals); "Design: One, but in different forms" names
 *   nothing, since its abstract never writes "Design" as a name;
 * - two words: at least one coined ("Yuan 2.0-M32") and none that the lexicon knows as a verb form, preposition or
 *   adverb ("Introducing OPTO", "IDF revisited", "Towards X" name nothing);
 * longer prefixes ("Mixture of Experts: A Survey") are descriptions, not names.
 */
export function introducedName(
  title: string,
  abstract = '',
  /** Whether the abstract writes a word as a name, when the caller knows its tokens already (see writesAsName). */
  namedInAbstract: (word: string) => boolean = (word) => writtenAsName(word, abstract),
): string | null {
  const colon = title.indexOf(':');
  if (colon <= 0) return null;
  const name = title.slice(0, colon).trim();
  if (name.length < 2 || name.length > 30 || !/^[\p{Lu}\p{N}]/u.test(name)) return null;
  const words = name.split(/\s+/);
  if (words.length > 2) return null;
  if (words.length === 1) return isCoined(name) || namedInAbstract(name) ? name : null;
  if (!words.some(isCoined)) return null;
  // A gerund the lexicon does not know ("Operationalizing AI") is a verb form too.
  const functionWord = words.some(
    (word) => !isCoined(word) && (/ing$/.test(word) || lexiconTagsOf(word).some((tag) => NOT_NAME_TAGS.has(tag))),
  );
  return functionWord ? null : name;
}

export function introducedMethodKey(name: string): string {
  return `method:${slugify(name)}`;
}

/**
 * Introduced methods of a corpus, first paper wins when two titles name the same system. `abstractSentences`: the
 * sentences of a paper's abstract as tokens, when the caller holds them (null: tokenised here).
 */
export function collectIntroducedMethods(
  papers: { key: string; title: string; abstract: string }[],
  abstractSentences: (index: number) => ArrayLike<ArrayLike<string>> | null = () => null,
): Map<string, MethodInfo> {
  const methods = new Map<string, MethodInfo>();
  for (const [index, paper] of papers.entries()) {
    const name = introducedName(paper.title, paper.abstract, (word) => {
      const sentences = abstractSentences(index);
      return sentences === null ? writtenAsName(word, paper.abstract) : writesAsName(sentences, word);
    });
    if (!name) continue;
    const key = introducedMethodKey(name);
    if (key === 'method:' || methods.has(key)) continue;
    methods.set(key, { key, label: name, aliases: [name], origin: 'introduced', introducedBy: paper.key });
  }
  return methods;
}
