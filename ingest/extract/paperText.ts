// What a paper's own words and record say of its known methods and its domains: per paper, from its tokens and the
// vocabulary alone, so that it can be worked out in any thread that holds the corpus' tokens (see
// extractionThreads.ts' paper work, done while the main thread collects the corpus' candidates).
import type { Paper } from '../types';
import { compileDomainProfiles, domainFromText, domainsFromCategories, type DomainAssignment, type DomainProfiles } from './domains';
import { compileTerms, matchTerms, namesTerm, textWordsOfDocument, type TermMatcher, type TextWords } from './match';
import type { AnalysedDocument, TokenStore } from './rank';
import type { DomainRule, KnownMethod, Vocabulary } from './vocabulary';

/** The vocabulary compiled for matching papers' text, once per run and thread. */
export interface PaperTextMatchers {
  termMatcher: TermMatcher;
  /** The known methods' ambiguous aliases, and each such method's ambiguity (see KnownMethod.ambiguous). */
  ambiguousMatcher: TermMatcher;
  ambiguousMethods: Map<string, NonNullable<KnownMethod['ambiguous']>>;
  domainProfiles: DomainProfiles;
  domainRule: DomainRule;
  /** Each known method's names but its ambiguous aliases (the first method of a key, as the extraction keeps it). */
  methodNames: Map<string, string[]>;
}

/** The record fields the text work reads besides the tokens (what is sent to a worker per paper). */
export type PaperRecordFields = Pick<Paper, 'categories' | 'minorHeadings' | 'keywords' | 'venue'>;

/** A paper's domains, and the known methods its text names with their counts (in the order first matched). */
export interface PaperTextFacts {
  domains: DomainAssignment[];
  methodCounts: [string, number][];
  /** Those of the methods the text names: their own names (methodNames) as whole words (namesTerm), or an ambiguous
   * alias where the paper confirms the method's sense. The check every method link gets at the end of extraction
   * (finishExtraction), done here for the names the vocabulary gives, where the paper's text work runs (in a worker, or
   * on the main thread while the workers rank) rather than in the serial end. Names and a paper's domains only grow
   * after this (merged ideas add aliases and domains), so a method named here stays named. */
  named: string[];
  /** The other methods of methodCounts: those the check, with the vocabulary's names and these domains, finds unnamed.
   * finishExtraction's answer too, unless merging ideas gave the method more names or the paper more domains. */
  unnamed: string[];
}

type MethodAmbiguity = NonNullable<KnownMethod['ambiguous']>;

/** Whether `name` is one of a method's ambiguous aliases (compared without case). */
function isAmbiguousName(ambiguous: MethodAmbiguity | undefined, name: string): boolean {
  return ambiguous?.aliases.some((alias) => alias.toLowerCase() === name.toLowerCase()) ?? false;
}

/** A method's own names: its label and aliases but its ambiguous aliases (which count only where the paper confirms
 * the method's sense). */
export function ownMethodNames(method: { label: string; aliases: readonly string[] }, ambiguous: MethodAmbiguity | undefined): string[] {
  return [method.label, ...method.aliases].filter((name) => !isAmbiguousName(ambiguous, name));
}

/**
 * The check every method link gets (in the paper's text work, and at the end of extraction for names merging added):
 * the text writes one of the method's own names as whole words, or one of its ambiguous aliases where the paper
 * confirms the method's sense (by its domains or context words, see methodSenseConfirmed).
 */
export function textNamesMethod(text: TextWords, ownNames: readonly string[], ambiguous: MethodAmbiguity | undefined, domains: { key: string }[]): boolean {
  if (ownNames.some((name) => namesTerm(text, name))) return true;
  return ambiguous !== undefined && ambiguous.aliases.some((name) => namesTerm(text, name)) && methodSenseConfirmed(ambiguous, text, domains);
}

