import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';
import { isBoilerplateText } from './boilerplate.js';
import { collectArticles } from './collect.js';
import { feedReader } from './feed.reader.js';
import { htmlReader } from './html.reader.js';
import { normalizeText } from './normalize.js';

const skip = skipWithoutShared('corpus', 'belarus-2022-12');
const files = (): string[] =>
  skip
    ? []
    : readdirSync(belarusCorpus())
        .filter((f) => f.endsWith('.txt'))
        .sort();
const paragraphs = (text: string): string[] =>
  normalizeText(text)
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Page furniture of the kind news sites wrap articles in; none of it may reach the extracted text. */
const FURNITURE = [
  'Subscribe to our weekly newsletter',
  'We use cookies to personalise content',
  'Accept all cookies',
  'Share on Facebook',
  'Share on LinkedIn',
  'Read more: Sanctions tracker',
  'Related stories',
  'All rights reserved',
  'Skip to content',
  'Privacy policy',
  'appeared first on',
];

const page = (
  body: string[],
  n: number,
): string => `<!DOCTYPE html><html lang="en"><head><title>Doc ${n} | Outlet</title>
<meta property="og:site_name" content="Outlet"></head><body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="/">Outlet</a><nav><ul><li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div id="cookie-consent" class="banner"><p>We use cookies to personalise content and ads and to analyse our traffic.</p><button>Accept all cookies</button><a href="/privacy">Privacy policy</a></div>
<main id="main"><article><h1>Headline of document ${n}</h1>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>
${body.map((p, i) => `<p>${escapeHtml(p)}</p>${i === 2 ? '\n<p><strong><a href="/sanctions">Read more: Sanctions tracker</a></strong></p>' : ''}`).join('\n')}
<div class="newsletter-signup"><h3>Stay informed</h3><p>Subscribe to our weekly newsletter and get analysis in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>
</article>
<aside class="related-posts"><h2>Related stories</h2><ul><li><a href="/a">Sanctions and the Belarusian economy</a></li><li><a href="/b">Belarusian opposition in exile</a></li></ul></aside></main>
<footer><p>© 2022 Outlet. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer></body></html>`;

const feed = (body: string[], n: number): string => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Outlet</title><link>https://example.org</link>
<item><title>Headline of document ${n}</title><link>https://example.org/${n}</link><pubDate>Wed, 07 Dec 2022 10:00:00 GMT</pubDate>
<description>${escapeHtml(`<p>${escapeHtml(body[0] ?? '')}</p>`)}</description>
<content:encoded><![CDATA[${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="/sanctions">Read more: Sanctions tracker</a></p>
<div class="sharedaddy"><a href="#">Share on Facebook</a> <a href="#">Share on LinkedIn</a></div>
<p>The post <a href="https://example.org/${n}">Headline of document ${n}</a> appeared first on <a href="https://example.org">Outlet</a>.</p>]]></content:encoded>
</item></channel></rss>`;

/**
 * Every paragraph of the article is in the extracted text, except the few lines of web furniture
 * the corpus files themselves kept ("Read More", "Related posts"); those may be at most 2% of it.
 */
const assertClean = (name: string, extracted: string, body: string[]): void => {
  const flat = paragraphs(extracted).join('\n');
  const expected = body.filter((p) => !isBoilerplateText(p));
  const dropped = body.filter((p) => isBoilerplateText(p)).join('').length;
  assert.ok(dropped <= body.join('').length * 0.02, `${name}: ${dropped} characters judged boilerplate`);
  for (const p of expected) assert.ok(flat.includes(p), `${name}: missing paragraph "${p.slice(0, 60)}..."`);
  for (const junk of FURNITURE) assert.ok(!flat.includes(junk), `${name}: boilerplate "${junk}" kept`);
};

describe('the corpus wrapped in real-world page furniture', { skip }, () => {
  for (const [n, file] of files().entries()) {
    const body = paragraphs(readFileSync(belarusCorpus(file), 'utf8'));
    it(`${file} as an HTML page yields its text and none of the furniture`, () => {
      const [out] = htmlReader.read({ origin: `${file}.html`, text: page(body, n), extension: 'html' });
      assert.ok(out?.ok);
      assertClean(file, out.article.text, body);
      assert.equal(out.article.meta.language?.value, 'en');
    });
    it(`${file} as an RSS item yields its text and none of the furniture`, () => {
      const [out] = feedReader.read({ origin: `${file}.rss`, text: feed(body, n), extension: 'rss' });
      assert.ok(out?.ok);
      assertClean(file, out.article.text, body);
      assert.equal(out.article.meta.published?.value, '2022-12-07');
    });
  }
});

describe('metadata of the corpus folder', { skip }, () => {
  it('takes sidecar values and infers a not-before date for 001 from the text', async () => {
    const byFile = new Map<string, { published?: unknown; outlet?: unknown; author?: unknown }>();
    for await (const o of collectArticles([belarusCorpus()])) {
      assert.ok(o.ok, JSON.stringify(o));
      byFile.set(o.article.origin.split(/[/\\]/).pop()?.slice(0, 3) ?? '', o.article.meta);
    }
    assert.equal(byFile.size, 5);
    assert.deepEqual(byFile.get('002')?.published, {
      value: '2022-12-07',
      precision: 'day',
      source: 'sidecar',
      inferred: false,
    });
    assert.deepEqual(byFile.get('001')?.published, {
      value: '2022-12-03',
      precision: 'day',
      source: 'inferred',
      inferred: true,
    });
    assert.deepEqual(byFile.get('000')?.author, { value: 'Tadeusz Giczan', source: 'sidecar' });
    // null in sources.json means unknown: nothing is made up for it.
    assert.equal(byFile.get('004')?.outlet, undefined);
  });
});
