import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentId } from '../../core/index.js';
import type { Question } from '../question/index.js';
import type { AnalystDecision, EvidencePiece, IndicatorReport } from '../types.js';
import { flip, parseGrade } from './grades.js';
import { achMatrix } from './matrix.js';

const question: Question = {
  question: 'Will X happen?',
  horizon: '2023-01-01',
  hypotheses: [
    { id: 'attack', label: 'attack' },
    { id: 'bluff', label: 'bluff' },
  ],
  indicators: [
    {
      id: 'troops',
      name: 'troops',
      match: { cues: ['troops'] },
      direction: { attack: 'very consistent', bluff: 'consistent' },
    },
    {
      id: 'polls',
      name: 'polls',
      match: { cues: ['poll'] },
      direction: { attack: 'very inconsistent', bluff: 'neutral' },
    },
  ],
};

const piece = (
  origin: string,
  polarity: 'positive' | 'negative' = 'positive',
  hedged = false,
): EvidencePiece => ({
  document: origin as DocumentId,
  span: { start: 0, end: 4 },
  text: 'text',
  sentence: { start: 0, end: 10 },
  sentenceText: 'text',
  via: 'cue',
  rule: 'cue:x',
  modality: 'report',
  polarity,
  hedged,
  origin: { key: origin, name: origin, kind: 'outlet' },
});

const report = (id: string, evidence: EvidencePiece[]): IndicatorReport => ({
  id,
  name: id,
  evidence,
  unreported: [],
  documents: [],
  values: [],
  trend: 'unknown',
  status: 'observed',
  origins: [],
});

describe('ACH matrix', () => {
  const reports = [
    report('troops', [piece('a'), piece('b'), piece('c', 'negative')]),
    report('polls', [piece('a'), piece('b')]),
  ];

  it('suggests cells from directions, flips evidence of absence, weighs single origins half and a contradicted side by its share', () => {
    const m = achMatrix(question, reports, []);
    const grades = Object.fromEntries(m.items.map((i) => [i.id, i.cells.map((c) => c.grade).join(' ')]));
    assert.deepEqual(grades, { troops: 'CC C', 'not-troops': 'II I', polls: 'II N' });
    const absent = m.items.find((i) => i.id === 'not-troops');
    assert.equal(absent?.singleOrigin, true);
    // One origin of three says no: half for a single origin, times its third of the balance.
    assert.equal(absent?.weight, 0.165);
    assert.equal(m.items.find((i) => i.id === 'troops')?.weight, 0.67);
    // attack: II (x0.165) from not-troops + II (x1) from polls = 0.33 + 2; bluff: I (x0.165)
    assert.deepEqual(
      m.scores.map((s) => [s.hypothesis, Math.round(s.inconsistency * 1000) / 1000, s.rank]),
      [
        ['attack', 2.33, 1],
        ['bluff', 0.165, 2],
      ],
    );
    assert.equal(m.items.find((i) => i.id === 'troops')?.diagnosticity, 0.25);
  });

  it('halves the weight of mostly hedged evidence', () => {
    const m = achMatrix(
      question,
      [report('troops', [piece('a', 'positive', true), piece('b', 'positive', true)])],
      [],
    );
    assert.equal(m.items[0]?.lowCertainty, true);
    assert.equal(m.items[0]?.weight, 0.5);
  });

  it('lets the latest analyst decision win, and ignores unreadable grades', () => {
    const decisions: AnalystDecision[] = [
      { who: 'ann', at: '2022-12-01T10:00:00Z', kind: 'ach-cell', target: 'polls:attack', after: 'C' },
      { who: 'bob', at: '2022-12-02T10:00:00Z', kind: 'ach-cell', target: 'polls:attack', after: 'neutral' },
      { who: 'eve', at: '2022-12-03T10:00:00Z', kind: 'ach-cell', target: 'polls:attack', after: 'maybe' },
      { who: 'eve', at: '2022-12-03T10:00:00Z', kind: 'entity-merge', target: 'polls:attack', after: 'II' },
    ];
    const cell = achMatrix(question, reports, decisions)
      .items.find((i) => i.id === 'polls')
      ?.cells.find((c) => c.hypothesis === 'attack');
    assert.deepEqual(
      [cell?.grade, cell?.suggested, cell?.source, cell?.decision?.who],
      ['N', 'II', 'analyst', 'bob'],
    );
  });

  it('reads grades as analysts type them', () => {
    assert.deepEqual(['ii', ' CC ', 'very inconsistent', 'Consistent', 'X', 3].map(parseGrade), [
      'II',
      'CC',
      'II',
      'C',
      undefined,
      undefined,
    ]);
    assert.deepEqual(
      ['CC', 'C', 'N', 'I', 'II'].map((g) => flip(g as 'CC')),
      ['II', 'I', 'N', 'C', 'CC'],
    );
  });
});
