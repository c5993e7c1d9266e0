import { boilerplateSelector, isBoilerplateName, isBoilerplateText } from './boilerplate.js';
import { type DomElement, type DomNode, isElement, parseHtml, TEXT_NODE } from './dom.js';

const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TR UL'.split(
    ' ',
  ),
);
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
  'SVG',
  'IMG',
  'PICTURE',
  'VIDEO',
]);
const KEEP = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
/** An element holding more than this share of the page's text is never dropped as furniture. */
const MAX_FURNITURE_SHARE = 0.4;

/**
 * Removes navigation, cookie banners, share bars, newsletter boxes and the like from `root`,
 * by tag and by class or id, but never an element that holds most of the page's text.
 */
export const stripBoilerplate = (root: DomElement): void => {
  for (const el of Array.from(root.querySelectorAll(boilerplateSelector))) el.remove();
  const total = (root.textContent ?? '').length;
  for (const el of Array.from(root.querySelectorAll('[class],[id]'))) {
    if (KEEP.has(el.tagName)) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!isBoilerplateName(name)) continue;
    if ((el.textContent ?? '').length > total * MAX_FURNITURE_SHARE) continue;
    el.remove();
  }
};

/** The text of `root` as paragraphs (blank-line separated), leaving out boilerplate lines. */
export const elementText = (root: DomNode): string => {
  const blocks: string[] = [];
  let line = '';
  let lines: string[] = [];
  const endLine = (): void => {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean !== '' && !isBoilerplateText(clean)) lines.push(clean);
    line = '';
  };
  const endBlock = (): void => {
    endLine();
    if (lines.length > 0) blocks.push(lines.join('\n'));
    lines = [];
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      return;
    }
    if (!isElement(node) || SKIPPED.has(node.tagName)) return;
    if (node.tagName === 'BR') {
      endLine();
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) endBlock();
    else if (node.tagName === 'TD' || node.tagName === 'TH') line += ' ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) endBlock();
  };
  walk(root);
  endBlock();
  return blocks.filter((b) => !isBoilerplateText(b)).join('\n\n');
};

/** HTML (a page or a fragment) to plain text, boilerplate removed. Used by every reader of HTML. */
export const htmlToText = (html: string): string => {
  const doc = parseHtml(html);
  const body = doc.body ?? doc.documentElement;
  stripBoilerplate(body);
  return elementText(body);
};
