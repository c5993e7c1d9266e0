import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { projectRoot } from '../../core/shared-data.js';
import { belarusCorpus, skipWithoutShared } from '../../test-support/shared.js';

// Guards the embedded example (examples/belarus): the quickstart and the briefing depend on it.
const dir = join(projectRoot, 'examples', 'belarus');
const files = readdirSync(dir).filter((f) => f !== 'question.yaml');
const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .normalize('NFKC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const stripTags = (html: string): string => html.replace(/<[^>]+>/g, ' ');

/** Each article's body text, one entry per article (a feed holds several). */
const articles = (): { name: string; text: string }[] =>
  files.flatMap((f) => {
    const raw = read(f);
    if (f.endsWith('.md')) return [{ name: f, text: raw.split(/^---$/m)[2] ?? '' }];
    if (f.endsWith('.html'))
      return [{ name: f, text: stripTags(/<article>([\s\S]*)<\/article>/.exec(raw)?.[1] ?? '') }];
    if (f.endsWith('.xml')) {
      return [...raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>/g)].map((m, i) => ({
        name: `${f}#item ${i + 1}`,
        text: stripTags(m[1] ?? ''),
      }));
    }
    return [{ name: f, text: raw }];
  });

describe('the embedded Belarus example', () => {
  it('holds a dozen articles in Markdown, text, HTML and RSS', () => {
    assert.equal(articles().length, 12);
    const kinds = new Set(files.map((f) => f.slice(f.lastIndexOf('.'))));
    assert.deepEqual([...kinds].sort(), ['.html', '.md', '.txt', '.xml']);
  });

  it('keeps each article between 150 and 400 words', () => {
    for (const a of articles()) {
      const n = words(a.text).length;
      assert.ok(n >= 150 && n <= 400, `${a.name}: ${n} words`);
    }
  });

  it('gives every Markdown article complete front matter with a date in the example window', () => {
    for (const f of files.filter((name) => name.endsWith('.md'))) {
      const meta = parse(read(f).split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      for (const key of ['title', 'outlet', 'author', 'url'])
        assert.equal(typeof meta[key], 'string', `${f}: ${key}`);
      const published = String(meta.published);
      assert.match(published, /^2022-(10|11|12)-\d\d$/, f);
      assert.ok(published >= '2022-10-10' && published <= '2022-12-10', `${f}: ${published}`);
    }
  });

  it('states a bottom line on the question in every article', () => {
    const bottomLine =
      /unlikely|cannot rule out|cannot be excluded|less likely scenario|more likely no than yes/i;
    for (const a of articles()) assert.match(a.text, bottomLine, a.name);
  });

  it('contains every passage that examples/belarus-planted.json names, in the file it names', () => {
    const planted = JSON.parse(
      readFileSync(join(projectRoot, 'examples', 'belarus-planted.json'), 'utf8'),
    ) as {
      conflicts: { sides: { file: string; text: string }[] }[];
      notConflicts: { sides: { file: string; text: string }[] }[];
      bottomLines: Record<string, string>;
    };
    const byName = new Map(articles().map((a) => [a.name, a.text.replace(/\s+/g, ' ')]));
    const sides = [...planted.conflicts, ...planted.notConflicts].flatMap((c) => c.sides);
    const expected = [
      ...sides,
      ...Object.entries(planted.bottomLines).map(([file, text]) => ({ file, text })),
    ];
    assert.equal(Object.keys(planted.bottomLines).length, byName.size);
    for (const { file, text } of expected) {
      assert.ok(byName.get(file)?.toLowerCase().includes(text.toLowerCase()), `${file} lacks "${text}"`);
    }
  });

  it('repeats no 12-word run of the real corpus', {
    skip: skipWithoutShared('corpus', 'belarus-2022-12'),
  }, () => {
    const runs = new Set<string>();
    for (const f of readdirSync(belarusCorpus()).filter((name) => name.endsWith('.txt'))) {
      const w = words(readFileSync(belarusCorpus(f), 'utf8'));
      for (let i = 0; i + 12 <= w.length; i++) runs.add(w.slice(i, i + 12).join(' '));
    }
    for (const f of files) {
      const w = words(read(f));
      for (let i = 0; i + 12 <= w.length; i++) {
        const run = w.slice(i, i + 12).join(' ');
        assert.ok(!runs.has(run), `${f} repeats "${run}"`);
      }
    }
  });
});
