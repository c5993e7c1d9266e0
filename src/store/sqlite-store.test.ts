import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { openSqliteStore } from './sqlite-store.js';
import { newDocument, storeContract } from './store.contract.js';

describe('SQLite store: contract', () => storeContract(() => openSqliteStore(':memory:')));

describe('SQLite store: on disk', () => {
  it('keeps documents across reopening, in WAL mode', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'sitrep-store-')), 'nested', 'x.db');
    const first = await openSqliteStore(path);
    await first.putDocuments([newDocument('persisted text')]);
    await first.close();
    const second = await openSqliteStore(path);
    assert.equal(await second.countDocuments(), 1);
    await second.close();
  });

  it('refuses a path it cannot open with E_STORE_OPEN', async () => {
    const aFile = join(mkdtempSync(join(tmpdir(), 'sitrep-store-')), 'plain-file');
    writeFileSync(aFile, 'not a folder');
    await assert.rejects(openSqliteStore(join(aFile, 'x.db')), { code: 'E_STORE_OPEN' });
  });
});
