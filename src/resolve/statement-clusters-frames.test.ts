import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import { statementClusters } from './statement-clusters.js';

/** Do two invented reports from two outlets fall into one statement cluster? */
function clustered(first: string, second: string): boolean {
  const corpus = memoryCorpus([
    { text: first, outlet: 'Daily One' },
    { text: second, outlet: 'Weekly Two' },
  ]);
  const { clusters } = statementClusters(corpus, resolveEntities(corpus).byLocal);
  return clusters.some((c) => new Set(c.claims.map((r) => r.document)).size === 2);
}

describe('one act told twice is one proposition only put the same way (invented sentences)', () => {
  it('joins one deed told in two wordings', () => {
    assert.ok(
      clustered(
        'Moldova issued a stamp showing the sunken ferry near Constanta.',
        'On Friday Moldova issued a new stamp showing the sunken ferry near Constanta.',
      ),
    );
  });

  it('keeps a prospect apart from a deed ("will issue" / "issued")', () => {
    assert.equal(
      clustered(
        'Moldova issued a stamp showing the sunken ferry near Constanta.',
        'Moldova will issue a stamp showing the sunken ferry near Constanta.',
      ),
      false,
    );
  });

  it('keeps apart one act on two things that only a generic noun shares ("a stamp of X" / "stamps of Y")', () => {
    assert.equal(
      clustered(
        'After the vote, Moldova quickly issued a new stamp highlighting the farmers and their harvest festival.',
        'Moldova will soon issue stamps featuring the damaged bridge at the border crossing, its postal chief said.',
      ),
      false,
    );
  });
});
