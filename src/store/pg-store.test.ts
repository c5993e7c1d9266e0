import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactedUrl } from './open-store.js';
import { openPgStore } from './pg-store.js';
import { freshSchema, openPgTestStore, pgTestUrl, skipWithoutPg } from './pg-test-schema.js';
import { newDocument, storeContract } from './store.contract.js';

const skip = skipWithoutPg();
const url = pgTestUrl ?? '';

describe('PostgreSQL store: contract', { skip }, () => storeContract(() => openPgTestStore(url)));

describe('PostgreSQL store: beyond one process', { skip }, () => {
  it('keeps LSH band keys beyond 32 bits apart', async () => {
    const store = await openPgTestStore(url);
    const high = 15 * 2 ** 32 + 7;
    const signature = new Uint32Array([9, 8, 7]);
    await store.putDocuments([newDocument('band fifteen', { signature, lshKeys: [high] })]);
    assert.equal((await store.nearDuplicateCandidates([high])).length, 1);
    assert.deepEqual(await store.nearDuplicateCandidates([7, 14 * 2 ** 32 + 7]), []);
    await store.close();
  });

  it('stores a batch larger than one insert, linking a copy to an original of the same batch', async () => {
    const store = await openPgTestStore(url);
    const docs = Array.from({ length: 450 }, (_, i) => newDocument(`report number ${i}`));
    const original = docs[0];
    assert.ok(original);
    const copy = newDocument('report number 0, lightly edited', {
      nearDuplicateOf: original.id,
      similarity: 0.875,
    });
    const results = await store.putDocuments([...docs, copy, original]);
    assert.equal(results.filter((r) => r.status === 'added').length, 451);
    assert.equal(results.at(-1)?.status, 'unchanged');
    assert.equal(await store.countDocuments(), 451);
    const back = await store.getDocument(copy.id);
    assert.equal(back?.nearDuplicateOf, original.id);
    assert.equal(back?.similarity, 0.875);
    assert.equal((await store.listDocuments({ limit: 10, offset: 445 })).length, 6);
    await store.close();
  });

  it('stores a document once when two stores put it at the same time', async () => {
    const schema = await freshSchema(url);
    const [a, b] = await Promise.all([openPgStore(schema.url), openPgStore(schema.url)]);
    try {
      const doc = newDocument('Both workers read the same article.', { lshKeys: [3, 4] });
      const results = await Promise.all([a.putDocuments([doc]), b.putDocuments([doc])]);
      assert.deepEqual(
        results
          .flat()
          .map((r) => r.status)
          .sort(),
        ['added', 'unchanged'],
      );
      assert.equal(await a.countDocuments(), 1);
      assert.equal((await b.nearDuplicateCandidates([4])).length, 0, 'no signature: not a candidate');
    } finally {
      await Promise.all([a.close(), b.close()]);
      await schema.drop();
    }
  });

  it('migrates once when several processes open a new schema at the same moment', async () => {
    const schema = await freshSchema(url);
    try {
      const stores = await Promise.all(Array.from({ length: 6 }, () => openPgStore(schema.url)));
      await stores[0]?.putDocuments([newDocument('written after six opened together')]);
      assert.deepEqual(await Promise.all(stores.map((s) => s.countDocuments())), [1, 1, 1, 1, 1, 1]);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await schema.drop();
    }
  });

  it('keeps its data when reopened, without migrating twice', async () => {
    const schema = await freshSchema(url);
    try {
      const first = await openPgStore(schema.url);
      await first.putDocuments([newDocument('still here after reopening')]);
      await first.close();
      const second = await openPgStore(schema.url);
      assert.equal(await second.countDocuments(), 1);
      await second.close();
    } finally {
      await schema.drop();
    }
  });
});

describe('PostgreSQL store: errors', () => {
  it('refuses a server it cannot reach with E_STORE_OPEN, never showing the password', async () => {
    const unreachable = 'postgres://ana:hunter2@127.0.0.1:1/nowhere';
    await assert.rejects(openPgStore(unreachable), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'E_STORE_OPEN');
      assert.doesNotMatch(error.message, /hunter2/);
      return true;
    });
  });

  it('masks passwords in URLs and survives ones it cannot parse', () => {
    assert.equal(redactedUrl('postgres://ana:s3cret@db.example/x'), 'postgres://ana:***@db.example/x');
    assert.equal(redactedUrl('postgres://db.example/x'), 'postgres://db.example/x');
    assert.equal(redactedUrl('not a url'), 'a PostgreSQL URL');
  });
});
