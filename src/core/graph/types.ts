// Types for the loaded graph: which file is shown and whether it is loading, empty, ready or broken.
import type { PaperGraph } from '../../shared';

export type GraphStatus = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

export interface GraphState {
  status: GraphStatus;
  graph: PaperGraph | null;
  /** Where the shown graph came from: "/graph.json" or a file name (never the name of a file still being opened). */
  source: string | null;
  /** A file being opened while another graph is shown; null when nothing is pending. */
  pending: string | null;
  /** True when the file carried x/y on every node, so it opens where it was and the layout does not auto-run. */
  hadPositions: boolean;
  /** Fatal load error (no graph shown). */
  error: string | null;
  /** Non-fatal error from opening another file: the current graph stays. */
  openError: string | null;
  /** Bumped each time a new graph replaces the old one, so effects can key on it. */
  version: number;
}

/** What the parse worker sends back. */
export type ParseResult =
  /** validated: built and exported by the worker (GEXF, GraphML); otherwise the parsed JSON, for parseGraph to check. */
  | { ok: true; serialized: unknown; validated: boolean; hadPositions: boolean; source: string }
  | { ok: false; error: string; source: string };

/**
 * A big parse result, sent by the worker in several messages so that no single structured clone takes the main thread
 * seconds to decode: a header (the result without its node and edge lists, and their lengths, null where a list is
 * no array and stays in the header as it was), the lists in chunks,
 * then the end. The main thread puts them back together into the ParseResult above.
 */
export type ParseMessage =
  | ParseResult
  | { kind: 'chunked-start'; result: Extract<ParseResult, { ok: true }>; nodes: number | null; edges: number | null }
  | { kind: 'chunked-records'; records: 'nodes' | 'edges'; list: unknown[] }
  | { kind: 'chunked-end' }
  /** A file read as bytes (parseJsonBytes): how many of its bytes are parsed so far. */
  | { kind: 'parsing'; done: number; total: number };

/** How far a big graph's load has got, for the loading message: records received, checked or added to the graph. */
export interface LoadProgress {
  stage: 'parsing' | 'receiving' | 'checking' | 'building';
  records: 'nodes' | 'edges' | 'MB';
  done: number;
  total: number;
}

export type ParseRequest = { kind: 'url'; url: string } | { kind: 'file'; file: Blob; name: string };

/**
 * What the parse worker is given: the file's bytes (a Blob is handed over without copying), the name its format is
 * detected by, the source shown in messages, and whether it is the served default graph (always our JSON).
 */
export interface ParseJob {
  blob: Blob;
  name: string;
  source: string;
  servedGraph: boolean;
  /** Size (bytes) from which graphology JSON is read as bytes rather than text (parseJsonBytes); default in the worker. */
  bytesFrom?: number;
}
