import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asNewsQuant, changeOf, sitrepNewsQuant } from './newsquant.js';
import type { Figure } from './quantity-figures.js';

const figure = (text: string, part: string, f: Omit<Figure, 'start' | 'end' | 'unit'>): Figure => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, unit: '-', ...f };
};

describe('NewsQuant conventions', () => {
  it('writes a fall in the order written', () => {
    const text = 'Yields fell from 4.8 to 4.2 percent.';
    const f = figure(text, 'from 4.8 to 4.2 percent', {
      low: 4.2,
      high: 4.8,
      kind: 'percent',
      rule: 'digits+range.falling',
    });
    assert.deepEqual(
      asNewsQuant(text, f).map((g) => [g.low, g.high]),
      [[4.8, 4.2]],
    );
  });
  it('drops tied scores and keeps others high first', () => {
    const text = 'It ended 3-3 after a 5-2 lead.';
    const tie = figure(text, '3-3', { low: 3, high: 3, kind: 'count', rule: 'digits+range.score' });
    const lead = figure(text, '5-2', { low: 2, high: 5, kind: 'count', rule: 'digits+range.score' });
    assert.deepEqual(asNewsQuant(text, tie), []);
    assert.deepEqual(
      asNewsQuant(text, lead).map((g) => [g.low, g.high]),
      [[5, 2]],
    );
  });
  it('gives orders of magnitude an exclusive upper end', () => {
    const text = 'Hundreds of people came.';
    const f = figure(text, 'Hundreds', { low: 100, high: 999, kind: 'count', rule: 'vague' });
    assert.equal(asNewsQuant(text, f)[0]?.high, 1000);
  });
  it('writes a share in words as a percentage of its thing, not a count', () => {
    const text = 'One in five voters stayed home; 5 voters left.';
    const share = figure(text, 'One in five voters', {
      value: 0.2,
      kind: 'count',
      rule: 'words.fraction+thing',
    });
    const count = figure(text, '5 voters', { value: 5, kind: 'count', rule: 'digits+thing' });
    assert.equal(asNewsQuant(text, { ...share, unit: 'voter' })[0]?.unit, '% voter');
    const digits = { ...share, rule: 'digits.fraction+thing', unit: 'voter' };
    assert.equal(asNewsQuant(text, digits)[0]?.unit, '% voter');
    assert.equal(asNewsQuant(text, { ...count, unit: 'voter' })[0]?.unit, 'voter');
    // A mixed number is more than a whole: a count ("1 1/2 cups"), no share.
    const mixed = { ...digits, value: 1.5 };
    assert.equal(asNewsQuant(text, mixed)[0]?.unit, 'voter');
  });
  it('leaves out hyphenated durations used as modifiers, not plain ones', () => {
    const text = 'A five-year plan ran for five years.';
    const modifier = figure(text, 'five-year', { value: 5, kind: 'duration', rule: 'words+unit.duration' });
    const plain = figure(text, 'five years', { value: 5, kind: 'duration', rule: 'words+unit.duration' });
    assert.deepEqual(asNewsQuant(text, modifier), []);
    assert.equal(asNewsQuant(text, plain).length, 1);
  });
});

describe('NewsQuant counted things', () => {
  const units = (text: string) => sitrepNewsQuant(text).map((f) => f.unit);
  it('writes adjectives as their lemmas and leaves out adverbs of degree', () => {
    assert.deepEqual(units('She is one of the best players.'), ['good player']);
    assert.deepEqual(units('He was one of the most gifted attackers.'), ['gifted attacker']);
  });
  it('keeps words written together and nouns as they are', () => {
    assert.deepEqual(units('They shut two coal-fired plants.'), ['coal-fired plant']);
  });
});

describe('NewsQuant change operators', () => {
  const base: Figure = { start: 0, end: 1, unit: '-', kind: 'count', value: 5 };
  const table: [Partial<Figure>, string][] = [
    [{}, '='],
    [{ qualifier: 'about' }, '~'],
    [{ qualifier: 'nearly' }, '~'],
    [{ qualifier: 'more than' }, '>'],
    [{ qualifier: 'at least' }, '>'],
    [{ qualifier: 'up to' }, '<'],
    [{ qualifier: 'less than' }, '<'],
    [{ qualifier: 'only' }, '='],
    [{ direction: 'up' }, 'up'],
    [{ direction: 'down' }, 'down'],
    // A qualifier says more than a direction: "up about 19 per cent" is "~".
    [{ qualifier: 'about', direction: 'up' }, '~'],
    [{ qualifier: 'exactly', direction: 'down' }, 'down'],
  ];
  for (const [extra, expected] of table)
    it(`${JSON.stringify(extra)} -> ${expected}`, () =>
      assert.equal(changeOf({ ...base, ...extra }), expected));
});
