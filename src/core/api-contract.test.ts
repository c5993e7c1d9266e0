import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACH_CELL } from '../assess/index.js';
import { UNDO } from '../resolve/index.js';
import { REJECT_CLAIM as resolveRejectClaim } from '../resolve/rejections.js';
import { DECISION_KINDS, REJECT_CLAIM } from './api-contract.js';

describe('API contract: decision kinds', () => {
  it('names the kinds that resolve and assess act on, each kind once', () => {
    assert.equal(REJECT_CLAIM, DECISION_KINDS.rejectClaim);
    assert.equal(resolveRejectClaim, DECISION_KINDS.rejectClaim);
    assert.equal(ACH_CELL, DECISION_KINDS.achCell);
    assert.equal(UNDO, DECISION_KINDS.undo);
    const kinds = Object.values(DECISION_KINDS);
    assert.equal(new Set(kinds).size, kinds.length);
  });
});
