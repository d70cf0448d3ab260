// graphology JSON export: the project's own graph file (graph.export() plus schema version), via serializeGraph.
import type AbstractGraph from 'graphology-types';
import { serializeGraph } from '../serialize';
import type { PaperGraph } from '../schema';

export interface JsonExportOptions {
  /** Indentation passed to JSON.stringify; none by default (files are served to browsers). */
  space?: number;
}

export function toGraphologyJson(graph: AbstractGraph, options: JsonExportOptions = {}): string {
  return serializeGraph(graph as unknown as PaperGraph, options.space);
}
