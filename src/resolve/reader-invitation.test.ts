import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readerInvitation } from './credit-line.js';
import { memoryCorpus } from './memory-corpus.js';
import { statementFacts } from './statement-facts.js';

describe('the page inviting its reader is no statement (invented sentences)', () => {
  const rows: readonly (readonly [string, boolean])[] = [
    ["You can watch more of Anna Berzina's interview with the governor on our evening bulletin.", true],
    ['You can also listen to the full conversation on our podcast.', true],
    ['Sign up for our daily briefing on the war.', true],
    ['Sign up to our bulletin here The governor said the bridge would reopen in May.', false],
    [
      'Sign up to our free daily bulletin – every weekday at 7am Elsewhere, the governor said the bridge held.',
      false,
    ],
    ['The governor said you can watch the convoy cross from the hill.', false],
    ['You can see the damage from the road, a resident said.', false],
    ['Residents watched the convoy cross the river on Monday.', false],
  ];
  for (const [sentence, invitation] of rows)
    it(`${invitation ? 'invitation' : 'news'}: ${sentence}`, () =>
      assert.equal(readerInvitation(sentence), invitation));

  it('leaves the statements of the report alone', () => {
    const [cd] = memoryCorpus([
      "The governor said the bridge would reopen in May. You can watch more of Anna Berzina's interview with the governor on our evening bulletin.",
    ]);
    assert.ok(cd);
    const kept = statementFacts(cd).map((f) => cd.annotations.claims[f.claim]?.text ?? '');
    assert.deepEqual(kept, ['The governor said the bridge would reopen in May.']);
  });
});
