import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultQueueSettings, openAnnotateQueue } from '../queue/annotate-queue.js';
import { openPgStore } from '../store/pg-store.js';
import { freshSchema, pgTestUrl, skipWithoutPg } from '../store/pg-test-schema.js';
import { newDocument } from '../store/store.contract.js';
import { runCli } from '../test-support/run-cli.js';
import { type AnnotatePool, inlinePool } from './annotate-pool.js';
import { annotationVersion } from './annotation-version.js';
import { enqueueStale } from './enqueue-annotations.js';
import { runQueueWorker } from './queue-worker.js';

const texts = [
  'The convoy reached the border crossing on Monday, officials said.',
  'About forty trucks were counted near the depot by local reporters.',
  'A spokesman denied that any troops had moved overnight.',
  'Engineers repaired the bridge within two days, the ministry said.',
];
const POISON = 'This text makes the stand-in annotator fail every time.';

/** The real annotator, except that one text always fails: a stand-in for a document that breaks a stage. */
const poisonedPool = (): AnnotatePool => {
  const inner = inlinePool();
  return {
    run: async (request) =>
      request.text === POISON
        ? { id: request.id, ok: false, reason: 'stage threw on this text' }
        : inner.run(request),
    close: () => inner.close(),
  };
};

describe('annotation queue on PostgreSQL', { skip: skipWithoutPg() }, () => {
  it('annotates each queued document once, skips current ones, retries a failure and then parks it', async () => {
    const schema = await freshSchema(pgTestUrl ?? '');
    const store = await openPgStore(schema.url);
    const queue = await openAnnotateQueue(schema.url, { maintain: true });
    try {
      const docs = [...texts, POISON].map((t) => newDocument(t));
      await store.putDocuments(docs);
      const settings = { ...defaultQueueSettings, retries: 1, retryDelaySeconds: 1 };
      assert.equal(await enqueueStale(store, queue, settings), docs.length);
      assert.equal(await enqueueStale(store, queue, settings), docs.length, 'all still stale');
      const counts = await runQueueWorker(store, queue, poisonedPool(), {
        slots: 2,
        exitWhenIdle: true,
        pollMs: 200,
      });
      assert.deepEqual(counts, { annotated: texts.length, skipped: 0, retrying: 1, parked: 1 });
      assert.deepEqual(await store.documentsToAnnotate(annotationVersion()), [docs.at(-1)?.id]);
      const failed = await store.listFailures();
      assert.deepEqual(
        failed.map((f) => [f.documentId, f.state, f.attempts, f.reason]),
        [[docs.at(-1)?.id, 'parked', 2, 'stage threw on this text']],
      );
      const listed = runCli(['ls', '--failed', '--db', schema.url]);
      assert.equal(listed.code, 0, listed.stderr);
      assert.match(listed.stdout, /parked\s+2\s+.*stage threw on this text/);

      // Queued again (ingest re-run): current documents are skipped, not annotated twice.
      await queue.enqueue(docs.slice(0, 2).map((d) => ({ id: d.id })));
      const again = await runQueueWorker(store, queue, poisonedPool(), {
        slots: 1,
        exitWhenIdle: true,
        pollMs: 200,
      });
      assert.deepEqual(again, { annotated: 0, skipped: 2, retrying: 0, parked: 0 });
    } finally {
      await queue.close();
      await store.close();
      await schema.drop();
    }
  });
});
