// Domain assignment: a record's own categories mapped to the taxonomy, else one category from the text when its evidence is clear.
import type { AnalysedDocument, TokenStore } from './rank';
import { formTable, type FormStems } from './rank/tokenStore';
import { FILLER_WORDS, GENERIC_HEADS, STOPWORDS, stemCount, stemId, tokenize, wordType, type WordType } from './text';
import type { DomainDefinition, DomainGroup, DomainRule } from './vocabulary';

export interface DomainAssignment {
  key: string;
  weight: number;
  /** Why: "arXiv category cs.RO", "record category “Robotics”" or "text: robot, grasping, manipulator". */
  evidence: string;
}

// Per written form, the stem ids of its meaningful parts (null for a word that is no content word): computed once per
// form, since the text rule reads every token of every paper.
// An array by WordType id (ids are small, dense and never reused): a lookup per token is an index, not a hash probe.
const contentStemCache: (number[] | null | undefined)[] = [];

function contentStemIds(type: WordType): number[] | null {
  // Grown by push so the array stays packed (assigning far past its end would turn it into a slow dictionary).
  while (contentStemCache.length <= type.id) contentStemCache.push(undefined);
  let stems = contentStemCache[type.id];
  if (stems === undefined) {
    stems = isContentWord(type) ? type.stemIds.filter((_, k) => isContentPart(type.words[k])) : null;
    if (stems !== null && stems.length === 0) stems = null;
    contentStemCache[type.id] = stems;
  }
  return stems;
}

// The same per form of a corpus' TokenStore, as one flat table (see formStemsOf): read per token without the WordType.
const contentStemsByStore = new WeakMap<TokenStore, FormStems>();

function contentStemsOf(tokens: TokenStore): FormStems {
  let table = contentStemsByStore.get(tokens);
  if (!table) {
    table = formTable(tokens, contentStemIds);
    contentStemsByStore.set(tokens, table);
  }
  return table;
}

const compoundsByStore = new WeakMap<TokenStore, Int32Array>();

/** By form of a store, 1 + its WordType id when it has more than one content stem (a compound: see noteStem in
 * domainFromText), else 0: read per token from a typed array rather than from the form's WordType. */
function compoundsOf(tokens: TokenStore): Int32Array {
  let compounds = compoundsByStore.get(tokens);
  if (!compounds) {
    const { starts } = contentStemsOf(tokens);
    compounds = Int32Array.from(tokens.types, (type, form) => (starts[form + 1] - starts[form] > 1 ? type.id + 1 : 0));
    compoundsByStore.set(tokens, compounds);
  }
  return compounds;
}

/**
 * The profiles' terms numbered, found by stem id (one word) or pair of stem ids (two words), with each term's
 * normalised weights as flat arrays: scoring a paper then builds no string and no per-term object.
 */
interface TermLookup {
  /** Term id + 1 by stem id (0: no term; stems interned after the lookup was built are past its end). */
  unigrams: Int32Array;
  bigrams: Map<number, Map<number, number>>;
  /** 1 at each stem id that starts a bigram (same length as unigrams): most stems start none. */
  bigramStarts: Uint8Array;
  keys: string[];
  /** Per term id, 1 when the term is one word (not a phrase). */
  oneWord: Uint8Array;
  /** Per term id, the categories it counts for and its weight there divided by the category's norm. */
  categories: Int32Array[];
  weights: Float64Array[];
}

const lookups = new WeakMap<DomainProfiles, TermLookup>();

