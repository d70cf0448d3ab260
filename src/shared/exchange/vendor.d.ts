// Types for graphology-gexf/graphml's environment-neutral entry points (their package types cover only node/browser).
declare module 'graphology-gexf/common/parser.js' {
  import type { GraphConstructor } from 'graphology-types';
  import type { GexfParserOptions } from 'graphology-gexf/common/types';
  type Parse = (Graph: GraphConstructor, source: unknown, options?: GexfParserOptions) => import('graphology-types').default;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
declare module 'graphology-gexf/common/writer.js' {
  import type { GexfWriterOptions } from 'graphology-gexf/common/types';
  export default function write(graph: import('graphology-types').default, options?: GexfWriterOptions): string;
}
declare module 'graphology-graphml/common/parser.js' {
  import type { GraphConstructor } from 'graphology-types';
  type Parse = (
    Graph: GraphConstructor,
    source: unknown,
    options?: { addMissingNodes?: boolean },
  ) => import('graphology-types').default;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
