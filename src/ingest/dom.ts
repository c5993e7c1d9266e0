import { DOMParser } from 'linkedom';

/**
 * The few DOM features the HTML and feed readers use, so that linkedom's own types stay inside
 * this file.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

const hasDocumentShell = (html: string): boolean => /<(?:html|body)[\s>]/i.test(html.slice(0, 4096));

/** Parses a page or a fragment (a fragment is wrapped so that it always has a body). */
export const parseHtml = (html: string): DomDocument => {
  const source = hasDocumentShell(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return new DOMParser().parseFromString(source, 'text/html') as unknown as DomDocument;
};

export const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

/** Deepest nesting and most elements a page may have: past them, Readability's passes grow too slowly. */
export const MAX_DOM_DEPTH = 200;
export const MAX_DOM_NODES = 100_000;

/**
 * Why a parsed page is too deep or too large to read, or undefined when it is within the limits.
 * Walked with an explicit stack, and stopped at the first limit passed, so a hostile page costs
 * no more than the limit to measure.
 */
export const domRefusal = (root: DomNode): string | undefined => {
  const stack: [DomNode, number][] = [[root, 0]];
  let nodes = 0;
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (depth > MAX_DOM_DEPTH) return `HTML nested over ${MAX_DOM_DEPTH} elements deep`;
    if (++nodes > MAX_DOM_NODES) return tooManyElements;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined && isElement(child)) stack.push([child, depth + 1]);
    }
  }
  return undefined;
};

const tooManyElements = `HTML has over ${MAX_DOM_NODES.toLocaleString('en')} elements`;

/**
 * Counts start tags in the source, before parsing: a page with more of them than the element limit
 * is refused without paying for the parse.
 */
export const sourceRefusal = (html: string): string | undefined => {
  let tags = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    // A-Z or a-z: an element's start tag.
    if ((next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a && ++tags > MAX_DOM_NODES) return tooManyElements;
  }
  return undefined;
};
