import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalystDecision } from './analyst-decision.js';
import { claimKey, REJECT_CLAIM, rejectedClaims } from './rejections.js';
import { UNDO } from './undo.js';

const reject = (id: number, target: string, after: unknown = true): AnalystDecision => ({
  id,
  kind: REJECT_CLAIM,
  target,
  after,
});
const undo = (id: number, of: number): AnalystDecision => ({
  id,
  kind: UNDO,
  target: String(of),
  after: null,
});
const sorted = (s: Set<string>) => [...s].sort();

describe('rejected claims', () => {
  it('names a claim by its document and its index', () => {
    assert.equal(claimKey({ document: 'ab12', claim: 3 }), 'ab12:3');
  });

  it('collects the targets of reject-claim decisions and nothing else', () => {
    const decisions = [
      reject(1, 'ab12:3'),
      { id: 2, kind: 'merge', target: 'ab12:4', after: 'x' },
      { id: 3, kind: 'split', target: 'Lukashenko', after: { alias: 'Lukashenka' } },
      reject(4, 'cd34:0'),
    ];
    assert.deepEqual(sorted(rejectedClaims(decisions)), ['ab12:3', 'cd34:0']);
  });

  it('drops a rejection that was undone, and restores it when the undo is undone', () => {
    assert.deepEqual(sorted(rejectedClaims([reject(1, 'ab12:3'), undo(2, 1)])), []);
    assert.deepEqual(sorted(rejectedClaims([reject(1, 'ab12:3'), undo(2, 1), undo(3, 2)])), ['ab12:3']);
  });

  it('takes a rejection back with after: false, and the later decision wins', () => {
    assert.deepEqual(sorted(rejectedClaims([reject(1, 'ab12:3'), reject(2, 'ab12:3', false)])), []);
    assert.deepEqual(sorted(rejectedClaims([reject(1, 'ab12:3', false), reject(2, 'ab12:3')])), ['ab12:3']);
  });

  it('rejects nothing without decisions', () => {
    assert.equal(rejectedClaims([]).size, 0);
  });
});
