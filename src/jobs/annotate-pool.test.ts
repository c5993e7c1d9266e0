import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Annotations } from '../core/index.js';
import { inlinePool, workerPool } from './annotate-pool.js';

it('annotates in worker threads exactly as in this thread', async () => {
  const requests = [
    {
      id: 'a',
      text: 'The minister said on Saturday that at least 94 tanks had left by rail.',
      referenceDate: '2022-12-05',
    },
    { id: 'b', text: 'Analysts believe an offensive from the north is unlikely before spring.' },
  ];
  const pool = workerPool(2);
  try {
    const threaded = await Promise.all(requests.map((r) => pool.run(r)));
    const inline = await Promise.all(requests.map((r) => inlinePool().run(r)));
    assert.deepEqual(threaded, inline);
    assert.ok(threaded.every((r) => r.ok && (JSON.parse(r.json) as Annotations).sentences.length === 1));
  } finally {
    await pool.close();
  }
});
