// Extraction stage: papers → ranked keyphrases, shared concepts, methods, domains and mentions (pure; NLP via natural).
import type { DomainInfo, ExtractionResult, MethodInfo, Paper, PaperConcepts, RankedTerm } from '../types';
import { selectConcepts } from './concepts';
import type { ExtractionThreads, PaperWork } from './extractionThreads';
import { namesItself, textWordsOfDocument, type TextWords } from './match';
import { findBroader, mergeSameIdeas } from './identity';
import { collectIntroducedMethods } from './methods';
import { ambiguousMethodsOf, ownMethodNames, paperTextFacts, paperTextMatchers, textNamesMethod, type PaperTextFacts, type PaperTextMatchers } from './paperText';
import {
  DEFAULT_RANK_OPTIONS,
  acronymsByKey,
  analyseCorpus,
  createExtractionContext,
  labelOf,
  type AcronymEntry,
  type CorpusAnalysis,
  type RankDocument,
  type RankOptions,
} from './rank';
import { extractionProgress, type ExtractionPhase } from './progress';
import { corpusReader } from './rank/corpus';
import { pretaggedReader, type PretaggedCorpus } from './rank/pretagged';
import { rankTablesOf } from './rank/rankTables';
import { keptEntries, scoreCandidates } from './rank/score';
import { EMPTY_VOCABULARY, type KnownMethod, type Vocabulary } from './vocabulary';

export { rankKeyphrases, DEFAULT_RANK_OPTIONS, type RankOptions, type RankedKeyphrase, type RankDocument } from './rank';
export {
  DEFAULT_VOCABULARY_FILES,
  DEFAULT_DOMAIN_RULE,
  EMPTY_VOCABULARY,
  VocabularyError,
  parseDomainsFile,
  parseMethodsFile,
  type DomainDefinition,
  type DomainRule,
  type KnownMethod,
  type Vocabulary,
} from './vocabulary';
export { introducedName } from './methods';
export { ExtractionThreads } from './extractionThreads';
export { findNameClashes, namesOf, normaliseName } from './identity';
export { namesTerm, textWords } from './match';

export interface ExtractOptions {
  /** Ranked keyphrases kept per paper (its `keyphrases` attribute, shared or not). */
  keyphrasesPerPaper: number;
  /** A keyphrase becomes a concept node when at least this many papers have it among their kept keyphrases (≥ 2). */
  minPapersPerConcept: number;
  /** Cap on concept nodes, the most widely shared kept first, so large corpora stay readable. */
  maxConcepts: number;
  /** In corpora of 20+ papers, a keyphrase kept by more than this share of papers says nothing and is not a concept. */
  maxPaperShare: number;
  /** A phrase is a concept only when at least this share of the papers whose text has it keep it among their
   * keyphrases: below that it is wording many papers use in passing ("lower bounds", "computational resources"). */
  minKeyphraseShare: number;
  /** Scoring parameters of the keyphrase ranking (see DEFAULT_RANK_OPTIONS). */
  rank: Partial<RankOptions>;
  /** Keep every introduced method as a node, even one no other paper uses (default: those stay on their paper). */
  allMethods: boolean;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  keyphrasesPerPaper: 10,
  minPapersPerConcept: 2,
  maxConcepts: 500,
  maxPaperShare: 0.5,
  minKeyphraseShare: 0.25,
  rank: {},
  allMethods: false,
};

/** TeX commands in formulas ("$\\mathbb{R}^n$", "$a \\cdot b$") are markup, not words: "mathbb" must never be a concept. */
function withoutTexCommands(text: string): string {
  // Most texts have no backslash at all: found without running the pattern over them.
  return text.includes('\\') ? text.replace(/\\[A-Za-z]+/g, ' ') : text;
}

const TEX_COMMAND = /\\[A-Za-z]/;

