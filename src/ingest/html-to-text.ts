import { boilerplateSelector, isBoilerplateName, isBoilerplateText } from './boilerplate.js';
import {
  type DomElement,
  type DomNode,
  domRefusal,
  isElement,
  parseHtml,
  sourceRefusal,
  TEXT_NODE,
} from './dom.js';

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
const END_BLOCK = Symbol('end of block');
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

/**
 * The text of `root` as paragraphs (blank-line separated), leaving out boilerplate lines. Walked
 * with an explicit stack (an element's close is a marker pushed under its children), so nesting
 * of any depth costs linear time and no call stack.
 */
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
  const stack: (DomNode | typeof END_BLOCK)[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === END_BLOCK) {
      endBlock();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      line += node.textContent ?? '';
      continue;
    }
    if (!isElement(node) || SKIPPED.has(node.tagName)) continue;
    if (node.tagName === 'BR') {
      endLine();
      continue;
    }
    if (BLOCKS.has(node.tagName)) {
      endBlock();
      stack.push(END_BLOCK);
    } else if (node.tagName === 'TD' || node.tagName === 'TH') line += ' ';
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined) stack.push(child);
    }
  }
  endBlock();
  return blocks.filter((b) => !isBoilerplateText(b)).join('\n\n');
};

/**
 * HTML (a page or a fragment) to plain text, boilerplate removed. Used by every reader of HTML. A
 * fragment nested past the DOM limit keeps its boilerplate (finding it costs time with the depth);
 * one with more elements than the limit gives no text.
 */
export const htmlToText = (html: string): string => {
  if (sourceRefusal(html) !== undefined) return '';
  const doc = parseHtml(html);
  const body = doc.body ?? doc.documentElement;
  if (domRefusal(body) === undefined) stripBoilerplate(body);
  return elementText(body);
};
