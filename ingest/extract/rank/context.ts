// One extraction run's own state: its word table (tagger and memos) and the scratch buffers reused across documents.
import { SHARED_WORDS, type WordTable } from '../text';
import type { ScoreTables } from './score';
import { WordGraphScratch } from './wordGraph';

/** scoreDocument's buffers, indexed by stem id; every entry used is reset before the next document. */
export class ScoreScratch {
  wordScore = new Float64Array(0);
  /** A stem's place in the document's word graph; 0 between documents. */
  localIndex = new Int32Array(0);
  /** Scores of the document's candidates and their order, best first (entry indices into the CandidateTable). */
  scores = new Float64Array(0);
  order: number[] = [];
  /** The corpus weights of the analysis last scored with this context. */
  tables: ScoreTables | null = null;
}

/**
 * Everything an extraction run writes outside its own result, created per run and passed in (held by its
 * CorpusAnalysis), so two runs in one process, interleaved or nested, never share a buffer.
 */
export interface ExtractionContext {
  /**
   * Word types, stems and their interned ids, with natural's tagger. Append only, so it may be shared between runs;
   * the default is the process' shared table because vocabulary matching compares stem ids with the corpus'.
   */
  words: WordTable;
  scoring: ScoreScratch;
  graph: WordGraphScratch;
}

export function createExtractionContext(words: WordTable = SHARED_WORDS): ExtractionContext {
  return { words, scoring: new ScoreScratch(), graph: new WordGraphScratch() };
}
