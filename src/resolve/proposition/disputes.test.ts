import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from '../entities.js';
import { memoryCorpus } from '../memory-corpus.js';
import { statementClusters } from '../statement-clusters.js';

/** Conflicts found between two invented reports from two outlets. */
function conflictsOf(first: string, second: string) {
  const corpus = memoryCorpus([
    { text: first, outlet: 'Daily One' },
    { text: second, outlet: 'Weekly Two' },
  ]);
  const { byLocal } = resolveEntities(corpus);
  return statementClusters(corpus, byLocal).conflicts.filter((c) => c.verdict === 'conflict');
}

/**
 * [accusation or assertion, denial, disputed?]: an accusation is the accuser asserting the act of
 * the accused, and the accused denying the act (in other words) disputes it; a denial of another
 * act, or by someone else, does not.
 */
const cases: readonly (readonly [string, string, boolean])[] = [
  [
    'Moldova accused Romania of carrying out the raid on the depot.',
    'The Romanian army denied making any raids on the depot near Galati.',
    true,
  ],
  [
    'Norway blamed Iceland for the attack on the trawler fleet.',
    'Iceland denied attacking the trawler fleet.',
    true,
  ],
  [
    'Chile accused Peru of planning to close its border with Bolivia.',
    'Peru denied that it plans to close its border with Bolivia.',
    true,
  ],
  [
    'Chile accused Peru of planning to close its border with Bolivia.',
    'Peru denied that it plans to open its border with Bolivia.',
    false,
  ],
  ['Chile accused Peru of carrying out the raid.', 'Bolivia denied making any raids.', false],
  ['Chile accused Peru of carrying out the raid.', 'Peru denied closing the border crossing.', false],
  [
    'Chile accused Peru of carrying out the raid.',
    'Peru said it would open talks with Chile next week.',
    false,
  ],
];

describe('disputes read as who did what (invented sentences)', () => {
  for (const [first, second, disputed] of cases) {
    it(`${disputed ? 'disputes' : 'no dispute'}: ${first} / ${second}`, () => {
      const found = conflictsOf(first, second);
      assert.equal(found.length > 0, disputed, JSON.stringify(found.map((c) => c.explanation)));
    });
  }

  it('a denial of "the claims" denies what was said of the denier just before', () => {
    const found = conflictsOf(
      'Chile accused Peru of carrying out the raid on the port.',
      'Defence minister Ana Ruiz said Peru carried out the raid on the port. Peru rejected the claims.',
    );
    assert.ok(found.length > 0);
  });

  it('a bare "denied responsibility" answers an accusation made just before', () => {
    const found = conflictsOf(
      'Chile blamed Peru for the raid on the port.',
      'Bolivia accused Peru of carrying out the raid on the port. Peru denied responsibility.',
    );
    assert.ok(found.length > 0);
  });
});
