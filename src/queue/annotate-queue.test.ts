import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { freshSchema, pgTestUrl, skipWithoutPg } from '../store/pg-test-schema.js';
import { openAnnotateQueue } from './annotate-queue.js';

describe('opening the annotation queue on PostgreSQL', { skip: skipWithoutPg() }, () => {
  it('opens from several connections at once on a new schema: none fails, one queue results', async () => {
    // Unserialized, pg-boss's createQueue deadlocked here in most rounds (issue 14).
    for (let round = 0; round < 3; round += 1) {
      const schema = await freshSchema(pgTestUrl ?? '');
      const opened = await Promise.allSettled(
        Array.from({ length: 5 }, (_, i) => openAnnotateQueue(schema.url, { maintain: i % 2 === 0 })),
      );
      const queues = opened.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
      try {
        assert.deepEqual(
          opened.flatMap((o) => (o.status === 'rejected' ? [(o.reason as Error).message] : [])),
          [],
        );
        const [first, second] = queues;
        assert.ok(first && second);
        await first.enqueue([{ id: 'a' }, { id: 'b' }]);
        const taken = await second.take(10);
        assert.deepEqual(taken.map((j) => j.data.id).sort(), ['a', 'b']);
        assert.equal(await first.unfinished(), 2);
      } finally {
        await Promise.all(queues.map((q) => q.close()));
        await schema.drop();
      }
    }
  });
});
