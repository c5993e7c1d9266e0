import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { valueVerdict } from './value-verdict.js';

const figure = (sentence: string) => {
  const q = annotate(sentence, { referenceDate: '2022-03-01' }).quantities[0];
  assert.ok(q, sentence);
  return { quantity: q };
};

describe('value verdicts (invented sentences)', () => {
  it('a vague plural is a floor: "thousands of" admits a hundred thousand', () => {
    const v = valueVerdict(
      figure('Thousands of soldiers waited at the frontier.'),
      figure('More than 100,000 soldiers waited at the frontier.'),
    );
    assert.equal(v?.verdict, 'compatible');
  });

  it('a vague plural still conflicts with a figure below it', () => {
    const v = valueVerdict(
      figure('Thousands of soldiers waited at the frontier.'),
      figure('Some 300 soldiers waited at the frontier.'),
    );
    assert.equal(v?.verdict, 'conflict');
  });
});
