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

describe('a lead that a dependent clause leans on', () => {
  it('keeps a main clause followed by a clause of reason', () => {
    const label = propositionOf(
      'The mayor called the tolls illegal, as they cut the island off from the port.',
    );
    assert.ok(label.startsWith('The mayor called the tolls illegal'), label);
  });
  it('keeps a short subject before an aside that a participle opens', () => {
    assert.equal(
      propositionOf('Many towns, including the capital, banned the sale of fireworks this winter.'),
      'Many towns, including the capital, banned the sale of fireworks this winter',
    );
  });
  it('drops an opening phrase before a named subject', () => {
    assert.equal(
      propositionOf('On Monday, Beijing said the talks would resume in the spring.'),
      'Beijing said the talks would resume in the spring',
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
