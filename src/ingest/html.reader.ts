import { Readability } from '@mozilla/readability';
import { type DocumentMeta, diagnostic } from '../core/index.js';
import { type DomNode, domRefusal, parseHtml, sourceRefusal } from './dom.js';
import { htmlMeta } from './html-meta.js';
import { elementText, stripBoilerplate } from './html-to-text.js';
import { failure, firstElement, type Reader, success } from './reader.js';

const HTML_EXTENSIONS = ['html', 'htm', 'xhtml', 'shtml'];

/** The main text of a page: boilerplate stripped, then Readability, then the page body if it finds nothing. */
const mainText = (
  html: string,
): { text: string; title?: string; meta: DocumentMeta } | { refused: string } => {
  const tooLarge = sourceRefusal(html);
  if (tooLarge !== undefined) return { refused: tooLarge };
  const doc = parseHtml(html);
  const body = doc.body ?? doc.documentElement;
  const refused = domRefusal(doc.documentElement);
  if (refused !== undefined) return { refused };
  const meta = htmlMeta(doc);
  const h1 = body.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  stripBoilerplate(body);
  const reader = new Readability<DomNode>(doc as never, {
    serializer: (node) => node as unknown as DomNode,
    charThreshold: 100,
  });
  let article: ReturnType<typeof reader.parse> = null;
  try {
    article = reader.parse();
  } catch {
    article = null;
  }
  const extracted = article?.content ? elementText(article.content) : '';
  const text = extracted !== '' ? extracted : elementText(parseHtml(html).body ?? body);
  const title = h1 || article?.title?.trim() || undefined;
  return { text, meta, ...(title === undefined ? {} : { title }) };
};

export const htmlReader: Reader = {
  name: 'html',
  accepts: (input) =>
    HTML_EXTENSIONS.includes(input.extension) ||
    input.contentType === 'text/html' ||
    input.contentType === 'application/xhtml+xml' ||
    firstElement(input) === 'html' ||
    /^\s*<!doctype html/i.test(input.text.slice(0, 512)),
  read: (input) => {
    const main = mainText(input.text);
    if ('refused' in main) return [failure(diagnostic(input.origin, 'ingest/html-limit', main.refused))];
    const { text, title, meta } = main;
    if (text.trim() === '')
      return [failure(diagnostic(input.origin, 'ingest/no-text', 'HTML page has no readable text'))];
    const withTitle: DocumentMeta =
      meta.title === undefined && title !== undefined
        ? { ...meta, title: { value: title, source: 'html-meta' } }
        : meta;
    return [success({ origin: input.origin, format: 'html', text, meta: withTitle })];
  },
};
