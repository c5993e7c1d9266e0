import { type DocumentMeta, diagnostic } from '../core/index.js';
import { bodyHtml, type FeedNode, parseFeedXml } from './feed-xml.js';
import { htmlToText } from './html-to-text.js';
import { dateValueOf } from './metadata/date-patterns.js';
import { failure, firstElement, type Reader, type ReaderInput, type ReadOutcome, success } from './reader.js';

const MAX_ITEMS = 10_000;

const asNode = (v: unknown): FeedNode | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as FeedNode) : undefined;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The text of a parsed element: a string, a number, or `{ '#text': ... }` when it has attributes. */
const textOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  const node = asNode(v);
  return node === undefined ? undefined : textOf(node['#text']);
};
const plain = (s: string | undefined): string | undefined =>
  s
    ?.replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim() || undefined;

const bodyOf = (item: FeedNode, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const v = item[key];
    const raw = textOf(v);
    if (raw === undefined) continue;
    const type = textOf(asNode(v)?.['@_type']);
    const text = htmlToText(bodyHtml(raw, type));
    if (text !== '') return text;
  }
  return undefined;
};

const linkOf = (item: FeedNode): string | undefined => {
  for (const link of asList(item.link)) {
    const node = asNode(link);
    if (node === undefined) return textOf(link);
    const rel = textOf(node['@_rel']);
    if (rel === undefined || rel === 'alternate') return textOf(node['@_href']) ?? textOf(node);
  }
  return textOf(item.guid);
};

const authorOf = (item: FeedNode): string | undefined => {
  const first = asList(item.author)[0] ?? item['dc:creator'];
  return plain(textOf(asNode(first)?.name) ?? textOf(first));
};

interface Channel {
  readonly items: unknown[];
  readonly outlet?: string;
  readonly language?: string;
}

const channelOf = (root: FeedNode): Channel | undefined => {
  const rss = asNode(asNode(root.rss)?.channel);
  const rdf = asNode(root['rdf:RDF']);
  const atom = asNode(root.feed);
  const channel = rss ?? asNode(rdf?.channel) ?? atom;
  if (channel === undefined) return undefined;
  const items = asList(rss?.item ?? rdf?.item ?? atom?.entry);
  const outlet = plain(textOf(channel.title));
  const language =
    textOf(channel.language) ?? textOf(channel['dc:language']) ?? textOf(channel['@_xml:lang']);
  return {
    items,
    ...(outlet === undefined ? {} : { outlet }),
    ...(language === undefined ? {} : { language }),
  };
};

const itemOutcome = (item: FeedNode, channel: Channel, origin: string): ReadOutcome => {
  const text = bodyOf(item, 'content:encoded', 'content', 'description', 'summary');
  if (text === undefined) return failure(diagnostic(origin, 'ingest/empty', 'feed item has no text'));
  const title = plain(textOf(item.title));
  const author = authorOf(item);
  const date = dateValueOf(
    textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item.published) ?? textOf(item.updated),
  );
  const url = linkOf(item);
  const source = 'feed' as const;
  const meta: DocumentMeta = {
    ...(title === undefined ? {} : { title: { value: title, source } }),
    ...(author === undefined ? {} : { author: { value: author, source } }),
    ...(channel.outlet === undefined ? {} : { outlet: { value: channel.outlet, source } }),
    ...(date === undefined ? {} : { published: { ...date, source, inferred: false } }),
    ...(channel.language === undefined ? {} : { language: { value: channel.language, source } }),
    ...(url === undefined ? {} : { url }),
  };
  return success({ origin, format: 'feed', text, meta });
};

const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/rdf+xml',
];

export const feedReader: Reader = {
  name: 'feed',
  accepts: (input: ReaderInput) => {
    const first = firstElement(input);
    if (first === 'rss' || first === 'feed' || first === 'rdf:rdf') return true;
    if (first === 'html') return false;
    return ['rss', 'atom', 'xml'].includes(input.extension) || FEED_TYPES.includes(input.contentType ?? '');
  },
  read: (input) => {
    const parsed = parseFeedXml(input.text);
    if (!parsed.ok) return [failure(diagnostic(input.origin, parsed.ruleId, parsed.reason))];
    const channel = channelOf(parsed.root);
    if (channel === undefined)
      return [failure(diagnostic(input.origin, 'ingest/not-a-feed', 'not an RSS or Atom feed'))];
    if (channel.items.length === 0)
      return [failure(diagnostic(input.origin, 'ingest/empty', 'feed has no items'))];
    const outcomes = channel.items
      .slice(0, MAX_ITEMS)
      .map((item, i) => itemOutcome(asNode(item) ?? {}, channel, `${input.origin}#item ${i + 1}`));
    if (channel.items.length > MAX_ITEMS) {
      const reason = `feed has ${channel.items.length} items; only the first ${MAX_ITEMS} were read`;
      outcomes.push(failure(diagnostic(input.origin, 'ingest/too-many-items', reason, 'warning')));
    }
    return outcomes;
  },
};
