// GEXF declares each attribute with an id (what <attvalue for=…> names) and a title (its name for people).
// graphology-gexf names an attribute by its title only when the id is a number; a written id such as rgexf's
// "att1" (title "letrafavorita") reached the user as "att1", the name lost. Ids that are just the title in another
// spelling (Gephi's "modularity_class" for "Modularity Class", sigma's "authority") keep the id, as before.

type ElementLike = { getAttribute(name: string): string | null };
type DocumentLike = { getElementsByTagName(name: string): ArrayLike<ElementLike & DocumentLike> };

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Names the explorer or the parser give a meaning: a title that spells one of them keeps its id. */
const RESERVED = new Set(['id', 'label', 'weight', 'kind', 'color', 'size', 'x', 'y', 'z', 'shape', 'thickness', 'community']);

/** Per class (node, edge), the ids to rename to their titles. */
export function gexfTitleRenames(document: unknown): { node: Map<string, string>; edge: Map<string, string> } {
  const renames = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of Array.from((document as DocumentLike).getElementsByTagName('attributes'))) {
    const kind = block.getAttribute('class');
    if (kind !== 'node' && kind !== 'edge') continue;
    const declared = Array.from(block.getElementsByTagName('attribute')).map((attribute) => ({
      id: attribute.getAttribute('id') || attribute.getAttribute('for') || '',
      title: (attribute.getAttribute('title') || '').trim(),
    }));
    const ids = new Set(declared.map(({ id }) => id));
    const titleUses = new Map<string, number>();
    for (const { title } of declared) titleUses.set(title, (titleUses.get(title) ?? 0) + 1);
    for (const { id, title } of declared) {
      const numeric = id.trim() !== '' && !Number.isNaN(Number(id));
      if (numeric || title === '' || squash(title) === squash(id) || RESERVED.has(squash(title))) continue;
      if (titleUses.get(title) !== 1 || ids.has(title)) continue;
      renames[kind].set(id, title);
    }
  }
  return renames;
}

function renamed(attributes: Record<string, unknown>, map: Map<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name in attributes) out[map.get(name) ?? name] = attributes[name];
  return out;
}

/** Minimal graph surface used here (a graphology graph). */
interface GraphLike {
  updateEachNodeAttributes(update: (node: string, attributes: Record<string, unknown>) => Record<string, unknown>): void;
  updateEachEdgeAttributes(update: (edge: string, attributes: Record<string, unknown>) => Record<string, unknown>): void;
}

/** Rename the graph's attributes from ids to titles (see gexfTitleRenames). */
export function applyGexfTitles(graph: GraphLike, renames: { node: Map<string, string>; edge: Map<string, string> }): void {
  if (renames.node.size > 0) graph.updateEachNodeAttributes((_node, attributes) => renamed(attributes, renames.node));
  if (renames.edge.size > 0) graph.updateEachEdgeAttributes((_edge, attributes) => renamed(attributes, renames.edge));
}
