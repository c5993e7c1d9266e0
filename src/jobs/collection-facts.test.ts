import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { projectRoot } from '../core/index.js';
import { reconcile } from '../resolve/index.js';
import { openSqliteStore } from '../store/index.js';
import { collectionFacts } from './collection-facts.js';
import { ingestInputs } from './ingest-job.js';
import { loadCorpus } from './load-corpus.js';

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('collectionFacts', () => {
  it('stores each document’s facts once, reads them back, and reconciles from them as from scratch', async () => {
    const store = await openSqliteStore(':memory:');
    try {
      await ingestInputs(store, [join(projectRoot, 'examples', 'belarus')]);
      const corpus = (await loadCorpus(store)).filter((c) => !c.doc.origin.endsWith('.yaml'));
      assert.ok(corpus.length >= 10);
      assert.equal((await store.factsOf()).length, 0);

      const first = await collectionFacts(store, corpus);
      const stored = await store.factsOf();
      assert.equal(stored.length, corpus.length, 'one row per document');
      const again = await collectionFacts(store, corpus);
      assert.deepEqual(plain(again), plain(first), 'read back as made');
      assert.deepEqual(plain(reconcile(corpus, [], again)), plain(reconcile(corpus)));

      // Annotations of another version make the stored facts stale: they are made and stored anew.
      const [one, ...rest] = corpus;
      assert.ok(one);
      await collectionFacts(store, [{ ...one, version: 'another' }, ...rest]);
      const versions = new Map((await store.factsOf()).map((r) => [r.documentId, r.version]));
      assert.match(versions.get(one.doc.id) ?? '', /:another$/);
      const other = stored.find((r) => r.documentId !== one.doc.id);
      assert.equal(other && versions.get(other.documentId), other?.version, 'the others kept');
    } finally {
      await store.close();
    }
  });
});
