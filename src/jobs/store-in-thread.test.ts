import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { openSqliteStore } from '../store/index.js';
import { annotateDocuments } from './annotate-job.js';
import { inlinePool, workerPool } from './annotate-pool.js';
import { ingestUploads } from './ingest-job.js';

const text = 'The minister said on Saturday that at least 94 tanks had left by rail for the border.\n';

it('a worker stores annotations through its own connection, as this thread would have', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-in-thread-'));
  const store = await openSqliteStore(join(dir, 'sitrep.db'));
  const memory = await openSqliteStore(':memory:');
  const pool = workerPool(1);
  try {
    const files = [{ name: 'a.txt', bytes: Buffer.from(text) }];
    const [id] = (await ingestUploads(store, files)).addedIds;
    const [same] = (await ingestUploads(memory, files)).addedIds;
    assert.ok(id && same);
    assert.deepEqual(await annotateDocuments(store, [id], undefined, { pool, storeInWorkers: true }), []);
    // In memory there is no file to open: the JSON comes back and is stored here.
    await annotateDocuments(memory, [same], undefined, { pool: inlinePool(), storeInWorkers: true });
    const [inWorker, here] = [await store.getAnnotations(id), await memory.getAnnotations(same)];
    assert.ok(inWorker && here);
    assert.equal(inWorker.version, here.version);
    assert.deepEqual(inWorker.annotations, here.annotations);
    assert.ok(inWorker.annotations.quantities.length > 0);
    // Asked again, the worker finds them written under this version and leaves them (onlyStale).
    const storeIn = { file: join(dir, 'sitrep.db'), version: inWorker.version, onlyStale: true };
    assert.deepEqual(await pool.runAndStore?.({ id, text }, storeIn), { id, ok: true, stored: false });
  } finally {
    await pool.close();
    await store.close();
    await memory.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