/** The written forms of a document's abstract (its sentences after the title), sentence by sentence. */
function abstractSentencesOf(analysis: CorpusAnalysis, index: number): string[][] {
  const { forms, types } = analysis.tokens;
  const starts = analysis.documents[index].sentenceStarts;
  const sentences: string[][] = [];
  for (let s = 1; s + 1 < starts.length; s++) {
    const sentence: string[] = [];
    for (let i = starts[s]; i < starts[s + 1]; i++) sentence.push(types[forms[i]].text);
    sentences.push(sentence);
  }
  return sentences;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The texts extraction reads from each paper (what tagging, here or in worker threads, is given). */
export function rankDocumentsOf(papers: Paper[]): RankDocument[] {
  return papers.map((p) => ({ id: p.key, title: withoutTexCommands(p.title), abstract: withoutTexCommands(p.abstract) }));
}

type ExtractionProgress = (phase: ExtractionPhase, done: number, count: number) => void;

/** An extraction under way: the corpus analysis and what the per-paper step reads, made once per run. */
interface ExtractionRun {
  papers: Paper[];
  opts: ExtractOptions;
  rankOptions: RankOptions;
  vocabulary: Vocabulary;
  analysis: CorpusAnalysis;
  byKey: Map<string, AcronymEntry>;
  introduced: Map<string, MethodInfo>;
  methods: Map<string, MethodInfo>;
  /** The vocabulary compiled for each paper's text (see paperText.ts), compiled at first use: with workers, they may
   * do all of the papers' text work, and compiling it here (~0.1-0.2 s) would only hold up the main thread. */
  matchers: () => PaperTextMatchers;
  /** The known methods' ambiguous aliases, and each such method's ambiguity (see KnownMethod.ambiguous). */
  ambiguousMethods: Map<string, NonNullable<KnownMethod['ambiguous']>>;
  introducedKeys: string[];
  introducedByForm: Int32Array;
  /** Paper key → the keys of the methods its title introduces, in the order of `introduced`. */
  introducedByPaper: Map<string, string[]>;
  /** By form: 1 when it names an introduced method (introducedByForm) and a token of it names its own text (namesItself). */
  introducedFormNamed: Uint8Array;
  /** By paper index, when there are any: the known methods its text names (PaperTextFacts.named), and the introduced
   * ones it names by a token of an introducedFormNamed form. */
  namedKnown: (string[] | undefined)[];
  namedIntroduced: (string[] | undefined)[];
  /** By paper index, when there are any: the known methods its text work found unnamed (PaperTextFacts.unnamed), and
   * how many domains the paper had then. */
  unnamedKnown: ({ keys: string[]; domains: number } | undefined)[];
  /** Each known method's aliases as the run starts: merging ideas gives a method more names as a new list. */
  knownAliases: Map<string, string[]>;
}

/**
 * Extract concepts, methods, domains and mentions from papers. Keyphrases come from `rankKeyphrases`' code path
 * (statistics over all given papers); `onProgress` reports papers processed.
 */
export function extractConcepts(
  papers: Paper[],
  options: Partial<ExtractOptions> = {},
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  onProgress?: (done: number, total: number) => void,
  /** Tags of `rankDocumentsOf(papers)` computed elsewhere (see pretag in pretagged.ts), whose progress the caller reports. */
  pretagged?: PretaggedCorpus,
): ExtractionResult {
  const total = papers.length;
  const progress = extractionProgress(total, onProgress);
  const run = startExtraction(papers, options, vocabulary, progress, pretagged);
  const { analysis, rankOptions, byKey } = run;
  const termOf = conceptTerms(analysis, byKey);
  const results = analysis.documents.map((doc, index) => {
    // rankDocument's keyphrases, without the phrase it also spells out, and with each phrase's label worked out once.
    const { order, scores } = scoreCandidates(analysis, doc, rankOptions);
    const keyphrases = keptEntries(analysis, order, rankOptions).map((entry) => termOf(entry, scores[entry - doc.candidateStart]));
    const result = paperConcepts(run, index, keyphrases);
    if (index % 200 === 0 || index === total - 1) progress('rank', index + 1, total);
    return result;
  });
  return finishExtraction(run, results, progress);
}

/**
 * extractConcepts with its two costliest parallel parts — tagging, and ranking each paper's keyphrases once the corpus
 * statistics are complete — shared between this thread and `threads`. The same result, bit for bit, as extractConcepts:
 * the same code computes each part, wherever it runs (see ExtractionThreads).
 */
export async function extractConceptsInThreads(
  papers: Paper[],
  threads: ExtractionThreads,
  options: Partial<ExtractOptions> = {},
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  onProgress?: (done: number, total: number) => void,
): Promise<ExtractionResult> {
  const total = papers.length;
  const progress = extractionProgress(total, onProgress);
  const { rankOptions: readOptions } = resolveOptions(options);
  const context = createExtractionContext();
  // Pass 1 of the corpus analysis reads each slice's tags as soon as they are there, while the workers tag the next.
  const reader = corpusReader(readOptions, context);
  await threads.tag(
    rankDocumentsOf(papers),
    (part, start) => {
      const read = pretaggedReader(context.words, part);
      for (let k = 0; k + 1 < part.docStarts.length; k++) reader.add(papers[start + k].key, read(k));
    },
    (done) => progress('tag', done, total),
  );
  // This thread collects the candidates (pass 2) from the first document on, merging them as it goes; the workers
  // first do each paper's text work (domains, known methods), which needs only the tokens pass 1 stored, then collect
  // candidates from the last document back. Both are sent before this thread starts (see ExtractionThreads.candidates).
  const { tokens, sentenceStarts } = reader.stored();
  const paperWork = threads.paperWork(tokens, sentenceStarts, papers, vocabulary);
  const pass = reader.candidatePass();
  const candidates = threads.candidates(pass);
  const merger = await candidates.finish((done) => progress('collect', done, total));
  const analysis = pass.analyse(merger);
  return rankInThreads(startExtraction(papers, options, vocabulary, progress, analysis), threads, progress, paperWork);
}

/**
 * extractConcepts with only the ranking of each paper's keyphrases shared with `threads`: tagging and analysis stay on
 * this thread, as in extractConcepts (tagging in threads costs 20–40% more CPU in all, see extractConceptsInThreads).
 * For a pool whose thread has other work first (the pipeline thread, lent to it): this thread never waits for it. The
 * same result, bit for bit, as extractConcepts.
 */
export async function extractConceptsRankedInThreads(
  papers: Paper[],
  threads: ExtractionThreads,
  options: Partial<ExtractOptions> = {},
  vocabulary: Vocabulary = EMPTY_VOCABULARY,
  onProgress?: (done: number, total: number) => void,
): Promise<ExtractionResult> {
  const progress = extractionProgress(papers.length, onProgress);
  return rankInThreads(startExtraction(papers, options, vocabulary, progress, undefined), threads, progress);
}

/**
 * The rest of an extraction once its corpus is analysed, ranking shared with `threads`; `paperWork`: the papers' text
 * work started in the workers (see ExtractionThreads.paperWork), else done here.
 */
async function rankInThreads(
  run: ExtractionRun,
  threads: ExtractionThreads,
  progress: ExtractionProgress,
  paperWork?: PaperWork,
): Promise<ExtractionResult> {
  const { analysis, rankOptions, byKey } = run;
  const total = run.papers.length;
  const results: PaperConcepts[] = [];
  let ownWork: () => boolean;
  let finish: () => Promise<void>;
  if (paperWork) {
    // The workers do the papers' text work first (queued before the ranking): this thread takes its slices from the
    // end until none is left, then ranks.
    const here = (start: number, end: number) => run.papers.slice(start, end).map((paper, k) => paperTextFacts(run.matchers(), analysis.tokens, analysis.documents[start + k], paper));
    ownWork = () => {
      const more = paperWork.step(here);
      progress('rank', paperWork.done(), total);
      return more;
    };
    finish = async () => {
      const facts = await paperWork.finish(here);
      for (let index = 0; index < total; index++) results.push(paperConcepts(run, index, [], facts[index]));
    };
  } else {
    // While the workers rank, this thread does the rest of each paper's work (methods, domains, mentions), 200 papers
    // a step; the keyphrases are filled in once all are ranked.
    ownWork = () => {
      const end = Math.min(total, results.length + 200);
      for (let index = results.length; index < end; index++) results.push(paperConcepts(run, index, []));
      progress('rank', end, total);
      return results.length < total;
    };
    finish = async () => {
      while (results.length < total) ownWork();
    };
  }
  const ranked = await threads.rank(analysis, rankTablesOf(analysis), rankOptions, ownWork);
  await finish();
  const termOf = conceptTerms(analysis, byKey);
  for (const range of ranked) {
    for (let k = 0; k + 1 < range.keptStarts.length; k++) {
      const keyphrases: RankedTerm[] = [];
      for (let i = range.keptStarts[k]; i < range.keptStarts[k + 1]; i++) keyphrases.push(termOf(range.entries[i], range.scores[i]));
      results[range.start + k].keyphrases = keyphrases;
    }
  }
  return finishExtraction(run, results, progress);
}

/**
 * A ranked candidate entry as a paper's keyphrase (what rankDocument gives, score rounded), with each phrase's key and
 * label worked out once per run: the same few thousand phrases are most papers' keyphrases, and a label looks up the
 * phrase's written forms.
 */
function conceptTerms(analysis: CorpusAnalysis, byKey: Map<string, AcronymEntry>): (entry: number, score: number) => RankedTerm {
  const keys: string[] = [];
  const labels: string[] = [];
  const { phraseKeys, candidates } = analysis;
  return (entry, score) => {
    const phraseId = candidates.phraseIds[entry];
    const key = phraseKeys[phraseId];
    return { key: (keys[phraseId] ??= `concept:${key}`), label: (labels[phraseId] ??= labelOf(analysis, key, byKey)), score: round(score) };
  };
}

function resolveOptions(options: Partial<ExtractOptions>): { opts: ExtractOptions; rankOptions: RankOptions } {
  const opts: ExtractOptions = { ...DEFAULT_EXTRACT_OPTIONS, ...options };
  if (!(opts.minPapersPerConcept >= 2)) throw new Error('extractConcepts: minPapersPerConcept must be at least 2');
  return { opts, rankOptions: { ...DEFAULT_RANK_OPTIONS, ...opts.rank, topN: opts.keyphrasesPerPaper } };
}

function startExtraction(
  papers: Paper[],
  options: Partial<ExtractOptions>,
  vocabulary: Vocabulary,
  progress: ExtractionProgress,
  /** The corpus analysed already (threads read it as their tags arrived), or its tags computed elsewhere. */
  analysed: CorpusAnalysis | PretaggedCorpus | undefined,
): ExtractionRun {
  const { opts, rankOptions } = resolveOptions(options);
  const total = papers.length;
  const analysis =
    analysed && 'documents' in analysed
      ? analysed
      : analyseCorpus(
          rankDocumentsOf(papers),
          rankOptions,
          analysed ? undefined : (done) => done % 200 === 0 && progress('tag', done, total),
          createExtractionContext(),
          analysed,
          (done) => progress('collect', done, total),
        );
  const byKey = acronymsByKey(analysis);

  // Methods: introduced ones from titles, known ones from the vocabulary; one matcher finds all in each paper.
  // A title's one-word name counts when the abstract writes it as a name: read from the corpus' tokens, which are the
  // abstract's own tokens (splitSentences(tokenize(abstract)), see FormScanner) unless TeX commands were taken out.
  const introduced = collectIntroducedMethods(papers, (index) => (TEX_COMMAND.test(papers[index].abstract) ? null : abstractSentencesOf(analysis, index)));
  const methods = new Map<string, MethodInfo>(introduced);
  for (const known of vocabulary.methods) {
    if (!methods.has(known.key)) {
      methods.set(known.key, { key: known.key, label: known.label, aliases: known.aliases, origin: 'known', introducedBy: null });
    }
  }
  const knownAliases = new Map<string, string[]>();
  for (const method of methods.values()) if (method.origin === 'known') knownAliases.set(method.key, method.aliases);
  let compiled: PaperTextMatchers | null = null;
  const matchers = () => (compiled ??= paperTextMatchers(vocabulary));
  const ambiguousMethods = ambiguousMethodsOf(vocabulary);
  // Introduced names are coined words ("Glider"): only the exact written form counts, never a stemmed lookalike.
  const introducedExact = new Map<string, string>();
  // The corpus's acronyms by their lower-case form, each list in the acronyms' order: a lookup per introduced name
  // instead of a pass over every acronym (in a corpus whose titles name their systems, as listing pages' do, there are
  // about as many names as papers, and the pass made this quadratic).
  const acronymsByLowerCase = new Map<string, AcronymEntry[]>();
  for (const entry of analysis.acronyms.values()) {
    const lower = entry.acronym.toLowerCase();
    const entries = acronymsByLowerCase.get(lower);
    if (entries) entries.push(entry);
    else acronymsByLowerCase.set(lower, [entry]);
  }
  for (const method of introduced.values()) {
    introducedExact.set(method.label, method.key);
    // "Glider" defined as "... Expert Router (GLIDER)": the acronym and its expansion are the same system.
    for (const entry of acronymsByLowerCase.get(method.label.toLowerCase()) ?? []) {
      if (entry.acronym !== method.label) {
        method.aliases.push(entry.acronym, entry.expansion);
        introducedExact.set(entry.acronym, method.key);
      }
    }
  }

  // The introduced method each written form of the corpus names exactly (-1: none), found once per form rather than
  // once per token: the per-token loop of paperConcepts then reads two typed arrays, not every token's WordType.
  const introducedKeys = [...new Set(introducedExact.values())];
  const introducedIndex = new Map(introducedKeys.map((key, index) => [key, index]));
  const introducedByForm = Int32Array.from(analysis.tokens.types, (type) => {
    // Introduced names start with a capital or a digit (see introducedName): lower-case words need no lookup.
    if (type.text === type.lower && !type.numeric) return -1;
    const key = introducedExact.get(type.text);
    return key === undefined ? -1 : introducedIndex.get(key)!;
  });
  const introducedFormNamed = Uint8Array.from(analysis.tokens.types, (type, form) => (introducedByForm[form] >= 0 && namesItself(type) ? 1 : 0));
  // Each paper's own introduced methods, in the order of `introduced` (most papers have none, some one).
  const introducedByPaper = new Map<string, string[]>();
  for (const method of introduced.values()) {
    const own = introducedByPaper.get(method.introducedBy!);
    if (own) own.push(method.key);
    else introducedByPaper.set(method.introducedBy!, [method.key]);
  }
  return { papers, opts, rankOptions, vocabulary, analysis, byKey, introduced, methods, matchers, ambiguousMethods, introducedKeys, introducedByForm, introducedByPaper, introducedFormNamed, namedKnown: [], namedIntroduced: [], unnamedKnown: [], knownAliases };
}

/** One paper's methods, domains and mentions, with the given keyphrases. */
function paperConcepts(run: ExtractionRun, index: number, keyphrases: RankedTerm[], facts?: PaperTextFacts): PaperConcepts {
  const { analysis, introduced, introducedKeys, introducedByForm } = run;
  const paper = run.papers[index];
  const doc = analysis.documents[index];
  const { domains, methodCounts, named, unnamed } = facts ?? paperTextFacts(run.matchers(), analysis.tokens, doc, paper);
  if (named.length > 0) run.namedKnown[index] = named;
  if (unnamed.length > 0) run.unnamedKnown[index] = { keys: unnamed, domains: domains.length };
  let namedIntroduced: string[] | undefined;
  const methodWeights = new Map<string, number>(methodCounts);
  const mentions: { paperKey: string; method: string }[] = [];
  const forms = analysis.tokens.forms;
  for (let i = doc.sentenceStarts[0]; i < doc.sentenceStarts[doc.sentenceStarts.length - 1]; i++) {
    const method = introducedByForm[forms[i]];
    if (method < 0) continue;
    const key = introducedKeys[method];
    if (run.introducedFormNamed[forms[i]] === 1 && !(namedIntroduced ??= []).includes(key)) namedIntroduced.push(key);
    methodWeights.set(key, (methodWeights.get(key) ?? 0) + 1);
    const introducer = introduced.get(key)!.introducedBy!;
    if (introducer !== paper.key && !mentions.some((m) => m.method === key)) mentions.push({ paperKey: introducer, method: key });
  }
  if (namedIntroduced) run.namedIntroduced[index] = namedIntroduced;
  for (const key of run.introducedByPaper.get(paper.key) ?? []) {
    if (!methodWeights.has(key)) methodWeights.set(key, 1);
  }
  return {
    paperKey: paper.key,
    keyphrases,
    methods: [...methodWeights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key, weight]) => ({ key, weight })),
    domains,
    mentions,
  };
}