export function paperTextMatchers(vocabulary: Vocabulary): PaperTextMatchers {
  // Aliases English also uses in other senses ("transformer", "distillation") go to a matcher of their own: they count
  // only where the paper confirms the method's sense (see methodSenseConfirmed).
  const isAmbiguous = (method: KnownMethod, term: string) => isAmbiguousName(method.ambiguous, term);
  const termMatcher = compileTerms(
    vocabulary.methods.flatMap((m) => m.aliases.filter((term) => !isAmbiguous(m, term)).map((term) => ({ term, target: m.key }))),
  );
  const ambiguousMatcher = compileTerms(
    vocabulary.methods.flatMap((m) => m.aliases.filter((term) => isAmbiguous(m, term)).map((term) => ({ term, target: m.key }))),
  );
  const ambiguousMethods = ambiguousMethodsOf(vocabulary);
  const domainProfiles = compileDomainProfiles(vocabulary.domains, vocabulary.domainGroups);
  const methodNames = new Map<string, string[]>();
  for (const method of vocabulary.methods) {
    if (methodNames.has(method.key)) continue;
    methodNames.set(method.key, ownMethodNames(method, ambiguousMethods.get(method.key)));
  }
  return { termMatcher, ambiguousMatcher, ambiguousMethods, domainProfiles, domainRule: vocabulary.domainRule, methodNames };
}

/** The known methods with ambiguous aliases, by key, and their ambiguity. */
export function ambiguousMethodsOf(vocabulary: Vocabulary): Map<string, NonNullable<KnownMethod['ambiguous']>> {
  return new Map(vocabulary.methods.filter((m) => m.ambiguous).map((m) => [m.key, m.ambiguous!]));
}

/**
 * Whether a paper's words confirm the sense in which an ambiguous alias names its method: the paper names a term of the
 * method's own field (`context`) or is in one of its domains. "Distillation of knowledge" in a meta-research abstract and a "transformer matching
 * network" in a circuit paper name no such term; a paper that writes "via distillation" of LLMs does.
 */
export function methodSenseConfirmed(ambiguous: NonNullable<KnownMethod['ambiguous']>, text: TextWords, domains: { key: string }[]): boolean {
  if (domains.some(({ key }) => ambiguous.domains.includes(key.slice('domain:'.length)))) return true;
  return ambiguous.context.some((term) => namesTerm(text, term));
}

/** One paper's domains and known methods from its record and its tokens (`doc`: its sentences in `tokens`). */
export function paperTextFacts(
  matchers: PaperTextMatchers,
  tokens: TokenStore,
  doc: Pick<AnalysedDocument, 'sentenceStarts'>,
  paper: PaperRecordFields,
): PaperTextFacts {
  const { domainProfiles, domainRule } = matchers;
  // The record's own categories when they name a taxonomy entry; otherwise the text rule, which may abstain. A subject
  // heading the indexer did not mark as a main topic names what the paper touches, not its field (a bioinformatics
  // tool's "Programming Languages"): it is no category of the paper, only one of its subject words.
  const minor = paper.minorHeadings && new Set(paper.minorHeadings);
  const fieldCategories = minor ? (paper.categories ?? []).filter((category) => !minor.has(category)) : (paper.categories ?? []);
  let domains = domainsFromCategories(domainProfiles, fieldCategories, domainRule);
  if (domains.length === 0) {
    const fromText = domainFromText(domainProfiles, tokens, doc, domainRule, [...(paper.keywords ?? []), ...(paper.categories ?? []), ...(paper.venue ? [paper.venue] : [])]);
    domains = fromText ? [fromText] : [];
  }
  const methodWeights = new Map<string, number>();
  for (const [key, { count }] of matchTerms(matchers.termMatcher, tokens, doc)) methodWeights.set(key, count);
  let text: TextWords | null = null;
  if (matchers.ambiguousMethods.size > 0) {
    for (const [key, { count }] of matchTerms(matchers.ambiguousMatcher, tokens, doc)) {
      text ??= textWordsOfDocument(tokens, doc);
      if (methodWeights.has(key) || methodSenseConfirmed(matchers.ambiguousMethods.get(key)!, text, domains)) {
        methodWeights.set(key, (methodWeights.get(key) ?? 0) + count);
      }
    }
  }
  // Each method's link check (as finishExtraction makes it): its own names as whole words, else an ambiguous alias
  // where the paper confirms the method's sense.
  const named: string[] = [];
  const unnamed: string[] = [];
  if (methodWeights.size > 0) {
    const words = (text ??= textWordsOfDocument(tokens, doc));
    for (const key of methodWeights.keys()) {
      const isNamed = textNamesMethod(words, matchers.methodNames.get(key) ?? [], matchers.ambiguousMethods.get(key), domains);
      (isNamed ? named : unnamed).push(key);
    }
  }
  return { domains, methodCounts: [...methodWeights], named, unnamed };
}
