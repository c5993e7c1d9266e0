import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directionOf, type Indicator, type Question, type Threshold } from './question.schema.js';
import { checkQuestion } from './question-checks.js';

const indicator = (thresholds: Threshold[], measureKeys = ['russian-troops']): Indicator => ({
  id: 'troops',
  name: 'Russian troops in Belarus',
  match: { measureKeys },
  direction: { offensive: 'consistent' },
  thresholds,
});

const question = (...indicators: Indicator[]): Question => ({
  question: 'Will Belarus join the war?',
  horizon: '2023-03-31',
  hypotheses: [
    { id: 'offensive', label: 'Joins a ground offensive' },
    { id: 'support', label: 'Support only' },
  ],
  indicators,
});

const reasons = (q: Question): string[] => checkQuestion(q).map((p) => p.reason);

describe('checkQuestion thresholds', () => {
  it('accepts falling thresholds whose warning lies below the watch level', () => {
    const q = question(
      indicator([
        { level: 'watch', op: '<', value: 50 },
        { level: 'warning', op: '<=', value: 20 },
      ]),
    );
    assert.deepEqual(reasons(q), []);
  });

  it('rejects a falling warning above its watch level', () => {
    const q = question(
      indicator([
        { level: 'watch', op: '<', value: 20 },
        { level: 'warning', op: '<', value: 50 },
      ]),
    );
    assert.match(reasons(q).join('\n'), /must lie beyond the watch level/);
  });

  it('rejects watch and warning pointing in opposite directions', () => {
    const q = question(
      indicator([
        { level: 'watch', op: '>=', value: 15000 },
        { level: 'warning', op: '<', value: 30000 },
      ]),
    );
    assert.match(reasons(q).join('\n'), /opposite directions/);
  });

  it('compares levels per measure key, not across keys', () => {
    const q = question(
      indicator(
        [
          { level: 'watch', op: '>=', value: 200, measureKey: 'tanks' },
          { level: 'warning', op: '>=', value: 100, measureKey: 'artillery' },
        ],
        ['tanks', 'artillery'],
      ),
    );
    assert.deepEqual(reasons(q), []);
  });

  it('rejects two watch thresholds for one measure', () => {
    const q = question(
      indicator([
        { level: 'watch', op: '>=', value: 15000 },
        { level: 'watch', op: '>=', value: 20000 },
      ]),
    );
    assert.deepEqual(
      checkQuestion(q).map((p) => p.path),
      [['indicators', 0, 'thresholds', 1]],
    );
  });
});

describe('directionOf', () => {
  it('reads the stated grade and treats an unstated hypothesis as neutral', () => {
    const i = indicator([]);
    assert.equal(directionOf(i, 'offensive'), 'consistent');
    assert.equal(directionOf(i, 'support'), 'neutral');
  });
});

describe('checkQuestion measure keys', () => {
  it('knows keys made of words and nations, and rejects a misspelt one with the keys it knows', () => {
    assert.deepEqual(reasons(question(indicator([], ['russian-troops', 'ammunition-tons', 'loan-usd']))), []);
    const [reason] = reasons(question(indicator([], ['russain-troops'])));
    assert.match(reason ?? '', /unknown measure key "russain-troops".*russian-troops.*sitrep measures/);
  });
});
