import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { sharedPath } from '../core/index.js';
import { runCli, spawnCli } from '../test-support/run-cli.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';

const ARTICLES = 60;

/** The CLI in a child process, resolved with its exit code and output when it ends. */
const cli = (args: readonly string[], env: NodeJS.ProcessEnv = {}) => spawnCli(args, { env }).done;

const rows = (db: string, query: string): unknown[] => {
  const conn = new BetterSqlite3(db, { readonly: true });
  try {
    return conn.prepare(query).raw().all();
  } finally {
    conn.close();
  }
};

describe('two processes on one SQLite file', { skip: skipWithoutShared('corpus') }, () => {
  it('two ingests of the same real articles at once store each document once, annotated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-two-'));
    const lines = readFileSync(sharedPath('corpus', 'ukraine-nyt-guardian-2022', 'articles.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, ARTICLES);
    const input = join(dir, 'articles.jsonl');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const db = join(dir, 'shared.db');
    // Both start on a file that does not exist yet: they race to create and migrate it too.
    const runs = await Promise.all([cli(['ingest', input, '--db', db]), cli(['ingest', input, '--db', db])]);
    for (const r of runs) assert.equal(r.code, 0, r.stderr);
    const added = runs.map((r) => Number(/^(\d+) added/m.exec(r.stdout)?.[1]));
    assert.equal(added[0]! + added[1]!, ARTICLES, 'each article added by exactly one of the two');
    assert.deepEqual(rows(db, 'select count(*), count(distinct id) from documents'), [[ARTICLES, ARTICLES]]);
    // One version for all: the built CLI's rules (the hash of dist/, not of these sources).
    assert.deepEqual(rows(db, 'select count(*), count(distinct version) from annotations'), [[ARTICLES, 1]]);
  });

  it('a file kept locked past the busy timeout stops the run with one line and exit 1, losing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-busy-'));
    const db = join(dir, 'locked.db');
    assert.equal(runCli(['ls', '--db', db]).code, 0, 'created and migrated');
    const holder = new BetterSqlite3(db);
    holder.exec('begin immediate');
    let busy: Awaited<ReturnType<typeof cli>>;
    try {
      busy = await cli(['ingest', belarusCorpus(), '--db', db, '--no-annotate'], {
        SITREP_BUSY_TIMEOUT_MS: '300',
      });
    } finally {
      holder.exec('rollback');
      holder.close();
    }
    assert.equal(busy.code, 1);
    assert.match(busy.stderr.trim(), /^error: the database .*locked.* \[E_STORE_BUSY\]$/);
    assert.deepEqual(rows(db, 'select count(*) from documents'), [[0]]);
    const again = runCli(['ingest', belarusCorpus(), '--db', db, '--no-annotate', '--json']);
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(rows(db, 'select count(*) from documents'), [[JSON.parse(again.stdout).added]]);
  });
});
