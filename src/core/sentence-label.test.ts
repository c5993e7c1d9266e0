import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { propositionOf } from './sentence-label.js';

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
