// The little of the DOM the foreign-file passes (graphmlForeign.ts, gexfForeign.ts) read and rewrite: the browser's
// DOM and @xmldom/xmldom both have it, so the passes run in the app's worker and in Node alike.

export interface DomNode {
  nodeType: number;
  localName?: string | null;
  nodeName: string;
  textContent: string | null;
  parentNode: DomElement | null;
  childNodes: ArrayLike<DomNode>;
  nodeValue?: string | null;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  removeChild(child: DomNode): DomNode;
  appendChild(child: DomNode): DomNode;
  insertBefore(child: DomNode, reference: DomNode | null): DomNode;
  cloneNode(deep: boolean): DomElement;
}

export const ELEMENT_NODE = 1;

/** An element's name without its namespace prefix (`y:NodeLabel` → `NodeLabel`). */
export function localNameOf(node: DomNode): string {
  const name = node.localName ?? node.nodeName;
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}
