import { XMLParser } from 'fast-xml-parser';

/** Largest feed parsed, in characters: a feed is bounded before parsing, whatever the file cap. */
export const MAX_FEED_CHARS = 20 * 1024 * 1024;

export type FeedNode = Record<string, unknown>;
export type ParsedFeed =
  | { readonly ok: true; readonly root: FeedNode }
  | { readonly ok: false; readonly reason: string; readonly ruleId: string };

const CDATA_OR_COMMENT = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g;
const DECLARATION = /<!(DOCTYPE|ENTITY)\b/i;

/**
 * A feed must not declare a DTD: internal entities allow expansion bombs ("billion laughs") and
 * external ones read files or URLs. RSS and Atom never need one, so any declaration is refused
 * before the parser sees the document.
 */
export const unsafeDeclaration = (xml: string): string | undefined => {
  const m = DECLARATION.exec(xml.replace(CDATA_OR_COMMENT, ''));
  return m === null ? undefined : (m[1] ?? '').toUpperCase();
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Item bodies are kept raw (HTML, escaped or in CDATA) and turned into text by the HTML reader.
  stopNodes: ['*.description', '*.content:encoded', '*.content', '*.summary'],
  isArray: (name) => ['item', 'entry', 'link', 'author', 'category'].includes(name),
  processEntities: true,
  htmlEntities: false,
});

export const parseFeedXml = (xml: string): ParsedFeed => {
  if (xml.length > MAX_FEED_CHARS) {
    const mb = (xml.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      ruleId: 'ingest/too-large',
      reason: `feed is ${mb} MB of text, over the ${MAX_FEED_CHARS / 1024 / 1024} MB feed limit`,
    };
  }
  const declared = unsafeDeclaration(xml);
  if (declared !== undefined) {
    return {
      ok: false,
      ruleId: 'ingest/xml-entities',
      reason: `feed declares a ${declared} (entity expansion and external entities are refused)`,
    };
  }
  try {
    const root: unknown = parser.parse(xml);
    if (root === null || typeof root !== 'object')
      return { ok: false, ruleId: 'ingest/not-a-feed', reason: 'not XML' };
    return { ok: true, root: root as FeedNode };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, ruleId: 'ingest/not-a-feed', reason: `not well-formed XML (${why})` };
  }
};

const XML_ENTITY = /&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const decodeXmlEntities = (s: string): string =>
  s.replace(XML_ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/**
 * The HTML an item body holds, from the raw text the parser kept: CDATA sections as they are,
 * escaped HTML unescaped once; XHTML (Atom type="xhtml") is markup already.
 */
export const bodyHtml = (raw: string, type?: string): string => {
  if (type === 'xhtml') return raw;
  const html = raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('');
  return type === 'text' ? html.replace(/&/g, '&amp;').replace(/</g, '&lt;') : html;
};
