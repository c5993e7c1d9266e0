import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { documentIdOf } from '../core/index.js';
import { normalizeText } from '../ingest/index.js';
import {
  deepHtml,
  jsonlWithHugeRecord,
  plainArticle,
  smallDisk,
  tempFolder,
  writeFiles,
} from '../test-support/hostile-files.js';
import { cliPath, runCli } from '../test-support/run-cli.js';

/** The ids of the unprivileged user "nobody" on Linux. */
const NOBODY = 65534;

/** Whether a user without rights of its own may run node and read the CLI (every folder above them searchable). */
function othersCanRun(): boolean {
  const searchable = (path: string): boolean => (statSync(path).mode & 0o001) !== 0;
  const reachable = (path: string): boolean => {
    for (let dir = dirname(path); ; dir = dirname(dir)) {
      if (!searchable(dir)) return false;
      if (dir === dirname(dir)) return true;
    }
  };
  return (
    searchable(process.execPath) &&
    reachable(process.execPath) &&
    (statSync(cliPath).mode & 0o004) !== 0 &&
    reachable(cliPath)
  );
}

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

/** Bytes of `s` in a single-byte encoding, by inverting its decoder. */
const singleByte = (s: string, encoding: string): Uint8Array => {
  const all = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  return Uint8Array.from([...s], (c) => all.indexOf(c));
};

describe('hostile names and folders', () => {
  it('a KOI8-R text is stored as Cyrillic (not read as Windows-1251) with one line saying so', () => {
    // An invented sentence, in KOI8-R bytes.
    const russian =
      'Вчера вечером колонна грузовиков прошла через мост у северной границы, сообщили жители.\n';
    const dir = writeFiles({ 'ru.txt': singleByte(russian, 'koi8-r'), 'plain.txt': plainArticle });
    const db = join(tempFolder(), 'x.db');
    const run = runCli(['ingest', dir, '--db', db, '--no-annotate']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^2 added/);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      `info: ${join(dir, 'ru.txt')}: not valid UTF-8; decoded as KOI8-R (Cyrillic) [ingest/encoding]`,
    ]);
    // Ids are hashes of the stored text: the document is there under the id of the right Cyrillic.
    const id = documentIdOf(normalizeText(russian));
    assert.equal(runCli(['extract', id, '--db', db]).code, 0, `no document ${id}`);
  });

  it('a file name holding a newline cannot forge a line: it is escaped in its one line', () => {
    const forged = 'bad\nerror: all fine.png';
    const dir = writeFiles({
      [forged]: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]),
      'plain.txt': plainArticle,
    });
    const run = runCli(['ingest', dir, '--db', join(tempFolder(), 'x.db'), '--no-annotate']);
    assert.equal(run.code, 1, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.deepEqual(lines.length, 1, run.stderr);
    assert.match(
      lines[0] ?? '',
      /^error: \S+\/bad\\nerror: all fine\.png: binary file \(PNG image\) \[ingest\/binary\]$/,
    );
    assert.match(run.stdout, /^1 added/);
  });

  it('an unreadable sub-folder is one line, and the file beside it is stored', {
    skip:
      process.getuid?.() === 0 && !othersCanRun()
        ? 'root reads every folder, and others cannot run the CLI here; skipped'
        : false,
  }, () => {
    // Root reads every folder: as root, the CLI runs as an unprivileged user (nobody's ids).
    const runAs = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : undefined;
    const dir = writeFiles({ 'plain.txt': plainArticle });
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'hidden.txt'), plainArticle);
    const store = tempFolder();
    if (runAs) {
      chmodSync(dir, 0o755);
      chmodSync(store, 0o777);
    }
    chmodSync(join(dir, 'locked'), 0);
    try {
      const run = runCli(['ingest', dir, '--db', join(store, 'x.db'), '--no-annotate'], undefined, runAs);
      assert.equal(run.code, 1, run.stderr);
      assert.match(
        run.stderr.trim(),
        /^error: \S+\/locked: cannot list the folder \(EACCES\) \[ingest\/unreadable-folder\]$/,
      );
      assert.match(run.stdout, /^1 added/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });
});

describe('a store that cannot take writes: one line with its own code', () => {
  it('a full disk stops with E_STORE_FULL and exit 1, keeping what was stored', (t) => {
    const disk = smallDisk(400);
    if (typeof disk === 'string') return t.skip(disk);
    try {
      const dir = writeFiles({
        'plain.txt': plainArticle,
        'big.txt': 'Words of a long article. '.repeat(40_000),
      });
      const db = join(disk.dir, 'x.db');
      const run = runCli(['ingest', join(dir, 'plain.txt'), '--db', db, '--no-annotate']);
      assert.equal(run.code, 0, run.stderr);
      const full = runCli(['ingest', join(dir, 'big.txt'), '--db', db, '--no-annotate']);
      assert.equal(full.code, 1, full.stderr);
      assert.match(
        full.stderr.trim(),
        /^error: the disk holding the database \S+ is full; .* \[E_STORE_FULL\]$/,
      );
      assert.equal(JSON.parse(runCli(['ls', '--json', '--db', db]).stdout).length, 1);
    } finally {
      disk.unmount();
    }
  });

  it('a read-only database stops with E_STORE_READONLY and exit 2', (t) => {
    const disk = smallDisk(2048);
    if (typeof disk === 'string') return t.skip(disk);
    try {
      const dir = writeFiles({ 'plain.txt': plainArticle });
      const db = join(disk.dir, 'x.db');
      assert.equal(runCli(['ingest', join(dir, 'plain.txt'), '--db', db, '--no-annotate']).code, 0);
      disk.readOnly();
      const run = runCli(['ingest', join(dir, 'plain.txt'), '--db', db, '--no-annotate']);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr.trim(), /^error: the database \S+ is read-only .* \[E_STORE_READONLY\]$/);
    } finally {
      disk.unmount();
    }
  });
});

describe('pathological text through extract --jsonl: every record annotated, nothing on stderr', () => {
  it('a 300 KB word and 100 KB of "1.1.1." beside an ordinary record', () => {
    const records = [
      { id: 'word', text: 'a'.repeat(300_000) },
      { id: 'figures', text: '1.'.repeat(50_000) },
      { id: 'plain', text: plainArticle },
    ];
    const run = runCli(['extract', '--jsonl'], records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; quantities: unknown[] });
    assert.deepEqual(
      out.map((o) => o.id),
      ['word', 'figures', 'plain'],
    );
    assert.ok((out[2]?.quantities.length ?? 0) > 0);
  });
});