function lookupOf(profiles: DomainProfiles): TermLookup {
  let lookup = lookups.get(profiles);
  if (!lookup) {
    lookup = { unigrams: new Int32Array(stemCount()), bigrams: new Map(), bigramStarts: new Uint8Array(stemCount()), keys: [], oneWord: new Uint8Array(profiles.terms.size), categories: [], weights: [] };
    for (const [key, entry] of profiles.terms) {
      const id = lookup.keys.length;
      lookup.keys.push(key);
      const pairs = [...entry.weights];
      lookup.categories.push(Int32Array.from(pairs.map(([index]) => index)));
      lookup.weights.push(Float64Array.from(pairs.map(([index, weight]) => weight / profiles.norms[index])));
      const ids = key.split(' ').map(stemId);
      if (ids.length === 1) {
        lookup.unigrams[ids[0]] = id + 1;
        lookup.oneWord[id] = 1;
      } else {
        const next = lookup.bigrams.get(ids[0]) ?? new Map<number, number>();
        next.set(ids[1], id);
        lookup.bigrams.set(ids[0], next);
        lookup.bigramStarts[ids[0]] = 1;
      }
    }
    lookups.set(profiles, lookup);
  }
  return lookup;
}

// Scratch reused across papers (one paper at a time): a term's factor in the paper, a category's score, and where a
// term was read (see noteStem in domainFromText).
let termFactor = new Float64Array(0);
let categoryScore = new Float64Array(0);
/** Per category, how many of its one-word terms the paper has (see the candidate rule in domainFromText). */
let categoryWords = new Int32Array(0);
/** Per term: 0 not read yet; -1 read as a word of its own; else 1 + the WordType id of the compound it was read in. */
let termWord = new Int32Array(0);
/** Per phrase term: 1 when read across two written words, not only inside one compound ("self-organizing"). */
let termAcrossWords = new Uint8Array(0);

/** A term of the text rule (one stem, or two adjacent stems joined by a space) and what it counts for. */
interface TermEntry {
  /** Per category index, the term's weight for it. */
  weights: Map<number, number>;
  /** The term as the taxonomy writes it, for the evidence shown to the user. */
  surface: string;
}

export interface DomainProfiles {
  domains: DomainDefinition[];
  /** Per category, the square root of its terms' summed weights: scores are divided by it so that a long description
   * (eess.SP lists dozens of topics) does not win by having more words to match than a short one (cs.RO). */
  norms: number[];
  terms: Map<string, TermEntry>;
  /** Lower-cased id, alias or label → category index, for a record's own categories. */
  byName: Map<string, number>;
  /** Groups that are fields of their own, and per category index the index of its group among them (-1: none). */
  groups: DomainGroup[];
  groupOf: Int32Array;
  /** Per group index, the index of the group it is part of (-1: none). */
  groupParent: Int32Array;
}

/** The category at `index` belongs to group `group`, directly or through the group's narrower groups. */
function inGroup(profiles: DomainProfiles, index: number, group: number): boolean {
  for (let g = profiles.groupOf[index]; g >= 0; g = profiles.groupParent[g]) if (g === group) return true;
  return false;
}

// Sentences of a description that talk about the taxonomy rather than the field ("Roughly includes material in ACM
// Subject Class I.2.9", "cs.NA is an alias for math.NA", "...should have Programming Languages as the primary subject
// area", "...is not appropriate for this area") name other categories or catalogue codes: they are left out.
const ABOUT_THE_TAXONOMY = /\b(?:ACM|alias|primary|subject area|subject class|appropriate|should go to|does not fit|classifications?)\b/i;
// Parentheses that point at another category ("which may overlap with Learning") are left out the same way.
const ASIDE = /\([^()]*\b(?:overlap|which|although|alias|ACM|not)\b[^()]*\)/gi;
// What follows "except" or "does not include" names what a category leaves to others (cs.AI: "all areas of AI except
// Vision, Robotics, Machine Learning, Multiagent Systems, and Computation and Language (Natural Language Processing)";
// hep-ex: "Does not include: detectors and instrumentation nor analysis methods"): those are other categories' words,
// so a sentence is read only up to such a marker.
const EXCLUSION = /\b(?:except|excluding|(?:does|do|is|are) not)\b/i;

/** Sentences of a description that describe the field itself, each up to where it starts naming what it excludes. */
export function fieldSentences(description: string): string[] {
  return description
    .replace(ASIDE, ' ')
    .split(/(?<=[.;])\s+/)
    .filter((sentence) => !ABOUT_THE_TAXONOMY.test(sentence))
    .map((sentence) => sentence.split(EXCLUSION)[0]);
}

