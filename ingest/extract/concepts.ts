// Shared concepts: which kept keyphrases become concept nodes, and which fold into a method or another concept.
import { countLetters } from '../letterCounts';
import type { ConceptInfo, MethodInfo, PaperConcepts, RankedTerm } from '../types';
import { isAcronymLike, singular } from './match';
import { shownForm, surfaceOf as candidateSurfaceOf, surfacesOf, type AcronymEntry, type CorpusAnalysis } from './rank';
import { couldBeNoun, FILLER_WORDS, GENERIC_HEADS, normaliseWords, stemWord, wordType } from './text';
import { isWordNetCompound } from './wordnetCompounds';

/** An adjective by natural's lexicon (first listed tag), or an unknown compound read as one ("instruction-driven"). */
function isAdjective(word: string): boolean {
  const type = wordType(word);
  const tag = type.lexiconTags?.[0] ?? type.compoundTag;
  return tag === 'JJ' || tag === 'VBN';
}

export interface ConceptOptions {
  minPapersPerConcept: number;
  /** Share of the papers containing a phrase that must keep it as a keyphrase for it to be a concept (see isWording). */
  minKeyphraseShare: number;
  maxConcepts: number;
  maxPaperShare: number;
}

/** A concept's papers so far while keyphrases are counted: how many, their scores' sum, and their indexes in order. */
interface KeptConcept {
  papers: number;
  score: number;
  docs: number[];
}

/** Where a keyphrase's papers are linked: a method node, a concept (by stem key), or nowhere. */
type Target = { method: string } | { concept: string } | null;

const PREFIX = 'concept:';

/** Stem key of a written term, as candidate keys are built ("Graph Neural Networks" → "graph neural network"). */
function stemKeyOf(term: string): string {
  return normaliseWords(term).map(stemWord).join(' ');
}

/**
 * The most frequent written form of a key: the text's candidate form, else (a phrase only record keywords give) the
 * keywords' form.
 */
function surfaceOf(analysis: CorpusAnalysis, stemKey: string, keywordForms: Map<string, Map<string, number>>): string {
  const forms = analysis.phraseIds.has(stemKey) ? undefined : keywordForms.get(stemKey);
  if (!forms) return candidateSurfaceOf(analysis, stemKey);
  let best = '';
  let count = 0;
  for (const [form, n] of forms) if (n > count || (n === count && form < best)) [best, count] = [form, n];
  return best;
}

/**
 * Stem keys of the -ity nouns an adjective may make ("decolonial" → "decoloniality", "active" → "activity",
 * "scalable" → "scalability", "interdisciplinary" → "interdisciplinarity"). Hand-written: no package in the project
 * derives words; these four endings cover the regular -ity nouns.
 */
function qualityNounKeys(adjective: string): string[] {
  const forms = [`${adjective}ity`, adjective.replace(/e$/, 'ity'), adjective.replace(/y$/, 'ity'), adjective.replace(/le$/, 'ility')];
  return [...new Set(forms.filter((form) => form.endsWith('ity')).map(stemKeyOf))];
}

/** A keyword longer than this many words is a description, not a term (a candidate phrase is at most a few words). */
const MAX_KEYWORD_WORDS = 6;

/**
 * A record keyword as a phrase, or null when it is not one term: inverted headings and lists ("Leukemia, Lymphocytic,
 * Chronic", "sleep; memory") read out of order, and a long keyword is a description. A closing "(ACRONYM)" is dropped:
 * the corpus's own acronym table links it. Words are lower-cased as a sentence writes them, except a word with a
 * capital after its first letter or a digit ("COVID-19", "LLMs"): the label then takes capitals from the corpus's
 * sentences (shownForm), as text concepts do, not from a keyword list's title case.
 */
function keywordPhrase(keyword: string): string | null {
  const text = keyword.replace(/\s*[(\[][^)\]]*[)\]]\s*$/, '').trim();
  if (text === '' || /[,;:]/.test(text) || !/\p{L}/u.test(text)) return null;
  const words = text.split(/\s+/);
  if (words.length > MAX_KEYWORD_WORDS) return null;
  return words.map((word) => (/\p{Lu}/u.test(word.slice(1)) || /\d/.test(word) ? word : word.toLowerCase())).join(' ');
}

