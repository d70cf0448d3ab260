// Types for "how are these linked": the two ends the user picked and the shortest path found between them.
import type { PathResult } from '../../shared/analysis/paths';

export interface PathsState {
  source: string | null;
  target: string | null;
  /** True after "Path from here": the next node the user selects (click or search) becomes the target. */
  picking: boolean;
  /** null while picking or when the two nodes are not connected (see `unreachable`). */
  result: PathResult | null;
  unreachable: boolean;
}

/** Node and edge sets the reducers read to draw the path over a dimmed graph. */
export interface PathHighlight {
  nodes: Set<string>;
  edges: Set<string>;
  source: string;
  target: string;
}