// Words of the taxonomy's own prose ("Covers ... including ...; topics of interest include ..."), not of any field.
const DESCRIPTION_PROSE = new Set(['covers', 'cover', 'includes', 'include', 'including', 'aspects', 'topics', 'interest', 'related', 'relevant', 'material', 'areas', 'area', 'contributions']);

/** A word that can carry a field's meaning: letters, not a stopword, filler or a generic head noun ("methods"). */
function isContentWord(type: WordType): boolean {
  return (
    type.hasLetter &&
    !type.numeric &&
    !type.isBreak &&
    type.lower.length >= 3 &&
    !GENERIC_HEADS.has(type.lower) &&
    !FILLER_WORDS.has(type.lower) &&
    !STOPWORDS.has(type.lower) &&
    !DESCRIPTION_PROSE.has(type.lower)
  );
}

/** A part of a compound that carries meaning ("in-network" → "network" only). */
function isContentPart(word: string): boolean {
  return word.length >= 3 && !STOPWORDS.has(word) && !GENERIC_HEADS.has(word) && !DESCRIPTION_PROSE.has(word) && /\p{L}/u.test(word);
}

/** Content words of a text, as runs between punctuation and stopwords (two adjacent words in a run make a phrase). */
function contentRuns(text: string): { stem: string; surface: string }[][] {
  const runs: { stem: string; surface: string }[][] = [];
  let run: { stem: string; surface: string }[] = [];
  for (const token of tokenize(text)) {
    const type = wordType(token);
    if (!isContentWord(type)) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    // "bio-chemical", "multi-agent": each part of a compound is a word, as the paper side reads them ("on-line" gives "line").
    type.stems.forEach((stem, k) => {
      if (isContentPart(type.words[k])) run.push({ stem, surface: type.words[k] });
    });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The text rule's vocabulary: each category's terms are the content words of its label and description (sentences
 * about the taxonomy itself left out) plus its `terms`, and each pair of adjacent content words as a phrase. A term's
 * weight for a category is its inverse category frequency ln(N / categories using it): "robot" names one field,
 * "theory" many. Label terms count double (a name is the most distinctive text a category has), phrases 1.5 times.
 */
export function compileDomainProfiles(domains: DomainDefinition[], groups: readonly DomainGroup[] = []): DomainProfiles {
  const perCategory: Map<string, { weight: number; surface: string }>[] = domains.map((domain) => {
    const terms = new Map<string, { weight: number; surface: string }>();
    const add = (text: string, weight: number) => {
      for (const run of contentRuns(text)) {
        run.forEach((word, k) => {
          const keep = (key: string, surface: string, w: number) => {
            const known = terms.get(key);
            if (!known || known.weight < w) terms.set(key, { weight: w, surface });
          };
          keep(word.stem, word.surface, weight);
          if (k > 0) keep(`${run[k - 1].stem} ${word.stem}`, `${run[k - 1].surface} ${word.surface}`, weight * 1.5);
        });
      }
    };
    if (!domain.fromText) return terms;
    add(domain.label, 2);
    for (const sentence of fieldSentences(domain.description)) add(sentence, 1);
    for (const term of domain.terms) add(term, 2);
    return terms;
  });
  const usedBy = new Map<string, number>();
  for (const terms of perCategory) for (const key of terms.keys()) usedBy.set(key, (usedBy.get(key) ?? 0) + 1);
  const n = Math.max(domains.length, 2);
  const terms = new Map<string, TermEntry>();
  perCategory.forEach((categoryTerms, index) => {
    for (const [key, { weight, surface }] of categoryTerms) {
      const icf = Math.log(n / usedBy.get(key)!);
      if (icf <= 0) continue;
      const entry = terms.get(key) ?? { weights: new Map(), surface };
      entry.weights.set(index, weight * icf);
      terms.set(key, entry);
    }
  });
  const norms = domains.map(() => 0);
  for (const entry of terms.values()) for (const [index, weight] of entry.weights) norms[index] += weight;
  const byName = new Map<string, number>();
  domains.forEach((domain, index) => {
    for (const name of [domain.key.slice('domain:'.length), ...domain.aliases, domain.label]) {
      const lower = name.toLowerCase();
      if (!byName.has(lower)) byName.set(lower, index);
    }
  });
  const groupOf = Int32Array.from(domains, (domain) => groups.findIndex((group) => group.members.includes(domain.key)));
  const groupParent = Int32Array.from(groups, (group) => groups.findIndex((other) => other.key === group.parent));
  return { domains, norms: norms.map((sum) => Math.sqrt(Math.max(sum, 1))), terms, byName, groups: [...groups], groupOf, groupParent };
}

/** A record's category looks like a catalogue code ("cs.RO", "hep-th") rather than a subject label ("Robotics"). */
function isCode(category: string): boolean {
  return /^[a-z-]+(?:\.[A-Za-z-]+)?$/.test(category) && !category.includes(' ');
}

/**
 * The broad half of a Web of Science style "Broad, narrow" category ("Psychology, Clinical" → "psychology",
 * "Engineering, Civil" → "engineering"): a category without an entry of its own falls back on its broad field's. Only
 * for exactly one comma between two names; lower-cased.
 */
function broaderName(category: string): string {
  const parts = category.split(',');
  return parts.length === 2 && parts[1].trim() !== '' ? parts[0].trim().toLowerCase() : '';
}

/**
 * Domains from the record's own categories (arXiv categories, WoS categories, ...) that name a taxonomy entry by its
 * id, an alias or its label, in the record's order (the first is the primary), at most `maxPerPaper`; weight 1 for
 * the first, 0.5 for the others.
 */
export function domainsFromCategories(profiles: DomainProfiles, categories: string[], rule: DomainRule): DomainAssignment[] {
  const found: DomainAssignment[] = [];
  for (const category of categories) {
    const index = profiles.byName.get(category.trim().toLowerCase()) ?? profiles.byName.get(broaderName(category));
    if (index === undefined) continue;
    const key = profiles.domains[index].key;
    if (found.some((d) => d.key === key)) continue;
    const evidence = isCode(category.trim()) ? `arXiv category ${category.trim()}` : `record category “${category.trim()}”`;
    found.push({ key, weight: found.length === 0 ? 1 : 0.5, evidence });
    if (found.length >= rule.maxPerPaper) break;
  }
  return found;
}

/**
 * The text rule: a paper's score for a category sums the weights of the category's distinct terms found in its title
 * and abstract (a term in the title, or in `subjectTerms` — the record's keywords, unmapped categories and venue —
 * counts 1.5 times). The paper gets its best category only when that score reaches `minScore`, with at least `minTerms` distinct terms, and beats the runner-up by the ratio `minMargin`; otherwise
 * nothing, since no domain is better than a wrong one. The evidence lists the matched terms, strongest first.
 */
export function domainFromText(
  profiles: DomainProfiles,
  tokens: TokenStore,
  doc: Pick<AnalysedDocument, 'sentenceStarts'>,
  rule: DomainRule,
  subjectTerms: readonly string[] = [],
): DomainAssignment | null {
  const lookup = lookupOf(profiles);
  if (termFactor.length < lookup.keys.length) {
    termFactor = new Float64Array(lookup.keys.length);
    termWord = new Int32Array(lookup.keys.length);
    termAcrossWords = new Uint8Array(lookup.keys.length);
  }
  if (categoryScore.length < profiles.domains.length) {
    categoryScore = new Float64Array(profiles.domains.length);
    categoryWords = new Int32Array(profiles.domains.length);
  }
  const foundTerms: number[] = [];
  const note = (term: number | undefined, factor: number) => {
    if (term === undefined || term < 0) return false;
    if (termFactor[term] === 0) foundTerms.push(term);
    if (termFactor[term] < factor) termFactor[term] = factor;
    return true;
  };
  const { starts: stemStarts, stems } = contentStemsOf(tokens);
  const compoundOfForm = compoundsOf(tokens);
  const { unigrams, bigramStarts } = lookup;
  // One content stem of a run: its own term, and the phrase it closes with the stem before it in the run (-1: none).
  // `compound` is 1 + the WordType id of the written word when that word has other content parts ("self-organizing",
  // "spatio-temporal"), else 0; `previousInSameWord` says the stem before it is a part of the same written word. The
  // parts of one compound are one word of the paper: they count once towards minTerms, and the phrase they make is
  // not a phrase of the paper (one hyphenated word is how a self-organizing-maps paper met Adaptation and
  // Self-Organizing Systems, and a spatio-temporal forecasting paper met Populations and Evolution).
  const noteStem = (previous: number, stem: number, factor: number, compound: number, previousInSameWord: boolean) => {
    if (stem < unigrams.length) {
      const term = unigrams[stem] - 1;
      if (note(term, factor) && termWord[term] !== -1) termWord[term] = compound === 0 ? -1 : termWord[term] || compound;
    }
    if (previous >= 0 && previous < bigramStarts.length && bigramStarts[previous] === 1) {
      const term = lookup.bigrams.get(previous)!.get(stem);
      if (note(term, factor) && !previousInSameWord) termAcrossWords[term!] = 1;
    }
  };
  const forms = tokens.forms;
  const starts = doc.sentenceStarts;
  for (let s = 0; s + 1 < starts.length; s++) {
    const factor = s === 0 ? 1.5 : 1; // a term in the title counts 1.5 times
    let previous = -1;
    for (let i = starts[s]; i < starts[s + 1]; i++) {
      const form = forms[i];
      const end = stemStarts[form + 1];
      // A form without content stems (stopword, punctuation, number) breaks the run of adjacent words.
      if (stemStarts[form] === end) {
        previous = -1;
        continue;
      }
      const compound = compoundOfForm[form];
      for (let k = stemStarts[form]; k < end; k++) {
        noteStem(previous, stems[k], factor, compound, k > stemStarts[form]);
        previous = stems[k];
      }
    }
  }
  // The record's own subject words (author keywords, categories that name no entry: "Leukemia, Lymphocytic, Chronic",
  // "Topic Modeling"; its venue) count as title words do: a few words chosen to say what the paper is about. Each is read as its
  // own run (a phrase never spans two keywords).
  for (const subject of subjectTerms) {
    let previous = -1;
    for (const token of tokenize(subject)) {
      const type = wordType(token);
      const stemIds = contentStemIds(type);
      if (stemIds === null) {
        previous = -1;
        continue;
      }
      const compound = stemIds.length > 1 ? type.id + 1 : 0;
      stemIds.forEach((stem, k) => {
        noteStem(previous, stem, 1.5, compound, k > 0);
        previous = stem;
      });
    }
  }
  const touched: number[] = [];
  for (const term of foundTerms) {
    const categories = lookup.categories[term];
    const weights = lookup.weights[term];
    for (let k = 0; k < categories.length; k++) {
      if (categoryScore[categories[k]] === 0) touched.push(categories[k]);
      categoryScore[categories[k]] += weights[k] * termFactor[term];
      categoryWords[categories[k]] += lookup.oneWord[term];
    }
  }
  // The candidate rule: a category the paper meets by fewer than minTerms of its words could never be placed, so it
  // does not win, and it does not refuse a paper its group: a short description makes one word score high (cs.OS is
  // its name only, and Porter's "oper" of "operator" meets its "operating"; cs.DS's "structures", stat.CO's
  // "computation"), and such a single word used to refuse operator-algebra, combinatorics and particle-physics papers
  // any domain. It still stands as the runner-up of the best category's own margin (see below).
  const candidate = (index: number) => categoryWords[index] >= rule.minTerms;
  let bestIndex = -1;
  let bestScore = 0;
  let runnerUp = 0;
  for (const index of touched) {
    if (!candidate(index)) continue;
    const score = categoryScore[index];
    if (score > bestScore || (score === bestScore && index < bestIndex)) {
      bestScore = score;
      bestIndex = index;
    }
  }
  // Any other category the text meets, one word or more, still says it cannot tell which category (cs.DS's
  // "algorithms" beside cs.CC's "lower bounds"): the runner-up for the category's own margin.
  for (const index of touched) if (index !== bestIndex) runnerUp = Math.max(runnerUp, categoryScore[index]);
  // The group rule: when the runner-up is close because it is a sibling of the best (hep-ph and hep-ex, math.AP and
  // math.CA share their words), the margin is asked of the best category outside the best's group instead, and the
  // paper gets the group; failing that, outside the group's own broader group (arXiv's group Physics holds the
  // astro-ph, cond-mat and nlin archives: a paper between astro-ph.SR and hep-ph is a physics paper), and so on up.
  // The narrowest group that holds is given. The score and word rules stay those of the best category.
  let rival = runnerUp;
  let group = -1;
  let siblings: number[] = [];
  if (bestIndex >= 0 && bestScore >= rule.minScore && bestScore < rule.minMargin * runnerUp) {
    for (let g = profiles.groupOf[bestIndex]; g >= 0 && group < 0; g = profiles.groupParent[g]) {
      let outside = 0;
      for (const index of touched) {
        if (candidate(index) && !inGroup(profiles, index, g)) outside = Math.max(outside, categoryScore[index]);
      }
      if (bestScore >= rule.minMargin * outside) {
        group = g;
        rival = outside;
      }
    }
    // Strongest first: the categories the text could not tell apart, named for the user.
    if (group >= 0) {
      siblings = touched
        .filter((index) => inGroup(profiles, index, group) && rule.minMargin * categoryScore[index] > bestScore)
        .sort((a, b) => categoryScore[b] - categoryScore[a] || a - b);
    }
  }
  // The score rules first: most papers fail them, and then their matched terms are never listed.
  const strongEnough = bestIndex >= 0 && bestScore >= rule.minScore && bestScore >= rule.minMargin * rival;
  // The best category's matched terms, strongest first, and the evidence they make (computed before the scratch is
  // cleared). A phrase and its own words are one piece of evidence, and so are the parts of one compound: the words
  // counted for minTerms are the single-word terms read as words of their own, plus one per compound read.
  const terms: { key: string; weight: number }[] = [];
  const ownWords = new Set<string>();
  const compounds = new Set<number>();
  let phrase = false;
  if (strongEnough) {
    for (const term of foundTerms) {
      const k = lookup.categories[term].indexOf(bestIndex);
      if (k < 0) continue;
      const key = lookup.keys[term];
      terms.push({ key, weight: lookup.weights[term][k] * termFactor[term] });
      if (key.includes(' ')) phrase ||= termAcrossWords[term] === 1;
      else if (termWord[term] === -1) ownWords.add(key);
      else compounds.add(termWord[term]);
    }
  }
  for (const term of foundTerms) {
    termFactor[term] = 0;
    termWord[term] = 0;
    termAcrossWords[term] = 0;
  }
  for (const index of touched) {
    categoryScore[index] = 0;
    categoryWords[index] = 0;
  }
  if (!strongEnough) return null;
  const best = { score: bestScore, terms };
  const words = ownWords.size + compounds.size;
  if (words < rule.minTerms) return null;
  if (words < rule.minTermsWithoutPhrase && !phrase) return null;
  const shown = best.terms
    .sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1))
    .slice(0, 5)
    .map((t) => profiles.terms.get(t.key)!.surface);
  const weight = Math.round(Math.max(rival > 0 ? Math.min(1, 1 - rival / best.score) : 1, 0.1) * 1000) / 1000;
  if (group < 0) return { key: profiles.domains[bestIndex].key, weight, evidence: `text: ${shown.join(', ')}` };
  const close = siblings.map((index) => profiles.domains[index].key.slice('domain:'.length));
  // One category alone in its group came close: what held it back is a single word of another field's category.
  const between = close.length > 1 ? ` (between ${close.join(', ')})` : ` (${close[0]}, beside one word of another field)`;
  return { key: profiles.groups[group].key, weight, evidence: `text: ${shown.join(', ')}${between}` };
}