/**
 * Record keywords join their paper's keyphrases: the authors (or the indexer) named these topics, and a topic two
 * papers share is what links them even where their abstracts word it differently or are missing. A keyword the text
 * ranked already changes nothing; another is added with the paper's lowest kept score (its text did not put it forward),
 * or 1 for a paper without keyphrases; a keyword no title or abstract of the corpus writes is not read (see
 * keysWrittenInCorpus). The selection then treats them as any keyphrase: the same stems, method and
 * generic-head rules, the same sharing thresholds. Returns the terms added (removed again unless they become concepts),
 * each added key's written keyword forms with their counts, and per key the number of papers listing it.
 */
function addRecordKeywords(
  analysis: CorpusAnalysis,
  papers: PaperConcepts[],
  recordKeywords: readonly (readonly string[])[],
): { added: Set<RankedTerm>; forms: Map<string, Map<string, number>>; papers: Map<string, number> } {
  const added = new Set<RankedTerm>();
  const papersOf = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const phrases = recordKeywords.map((keywords) =>
    keywords.flatMap((keyword) => {
      const phrase = keywordPhrase(keyword);
      const stemKey = phrase === null ? '' : stemKeyOf(phrase);
      return phrase === null || stemKey === '' ? [] : [{ phrase, stemKey }];
    }),
  );
  const inText = keysWrittenInCorpus(analysis, new Set(phrases.flatMap((list) => list.map(({ stemKey }) => stemKey))));
  papers.forEach((paper, index) => {
    const keywords = phrases[index] ?? [];
    if (keywords.length === 0) return;
    const lowest = paper.keyphrases.length > 0 ? Math.min(...paper.keyphrases.map((term) => term.score)) : 1;
    const held = new Set(paper.keyphrases.map((term) => term.key));
    const listed = new Set<string>();
    for (const { phrase, stemKey } of keywords) {
      if (!inText.has(stemKey)) continue;
      const key = PREFIX + stemKey;
      if (listed.has(key)) continue;
      listed.add(key);
      papersOf.set(key, (papersOf.get(key) ?? 0) + 1);
      if (held.has(key)) continue;
      held.add(key);
      const term: RankedTerm = { key, label: phrase, score: lowest, keyword: true };
      paper.keyphrases.push(term);
      added.add(term);
      const written = forms.get(stemKey) ?? new Map<string, number>();
      written.set(phrase, (written.get(phrase) ?? 0) + 1);
      forms.set(stemKey, written);
    }
  });
  return { added, forms, papers: papersOf };
}


/**
 * The stem keys among `keys` that some title or abstract of the corpus writes (as a candidate phrase, or as a run of
 * its words' stems). A keyword no paper's text uses is an indexer's term, not a topic the papers discuss: Embase's
 * check tags ("controlled study", "nonhuman", "priority journal") come as RIS keywords beside the authors' own, and
 * would link every animal study or every journal article of a collection.
 */
function keysWrittenInCorpus(analysis: CorpusAnalysis, keys: Set<string>): Set<string> {
  const written = new Set<string>();
  // Keys not already candidate phrases, by their first stem: each token opens a comparison only where one can start.
  const byFirst = new Map<string, string[][]>();
  for (const key of keys) {
    if (analysis.phraseIds.has(key)) {
      written.add(key);
      continue;
    }
    const words = key.split(' ');
    const list = byFirst.get(words[0]);
    if (list) list.push(words);
    else byFirst.set(words[0], [words]);
  }
  if (byFirst.size === 0) return written;
  const { tokens } = analysis;
  for (const doc of analysis.documents) {
    const starts = doc.sentenceStarts;
    const stems: string[] = [];
    for (let i = starts[0]; i < starts[starts.length - 1]; i++) for (const stem of tokens.types[tokens.forms[i]].stems) stems.push(stem);
    for (let i = 0; i < stems.length; i++) {
      for (const words of byFirst.get(stems[i]) ?? []) {
        if (i + words.length > stems.length) continue;
        let k = 1;
        while (k < words.length && stems[i + k] === words[k]) k++;
        if (k === words.length) written.add(words.join(' '));
      }
    }
  }
  return written;
}

