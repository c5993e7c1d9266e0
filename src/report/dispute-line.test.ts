import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Contested } from './brief-model.js';
import { sides } from './contested.js';
import { disputeLine } from './dispute-line.js';

const dispute = (a: Contested['a'], b: Contested['b']): Contested => ({
  label: 'Two ministries blamed each other for the fire at the depot',
  kind: 'asserted against denied',
  verdict: 'conflict',
  explanation: 'the two blame each other for it',
  pairs: 1,
  a,
  b,
});
const report = {
  outlet: 'Daily One',
  text: 'Two ministries blamed each other for the fire at the depot.',
  note: 3,
};

describe('a dispute on the first screen (invented reports)', () => {
  it('quotes a report from each side', () => {
    const line = disputeLine(dispute([report], [{ ...report, outlet: 'Weekly Two', note: 4 }]));
    assert.match(line.text, /Daily One: “.*” against Weekly Two: “/);
    assert.deepEqual(line.notes, [3, 4]);
  });

  it('quotes one sentence that holds both sides once, and says so', () => {
    const line = disputeLine(dispute([], [report]));
    assert.equal(
      line.text,
      'One report holds both sides (asserted against denied): Daily One: “Two ministries blamed each other for the fire at the depot.”.',
    );
    assert.equal(line.text.split('blamed each other').length, 2, 'the sentence is quoted once');
    assert.doesNotMatch(line.text, /asserted against denied: asserted against denied/);
  });
});

describe('the sides of a dispute as shown (invented reports)', () => {
  const denial = { outlet: 'Daily One', text: 'The ministry denied any part in the fire.', note: 1 };
  const blame = { outlet: 'Weekly Two', text: 'Two ministries blamed each other for the fire.', note: 2 };

  it('keeps a report on each side', () => {
    assert.deepEqual(sides([denial], [blame]), { a: [denial], b: [blame] });
  });

  it('shows the same sentence on both sides once, as a report that holds both', () => {
    const again = { ...blame, outlet: 'Daily Three', note: 5 };
    assert.deepEqual(sides([again], [blame]), { a: [], b: [blame, again] });
  });
});
