import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reconcile } from '../resolve/index.js';
import { memoryCorpus } from '../resolve/memory-corpus.js';
import { Footnotes } from './footnotes.js';
import { keyNumbers } from './key-numbers.js';

// Invented reports: three outlets give the same zone width, one a front length in the same unit.
const corpus = memoryCorpus([
  { text: 'The governor widened the exclusion zone to 15 kilometres on Monday.', outlet: 'Ledger A' },
  { text: 'Officials set a 15-kilometre zone along the river, residents said.', outlet: 'Ledger B' },
  { text: 'An exclusion zone of 15 kilometres now runs along the bank.', outlet: 'Ledger C' },
  { text: 'The front line stretches for roughly 350 kilometres across the south.', outlet: 'Ledger D' },
]);

describe('key numbers', () => {
  it('groups lengths known only by their unit when they agree, never into one range', () => {
    const { groups } = keyNumbers(corpus, reconcile(corpus).clusters, new Footnotes(corpus));
    const lengths = groups.filter((g) => g.rows.some((r) => r.unit === 'kilometre'));
    assert.ok(lengths.length >= 2, 'the zone and the front are two measures');
    for (const g of lengths) assert.equal(g.min, g.max, `${g.label}: one value, not a range of estimates`);
    assert.ok(
      lengths.some((g) => g.documents === 3),
      'the three reports of the zone agree',
    );
  });

  it('under a question, shows only the figures stated in sentences that bear on it', () => {
    const front = corpus[3];
    assert.ok(front);
    const sentence = front.annotations.sentences[0]?.span.start ?? 0;
    const relevant = new Set([`${front.doc.id}:${sentence}`]);
    const { groups, moreGroups } = keyNumbers(
      corpus,
      reconcile(corpus).clusters,
      new Footnotes(corpus),
      new Map(),
      new Set(),
      relevant,
    );
    assert.deepEqual(
      groups.flatMap((g) => g.rows.map((r) => r.figure)),
      ['~ 350 kilometres'],
    );
    assert.ok(moreGroups >= 1, 'the zone is counted, not shown');
  });
});
