import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runCli } from '../../test-support/run-cli.js';

it('sitrep worker refuses a SQLite file and an unreachable server with one line each', () => {
  const sqlite = runCli(['worker', '--db', 'somewhere.db']);
  assert.equal(sqlite.code, 2);
  assert.match(sqlite.stderr.trim(), /^error: sitrep worker needs a postgres:\/\/ store.*\[E_USAGE\]$/);
  const unreachable = runCli(['worker', '--db', 'postgres://ana:hunter2@127.0.0.1:1/none', '--threads', '1']);
  assert.equal(unreachable.code, 2);
  assert.match(unreachable.stderr.trim(), /^error: cannot open the database .*\[E_STORE_OPEN\]$/);
  assert.doesNotMatch(unreachable.stderr, /hunter2/);
  assert.equal(runCli(['worker', '--db', 'postgres://127.0.0.1:1/none', '--threads', '0']).code, 2);
});
