import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quantity } from '../../core/index.js';
import { personAt, runOwnStages } from '../attribution/test-layers.js';

describe('claim stage', () => {
  it('makes one claim per checkable sentence and skips headings and questions', () => {
    const text =
      'Border Tensions Rise\n\nWill the army move? The army will probably move north. The weather was mild.';
    const claims = runOwnStages(text).claims ?? [];
    assert.deepEqual(
      claims.map((c) => c.text),
      ['The army will probably move north.'],
    );
    assert.equal(claims[0]?.band, 'likely');
    assert.equal(claims[0]?.rule, 'claim:certainty');
  });

  it('reads subject and predicate from what is reported, and links the attribution', () => {
    const text = 'Officials said that Halvorsen does not plan to resign.';
    const mentions = [personAt(text, 'Halvorsen')];
    const layers = runOwnStages(text, { mentions });
    const [claim] = layers.claims ?? [];
    assert.equal(claim?.subject, 'Halvorsen');
    assert.equal(claim?.polarity, 'negative');
    assert.equal(claim?.attribution, 0);
    assert.deepEqual(claim?.mentions, [0]);
  });

  it('links a quantity and takes its measure key as predicate', () => {
    const text = 'The depot received 40 trucks.';
    const start = text.indexOf('40 trucks');
    const quantity: Quantity = {
      span: { start, end: start + 9 },
      text: '40 trucks',
      rule: 'test',
      kind: 'count',
      value: 40,
      thing: 'trucks',
      measureKey: 'trucks',
    };
    const [claim] = runOwnStages(text, { quantities: [quantity] }).claims ?? [];
    assert.equal(claim?.quantity, 0);
    assert.equal(claim?.predicate, 'trucks');
    assert.equal(claim?.rule, 'claim:quantity');
  });

  it('keeps "no signs that" as a negative claim', () => {
    const text = 'There are no signs that the brigade is moving.';
    const [claim] = runOwnStages(text).claims ?? [];
    assert.equal(claim?.polarity, 'negative');
    assert.equal(claim?.band, 'unlikely');
  });
});
