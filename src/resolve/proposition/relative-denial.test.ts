import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from '../memory-corpus.js';
import { relativeDenial } from './relative-denial.js';

describe('relativeDenial', () => {
  it('reads "A said X, which B denied" as two statements', () => {
    const [cd] = memoryCorpus([
      'Moldova said Romanian troops shelled the depot near Galati, which Romania denied.',
    ]);
    assert.ok(cd);
    const claim = cd.annotations.claims.find((c) => c.text.includes('denied'));
    assert.ok(claim);
    assert.ok(relativeDenial(cd, claim));
  });

  it('gives nothing, without failing, for a clause that is the denying verb alone', () => {
    const text = 'Romania was asked about the shelling. Denied.';
    const [cd] = memoryCorpus([text]);
    assert.ok(cd);
    const start = text.indexOf('Denied');
    const span = { start, end: start + 'Denied'.length };
    const claim = {
      span,
      text: 'Denied',
      predicate: 'deny',
      polarity: 'positive',
      mentions: [],
      rule: 'test',
      clause: span,
    } as const;
    assert.equal(relativeDenial(cd, claim), undefined);
  });
});
