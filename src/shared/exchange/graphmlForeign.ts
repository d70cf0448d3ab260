// What other tools put in GraphML that graphology-graphml's parser does not read, made readable before it runs:
// yEd/yFiles graphics (labels live only inside <y:NodeLabel>), keys for "all" or for domains it has no table for
// (yEd's for="graphml" resources key made it throw), typed <default> values (it keeps them as strings), nested graphs
// (it gave a group node its members' data), ports and hyperedges. Works on the parsed DOM, in the browser and in Node.
import { addImportNotes } from '../importNotes';
import { ELEMENT_NODE, localNameOf, type DomElement, type DomNode } from './domLike';

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Drawing read from yFiles graphics: the values the explorer shows (colour as #rrggbb, position at the centre). */
export interface YfilesDrawing {
  label?: string;
  color?: string;
  x?: number;
  y?: number;
  size?: number;
}

/** What the pass found, applied to the graph once graphology-graphml has built it (`applyGraphmlExtras`). */
export interface GraphmlExtras {
  nodeDrawings: Map<string, YfilesDrawing>;
  edgeLabels: Map<string, string>;
  /** Typed default values per domain and attribute name, for elements that lack the attribute. */
  defaults: { node: Map<string, unknown>; edge: Map<string, unknown> };
  notes: string[];
}

function childElements(element: DomNode): DomElement[] {
  const out: DomElement[] = [];
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i];
    if (child.nodeType === ELEMENT_NODE) out.push(child as DomElement);
  }
  return out;
}

/** Descendants in document order with this local name (any namespace prefix: `y:NodeLabel`, `NodeLabel`). */
function descendants(element: DomNode, name: string): DomElement[] {
  const out: DomElement[] = [];
  const stack = childElements(element).reverse();
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (localNameOf(next) === name) out.push(next);
    stack.push(...childElements(next).reverse());
  }
  return out;
}

/** A label's own text: its text and CDATA children, not the text of nested model elements. */
function ownText(element: DomNode): string {
  let text = '';
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes[i];
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) text += child.nodeValue ?? child.textContent ?? '';
  }
  return text.trim();
}

function finiteNumber(text: string | null): number | undefined {
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** yFiles colours are #RRGGBB or #RRGGBBAA; the explorer stores #rrggbb (alpha dropped). */
function yfilesColor(text: string | null): string | undefined {
  const match = text ? /^#([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(text.trim()) : null;
  return match ? `#${match[1].toLowerCase()}` : undefined;
}

/**
 * One node's drawing from its nodegraphics data. A folder/group node (`y:ProxyAutoBoundsNode`) holds several
 * realizers; the active one is what yEd shows.
 */
function readNodeGraphics(data: DomElement): YfilesDrawing {
  let scope: DomNode = data;
  const realizers = descendants(data, 'Realizers')[0];
  if (realizers) {
    const options = childElements(realizers);
    scope = options[Math.min(options.length - 1, Math.max(0, Number(realizers.getAttribute('active')) || 0))] ?? realizers;
  }
  const drawing: YfilesDrawing = {};
  const label = descendants(scope, 'NodeLabel').map(ownText).find((text) => text !== '');
  if (label) drawing.label = label;
  const fill = descendants(scope, 'Fill')[0];
  if (fill && fill.getAttribute('hasColor') !== 'false' && fill.getAttribute('transparent') !== 'true') {
    const color = yfilesColor(fill.getAttribute('color'));
    if (color) drawing.color = color;
  }
  const geometry = descendants(scope, 'Geometry')[0];
  if (geometry) {
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => finiteNumber(geometry.getAttribute(name)));
    // yEd gives the top-left corner; the explorer (like Gephi) places a node by its centre.
    if (x !== undefined && y !== undefined) {
      drawing.x = x + (width ?? 0) / 2;
      drawing.y = y + (height ?? 0) / 2;
    }
    // The width, as the GML reader takes `graphics [ w ]`.
    if (width !== undefined && width > 0) drawing.size = width;
  }
  return drawing;
}

/** yFiles for HTML's first label: `<y:Label><y:Label.Text>…</y:Label.Text>` or `<y:Label Text="…">`. */
function htmlLabel(data: DomElement): string | undefined {
  for (const label of descendants(data, 'Label')) {
    const text = descendants(label, 'Label.Text').map(ownText).find((value) => value !== '') ?? label.getAttribute('Text')?.trim();
    if (text) return text;
  }
  return undefined;
}

/** yFiles for HTML's node box `<y:RectD X Y Width Height>`: centre and width, as for yEd's Geometry. */
function htmlGeometry(data: DomElement): YfilesDrawing {
  const rect = descendants(data, 'RectD')[0];
  if (!rect) return {};
  const [x, y, width, height] = ['X', 'Y', 'Width', 'Height'].map((name) => finiteNumber(rect.getAttribute(name)));
  const drawing: YfilesDrawing = {};
  if (x !== undefined && y !== undefined) {
    drawing.x = x + (width ?? 0) / 2;
    drawing.y = y + (height ?? 0) / 2;
  }
  if (width !== undefined && width > 0) drawing.size = width;
  return drawing;
}

