import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from './memory-corpus.js';
import { reconcile } from './reconcile.js';

const dated = (text: string, outlet: string, published: string) => ({ text, outlet, published });

function conflictsOf(docs: readonly { text: string; outlet: string; published: string }[]) {
  const corpus = memoryCorpus(docs).map((cd, i) => ({
    ...cd,
    doc: {
      ...cd.doc,
      meta: {
        ...cd.doc.meta,
        published: {
          value: docs[i]?.published ?? '',
          precision: 'day' as const,
          source: 'sidecar' as const,
          inferred: false,
        },
      },
    },
  }));
  return reconcile(corpus).conflicts.filter((k) => k.kind === 'value');
}

describe('figure conflicts: only one proposition, one period, two origins', () => {
  it('sets two counts of one event side by side', () => {
    const found = conflictsOf([
      dated(
        'A missile strike on the Dovhe bridge killed 12 people on Friday, officials in Zarva said.',
        'Alpha',
        '2022-07-01',
      ),
      dated(
        'The missile strike on the Dovhe bridge in Zarva killed 20 people on Friday.',
        'Beta',
        '2022-07-01',
      ),
    ]);
    assert.equal(found.filter((k) => k.verdict === 'conflict').length, 1, JSON.stringify(found));
  });

  it('keeps counts of different events and different measures apart', () => {
    const found = conflictsOf([
      dated('A missile strike on the Dovhe bridge killed 12 people on Friday.', 'Alpha', '2022-07-01'),
      dated('Shelling of a market in Lenivka wounded 40 people, the governor said.', 'Beta', '2022-07-02'),
      dated(
        'In Zarva, 30 people were injured and 12 people were killed by the strike.',
        'Gamma',
        '2022-07-01',
      ),
    ]);
    assert.deepEqual(
      found.filter((k) => k.verdict === 'conflict').map((k) => k.explanation),
      [],
    );
  });

  it('shows a figure retold months later as a change with both dates, not a dispute', () => {
    const found = conflictsOf([
      dated(
        'The Dovhe reservoir holds 400 million cubic metres of water behind its dam, engineers said.',
        'Alpha',
        '2022-03-01',
      ),
      dated(
        'The Dovhe reservoir holds 150 million cubic metres of water behind its dam, engineers said.',
        'Beta',
        '2022-09-01',
      ),
    ]);
    assert.equal(found.filter((k) => k.verdict === 'conflict').length, 0);
    const change = found.find((k) => k.verdict === 'change');
    assert.ok(change, JSON.stringify(found));
    assert.match(change.explanation, /2022-03-01.*2022-09-01/);
  });

  it('never sets a figure against one its rival states too (a part of a sum, another set)', () => {
    const parts =
      'The 5,000 soldiers include 3,000 from the northern brigade at Constanta and 2,000 who are based in Galati.';
    const other =
      'Another 3,000 soldiers from the northern brigade at Constanta will deploy to the border, the ministry said.';
    assert.deepEqual(
      conflictsOf([dated(parts, 'Daily One', '2022-11-28'), dated(other, 'Weekly Two', '2022-11-28')]).map(
        (c) => c.verdict,
      ),
      [],
    );
  });
});