/**
 * Per stem key ending in a generic head: the number of papers with a candidate phrase in which it stands before
 * another word ("energy efficiency" in "energy efficiency measures"). One pass over the candidate phrases, then one
 * over the papers' candidate tables, counting by number: each key is numbered, and a paper counts once for a key when
 * the key's last counted paper is not it already (on 100k papers, a Set per paper and a Map write per key found cost
 * about half a second).
 */
function countUsesAsModifier(analysis: CorpusAnalysis, genericHeads: ReadonlySet<string>): Map<string, number> {
  const keyIds = new Map<string, number>();
  const keyIdsInside = new Map<number, number[]>();
  analysis.phraseKeys.forEach((key, id) => {
    // Most phrases have one or two words, and hold no generic head with a word after it.
    if (key.indexOf(' ', key.indexOf(' ') + 1) < 0) return;
    const words = key.split(' ');
    let ids: number[] | undefined;
    for (let end = 2; end < words.length; end++) {
      if (!genericHeads.has(words[end - 1])) continue;
      for (let start = 0; start <= end - 2; start++) {
        const inner = words.slice(start, end).join(' ');
        let keyId = keyIds.get(inner);
        if (keyId === undefined) keyIds.set(inner, (keyId = keyIds.size));
        (ids ??= []).push(keyId);
      }
    }
    if (ids) keyIdsInside.set(id, ids);
  });
  const papers = new Map<string, number>();
  if (keyIdsInside.size === 0) return papers;
  // Which phrases hold such keys, as a typed array by phrase id: most candidates' phrases hold none, and the check for
  // each of the corpus' candidates is then a read rather than a hash lookup.
  const holdsKeys = new Uint8Array(analysis.phraseKeys.length);
  for (const id of keyIdsInside.keys()) holdsKeys[id] = 1;
  const counts = new Int32Array(keyIds.size);
  const lastPaper = new Int32Array(keyIds.size).fill(-1);
  const { phraseIds } = analysis.candidates;
  analysis.documents.forEach((doc, index) => {
    for (let c = doc.candidateStart; c < doc.candidateEnd; c++) {
      if (holdsKeys[phraseIds[c]] === 0) continue;
      for (const keyId of keyIdsInside.get(phraseIds[c])!) {
        if (lastPaper[keyId] === index) continue;
        lastPaper[keyId] = index;
        counts[keyId]++;
      }
    }
  });
  for (const [key, keyId] of keyIds) if (counts[keyId] > 0) papers.set(key, counts[keyId]);
  return papers;
}

/**
 * A hash of a document's words (title and abstract, as tokenised) with their number: equal for two records of one
 * text. FNV-1a over the written forms' ids, twice with different seeds, so that two different texts of a corpus meet
 * by chance practically never.
 */
function hashDocumentText(analysis: CorpusAnalysis, docIndex: number): string {
  const doc = analysis.documents[docIndex];
  const { tokens } = analysis;
  const starts = doc.sentenceStarts;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = starts[0]; i < starts[starts.length - 1]; i++) {
    const form = tokens.forms[i];
    a = Math.imul(a ^ form, 0x01000193);
    b = Math.imul(b ^ (form + 0x9e3779b9), 0x01000193);
  }
  return `${starts[starts.length - 1] - starts[0]}:${a >>> 0}:${b >>> 0}`;
}

/**
 * Whether a title's word (lower-cased) can end a name: it can be a noun (couldBeNoun: the lexicon lists a noun tag, an
 * unknown word has no adjective ending, or it holds a digit, as "FLT3"), or the title writes it with a capital after its
 * first letter, as an acronym ("PIC"), whatever its ending (not in a title written in capitals).
 */
function titleWordCanEndName(word: string, title: string, inCapitals: boolean): boolean {
  if (couldBeNoun(word)) return true;
  if (inCapitals) return false;
  const written = title.split(/[^\p{L}\p{N}]+/u).find((token) => token.toLowerCase() === word);
  return written !== undefined && /\p{Lu}/u.test(written.slice(1));
}

