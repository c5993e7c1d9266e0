import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { loadedModels, loadModel } from './model.js';

describe('loadModel', () => {
  it('reads nothing when annotate, resolve and assess are imported', async () => {
    await import('../annotate/index.js');
    await import('../resolve/index.js');
    await import('../assess/index.js');
    assert.deepEqual(loadedModels(), []);
  });

  it('reads a file once and checks it against its schema', () => {
    const schema = z.object({ about: z.string() });
    const first = loadModel('resolve-pronouns', schema);
    assert.equal(loadModel('resolve-pronouns', schema), first);
    assert.ok(loadedModels().includes('resolve-pronouns'));
  });

  it('names the file and the first problem when the data does not fit', () => {
    assert.throws(
      () => loadModel('time-lexicon', z.object({ durationUnits: z.array(z.number()) })),
      (e: Error & { code?: string }) =>
        e.code === 'E_CONFIG' && /time-lexicon\.json: at durationUnits\.0/.test(e.message),
    );
  });
});