/** GraphML's typed values; booleans as graphology-graphml reads data ("true" in any case). */
function castValue(type: string, text: string): unknown {
  switch (type) {
    case 'boolean':
      return text.trim().toLowerCase() === 'true';
    case 'int':
    case 'long':
    case 'float':
    case 'double':
      return Number(text);
    default:
      return text;
  }
}

/**
 * Rewrite the parsed GraphML document so graphology-graphml reads it whole, and collect what it cannot carry. Call
 * before the parser; apply the result with `applyGraphmlExtras` after it.
 */
export function prepareGraphmlDocument(document: unknown): GraphmlExtras {
  const doc = document as { getElementsByTagName(name: string): ArrayLike<DomElement> };
  const extras: GraphmlExtras = { nodeDrawings: new Map(), edgeLabels: new Map(), defaults: { node: new Map(), edge: new Map() }, notes: [] };
  const remove = (element: DomNode) => element.parentNode?.removeChild(element);
  // One walk of the document collects every element this pass looks at (each getElementsByTagName is a walk of its
  // own: six of them cost half as much as parsing a 120k-element file).
  const found = { key: [] as DomElement[], data: [] as DomElement[], graph: [] as DomElement[], port: [] as DomElement[], hyperedge: [] as DomElement[] };
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const name = localNameOf(element);
    if (name === 'key' || name === 'data' || name === 'graph' || name === 'port' || name === 'hyperedge') found[name].push(element);
  }

  // Keys: yFiles graphics keys are read here; "all" keys serve every domain; keys of other domains (graphml, port,
  // hyperedge, endpoint) are dropped with their data, which nothing shown uses.
  const yfilesKeys = new Map<string, string>();
  const droppedKeys = new Set<string>();
  const added: DomElement[] = [];
  for (const key of found.key) {
    // xmldom answers '' for an absent attribute, browsers null: both mean absent here.
    const id = key.getAttribute('id') || '';
    const domain = key.getAttribute('for') || 'node';
    const yfilesType = key.getAttribute('yfiles.type');
    if (yfilesType && !key.getAttribute('attr.name')) {
      yfilesKeys.set(id, yfilesType);
      remove(key);
      continue;
    }
    // yFiles for HTML / yEd Live: structured values (labels, geometry, styles) under keys with a y:attr.uri and no
    // attr.type; the parser would store their whitespace as text. Read by the last part of the URI ("NodeLabels").
    const uri = key.getAttribute('y:attr.uri');
    if (uri && !key.getAttribute('attr.type')) {
      yfilesKeys.set(id, `uri:${uri.split('/').pop() ?? ''}`);
      remove(key);
      continue;
    }
    const domains = domain === 'all' ? ['node', 'edge', 'graph'] : [domain];
    if (!domains.some((name) => name === 'node' || name === 'edge' || name === 'graph')) {
      droppedKeys.add(id);
      remove(key);
      continue;
    }
    // A typed default is applied afterwards, cast (the parser would store "0" or "false" as a string).
    const defaultElement = childElements(key).find((child) => localNameOf(child) === 'default');
    const name = key.getAttribute('attr.name');
    if (defaultElement && name) {
      const value = castValue(key.getAttribute('attr.type') || 'string', defaultElement.textContent ?? '');
      for (const target of domains) if (target === 'node' || target === 'edge') extras.defaults[target].set(name, value);
      remove(defaultElement);
    }
    if (domain === 'all') {
      for (const target of ['edge', 'graph']) {
        const copy = key.cloneNode(true);
        copy.setAttribute('for', target);
        key.parentNode?.insertBefore(copy, key);
        added.push(copy);
      }
      key.setAttribute('for', 'node');
    }
  }

  // A <data> whose key is declared for another domain only (yEd and older writers reuse an edge key on a node): read
  // under that key's name rather than stored under the bare key id.
  const declared = new Map<string, DomElement>();
  for (const key of [...found.key, ...added].filter((kept) => kept.parentNode)) declared.set(`${key.getAttribute('for') || 'node'} ${key.getAttribute('id') || ''}`, key);
  for (const data of found.data) {
    const key = data.getAttribute('key') || '';
    const owner = data.parentNode ? localNameOf(data.parentNode) : '';
    if ((owner !== 'node' && owner !== 'edge') || declared.has(`${owner} ${key}`) || yfilesKeys.has(key) || droppedKeys.has(key)) continue;
    const other = declared.get(`${owner === 'node' ? 'edge' : 'node'} ${key}`) ?? declared.get(`graph ${key}`);
    if (!other) continue;
    const copy = other.cloneNode(true);
    copy.setAttribute('for', owner);
    other.parentNode?.insertBefore(copy, other);
    declared.set(`${owner} ${key}`, copy);
  }

  // Nested graphs (yEd groups, GraphML hierarchies): their nodes and edges moved up to the top graph, so a group node
  // keeps only its own data (the parser reads every <data> below an element) and every member is still read.
  const graphs = found.graph;
  const top = graphs[0];
  let groups = 0;
  for (const graph of graphs.slice(1)) {
    if (!graph.parentNode || localNameOf(graph.parentNode) !== 'node') continue;
    groups++;
    remove(graph);
    for (const child of childElements(graph)) {
      const name = localNameOf(child);
      if (name === 'node' || name === 'edge') top.appendChild(child);
    }
    // A deeper level is now under a member that sits in the top graph; the loop reaches it next (document order).
  }
  if (groups > 0) {
    extras.notes.push(
      `${groups === 1 ? 'A group node contains' : `${groups.toLocaleString('en')} group nodes contain`} a nested graph; ` +
        'members are shown beside their group, as ordinary nodes.',
    );
  }

  // Ports carry only drawing; edges still name their nodes. Hyperedges join more than two nodes: not read, but said.
  for (const port of found.port) remove(port);
  const hyperedges = found.hyperedge;
  if (hyperedges.length > 0) {
    extras.notes.push(`${hyperedges.length.toLocaleString('en')} hyperedge${hyperedges.length === 1 ? ' was' : 's were'} not read (the explorer draws edges between two nodes).`);
    for (const hyperedge of hyperedges) remove(hyperedge);
  }

  // Data of yFiles keys: drawing read, element removed (the parser would store its whole text under "undefined").
  for (const data of found.data) {
    if (!data.parentNode) continue; // inside a removed port or hyperedge
    const key = data.getAttribute('key') || '';
    if (droppedKeys.has(key)) {
      remove(data);
      continue;
    }
    const type = yfilesKeys.get(key);
    if (type === undefined) continue;
    const owner = data.parentNode as DomElement | null;
    const ownerId = owner?.getAttribute?.('id') || null;
    const ownerName = owner ? localNameOf(owner) : '';
    const draw = (drawing: YfilesDrawing) => extras.nodeDrawings.set(ownerId!, { ...extras.nodeDrawings.get(ownerId!), ...drawing });
    if (ownerId === null) {
      // Graph-level or root data (resources, shared styles): nothing shown.
    } else if (ownerName === 'node' && type === 'nodegraphics') {
      draw(readNodeGraphics(data));
    } else if (ownerName === 'node' && type === 'uri:NodeLabels') {
      const label = htmlLabel(data);
      if (label) draw({ label });
    } else if (ownerName === 'node' && type === 'uri:NodeGeometry') {
      draw(htmlGeometry(data));
    } else if (ownerName === 'edge' && (type === 'edgegraphics' || type === 'uri:EdgeLabels')) {
      const label = type === 'edgegraphics' ? descendants(data, 'EdgeLabel').map(ownText).find((text) => text !== '') : htmlLabel(data);
      if (label) extras.edgeLabels.set(ownerId, label);
    }
    remove(data);
  }
  return extras;
}

