import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Band, DocumentId } from '../../core/index.js';
import type { BottomLine } from '../types.js';
import { forecastOf } from './forecast.js';

const line = (doc: string, origin: string, probability: number, band: Band): BottomLine => ({
  document: doc as DocumentId,
  band,
  probability,
  start: 0,
  end: 1,
  text: 'x',
  marker: { span: { start: 0, end: 1 }, text: 'x' },
  kind: 'estimate',
  holder: 'author',
  about: [],
  origin: { key: origin, name: origin, kind: 'outlet' },
});

describe('forecast', () => {
  it('pools log-odds with one vote per origin and names the dissenters', () => {
    const f = forecastOf([
      line('a', 'isw', 0.325, 'unlikely'),
      line('b', 'isw', 0.325, 'unlikely'),
      line('c', 'isw', 0.325, 'unlikely'),
      line('d', 'cepa', 0.125, 'very unlikely'),
      line('e', 'kyiv', 0.675, 'likely'),
    ]);
    assert.ok(f);
    assert.equal(f.votes.length, 3);
    assert.deepEqual(f.votes.find((v) => v.origin.key === 'isw')?.documents, ['a', 'b', 'c']);
    const logit = (p: number) => Math.log(p / (1 - p));
    const expected = 1 / (1 + Math.exp(-(logit(0.325) + logit(0.125) + logit(0.675)) / 3));
    assert.ok(Math.abs(f.probability - expected) < 0.001);
    assert.deepEqual([f.spread.min, f.spread.max], [0.125, 0.675]);
    assert.ok(f.spread.stdLogOdds > 0);
    assert.deepEqual(
      f.dissenters.map((d) => d.origin.key),
      ['kyiv'],
    );
  });

  it('has nothing to say without bottom lines, and no spread with one voice', () => {
    assert.equal(forecastOf([]), undefined);
    assert.equal(forecastOf([line('a', 'x', 0.325, 'unlikely')])?.spread.stdLogOdds, 0);
  });
});
