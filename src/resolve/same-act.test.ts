import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sameAct } from './same-act.js';

describe('one act under two verbs', () => {
  it('joins synonyms and a verb with the one right above it', () => {
    assert.ok(sameAct('free', 'release'));
    assert.ok(sameAct('dispatch', 'send'));
  });
  it('keeps apart siblings, opposites and a copula', () => {
    assert.ok(!sameAct('open', 'close'));
    assert.ok(!sameAct('launch', 'be'));
    assert.ok(!sameAct('be ready', 'be able'));
  });
});