/**
 * A concept the paper's title names, by its words (stems, as concept keys are built) or its acronym, is one of the
 * paper's concepts even when the ranking kept a longer phrase around it: "BRD4 Profiling Identifies Critical Chronic
 * Lymphocytic Leukemia Oncogenic Circuits" keeps "chronic lymphocytic leukemia oncogenic circuits", which no other
 * paper shares, and would float apart from the corpus's chronic lymphocytic leukemia. The title says what the paper is
 * about, so its words are evidence enough; the concept is added with the paper's lowest kept score.
 */
function linkTitleConcepts(papers: PaperConcepts[], titles: readonly string[], concepts: Map<string, ConceptInfo>): void {
  const byAcronym = new Map<string, string>();
  for (const concept of concepts.values()) if (concept.acronym) byAcronym.set(concept.acronym, concept.key);
  // The concepts' names as a trie of their stems: a title's word opens a walk only where a name starts, and the walk
  // stops where no name goes on, without a key string built per pair of title words (which cost as much as the rest
  // of the concept selection on 20k papers).
  const root: NameTrieNode = { next: new Map(), key: null };
  for (const key of concepts.keys()) {
    let node = root;
    for (const stem of key.slice(PREFIX.length).split(' ')) {
      let child = node.next.get(stem);
      if (child === undefined) {
        child = { next: new Map(), key: null };
        node.next.set(stem, child);
      }
      node = child;
    }
    node.key = key;
  }
  papers.forEach((paper, index) => {
    const title = titles[index] ?? '';
    if (title === '') return;
    // A paper holds a few keyphrases, and a title names a concept or two: both are looked through rather than put in
    // a Set per title. Whether the title is written in capitals is worked out only for a title that names a concept.
    const named: string[] = [];
    const holds = (key: string) => named.includes(key) || paper.keyphrases.some((term) => term.key === key);
    // A title written in capitals ("AN ANTI-MANAGEMENT STATEMENT …", older Web of Science records) spells every word
    // as an acronym would be: "IS", "US" and "OR" there are words.
    let inCapitals: boolean | undefined;
    const writtenInCapitals = () => (inCapitals ??= isWrittenInCapitals(title));
    const words = normaliseWords(title);
    const stems = words.map(stemWord);
    for (let start = 0; start < stems.length; start++) {
      let node = root.next.get(stems[start]);
      for (let end = start + 1; node !== undefined; node = end < stems.length ? node.next.get(stems[end++]) : undefined) {
        const key = node.key;
        // A name ends in a noun: "Pluriversal" in "Toward Pluriversal Rhetorics" shares the stem of "pluriverse" but
        // describes the rhetorics, and linking it made every title with the adjective a paper of the noun's concept.
        if (key !== null && !holds(key) && titleWordCanEndName(words[end - 1], title, writtenInCapitals())) {
          named.push(key);
        }
      }
    }
    if (byAcronym.size > 0) {
      for (const word of title.split(/[^\p{L}\p{N}-]+/u)) {
        // A plural "s" dropped only where there is one: the lookups of `word.replace(/s$/, '')`, without the pattern.
        const key = byAcronym.get(word) ?? (word.endsWith('s') ? byAcronym.get(word.slice(0, -1)) : undefined);
        if (key === undefined || holds(key)) continue;
        if (writtenInCapitals()) break;
        named.push(key);
      }
    }
    if (named.length === 0) return;
    const lowest = paper.keyphrases.length > 0 ? Math.min(...paper.keyphrases.map((term) => term.score)) : 1;
    for (const key of named) paper.keyphrases.push({ key, label: concepts.get(key)!.label, score: lowest });
  });
}

/** A node of linkTitleConcepts' trie: the stems that go on from here, and the concept whose name ends here. */
interface NameTrieNode {
  next: Map<string, NameTrieNode>;
  key: string | null;
}

const CAPITAL = /\p{Lu}/u;

