import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { deepHtml, jsonlWithHugeRecord, plainArticle, writeFiles } from '../test-support/hostile-files.js';
import { runCli } from '../test-support/run-cli.js';

interface Case {
  readonly name: string;
  readonly files: Record<string, string | Uint8Array>;
  /** The one error line, matched whole. */
  readonly line: RegExp;
}

const cases: readonly Case[] = [
  {
    name: 'HTML nested 10,000 deep',
    files: { 'deep.html': deepHtml(10_000) },
    line: /^error: \S+deep\.html: HTML nested over 200 elements deep \[ingest\/html-limit\]$/,
  },
  {
    name: 'HTML with 300,000 elements',
    files: { 'wide.html': `<html><body>${'<span>x</span>'.repeat(300_000)}</body></html>` },
    line: /^error: \S+wide\.html: HTML has over 100,000 elements \[ingest\/html-limit\]$/,
  },
  {
    name: 'a 15 MB text on one line',
    files: { 'line.txt': 'word '.repeat(3_000_000) },
    line: /^error: \S+line\.txt: text is 15 M characters, over the 2 M cap \[ingest\/too-long\]$/,
  },
  {
    name: 'a 30 MB record inside a small .jsonl.gz',
    files: { 'records.jsonl.gz': jsonlWithHugeRecord(30_000_000) },
    line: /^error: \S+records\.jsonl\.gz#line 2: text is 30 M characters, over the 2 M cap \[ingest\/too-long\]$/,
  },
];

describe('hostile input: one line each, exit 1, the other inputs stored', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dir = writeFiles({ ...c.files, 'plain.txt': plainArticle });
      const db = join(dir, 'x.db');
      const inputs = [...Object.keys(c.files), 'plain.txt'].map((f) => join(dir, f));
      const run = runCli(['ingest', ...inputs, '--db', db, '--no-annotate', '--json']);
      assert.equal(run.code, 1, run.stderr);
      const lines = run.stderr.trim().split('\n');
      assert.equal(lines.length, 1, run.stderr);
      assert.match(lines[0] ?? '', c.line);
      const summary = JSON.parse(run.stdout) as { documents: { origin: string }[] };
      assert.ok(
        summary.documents.some((d) => d.origin.endsWith('plain.txt')),
        run.stdout,
      );
    });
  }
});
