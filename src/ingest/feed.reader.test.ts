import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feedReader } from './feed.reader.js';
import type { ReaderInput } from './reader.js';

const input = (text: string, extension = 'xml'): ReaderInput => ({ origin: 'feed.xml', text, extension });

const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Minsk Monitor</title><language>en</language>
<item><title>Ministers meet &amp; talk</title><link>https://example.org/a</link>
<dc:creator>Jane Doe</dc:creator><pubDate>Wed, 07 Dec 2022 23:30:00 -0500</pubDate>
<description>&lt;p&gt;Short teaser only.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>The full text of the report.</p><p>A second paragraph with more.</p><p>Read more: <a href="/b">other</a></p>]]></content:encoded></item>
<item><title>Teaser only</title><description>&lt;p&gt;Escaped &amp;amp; HTML body.&lt;/p&gt;</description></item>
<item><title>Nothing in it</title></item>
</channel></rss>`;

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
<entry><title type="html">A &lt;em&gt;styled&lt;/em&gt; title</title><link rel="alternate" href="https://example.org/x"/>
<author><name>John Roe</name></author><published>2022-12-05T08:00:00Z</published><updated>2022-12-06T08:00:00Z</updated>
<summary>Summary only.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Atom body &amp; more.</p></div></content></entry>
</feed>`;

describe('feedReader', () => {
  it('reads one article per RSS item, full content over the description', () => {
    const out = feedReader.read(input(rss));
    assert.equal(out.length, 3);
    const [first, second, third] = out;
    assert.ok(first?.ok && second?.ok);
    assert.equal(first.article.text, 'The full text of the report.\n\nA second paragraph with more.');
    assert.equal(first.article.origin, 'feed.xml#item 1');
    assert.deepEqual(first.article.meta.title, { value: 'Ministers meet & talk', source: 'feed' });
    assert.deepEqual(first.article.meta.outlet, { value: 'Minsk Monitor', source: 'feed' });
    assert.deepEqual(first.article.meta.author, { value: 'Jane Doe', source: 'feed' });
    // The date as written in its own time zone, not moved to UTC.
    assert.deepEqual(first.article.meta.published, {
      value: '2022-12-07',
      precision: 'day',
      source: 'feed',
      inferred: false,
    });
    assert.equal(first.article.meta.url, 'https://example.org/a');
    assert.equal(second.article.text, 'Escaped & HTML body.');
    assert.ok(third && !third.ok);
    assert.equal(third.diagnostic.source, 'feed.xml#item 3');
  });

  it('reads Atom entries: xhtml content, author name, published date', () => {
    const [entry] = feedReader.read(input(atom, 'atom'));
    assert.ok(entry?.ok);
    assert.equal(entry.article.text, 'Atom body & more.');
    assert.equal(entry.article.meta.title?.value, 'A styled title');
    assert.equal(entry.article.meta.author?.value, 'John Roe');
    assert.equal(entry.article.meta.published?.value, '2022-12-05');
    assert.equal(entry.article.meta.outlet?.value, 'Atom Outlet');
    assert.equal(entry.article.meta.url, 'https://example.org/x');
  });

  it('refuses an entity-expansion bomb before parsing, in bounded memory', () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n${lol.join('\n')}\n]>\n<rss version="2.0"><channel><title>x</title><item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
    const before = process.memoryUsage().heapUsed;
    const out = feedReader.read(input(bomb));
    assert.ok(process.memoryUsage().heapUsed - before < 50 * 1024 * 1024);
    assert.equal(out.length, 1);
    assert.ok(out[0] && !out[0].ok);
    assert.equal(out[0].diagnostic.source, 'feed.xml');
    assert.match(out[0].diagnostic.reason, /DOCTYPE.*entit/);
  });

  it('refuses an external entity', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]><rss><channel><item><description>&xxe;</description></item></channel></rss>`;
    const [out] = feedReader.read(input(xxe));
    assert.ok(out && !out.ok);
    assert.equal(out.diagnostic.ruleId, 'ingest/xml-entities');
  });

  it('does not mistake a DOCTYPE inside an item CDATA for a declaration', () => {
    const feed = rss.replace('<p>The full text', '<!DOCTYPE html><p>The full text');
    assert.ok(feedReader.read(input(feed))[0]?.ok);
  });

  it('refuses XML that is not a feed, and a feed with no items', () => {
    const [notFeed] = feedReader.read(input('<?xml version="1.0"?><catalog><book/></catalog>'));
    assert.ok(notFeed && !notFeed.ok && /not an RSS or Atom feed/.test(notFeed.diagnostic.reason));
    const [empty] = feedReader.read(input('<rss><channel><title>t</title></channel></rss>'));
    assert.ok(empty && !empty.ok && /no items/.test(empty.diagnostic.reason));
  });

  it('is chosen by sniffing the first element, not only by extension', () => {
    assert.ok(feedReader.accepts({ origin: 'x.txt', text: rss, extension: 'txt' }));
    assert.ok(feedReader.accepts({ origin: 'x', text: atom, extension: '' }));
    assert.ok(
      !feedReader.accepts({
        origin: 'x.xml',
        text: '<!doctype html><html><body>x</body></html>',
        extension: 'xml',
      }),
    );
    assert.ok(
      !feedReader.accepts({ origin: 'x.txt', text: 'plain words about <rss feeds>', extension: 'txt' }),
    );
  });
});