/** Whether more than 60% of a title's letters (code points, as /\p{L}/gu counts them) are capitals. */
function isWrittenInCapitals(title: string): boolean {
  const { letters, marked: capitals } = countLetters(title, CAPITAL);
  return capitals > 0.6 * letters;
}

/**
 * Decide the concept nodes and rewrite each paper's keyphrase keys to them (in place):
 * - a keyphrase that names a method (same stems as an alias or label, or defined by a method's acronym) is that
 *   method: its papers link to the method node, and no concept duplicates it ("Low-Rank Adaptation (LoRA)");
 * - a phrase headed by a generic noun ("MoE models", "LLM capabilities") is the thing its modifier names, so it folds
 *   into that concept or method, and disappears when the modifier names nothing shared;
 * - a lone word needs a stronger signal than a phrase: an acronym, or a word natural's general English lexicon does
 *   not know (a specialised term such as "quantization"); "experts", "cities" or "survey" say little alone;
 * then concepts kept by at least `minPapersPerConcept` papers (and not by most of a 20+ paper corpus, and by at least
 * `minKeyphraseShare` of the papers whose text has the phrase: otherwise it is wording, not a topic) are made,
 * most widely shared first, capped at `maxConcepts`; a lone word heading another shared concept is left out.
 */
export function selectConcepts(
  analysis: CorpusAnalysis,
  acronymByKey: Map<string, AcronymEntry>,
  methods: Map<string, MethodInfo>,
  papers: PaperConcepts[],
  options: ConceptOptions,
  /** Each paper's own keywords (the record's author keywords), in the order of `papers`; none when absent. */
  recordKeywords: readonly (readonly string[])[] = [],
  /** Each paper's title, in the order of `papers`: a concept its title names is one of its concepts (linkTitleConcepts). */
  titles: readonly string[] = [],
): Map<string, ConceptInfo> {
  const keywordTerms = addRecordKeywords(analysis, papers, recordKeywords);
  const methodByStems = new Map<string, string>();
  const methodByAcronym = new Map<string, string>();
  for (const method of [...methods.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    for (const alias of [method.label, ...method.aliases]) {
      if (isAcronymLike(alias)) {
        if (!methodByAcronym.has(alias)) methodByAcronym.set(alias, method.key);
      } else {
        const key = stemKeyOf(alias);
        if (key !== '' && !methodByStems.has(key)) methodByStems.set(key, method.key);
      }
    }
  }
  const genericHeads = new Set([...GENERIC_HEADS].map((word) => stemWord(word)));
  // A generic head is part of the name of an established term: "sustainable development" is no kind of "sustainable",
  // "test cases" no kind of "test", and folding them into their modifier loses the topic (a lone adjective is
  // no concept). Established by what names terms, never by how often the corpus writes them ("adult patients" and
  // "previous studies" are frequent too): several records list the phrase among their keywords, WordNet lists it
  // as one noun, or the corpus uses it as one word (usedAsUnit).
  let unitUses: Map<string, number> | null = null;
  const isEstablishedTerm = (stemKey: string, surface: string) => {
    if ((keywordTerms.papers.get(PREFIX + stemKey) ?? 0) >= options.minPapersPerConcept) return true;
    const words = normaliseWords(surface);
    if (isWordNetCompound([...words.slice(0, -1), singular(words[words.length - 1])])) return true;
    return usedAsUnit(stemKey, surface);
  };
  // English puts an established term as one word in front of another noun ("energy efficiency measures", "software
  // development companies", "polynomial time algorithm", "water quality monitoring"); a head chosen for one sentence
  // seldom modifies anything ("adult patients", "AI systems"). Such a use in several papers, and in at least half as
  // many as write the phrase alone, keeps it whole. Only for a noun modifier: "high-level planning" makes no term of
  // "high levels"; an acronym or method with a generic head is that idea ("MoE models", "CLL patients").
  const usedAsUnit = (stemKey: string, surface: string) => {
    const id = analysis.phraseIds.get(stemKey);
    const modifier = stemKey.slice(0, stemKey.lastIndexOf(' '));
    const modifierWords = surface.split(' ').slice(0, -1);
    if (id === undefined || acronymByKey.has(modifier) || methodByStems.has(modifier) || modifierWords.some((word) => isAdjective(word))) return false;
    unitUses ??= countUsesAsModifier(analysis, genericHeads);
    const uses = unitUses.get(stemKey) ?? 0;
    return uses >= options.minPapersPerConcept && 2 * uses >= analysis.phraseDf[id];
  };
  // Same stems are not the same words ("transformation" and "Transformer" share the stem "transform"): a keyphrase is
  // a method only when one of its written forms is one of the method's names, word for word (plurals aside).
  const wordsOf = (text: string) => normaliseWords(text).map(singular).join(' ');
  const methodWords = new Map<string, Set<string>>();
  for (const method of methods.values()) methodWords.set(method.key, new Set([method.label, ...method.aliases].map(wordsOf)));
  const writtenAsMethod = (stemKey: string, methodKey: string) =>
    [...surfacesOf(analysis, stemKey).keys()].some((form) => methodWords.get(methodKey)?.has(wordsOf(form)));

  // Acronyms with two meanings in the corpus, as written and lower-cased: looked up once per candidate word, where a
  // scan of the list per word grew with the corpus twice over (more words, more acronyms).
  const ambiguousWritten = new Set(analysis.ambiguousAcronyms.map((entry) => entry.acronym));
  const ambiguousLower = new Set(analysis.ambiguousAcronyms.map((entry) => entry.acronym.toLowerCase()));
  const memo = new Map<string, Target>();
  const resolve = (stemKey: string): Target => {
    const known = memo.get(stemKey);
    if (known !== undefined) return known;
    memo.set(stemKey, null); // guards the recursion below; overwritten with the answer
    const target = resolveUncached(stemKey);
    memo.set(stemKey, target);
    return target;
  };
  const resolveUncached = (stemKey: string): Target => {
    const byStems = methodByStems.get(stemKey);
    const method =
      (byStems && writtenAsMethod(stemKey, byStems) ? byStems : undefined) ??
      methodByAcronym.get(acronymByKey.get(stemKey)?.acronym ?? '');
    if (method) return { method };
    const words = stemKey.split(' ');
    const acronym = acronymByKey.get(stemKey);
    // "state of the art (SOTA)": an acronym for academic filler names no idea.
    if (acronym && FILLER_WORDS.has(acronym.acronym.toLowerCase())) return null;
    // "special issue (SI)", "prognostic value (PV)": nor does one for adjectives in front of a generic head; an
    // expansion with a noun of its own ("Large Language Model") is an established term.
    if (acronym && words.length >= 2 && genericHeads.has(words[words.length - 1])) {
      const expansion = acronym.expansion.split(/\s+/);
      if (expansion.length === words.length && expansion.slice(0, -1).every((word) => isAdjective(word))) return null;
    }
    // "multiple LLM", "heterogeneous mixture-of-experts": an adjective in front of an established term (an acronym's
    // expansion or a method) picks out some of its instances; they are the same node to a reader.
    const surface = surfaceOf(analysis, stemKey, keywordTerms.forms);
    const firstWord = surface.split(' ')[0];
    if (words.length >= 2 && !acronym && isAdjective(firstWord)) {
      const rest = words.slice(wordType(firstWord).stems.length).join(' ');
      const target = acronymByKey.has(rest) || methodByStems.has(rest) || methodByAcronym.has(acronymByKey.get(rest)?.acronym ?? '')
        ? resolve(rest)
        : null;
      if (target !== null) return target;
    }
    // A generic head ("models", "architectures") adds nothing to its modifier. An acronym's expansion is an established
    // term even with a generic head ("Large Language Models"). A hyphenated compound is one word whose last part is no
    // head of its own: "meta-analysis" is not a kind of "meta", nor "multi-task" of "multi".
    const lastWord = surface.slice(surface.lastIndexOf(' ') + 1);
    if (words.length >= 2 && !acronym && genericHeads.has(words[words.length - 1]) && wordType(lastWord).stems.length === 1) {
      if (isEstablishedTerm(stemKey, surface)) return { concept: stemKey };
      const modifier = words.slice(0, -1).join(' ');
      // "graph transformer architecture" with no "graph transformer" anywhere else stays as written.
      if (analysis.phraseIds.has(modifier) || acronymByKey.has(modifier) || methodByStems.has(modifier)) {
        // A lone modifier written as an adjective is not the lone noun that shares its stem: "pluriversal approaches"
        // is no paper about "pluriverse" as "MoE models" is about MoE. It goes where a lone adjective goes: nowhere.
        const modifierWord = surface.slice(0, surface.lastIndexOf(' '));
        if (words.length === 2 && !acronymByKey.has(modifier) && !methodByStems.has(modifier) && !couldBeNoun(modifierWord)) return null;
        return resolve(modifier);
      }
      return { concept: stemKey };
    }
    if (words.length === 1 && !acronym) {
      // A bare acronym with two meanings in the corpus says nothing about which one: no concept.
      if (ambiguousWritten.has(surface) || ambiguousLower.has(stemKey)) return null;
      if (genericHeads.has(stemKey)) return null;
      if (!isAcronymLike(surface) && wordType(surface).words.every((word) => wordType(word).lexiconTags !== undefined)) return null;
      // A lone adjective names no thing: "decolonial" (a keyword, or "decolonial" standing for its noun) is the
      // corpus's "decoloniality" when some text writes that noun (stems keep -ity nouns apart: see stemWord).
      if (!couldBeNoun(surface)) {
        const noun = qualityNounKeys(surface).find((key) => key !== stemKey && analysis.phraseIds.has(key));
        if (noun !== undefined) return resolve(noun);
      }
    }
    return { concept: stemKey };
  };

  // Rewrite each paper's keyphrases to their targets; count papers per concept.
  const keptBy = new Map<string, KeptConcept>();
  // Each keyphrase key's target (resolve's answer, memoised there by stem key), its concept key and that concept's
  // count, worked out once per key: the same few thousand keys are most papers' keyphrases, and a key sliced or joined
  // afresh per paper is a new string to hash for every lookup (on 100k papers there are about a million keyphrases, and
  // each lookup in these large maps costs).
  const targetOfKey = new Map<string, { target: Target; key: string; kept: KeptConcept | null }>();
  for (const [docIndex, paper] of papers.entries()) {
    for (const term of paper.keyphrases) {
      let resolved = targetOfKey.get(term.key);
      if (resolved === undefined) {
        const target = resolve(term.key.slice(PREFIX.length));
        resolved = { target, key: target !== null && !('method' in target) ? PREFIX + target.concept : '', kept: null };
        targetOfKey.set(term.key, resolved);
      }
      const target = resolved.target;
      if (target === null) continue;
      if ('method' in target) {
        if (!paper.methods.some((m) => m.key === target.method)) paper.methods.push({ key: target.method, weight: 1 });
        continue;
      }
      const key = resolved.key;
      if (key !== term.key && paper.keyphrases.some((other) => other.key === key)) continue;
      term.key = key;
      let entry = resolved.kept;
      if (entry === null) {
        entry = keptBy.get(key) ?? null;
        if (entry === null) {
          entry = { papers: 0, score: 0, docs: [] };
          keptBy.set(key, entry);
        }
        resolved.kept = entry;
      }
      // Papers come in order: one counted already is the entry's last (two keyphrases of a paper may fold into one).
      if (entry.docs[entry.docs.length - 1] === docIndex) continue;
      entry.papers++;
      entry.docs.push(docIndex);
      entry.score += term.score;
    }
  }

  // Two records of one text (a journal's early-access record and its issue's, under two DOIs: the WoS sample's
  // "Wither the plurality of decolonising the curriculum?") share every phrase of it; that is one text, not a topic two
  // papers share. Texts are compared by their words (title and abstract), hashed once per paper that needs it.
  const textHashes = new Map<number, string>();
  const textOf = (docIndex: number) => {
    let hash = textHashes.get(docIndex);
    if (hash === undefined) {
      hash = hashDocumentText(analysis, docIndex);
      textHashes.set(docIndex, hash);
    }
    return hash;
  };
  // Whether the papers hold at least `count` distinct texts: the answer is known at the count-th distinct one, so a
  // concept of many papers hashes a few of them, not all.
  const hasDistinctTexts = (docs: number[], count: number) => {
    const seen = new Set<string>();
    for (const doc of docs) {
      seen.add(textOf(doc));
      if (seen.size >= count) return true;
    }
    return seen.size >= count;
  };
  const shareCap = papers.length >= 20 ? Math.floor(options.maxPaperShare * papers.length) : Infinity;
  const shared = [...keptBy].filter(
    ([, e]) => e.papers >= options.minPapersPerConcept && e.papers <= shareCap && hasDistinctTexts(e.docs, options.minPapersPerConcept),
  );
  // Wording, not a topic: a phrase many papers write ("lower bounds", "computational resources", "real time") but few
  // of them rank among their key phrases. A concept must be a kept keyphrase in at least `minKeyphraseShare` of the
  // papers whose text has it (document frequency from the corpus itself, so no list of generic phrases). An
  // acronym's expansion is exempt: defining an acronym makes a term of art.
  // So is a phrase that several records list among their keywords: their authors named it as their topic.
  const isWording = (key: string, keptIn: number) => {
    const stemKey = key.slice(PREFIX.length);
    const id = analysis.phraseIds.get(stemKey);
    if (id === undefined || acronymByKey.has(stemKey) || (keywordTerms.papers.get(key) ?? 0) >= options.minPapersPerConcept) return false;
    return keptIn < options.minKeyphraseShare * analysis.phraseDf[id];
  };
  const topical = shared.filter(([key, e]) => !isWording(key, e.papers));
  // A lone word that heads a more specific shared concept ("routers" beside "LLM routers") is its vaguer duplicate.
  const heads = new Set(topical.map(([key]) => key.slice(PREFIX.length).split(' ')).filter((w) => w.length > 1).map((w) => w[w.length - 1]));
  const conceptKeys = topical
    .filter(([key]) => {
      const stemKey = key.slice(PREFIX.length);
      return stemKey.includes(' ') || acronymByKey.has(stemKey) || !heads.has(stemKey);
    })
    .sort((a, b) => b[1].papers - a[1].papers || b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
    .slice(0, options.maxConcepts)
    .map(([key]) => key);
  const concepts = new Map<string, ConceptInfo>();
  for (const key of conceptKeys.sort()) {
    const stemKey = key.slice(PREFIX.length);
    const acronym = acronymByKey.get(stemKey);
    const surface = surfaceOf(analysis, stemKey, keywordTerms.forms);
    const label = acronym ? `${acronym.expansion} (${acronym.acronym})` : shownForm(analysis, stemKey, surface);
    const forms = new Set<string>([...surfacesOf(analysis, stemKey).keys(), ...(keywordTerms.forms.get(stemKey)?.keys() ?? [])]);
    if (!acronym) forms.delete(surface); // the label, perhaps with a name's capitals
    // An acronym with two meanings in the corpus ("DoF") is no name of either: the label shows it beside its expansion.
    const ambiguous = acronym !== undefined && analysis.ambiguousAcronyms.includes(acronym);
    if (acronym) {
      if (!ambiguous) forms.add(acronym.acronym);
      forms.add(acronym.expansion);
    }
    for (const entry of analysis.ambiguousAcronyms) forms.delete(entry.acronym);
    forms.delete(label);
    concepts.set(key, { key, label, aliases: [...forms].sort(), acronym: acronym && !ambiguous ? acronym.acronym : null });
  }
  // A keyword that became no concept stays the record's keyword only: the paper's keyphrases are what its text gave.
  for (const paper of papers) paper.keyphrases = paper.keyphrases.filter((term) => !keywordTerms.added.has(term) || concepts.has(term.key));
  if (titles.length > 0) linkTitleConcepts(papers, titles, concepts);
  // A folded keyphrase shows its concept's label on the paper too.
  for (const paper of papers) {
    for (const term of paper.keyphrases) {
      const concept = concepts.get(term.key);
      if (concept) term.label = concept.label;
    }
  }
  return concepts;
}
