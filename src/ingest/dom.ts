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
