import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { syntheticArticle } from '../bench/generate.js';
import { runCli, startCli } from '../test-support/run-cli.js';

const FILES = 3000;

const countRows = (db: string, sql: string): number => {
  if (!existsSync(db)) return 0;
  try {
    const conn = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return Number(conn.prepare(sql).pluck().get());
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
};

it('a run killed with SIGKILL mid-ingest, run again, leaves every document exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-kill-'));
  const input = join(dir, 'articles');
  mkdirSync(input);
  for (let i = 0; i < FILES; i++) {
    const a = syntheticArticle(i, 120);
    writeFileSync(join(input, `a${String(i).padStart(5, '0')}.md`), `# ${a.title}\n\n${a.text}\n`);
  }
  const db = join(dir, 'x.db');
  const child = startCli(['ingest', input, '--db', db, '--no-annotate']);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 60_000;
  while (countRows(db, 'select count(*) from documents') < 500 && Date.now() < deadline) await sleep(20);
  child.kill('SIGKILL');
  await exited;
  const before = countRows(db, 'select count(*) from documents');
  assert.ok(before > 0 && before < FILES, `killed mid-run (had ${before} of ${FILES})`);

  const again = runCli(['ingest', input, '--db', db, '--no-annotate', '--json']);
  assert.equal(again.code, 0, again.stderr);
  const summary = JSON.parse(again.stdout) as { added: number; unchanged: number };
  assert.equal(summary.added + summary.unchanged, FILES);
  assert.equal(countRows(db, 'select count(*) from documents'), FILES);
  assert.equal(countRows(db, 'select count(distinct origin) from documents'), FILES);
  assert.equal(
    countRows(db, 'select count(*) from lsh where document_id not in (select id from documents)'),
    0,
  );
  assert.equal(
    countRows(db, 'select count(*) from (select document_id from lsh group by document_id)'),
    FILES,
  );
});
