// Shared last step of the XML imports: undo what the export encoded, then validate through the one parseGraph.
import type Graph from 'graphology-types';
import { parseGraph } from '../serialize';
import type { PaperGraph } from '../schema';
import { decodeJson, type ExchangeManifest } from './attributeCodec';

/**
 * Our own files: restore graph attributes and options, decode JSON columns, drop the colour/size derived for Gephi.
 * Any file: nodes without `kind` keep working because parseGraph gives them a label (attribute or key) and every
 * edge a numeric weight (1 when absent, as GEXF and GraphML mean).
 */
export function finishImport(graph: Graph, manifest: ExchangeManifest | null, manifestName: string): PaperGraph {
  const data = graph.export();
  if (manifest) {
    const nodeJson = new Set(manifest.json.node);
    const edgeJson = new Set(manifest.json.edge);
    for (const node of data.nodes) {
      const attributes = node.attributes ?? {};
      for (const name of nodeJson) if (name in attributes) attributes[name] = decodeJson(attributes[name]);
      if (manifest.derived.color) delete attributes.color;
      if (manifest.derived.size) delete attributes.size;
      node.attributes = attributes;
    }
    for (const edge of data.edges) {
      const attributes = edge.attributes ?? {};
      for (const name of edgeJson) if (name in attributes) attributes[name] = decodeJson(attributes[name]);
      edge.attributes = attributes;
    }
    data.attributes = manifest.graphAttributes;
    data.options = { ...data.options, ...manifest.options };
  } else if (data.attributes) {
    delete data.attributes[manifestName];
  }
  return parseGraph(data);
}
