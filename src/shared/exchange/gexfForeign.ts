// What other tools put in GEXF that graphology-gexf's parser misreads, made right around it: attribute titles, and
// hierarchies (nodes nested in nodes).
//
// GEXF declares each attribute with an id (what <attvalue for=…> names) and a title (its name for people).
// graphology-gexf names an attribute by its title only when the id is a number; a written id such as rgexf's
// "att1" (title "letrafavorita") reached the user as "att1", the name lost. Ids that are just the title in another
// spelling (Gephi's "modularity_class" for "Modularity Class", sigma's "authority") keep the id, as before.
import { ELEMENT_NODE, localNameOf, type DomElement } from './domLike';

/** The elements the passes below read, from one walk of the document (each getElementsByTagName is a walk). */
export interface GexfScan {
  graph: DomElement | undefined;
  nodes: DomElement[];
  nodeLists: DomElement[];
  edges: DomElement[];
  attvalues: DomElement[];
  attributeBlocks: DomElement[];
  spells: number;
}

export function scanGexf(document: unknown): GexfScan {
  const scan: GexfScan = { graph: undefined, nodes: [], nodeLists: [], edges: [], attvalues: [], attributeBlocks: [], spells: 0 };
  for (const element of Array.from((document as { getElementsByTagName(name: string): ArrayLike<DomElement> }).getElementsByTagName('*'))) {
    const name = localNameOf(element);
    if (name === 'node') scan.nodes.push(element);
    else if (name === 'edge') scan.edges.push(element);
    else if (name === 'attvalue') scan.attvalues.push(element);
    else if (name === 'nodes') scan.nodeLists.push(element);
    else if (name === 'attributes') scan.attributeBlocks.push(element);
    else if (name === 'spell') scan.spells++;
    else if (name === 'graph' && !scan.graph) scan.graph = element;
  }
  return scan;
}

/**
 * A dynamic GEXF (Gephi's timeline: `mode="dynamic"`, spells, timed attribute values) is read as one static graph:
 * every node and edge that ever exists, and for a value given over time its last listing (graphology-gexf keeps the
 * last <attvalue>). Said to the user rather than silently; null for a static file.
 */
export function dynamicGexfNote(scan: GexfScan): string | null {
  const timed = (list: DomElement[]) =>
    list.some((element) => ['start', 'end', 'timestamp', 'timestamps', 'intervals'].some((name) => element.getAttribute(name)));
  const dynamic =
    scan.graph?.getAttribute('mode') === 'dynamic' || scan.spells > 0 || timed(scan.attvalues) || timed(scan.nodes) || timed(scan.edges);
  if (!dynamic) return null;
  return 'The file is dynamic (a timeline); it is shown as one static graph with every node and edge it ever has, and a value that changes over time shows its last listed value.';
}

/**
 * A hierarchical GEXF (a `<nodes>` inside a `<node>`, as Gephi 0.8 wrote groups, or `pid` attributes) made flat:
 * the parser reads every <attvalue> and viz element below a node, so a group took its members' values (the last
 * member's, and the first member's colour when it had none). Members move to the top `<nodes>`; the group stays a
 * node. Each member's group is returned (kept as its `parent` attribute), with how many nested groups there were.
 */
export function flattenGexfHierarchy(scan: GexfScan): { groups: number; parents: Map<string, string> } {
  const parents = new Map<string, string>();
  for (const node of scan.nodes) {
    const pid = node.getAttribute('pid');
    const id = node.getAttribute('id');
    if (pid && id) parents.set(id, pid);
  }
  const lists = scan.nodeLists;
  const top = lists[0];
  let groups = 0;
  for (const list of lists.slice(1)) {
    const owner = list.parentNode;
    if (!owner || localNameOf(owner) !== 'node') continue;
    groups++;
    owner.removeChild(list);
    for (const child of Array.from(list.childNodes)) {
      if (child.nodeType !== ELEMENT_NODE || localNameOf(child) !== 'node') continue;
      const id = (child as DomElement).getAttribute('id');
      const group = owner.getAttribute('id');
      if (id && group && !parents.has(id)) parents.set(id, group);
      top.appendChild(child);
    }
  }
  return { groups, parents };
}

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Names the explorer or the parser give a meaning: a title that spells one of them keeps its id. */
const RESERVED = new Set(['id', 'label', 'weight', 'kind', 'color', 'size', 'x', 'y', 'z', 'shape', 'thickness', 'community']);

/** Per class (node, edge), the ids to rename to their titles. */
export function gexfTitleRenames(scan: GexfScan): { node: Map<string, string>; edge: Map<string, string> } {
  const renames = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const block of scan.attributeBlocks) {
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
