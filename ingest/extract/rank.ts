// Per-document keyphrase ranking with corpus statistics: the API of the modules in rank/, one per job.
export { DEFAULT_RANK_OPTIONS, type RankDocument, type RankOptions, type RankedKeyphrase } from './rank/options';
export { type TokenStore } from './rank/tokenStore';
export { acronymsByKey, type AcronymEntry } from './rank/acronymTable';
export {
  analyseCorpus,
  labelOf,
  shownForm,
  surfaceOf,
  surfacesOf,
  type AnalysedDocument,
  type CandidateTable,
  type CorpusAnalysis,
} from './rank/corpus';
export { createExtractionContext, type ExtractionContext } from './rank/context';
export { rankDocument, rankKeyphrases, scoreDocument } from './rank/score';
