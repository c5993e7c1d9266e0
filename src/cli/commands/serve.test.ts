import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { projectRoot } from '../../core/index.js';
import { tokenHash } from '../../server/token.js';
import { openSqliteStore } from '../../store/index.js';
import type { Io } from '../io.js';
import { main } from '../main.js';

const captured = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), isTTY: false, stdin: process.stdin };
  return { io, out, err };
};

it('token create prints a token once and stores only its hash; a bad name is a usage error', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-token-')), 'x.db');
  const { io, out } = captured();
  assert.equal(await main(['node', 'sitrep', 'token', 'create', '--name', 'ana', '--db', db], io), 0);
  const token = out[0] ?? '';
  assert.match(token, /^sitrep_[\w-]{40,}$/);
  const store = await openSqliteStore(db);
  assert.equal((await store.tokenByHash(tokenHash(token)))?.name, 'ana');
  assert.equal(await store.tokenByHash(token), undefined);
  await store.close();
  assert.equal(
    await main(['node', 'sitrep', 'token', 'create', '--name', 'a b<c>', '--db', db], captured().io),
    2,
  );
});

it('serve prints its loopback URL, refuses writes without a token, and stops on SIGTERM', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'sitrep-serve-')), 'x.db');
  const entry = `const { main } = await import(${JSON.stringify(join(projectRoot, 'src/cli/main.ts'))}); process.exitCode = await main(process.argv);`;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', entry, 'sitrep', 'serve', '--port', '0', '--db', db],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  const res = await fetch(`${url}/api/decisions`, { method: 'POST', body: '{}' });
  assert.equal(res.status, 401);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
