import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentId } from '../../core/index.js';
import type { ClaimRef } from '../types.js';
import { originStances, sentenceStance } from './origin-stances.js';

/** Invented member sentences of one cluster ("the ferry line to Port Ellis was closed"). */
const members: [origin: string, sentence: string, polarity: 'positive' | 'negative'][] = [
  [
    'harbour office',
    'The harbour office said the ferry line to Port Ellis was closed on Tuesday.',
    'positive',
  ],
  ['harbour office', 'The ferry line to Port Ellis is closed until further notice.', 'positive'],
  ['ferry company', 'The ferry company denied that the line to Port Ellis had been closed.', 'positive'],
  ['local radio', 'The ferry line to Port Ellis was reportedly closed after the storm.', 'positive'],
  ['a councillor', 'Has the ferry line to Port Ellis really been closed?', 'positive'],
  ['the mayor', 'The mayor said the ferry line was not closed.', 'negative'],
];

const refs: ClaimRef[] = members.map(([origin, sentence, polarity], i) => ({
  document: `doc-${i}` as DocumentId,
  span: { start: 0, end: sentence.length },
  sentence: { start: 0, end: sentence.length },
  text: sentence,
  claim: 0,
  polarity,
  origin: { key: origin, name: origin, kind: 'cited' },
}));

describe('origin stances (invented sentences)', () => {
  it('reads each sentence as asserting, denying, reporting without a side, or questioning', () => {
    assert.equal(sentenceStance('The bridge was closed, the police said.', 'positive'), 'asserts');
    assert.equal(sentenceStance('The police denied that the bridge was closed.', 'positive'), 'denies');
    assert.equal(sentenceStance('Reports that the bridge was closed are not true.', 'positive'), 'denies');
    assert.equal(sentenceStance('The bridge was allegedly closed.', 'positive'), 'reports');
    assert.equal(sentenceStance('Was the bridge closed?', 'positive'), 'questions');
  });

  it('lists each origin of a cluster once, with where it stands', () => {
    const found = originStances({ claims: refs }, (ref) => ref.text);
    assert.deepEqual(
      found.map((s) => [s.origin.key, s.stance, s.claims]),
      [
        ['harbour office', 'asserts', 2],
        ['ferry company', 'denies', 1],
        ['local radio', 'reports', 1],
        ['a councillor', 'questions', 1],
        ['the mayor', 'denies', 1],
      ],
    );
  });
});