/** Minimal graph surface used here (a graphology graph). */
interface GraphLike {
  forEachNode(callback: (node: string, attributes: Record<string, unknown>) => void): void;
  forEachEdge(callback: (edge: string, attributes: Record<string, unknown>) => void): void;
  mergeNodeAttributes(node: string, attributes: Record<string, unknown>): void;
  mergeEdgeAttributes(edge: string, attributes: Record<string, unknown>): void;
  hasNode(node: string): boolean;
  getAttribute(name: string): unknown;
  setAttribute(name: string, value: unknown): void;
}

/**
 * Put what `prepareGraphmlDocument` collected onto the graph graphology-graphml built: typed defaults where an element
 * lacks the attribute, yFiles label/colour/position/size where the file's own data gives none, and the notes.
 */
export function applyGraphmlExtras(graph: GraphLike, extras: GraphmlExtras): void {
  const fill = (attributes: Record<string, unknown>, values: Iterable<[string, unknown]>) => {
    const added: Record<string, unknown> = {};
    for (const [name, value] of values) {
      if (value !== undefined && (attributes[name] === undefined || attributes[name] === '')) added[name] = value;
    }
    return added;
  };
  graph.forEachNode((node, attributes) => {
    const drawing = extras.nodeDrawings.get(node);
    const added = { ...fill(attributes, extras.defaults.node), ...fill(attributes, Object.entries(drawing ?? {})) };
    if (Object.keys(added).length > 0) graph.mergeNodeAttributes(node, added);
  });
  graph.forEachEdge((edge, attributes) => {
    const label = extras.edgeLabels.get(edge);
    const added = fill(attributes, [...extras.defaults.edge, ['label', label]]);
    if (Object.keys(added).length > 0) graph.mergeEdgeAttributes(edge, added);
  });
  addImportNotes(graph, extras.notes);
}
