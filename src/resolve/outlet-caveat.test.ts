import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import { outletCaveat } from './outlet-caveat.js';
import { statementClusters } from './statement-clusters.js';

describe("an outlet's own caveat is no claim (invented sentences)", () => {
  const caveats: [string, string][] = [
    ['Daily One was unable to verify the mayor’s account.', 'Daily One'],
    ['Daily One Digital has not been able to independently verify these figures.', 'Daily One'],
    ['However, we could not confirm the report.', 'Weekly Two'],
    ['The Weekly Two couldn’t verify it.', 'The Weekly Two'],
  ];
  for (const [text, outlet] of caveats)
    it(`caveat: ${text}`, () => assert.equal(outletCaveat(text, outlet), true));

  const claims: [string, string][] = [
    ['The ministry could not confirm the deaths.', 'Daily One'],
    ['Daily One reported that the army did not verify the figures.', 'Daily One'],
  ];
  for (const [text, outlet] of claims)
    it(`claim: ${text}`, () => assert.equal(outletCaveat(text, outlet), false));

  it('leaves two caveats about different things unclustered', () => {
    const corpus = memoryCorpus([
      {
        text: 'The governor said the bridge was hit twice. CNN was unable to verify the governor’s claim.',
        outlet: 'CNN',
      },
      { text: 'A depot burned near the port. CNN is unable to verify who is responsible.', outlet: 'CNN' },
    ]);
    const { clusters } = statementClusters(corpus, resolveEntities(corpus).byLocal);
    assert.equal(clusters.filter((c) => new Set(c.claims.map((r) => r.document)).size === 2).length, 0);
  });
});
