// British spellings read as their American forms, so that "tumour" and "tumor", "organisation" and "organization",
// "leukaemia" and "leukemia" are one word to stemming and tagging (natural's lexicon and Porter stemmer are American).
// Hand-written: no package in the project maps spellings, and the few regular patterns below cover most of the
// difference in scholarly text. Each rewrite but two is taken only when the lexicon knows the American form, so a word
// that merely looks British ("four", "does", "promise") is left alone.

/** Whether natural's English lexicon lists a lower-case form. */
export type KnownWord = (lower: string) => boolean;

interface SpellingRule {
  pattern: RegExp;
  american: string;
  /** Also rewrite a form the lexicon knows ("centre", "behaviour": both spellings are listed as separate words). */
  whenKnown: boolean;
  /** Rewrite without the lexicon knowing the American form: the British pattern has no American reading at all. */
  always: boolean;
  /** Verb families: the American form counts as known when any of its inflections is ("prioritize" for "prioritised"). */
  family?: (american: string) => string[];
  /** The family is looked up in the dictionary (lexicon or WordNet), not the lexicon alone. */
  dictionary?: boolean;
  /** Also rewrite when the dictionary knows neither the family nor these forms of the British word: nothing English
   * is spelled so. */
  unlessKnown?: (british: string) => string[];
}

/**
 * Prefixes that make a new -ize verb of a known one ("decolonize" of "colonize", "reorganize" of "organize"): the
 * lexicon lists few such derived verbs, so "decolonising" would stay British and stem apart from "decolonization" (which
 * the -isation rule always rewrites).
 */
const VERB_PREFIX = /^(?:de|re|un|non|pre|post|co|anti|counter|inter|over|under|dis|mis|trans)-?/;

const IZE_FAMILY = (american: string) => {
  const base = american.replace(/(?:e|es|ed|ing|er|ers)$/, '');
  const family = [`${base}e`, `${base}es`, `${base}ed`, `${base}ing`, `${base}ation`];
  // The unprefixed verb only when at least four letters stand before its "-iz" ("colon-iz", not "pr-iz" of "reprise").
  const unprefixed = base.replace(VERB_PREFIX, '');
  if (unprefixed !== base && unprefixed.length >= 6) family.push(...IZE_FAMILY(unprefixed));
  return family;
};

/**
 * The -ization nouns that show an -isation noun is British: the noun itself, and for a prefixed one ("decolonisation",
 * "reorganisation") the unprefixed noun, as IZE_FAMILY reads verbs.
 */
const IZATION_FAMILY = (american: string) => {
  const noun = american.replace(/ization(?:s|al|ally)$/, 'ization');
  const unprefixed = noun.replace(VERB_PREFIX, '');
  return unprefixed !== noun && unprefixed.length >= 10 ? [noun, unprefixed] : [noun];
};

const RULES: SpellingRule[] = [
  // -isation after the endings of -ize verbs (see the -ise rule below) is British: "racialisation", "decolonisation".
  // Their adjectives too ("organisational").
  { pattern: /([a-z]{2}(?:al|an|ar|on|[^aeiou]at|[^aeiou]it))isation(s|al|ally)?$/, american: '$1ization$2', whenKnown: true, always: true },
  // Other -isation nouns are British when a dictionary (natural's lexicon or WordNet) knows the -ization noun
  // ("characterisation", "randomisation", "organisational"), or knows neither spelling (a coinage: "kernelisation").
  // A dictionary word whose -is- belongs to its verb ("improvisation" of "improvise") has no -ization form and stays.
  {
    pattern: /isation(s|al|ally)?$/, american: 'ization$1', whenKnown: true, always: false, family: IZATION_FAMILY, dictionary: true,
    unlessKnown: (british) => [british, british.replace(/isation(?:s|al|ally)$/, 'isation')],
  },
  // "racialised", "problematise", "pluralising", "contextualise": after these endings -ise is the verb-forming suffix
  // that American writes -ize ("-alise", "-anise", "-arise", "-onise"; "-atise" and "-itise" after a consonant, so not
  // "treatise"), also where the lexicon lacks the American form; no word of natural's lexicon written so is American.
  { pattern: /([a-z]{2}(?:al|an|ar|on|[^aeiou]at|[^aeiou]it))is(e|es|ed|ing|er|ers)$/, american: '$1iz$2', whenKnown: true, always: true },
  // "organise", "theorising", "prioritised"; "analyse", "paralysed".
  { pattern: /([^aeiou])is(e|es|ed|ing|er|ers)$/, american: '$1iz$2', whenKnown: true, always: false, family: IZE_FAMILY },
  { pattern: /ys(e|ed|ing|er|ers)$/, american: 'yz$1', whenKnown: true, always: false, family: IZE_FAMILY },
  // "modelling", "signalling", "travelled" (Porter already stems them alike; this is for the tagger, and for the
  // lexicon, which lists "travelling" only as a verb but "traveling" as a noun too). Only after "e" or "a": "filling"
  // and "filing" are two words.
  { pattern: /([ae])ll(ing|ed|er|ers)$/, american: '$1l$2', whenKnown: true, always: false },
  // "behaviour", "tumours", "neighbourhood", "behavioural" (not "four", "hour", "tour": too short to be -our nouns).
  { pattern: /([a-z]{3})our(s|ed|ing|al|ally|hood|hoods|ite|ites|able|less)?$/, american: '$1or$2', whenKnown: true, always: false },
  // "centre", "fibres", "metre"; "catalogue"; "programme".
  { pattern: /([tb])re(s?)$/, american: '$1er$2', whenKnown: true, always: false },
  { pattern: /ogue(s?)$/, american: 'og$1', whenKnown: true, always: false },
  { pattern: /mme(s?)$/, american: 'm$1', whenKnown: true, always: false },
  // Greek/Latin "ae" inside a word ("leukaemia", "haematopoietic", "ischaemic", "paediatric"): in English text only
  // a British spelling has it between consonants.
  { pattern: /([^aeiou])ae([^aeiou])/g, american: '$1e$2', whenKnown: false, always: true },
  // "oe" ("oestrogen", "foetal", "diarrhoea") only where the lexicon confirms: "does", "shoes", "poem" are English.
  { pattern: /oe/g, american: 'e', whenKnown: false, always: false },
];

/**
 * The American spelling of a lower-case word, or the word itself. `inDictionary` answers for the rules that may ask
 * more than the lexicon (natural's lexicon or WordNet, singular nouns); without it they ask `isKnown`.
 */
export function americanSpelling(word: string, isKnown: KnownWord, inDictionary: KnownWord = isKnown): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return word;
  const known = isKnown(word);
  for (const rule of RULES) {
    if (known && !rule.whenKnown) continue;
    rule.pattern.lastIndex = 0;
    if (!rule.pattern.test(word)) continue;
    const american = word.replace(rule.pattern, rule.american);
    if (american === word) continue;
    if (rule.always) return american;
    const lookUp = rule.dictionary ? inDictionary : isKnown;
    if ((rule.family ? rule.family(american) : [american]).some(lookUp)) return american;
    if (rule.unlessKnown && !rule.unlessKnown(word).some(lookUp)) return american;
  }
  return word;
}
