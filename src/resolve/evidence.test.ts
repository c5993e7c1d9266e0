import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyAnnotations } from '../core/empty-annotations.js';
import type { DocumentId } from '../core/index.js';
import { claimRefOf, evidenceOf, mentionEvidence } from './evidence.js';

const text = 'Officials said 12 drones were shot down overnight. Nobody was hurt.';
const annotations = {
  ...emptyAnnotations,
  sentences: [{ span: { start: 0, end: 50 } }, { span: { start: 51, end: 67 } }],
};
const doc = 'doc-1' as DocumentId;
const evidence = evidenceOf(doc, text, annotations, { start: 15, end: 24 });
const origin = { key: 'outlet:example-wire', name: 'Example Wire', kind: 'outlet' } as const;

describe('evidence records', () => {
  it('quote their span and sentence', () => {
    assert.deepEqual(evidence, {
      document: doc,
      span: { start: 15, end: 24 },
      text: '12 drones',
      sentence: { start: 0, end: 50 },
    });
    assert.deepEqual(Object.keys(mentionEvidence(evidence, 3)), [
      'document',
      'span',
      'text',
      'sentence',
      'mention',
    ]);
  });

  it('give a claim its fields in a fixed order, the optional ones only when they have a value', () => {
    const full = claimRefOf(evidence, {
      claim: 0,
      quantity: { span: { start: 15, end: 17 }, text: '12', rule: 'digits', kind: 'count', value: 12 },
      polarity: 'positive',
      stance: 'asserts',
      probability: 0.9,
      time: '2022-03-01',
      origin,
      outlet: 'Example Wire',
      published: '2022-03-02',
    });
    assert.deepEqual(Object.keys(full), [
      'document',
      'span',
      'text',
      'sentence',
      'claim',
      'quantity',
      'polarity',
      'stance',
      'probability',
      'time',
      'origin',
      'outlet',
      'published',
    ]);
    const bare = claimRefOf(evidence, {
      claim: 1,
      polarity: 'negative',
      time: undefined,
      origin,
      outlet: '',
    });
    assert.deepEqual(Object.keys(bare), [
      'document',
      'span',
      'text',
      'sentence',
      'claim',
      'polarity',
      'origin',
    ]);
  });
});
