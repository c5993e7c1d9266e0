import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../../annotate/index.js';
import type { Annotations, Span } from '../../core/index.js';
import { discourseLemma } from './ecbplus-discourse.js';
import type { EcbDocument, EcbMention } from './ecbplus-read.js';

/** Mentions given as [phrase, occurrence, type]; the head is the phrase's last word. */
function setup(docTexts: Record<string, string>, spec: [string, string, number, string][]) {
  const docs = new Map<string, EcbDocument>(
    Object.entries(docTexts).map(([id, text]) => [
      id,
      { id, topic: id.split('_')[0] ?? id, text, tokens: new Map() },
    ]),
  );
  const annotated = new Map<string, Annotations>(
    Object.entries(docTexts).map(([id, t]) => [id, annotate(t)]),
  );
  const mentions: EcbMention[] = spec.map(([doc, phrase, nth, type]) => {
    const text = docTexts[doc] ?? '';
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(phrase, start + 1);
    const span: Span = { start, end: start + phrase.length };
    const last = phrase.lastIndexOf(' ') + 1;
    return { doc, span, head: { start: start + last, end: span.end }, chain: phrase, type };
  });
  return { labels: discourseLemma(docs, annotated, mentions), mentions };
}

describe('discourseLemma', () => {
  it('joins pronouns to the nearest earlier person of the same gender and number', () => {
    const { labels } = setup(
      { '1_a': 'The woman met Tom Baker at noon. He thanked her and the nurses. They left.' },
      [
        ['1_a', 'woman', 0, 'HUM'],
        ['1_a', 'Tom Baker', 0, 'HUM'],
        ['1_a', 'He', 0, 'HUM'],
        ['1_a', 'her', 0, 'HUM'],
        ['1_a', 'nurses', 0, 'HUM'],
        ['1_a', 'They', 0, 'HUM'],
      ],
    );
    const [woman, tom, he, her, nurses, they] = labels;
    assert.equal(he, tom);
    assert.equal(her, woman);
    assert.notEqual(her, tom);
    assert.equal(they, nurses);
    assert.notEqual(they, tom);
  });

  it('does not join pronouns across documents, nor same heads across topics', () => {
    const { labels } = setup(
      {
        '1_a': 'Anna Green spoke to the driver. He nodded.',
        '1_b': 'Paul Smith called the driver. He waited.',
        '2_a': 'A driver was hurt.',
      },
      [
        ['1_a', 'driver', 0, 'HUM'],
        ['1_a', 'He', 0, 'HUM'],
        ['1_b', 'Paul Smith', 0, 'HUM'],
        ['1_b', 'driver', 0, 'HUM'],
        ['1_b', 'He', 0, 'HUM'],
        ['2_a', 'driver', 0, 'HUM'],
      ],
    );
    const [driverA, heA, , driverB, heB, driver2] = labels;
    assert.equal(heA, driverA);
    assert.equal(driverA, driverB);
    assert.notEqual(driverA, driver2);
    assert.equal(heB, driverB);
  });

  it('leaves a pronoun with no earlier person alone', () => {
    const { labels } = setup({ '3_a': 'She arrived before Mary Jones.' }, [
      ['3_a', 'She', 0, 'HUM'],
      ['3_a', 'Mary Jones', 0, 'HUM'],
    ]);
    assert.notEqual(labels[0], labels[1]);
  });
});
