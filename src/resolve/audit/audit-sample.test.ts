import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from '../memory-corpus.js';
import { reconcile } from '../reconcile.js';
import { auditSample } from './audit-sample.js';
import { sampleOf, seededRandom } from './seeded.js';

describe('audit sample', () => {
  it('draws the same items for the same seed, without repeats', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const a = sampleOf(items, 20, seededRandom(3));
    assert.deepEqual(a, sampleOf(items, 20, seededRandom(3)));
    assert.equal(new Set(a).size, 20);
    assert.notDeepEqual(a, sampleOf(items, 20, seededRandom(4)));
    assert.equal(sampleOf(items.slice(0, 5), 20, seededRandom(3)).length, 5);
  });

  it('shows each sampled attribution and merge with its sentence', () => {
    const corpus = memoryCorpus([
      { text: 'Minister Ivan Petrenko said the bridge at Dovhe was closed on Monday.', outlet: 'Daily A' },
      {
        text: 'Petrenko told reporters the bridge would reopen. Ivan Petrenko spoke in Kyiv.',
        outlet: 'Daily B',
      },
    ]);
    const sample = auditSample(corpus, reconcile(corpus), 1);
    assert.ok(sample.attributions.length >= 2);
    for (const item of sample.attributions) {
      assert.match(item.head, /speaker «.+» · cue «.+»/);
      assert.ok(item.lines[0]?.sentence.includes(item.head.match(/cue «([^»]+)»/)?.[1] ?? '?'));
    }
    for (const item of sample.merges) assert.ok(item.lines.every((l) => l.sentence.length > 0));
  });
});
