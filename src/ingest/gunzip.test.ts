import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { sharedPath } from '../core/index.js';
import { skipWithoutShared } from '../test-support/shared.js';
import { type CollectOptions, collectArticles } from './collect.js';
import type { ReadOutcome } from './reader.js';

const collect = async (inputs: string[], options: CollectOptions = {}): Promise<ReadOutcome[]> => {
  const out: ReadOutcome[] = [];
  for await (const o of collectArticles(inputs, options)) out.push(o);
  return out;
};

const lines = [
  {
    title: 'Depot fire',
    outlet: 'Example Wire',
    published: '2022-10-02',
    text: 'A fire broke out at a fuel depot on Sunday night.',
  },
  {
    title: 'Bridge repaired',
    outlet: 'Example Wire',
    published: '2022-10-09',
    text: 'Engineers reopened the bridge to light traffic.',
  },
];

describe('gzip-compressed inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gz-'));
  const jsonl = lines.map((l) => JSON.stringify(l)).join('\n');

  it('reads a .jsonl.gz file as JSON lines, and a .txt.gz file as text', async () => {
    writeFileSync(join(dir, 'wire.jsonl.gz'), gzipSync(jsonl));
    writeFileSync(join(dir, 'note.txt.gz'), gzipSync('Convoy seen\n\nThe convoy moved west at dawn.'));
    const outcomes = await collect([join(dir, 'wire.jsonl.gz'), join(dir, 'note.txt.gz')]);
    const articles = outcomes.flatMap((o) => (o.ok ? [o.article] : []));
    assert.equal(outcomes.length, 3, JSON.stringify(outcomes));
    assert.deepEqual(
      articles.map((a) => [a.format, a.meta.title?.value, a.meta.published?.value]),
      [
        ['jsonl', 'Depot fire', '2022-10-02'],
        ['jsonl', 'Bridge repaired', '2022-10-09'],
        ['text', 'Convoy seen', articles[2]?.meta.published?.value],
      ],
    );
    assert.match(articles[0]?.origin ?? '', /wire\.jsonl\.gz#line 1$/);
  });

  it('refuses a small file that unpacks past the cap, damaged data, and gzip inside gzip, and reads the rest', async () => {
    writeFileSync(join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(5 * 1024 * 1024, 'a')));
    writeFileSync(join(dir, 'cut.jsonl.gz'), gzipSync(jsonl).subarray(0, 30));
    writeFileSync(join(dir, 'twice.txt.gz'), gzipSync(gzipSync('nested words here')));
    writeFileSync(join(dir, 'fine.txt'), 'An ordinary short report about a quiet day.');
    const names = ['bomb.txt.gz', 'cut.jsonl.gz', 'twice.txt.gz', 'fine.txt'];
    const outcomes = await collect(
      names.map((n) => join(dir, n)),
      { maxBytes: 64 * 1024 },
    );
    const failures = outcomes.flatMap((o) =>
      o.ok ? [] : [[o.diagnostic.source.split('/').at(-1), o.diagnostic.ruleId]],
    );
    assert.deepEqual(failures, [
      ['bomb.txt.gz', 'ingest/too-large'],
      ['cut.jsonl.gz', 'ingest/bad-gzip'],
      ['twice.txt.gz', 'ingest/bad-gzip'],
    ]);
    const bomb = outcomes.find((o) => !o.ok && o.diagnostic.source.endsWith('bomb.txt.gz'));
    assert.match(bomb && !bomb.ok ? bomb.diagnostic.reason : '', /unpacks to over the 1280 KB cap/);
    assert.equal(outcomes.filter((o) => o.ok).length, 1);
  });

  const corpus = ['corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz'] as const;
  it('reads the real 6,879-article war-media corpus straight from its .jsonl.gz, with outlet and date', {
    skip: skipWithoutShared(...corpus),
  }, async () => {
    const outcomes = await collect([sharedPath(...corpus)]);
    const articles = outcomes.flatMap((o) => (o.ok ? [o.article] : []));
    assert.equal(articles.length, 6879);
    assert.equal(outcomes.length, articles.length, 'no line fails');
    assert.ok(articles.every((a) => a.meta.outlet?.value && a.meta.published?.source === 'jsonl'));
    assert.equal(new Set(articles.map((a) => a.meta.outlet?.value)).size, 15);
  });
});
