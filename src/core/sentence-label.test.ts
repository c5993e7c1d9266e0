import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clauseAround, propositionOf } from './sentence-label.js';

describe('a sentence cut to its proposition', () => {
  it('keeps the subject and drops its relative clause', () => {
    assert.equal(
      propositionOf('About 300 dockers, who had been on strike for weeks, returned to the quay on Monday.'),
      'About 300 dockers returned to the quay on Monday',
    );
  });
  it('still drops a short opening aside', () => {
    assert.equal(
      propositionOf('Moreover, the harbour board said the quay would reopen in May.'),
      'the harbour board said the quay would reopen in May',
    );
  });
});

describe('a figure cut to its clause', () => {
  it('starts a long clause from the word a bracketed figure restates, never inside the bracket', () => {
    const sentence =
      'Nobody in the harbour town has yet said who caused the fire on the long 15-kilometre (nine-mile) causeway to the island last night.';
    const at = sentence.indexOf('nine-mile');
    const label = clauseAround(sentence, { start: at, end: at + 'nine-mile'.length });
    assert.ok(label.startsWith('15-kilometre (nine-mile) causeway'), label);
  });
});
