import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../test-support/run-cli.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'sitrep-cli-')), 'x.db');

describe('sitrep ingest / ls on the real corpus', {
  skip: skipWithoutShared('corpus', 'belarus-2022-12'),
}, () => {
  it('stores 5 documents with metadata and provenance, and nothing new the second time', () => {
    const db = tempDb();
    const first = runCli(['ingest', belarusCorpus(), '--db', db, '--json']);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).added, 5);
    const again = runCli(['ingest', belarusCorpus(), '--db', db, '--json']);
    assert.deepEqual(
      { added: JSON.parse(again.stdout).added, unchanged: JSON.parse(again.stdout).unchanged },
      { added: 0, unchanged: 5 },
    );

    const listed = JSON.parse(runCli(['ls', '--json', '--db', db]).stdout) as {
      id: string;
      origin: string;
      outlet: string | null;
      published: { value: string; precision: string; source: string; inferred: boolean } | null;
    }[];
    assert.equal(listed.length, 5);
    const byFile = (prefix: string) => listed.find((d) => d.origin.includes(`/${prefix}_`));
    assert.deepEqual(byFile('002')?.published, {
      value: '2022-12-07',
      precision: 'day',
      source: 'sidecar',
      inferred: false,
    });
    assert.deepEqual(byFile('001')?.published, {
      value: '2022-12-03',
      precision: 'day',
      source: 'inferred',
      inferred: true,
    });
    assert.equal(byFile('000')?.outlet, "CEPA (Europe's Edge)");
    for (const d of listed) assert.ok(['id', 'title', 'outlet', 'author', 'published'].every((k) => k in d));
  });

  it('shows one document by id prefix, and fails with 2 on an unknown id', () => {
    const db = tempDb();
    runCli(['ingest', belarusCorpus('002_913e2c98dca48d39.txt'), '--db', db, '--no-annotate']);
    const [doc] = JSON.parse(runCli(['ls', '--json', '--db', db]).stdout) as { id: string }[];
    const shown = runCli(['show', (doc?.id ?? '').slice(0, 6), '--db', db]);
    assert.equal(shown.code, 0);
    assert.match(shown.stdout, /published\s+2022-12-07 \(sidecar\)/);
    assert.equal(runCli(['show', 'ffffffffffff', '--db', db]).code, 2);
  });
});

describe('sitrep exit codes', () => {
  it('exits 2 on a usage error and 0 on --help', () => {
    assert.equal(runCli(['ingest']).code, 2);
    assert.equal(runCli(['no-such-command']).code, 2);
    const help = runCli(['ingest', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--db <file>/);
  });

  it('exits 1 when some inputs fail, stores the rest, and names each bad input once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bad-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.md'), '# A heading\n\nTwo battalions moved north on Tuesday.\n');
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    writeFileSync(
      join(dir, 'in', 'image.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    );
    writeFileSync(join(dir, 'in', 'lines.jsonl'), '{"title":"t","text":"A line that parses."}\nnot json\n');
    const r = runCli(['ingest', join(dir, 'in'), '--db', join(dir, 'x.db'), '--json']);
    assert.equal(r.code, 1);
    const summary = JSON.parse(r.stdout) as { added: number; failed: number };
    assert.deepEqual({ added: summary.added, failed: summary.failed }, { added: 2, failed: 3 });
    const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    assert.equal(errorLines.length, 3);
    for (const name of ['empty.txt', 'image.txt', 'lines.jsonl#line 2']) {
      assert.ok(
        errorLines.some((l) => l.includes(name)),
        `${name} in ${errorLines.join('\n')}`,
      );
    }
  });
});