/** The record keywords of a paper without any: one array for all of them (most papers of a listing have none). */
const NO_KEYWORDS: readonly string[] = [];

/** Concepts from the papers' keyphrases, then the methods and domains they keep (every paper's results complete). */
function finishExtraction(
  run: ExtractionRun,
  results: PaperConcepts[],
  progress: ExtractionProgress,
): ExtractionResult {
  const { analysis, byKey, methods, opts, vocabulary } = run;
  progress('concepts', 0, 1);
  const concepts = selectConcepts(analysis, byKey, methods, results, opts, run.papers.map((paper) => paper.keywords ?? NO_KEYWORDS), run.papers.map((paper) => paper.title));
  const domains = new Map<string, DomainInfo>();
  for (const d of vocabulary.domains) {
    const description = d.group && !d.description.startsWith(d.group) ? `${d.group}: ${d.description}` : d.description;
    domains.set(d.key, { key: d.key, label: d.label, description: description.trim().replace(/:\s*$/, '') });
  }
  // One idea, one node: a concept, method or domain answering to the same name are merged.
  mergeSameIdeas(concepts, methods, domains, results);
  // Group-level domains join after the merge: only the text rule's group rule reaches them. Their names ("Physics",
  // "Statistics") are words papers use in passing, and a coined name matched loosely ("PhySIC") is no field.
  for (const group of vocabulary.domainGroups) domains.set(group.key, { key: group.key, label: group.label, description: group.description });

  // Every method link is backed by the method's name or an alias in the paper's own title or abstract, as whole
  // words: stemmed lookups ("transformation" ~ "Transformer") and keyphrase folding can suggest links the text does
  // not support. The paper whose title introduces a method keeps it (its `introduces` link).
  results.forEach((result, index) => {
    let text: TextWords | null = null;
    result.methods = result.methods.filter(({ key }) => {
      const method = methods.get(key);
      if (!method) return false;
      if (method.introducedBy === result.paperKey) return true;
      // A method the paper's text was found to name before (a known one by the text work, see PaperTextFacts.named; an
      // introduced one by a token written as one of its names, see introducedFormNamed) is named still: merging ideas
      // only adds names.
      if (method.origin === 'known' && run.namedKnown[index]?.includes(key)) return true;
      // One found unnamed by the same check is unnamed still when neither the method's names nor the paper's domains
      // have grown since (merging ideas replaces a method's aliases, and adds domains to a paper).
      const unnamed = run.unnamedKnown[index];
      const namesGrew = method.aliases !== run.knownAliases.get(key);
      if (method.origin === 'known' && unnamed?.keys.includes(key) && !namesGrew && result.domains.length === unnamed.domains) return false;
      if (method.origin === 'introduced' && !run.ambiguousMethods.has(key) && run.namedIntroduced[index]?.includes(key)) return true;
      text ??= textWordsOfDocument(analysis.tokens, analysis.documents[index]);
      const ambiguous = run.ambiguousMethods.get(key);
      return textNamesMethod(text, ownMethodNames(method, ambiguous), ambiguous, result.domains);
    });
  });
  // A method one paper introduces and no other paper names would only duplicate its paper: it stays on the paper.
  if (!opts.allMethods) {
    const usedBy = new Map<string, number>();
    for (const result of results) {
      for (const { key } of result.methods) {
        if (methods.get(key)?.introducedBy !== result.paperKey) usedBy.set(key, (usedBy.get(key) ?? 0) + 1);
      }
    }
    const byPaper = new Map(results.map((result) => [result.paperKey, result]));
    for (const method of [...methods.values()]) {
      if (method.origin !== 'introduced' || (usedBy.get(method.key) ?? 0) > 0) continue;
      methods.delete(method.key);
      const introducer = byPaper.get(method.introducedBy!);
      if (!introducer) continue;
      introducer.methods = introducer.methods.filter((m) => m.key !== method.key);
      (introducer.introducedMethods ??= []).push(method.label);
    }
  }

  // Known methods no paper mentions would be isolated nodes: leave them out.
  const usedMethods = new Set<string>();
  for (const result of results) for (const { key } of result.methods) usedMethods.add(key);
  for (const key of [...methods.keys()]) if (!usedMethods.has(key)) methods.delete(key);
  // A group's categories are its narrower entries, and so is a group that names it as its parent (the graph keeps the
  // link only where both have papers).
  const broader = [
    ...findBroader(concepts, methods, analysis),
    ...vocabulary.domainGroups.flatMap((group) => group.members.map((member) => ({ narrower: member, broader: group.key }))),
    ...vocabulary.domainGroups.flatMap((group) => (group.parent === null ? [] : [{ narrower: group.key, broader: group.parent }])),
  ];

  progress('concepts', 1, 1);
  return { papers: results, concepts, methods, domains, broader };
}
