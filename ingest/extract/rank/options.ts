// The ranking's inputs and options: documents, scoring parameters with their defaults, the ranked keyphrase.
import type { RankedTerm } from '../../types';

export interface RankDocument {
  id: string;
  title: string;
  abstract: string;
}

/** Options of the ranking; every field documented, defaults in DEFAULT_RANK_OPTIONS. */
export interface RankOptions {
  /** Keyphrases returned per document (after ranking). */
  topN: number;
  /** Longest candidate phrase in words; longer noun runs keep their last (head) words. */
  maxWords: number;
  /** Weight of the summed word TF-IDF against the phrase's own TF-IDF. */
  wordWeight: number;
  /** Multiplier for candidates that occur in the title. */
  titleBoost: number;
  /** How much an early first occurrence raises a score: factor 1 + positionWeight / (1 + relative position × 10). */
  positionWeight: number;
  /** Added to log(N / df): 1 keeps corpus-wide terms in play (a topic shared by most papers is still a concept). */
  idfFloor: number;
  /** Word scores are summed then divided by (words in phrase)^lengthNorm: 0 favours long phrases, 1 averages. */
  lengthNorm: number;
  /** Also count the head-final sub-phrases of each noun phrase ("decision support system" inside a longer one). */
  subPhrases: boolean;
  /** Multiplier on a sub-phrase occurrence's count (a maximal phrase occurrence counts 1). */
  subPhraseWeight: number;
  /** A gerund may open a noun phrase ("branching time", "training samples"). */
  leadingGerunds: boolean;
  /** Inside a noun phrase, a verb-tagged word the lexicon also knows as a noun counts as a noun ("data set"). */
  nounReadings: boolean;
  /** An adjective after a noun continues the phrase ("fault tolerant control") instead of starting a new one. */
  adjectiveAfterNoun: boolean;
  /** Words starting with a digit but holding letters ("2D", "3G") may be part of a phrase. */
  alphanumeric: boolean;
  /** Word scores from a co-occurrence graph of candidate words (0 = term frequency only, 1 = graph only). */
  graphWeight: number;
  /** Co-occurrence window over the sequence of candidate words (2 links neighbours only). */
  graphWindow: number;
  /** Bias the graph walk towards words that occur early (PositionRank); 0 is a uniform teleport (SingleRank). */
  graphPositionBias: number;
  /** Exponent on the word idf multiplying word scores (0 ignores the corpus). */
  wordIdfPower: number;
  /** Weight of the phrase's own TF-IDF. */
  phraseWeight: number;
  /** Redundancy: keep every candidate, drop one contained in a better one, or drop both directions of nesting. */
  nested: 'keep' | 'drop-inner' | 'drop-both';
  /** Multiplier on one-word candidates' scores: a lone word is less often a keyphrase than its frequency suggests. */
  singleWordWeight: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  topN: 10,
  maxWords: 5,
  wordWeight: 1,
  titleBoost: 1.5,
  positionWeight: 0.5,
  idfFloor: 1,
  lengthNorm: 0,
  subPhrases: false,
  subPhraseWeight: 0.5,
  leadingGerunds: false,
  nounReadings: false,
  adjectiveAfterNoun: true,
  alphanumeric: false,
  graphWeight: 1,
  graphWindow: 3,
  graphPositionBias: 0,
  wordIdfPower: 1,
  phraseWeight: 1,
  singleWordWeight: 0.5,
  nested: 'drop-inner',
};

/** A ranked keyphrase with the plain phrase (no "(ACRO)" suffix), which is what the evaluation compares. */
export interface RankedKeyphrase extends RankedTerm {
  phrase: string;
}
