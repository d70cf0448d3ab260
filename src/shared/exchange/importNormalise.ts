// Shared last step of the XML imports: undo what the export encoded, then validate through the one parseGraph.
import type Graph from 'graphology-types';
import { parseGraph } from '../serialize';
import type { PaperGraph } from '../schema';
import { countOf } from '../countWords';
import { decodeJson, type ExchangeManifest } from './attributeCodec';
import { normaliseForeignGraph } from './foreignGraph';

/** Our GEXF writes colours as r/g/b (what networkx and Gephi both read); a hex colour we wrote comes back as hex. */
function rgbToHex(color: string): string {
  const match = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(color);
  if (!match) return color;
  return `#${match.slice(1, 4).map((channel) => Math.min(255, Number(channel)).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Our own files: restore graph attributes and options, decode JSON columns, drop the colour/size derived for Gephi.
 * Any file: nodes without `kind` keep working because parseGraph gives them a label (attribute or key) and every
 * edge a numeric weight (1 when absent, as GEXF and GraphML mean).
 */
export function finishImport(
  input: Graph,
  manifest: ExchangeManifest | null,
  manifestName: string,
  recovered: { line: number; reason: string } | null = null,
): PaperGraph {
  if (!manifest && input.hasAttribute(manifestName)) input.removeAttribute(manifestName);
  // Another tool's file: one undirected edge per pair, its own partition as clusters (our own files are already so).
  const graph = manifest ? input : normaliseForeignGraph(input).graph;
  const data = graph.export();
  if (manifest) {
    const nodeJson = new Set(manifest.json.node);
    const edgeJson = new Set(manifest.json.edge);
    const nodeNulls = Object.entries(manifest.nulls?.node ?? {});
    const edgeNulls = Object.entries(manifest.nulls?.edge ?? {});
    const restoreNulls = (attributes: Record<string, unknown>, nulls: [string, string[]][]) => {
      const kind = typeof attributes.kind === 'string' ? attributes.kind : '';
      for (const [name, kinds] of nulls) if (!(name in attributes) && kinds.includes(kind)) attributes[name] = null;
    };
    for (const node of data.nodes) {
      const attributes = node.attributes ?? {};
      for (const name of nodeJson) if (name in attributes) attributes[name] = decodeJson(attributes[name]);
      restoreNulls(attributes, nodeNulls);
      if (manifest.derived.color) delete attributes.color;
      else if (typeof attributes.color === 'string') attributes.color = rgbToHex(attributes.color);
      if (manifest.derived.size) delete attributes.size;
      node.attributes = attributes;
    }
    for (const edge of data.edges) {
      const attributes = edge.attributes ?? {};
      for (const name of edgeJson) if (name in attributes) attributes[name] = decodeJson(attributes[name]);
      restoreNulls(attributes, edgeNulls);
      edge.attributes = attributes;
    }
    data.attributes = manifest.graphAttributes;
    data.options = { ...data.options, ...manifest.options };
  } else if (data.attributes) {
    delete data.attributes[manifestName];
  }
  if (recovered) {
    const note =
      `The file breaks at line ${recovered.line} (${recovered.reason}); the ${countOf(data.nodes.length, 'node', undefined, 'en')} ` +
      `and ${countOf(data.edges.length, 'edge', undefined, 'en')} complete before it were read.`;
    const attributes = (data.attributes ?? {}) as Record<string, unknown>;
    const notes = Array.isArray(attributes.importNotes) ? attributes.importNotes : [];
    data.attributes = { ...attributes, importNotes: [note, ...notes] };
  }
  return parseGraph(data);
}
