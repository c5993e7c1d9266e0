import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonlReader } from './jsonl.reader.js';
import { markdownReader } from './markdown.reader.js';
import type { ReaderInput, ReadOutcome } from './reader.js';
import { readerFor } from './readers.js';
import { textReader } from './text.reader.js';

const input = (origin: string, text: string, extra: Partial<ReaderInput> = {}): ReaderInput => ({
  origin,
  text,
  extension: origin.includes('.') ? (origin.split('.').pop() ?? '') : '',
  ...extra,
});
const ok = (o: ReadOutcome | undefined) => {
  assert.ok(o?.ok, JSON.stringify(o));
  return o.article;
};

describe('readerFor', () => {
  const table: ReadonlyArray<readonly [string, ReaderInput, string]> = [
    ['a .txt file', input('a.txt', 'Words.'), 'text'],
    ['a file with no extension', input('README', 'Words.'), 'text'],
    ['Markdown by extension', input('a.md', '# T\n\nx'), 'markdown'],
    ['HTML by extension', input('a.htm', '<p>x</p>'), 'html'],
    ['HTML by content type', input('https://x.org/a', '<p>x</p>', { contentType: 'text/html' }), 'html'],
    ['HTML sniffed in a .txt', input('a.txt', '<!DOCTYPE html>\n<html><body>x</body></html>'), 'html'],
    ['RSS sniffed without extension', input('-', '<?xml version="1.0"?><rss><channel/></rss>'), 'feed'],
    [
      'Atom by content type',
      input('https://x.org/f', '<feed/>', { contentType: 'application/atom+xml' }),
      'feed',
    ],
    ['JSONL by extension', input('a.jsonl', '{}'), 'jsonl'],
    ['JSON by content type', input('https://x.org/a', '[]', { contentType: 'application/json' }), 'jsonl'],
  ];
  for (const [name, given, expected] of table) it(name, () => assert.equal(readerFor(given).name, expected));
});

describe('textReader', () => {
  it('takes a short first line above a blank line as the title', () => {
    const a = ok(textReader.read(input('a.txt', 'What is Minsk preparing for\n\nBody text here.'))[0]);
    assert.deepEqual(a.meta.title, { value: 'What is Minsk preparing for', source: 'inferred' });
  });
  it('takes no title from a paragraph or a line that runs on', () => {
    for (const text of [
      'A long first sentence of running text ends here.\n\nMore.',
      'No blank line\nafter it',
      'x'.repeat(200),
    ]) {
      assert.equal(ok(textReader.read(input('a.txt', text))[0]).meta.title, undefined, text);
    }
  });
});

describe('markdownReader', () => {
  const md = `---
title: "Front matter title"
author: [Jane Doe, John Roe]
outlet: Minsk Monitor
date: 2022-12-07
url: https://example.org/a
---
# Heading title

Some **bold** and _italic_ text with a [link](https://x.org) and ![an image](i.png).

- a list item
> a quote
`;
  it('reads front matter as metadata and the body as plain text', () => {
    const a = ok(markdownReader.read(input('a.md', md))[0]);
    assert.deepEqual(a.meta.title, { value: 'Front matter title', source: 'front-matter' });
    assert.deepEqual(a.meta.author, { value: 'Jane Doe, John Roe', source: 'front-matter' });
    assert.equal(a.meta.outlet?.value, 'Minsk Monitor');
    assert.deepEqual(a.meta.published, {
      value: '2022-12-07',
      precision: 'day',
      source: 'front-matter',
      inferred: false,
    });
    assert.equal(a.meta.url, 'https://example.org/a');
    assert.equal(
      a.text.trim(),
      'Heading title\n\nSome bold and italic text with a link and .\n\na list item\na quote',
    );
  });
  it('falls back to the first # heading for the title, and warns on broken front matter', () => {
    const a = ok(markdownReader.read(input('b.md', 'Intro\n\n## Sub\n\n# Main heading\n\nText'))[0]);
    assert.equal(a.meta.title?.value, 'Main heading');
    const [broken] = markdownReader.read(input('c.md', '---\ntitle: [unclosed\n---\nBody'));
    assert.ok(broken?.ok);
    assert.equal(broken.diagnostics[0]?.severity, 'warning');
    assert.equal(broken.article.text, 'Body');
  });
  it('does not treat snake_case words as emphasis', () => {
    assert.equal(
      ok(markdownReader.read(input('d.md', 'the snake_case_name stays'))[0]).text,
      'the snake_case_name stays',
    );
  });
});

describe('jsonlReader', () => {
  const lines = [
    JSON.stringify({
      title: 'One',
      text: 'First article.',
      outlet: 'A',
      author: 'Jane',
      published: '2022-12-07',
      url: 'https://a/1',
    }),
    '{"title": "broken", "text": ',
    '',
    JSON.stringify({ title: 'No text' }),
    JSON.stringify({ text: 'Third article.', published: null, author: null }),
  ].join('\n');
  it('reads one article a line; a bad line fails alone, naming its line', () => {
    const out = jsonlReader.read(input('a.jsonl', lines));
    assert.equal(out.length, 4);
    const [first, bad, noText, last] = out;
    const a = ok(first);
    assert.equal(a.origin, 'a.jsonl#line 1');
    assert.deepEqual(a.meta.published, {
      value: '2022-12-07',
      precision: 'day',
      source: 'jsonl',
      inferred: false,
    });
    assert.deepEqual(a.meta.author, { value: 'Jane', source: 'jsonl' });
    assert.ok(bad && !bad.ok);
    assert.equal(bad.diagnostic.source, 'a.jsonl#line 2');
    assert.match(bad.diagnostic.reason, /^not JSON \(/);
    assert.ok(noText && !noText.ok);
    assert.match(noText.diagnostic.reason, /text/);
    assert.equal(ok(last).meta.author, undefined);
  });
  it('reads a .json array, and refuses a .json that is not JSON', () => {
    const out = jsonlReader.read(input('a.json', JSON.stringify([{ text: 'x' }, { text: 'y', title: 'Y' }])));
    assert.deepEqual(
      out.map((o) => o.ok && o.article.origin),
      ['a.json#item 1', 'a.json#item 2'],
    );
    const [bad] = jsonlReader.read(input('b.json', '[{"text": "x"},'));
    assert.ok(bad && !bad.ok && bad.diagnostic.source === 'b.json');
  });
});
