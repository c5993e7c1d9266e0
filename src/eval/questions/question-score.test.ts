import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collapse, collapsedRange, locate } from './collapsed-text.js';
import type { QuestionGold } from './gold-file.js';
import { type AnswerItem, type QuestionAnswer, scoreQuestion } from './question-score.js';

// Invented text: two sentences about a ferry, a caption repeated, one unrelated sentence.
const text =
  'The ferry  left port on Monday.\nNo ferry sailed on Tuesday. Gulls circled.\nThe ferry left port on Monday.';
const spanOf = (sentence: string, from = 0) => {
  const start = text.indexOf(sentence, from);
  return { start, end: start + sentence.length };
};
const gold: QuestionGold = {
  question: 'question.yaml',
  documents: [
    {
      key: 'a.txt',
      view: { band: 'likely', quote: 'Gulls circled.' },
      evidence: [
        { indicator: 'sailings', quote: 'The ferry left port on Monday.', polarity: 'for' },
        { indicator: 'sailings', quote: 'No ferry sailed on Tuesday.', polarity: 'against' },
      ],
    },
    { key: 'b.txt', view: null, evidence: [] },
  ],
  status: { sailings: 'observed', strikes: 'no-evidence' },
};
const texts = new Map([
  ['a.txt', text],
  ['b.txt', 'Nothing here.'],
]);
const item = (span: { start: number; end: number }, polarity: AnswerItem['polarity']): AnswerItem => ({
  indicator: 'sailings',
  ...span,
  polarity,
});

describe('question gold scoring', () => {
  it('finds quotes with whitespace collapsed and maps spans into the collapsed text', () => {
    const doc = collapse(text);
    const ranges = locate(doc, 'The ferry left port on Monday.');
    assert.deepEqual(ranges, [
      { start: 0, end: 30 },
      { start: 74, end: 104 },
    ]);
    assert.deepEqual(collapsedRange(doc, 0, 31), ranges[0]);
  });

  it('counts precision on output items, recall on groups of overlapping gold items, polarity on matches', () => {
    const answer: QuestionAnswer = {
      evidence: new Map([
        [
          'a.txt',
          [
            item(spanOf('The ferry left port on Monday.', 40), 'for'), // the repeated caption: same group
            item(spanOf('No ferry sailed on Tuesday.'), 'for'), // matched, wrong polarity
            item(spanOf('Gulls circled.'), 'for'), // not evidence
            { ...item(spanOf('No ferry sailed on Tuesday.'), 'against'), indicator: 'strikes' }, // wrong indicator
          ],
        ],
        ['elsewhere.txt', [item({ start: 0, end: 5 }, 'for')]], // not a gold document: ignored
      ]),
      views: new Map([
        ['a.txt', 'very likely'],
        ['b.txt', 'unlikely'],
      ]),
      status: { sailings: 'observed', strikes: 'observed' },
    };
    const s = scoreQuestion(gold, texts, answer);
    assert.equal(s.evidence.p, 0.5);
    assert.equal(s.evidence.r, 1);
    assert.deepEqual(s.polarity, { right: 1, of: 2 });
    assert.deepEqual(s.status, { right: 1, of: 2 });
    assert.deepEqual(s.wrongStatus, ['strikes']);
    assert.deepEqual(s.viewPresence, { right: 1, of: 2 });
    assert.deepEqual(s.viewsGiven, { right: 1, of: 2 });
    assert.deepEqual(s.bandExact, { right: 0, of: 1 });
    assert.deepEqual(s.bandWithinOne, { right: 1, of: 1 });
    assert.equal(s.unlocated, 0);
  });

  it('needs half of the shorter sentence to overlap', () => {
    const half = spanOf('No ferry sailed');
    const s = scoreQuestion(gold, texts, {
      evidence: new Map([['a.txt', [item({ start: half.start, end: half.start + 8 }, 'against')]]]),
      views: new Map(),
      status: {},
    });
    assert.equal(s.evidence.tp, 1, 'a fragment inside the gold sentence overlaps all of itself');
    const apart = scoreQuestion(gold, texts, {
      evidence: new Map([['a.txt', [item(spanOf('Tuesday. Gulls circled.'), 'against')]]]),
      views: new Map(),
      status: {},
    });
    assert.equal(apart.evidence.tp, 0, '9 of 23 characters shared is less than half');
  });
});
