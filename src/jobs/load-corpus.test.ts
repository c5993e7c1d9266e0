import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentIdOf } from '../core/index.js';
import { type NewDocument, openSqliteStore } from '../store/index.js';
import { annotationVersion } from './annotation-version.js';
import { loadCorpus } from './load-corpus.js';

const doc = (text: string, extra: Partial<NewDocument> = {}): NewDocument => ({
  id: documentIdOf(text),
  origin: `test:${text.slice(0, 10)}`,
  format: 'text',
  text,
  meta: {},
  ...extra,
});

describe('loadCorpus', () => {
  it('annotates stale documents, then returns originals with their annotations in id order', async () => {
    const store = await openSqliteStore(':memory:');
    const originals = [
      doc('Officials in Minsk met on Tuesday. They spoke for an hour.'),
      doc('About 300 vehicles were seen near the airfield.'),
      doc('No movement was reported overnight.'),
    ];
    const first = originals[0];
    assert.ok(first);
    const copy = doc('Officials in Minsk met on Tuesday. They spoke for two hours.', {
      nearDuplicateOf: first.id,
      similarity: 0.8,
    });
    await store.putDocuments([...originals, copy]);

    const corpus = await loadCorpus(store);
    assert.deepEqual(
      corpus.map((c) => c.doc.id),
      originals.map((d) => d.id).sort(),
    );
    assert.deepEqual(await store.documentsToAnnotate(annotationVersion()), [], 'all annotated now');
    const minsk = corpus.find((c) => c.doc.id === first.id);
    assert.equal(minsk?.annotations.sentences.length, 2);
    for (const c of corpus) {
      assert.deepEqual(c.annotations, (await store.getAnnotations(c.doc.id))?.annotations);
    }

    const all = await loadCorpus(store, { withCopies: true });
    assert.equal(all.length, 4);
    assert.equal(all.find((c) => c.doc.id === copy.id)?.doc.nearDuplicateOf, first.id);
    await store.close();
  });

  it('returns nothing for an empty store', async () => {
    const store = await openSqliteStore(':memory:');
    assert.deepEqual(await loadCorpus(store), []);
    await store.close();
  });
});
