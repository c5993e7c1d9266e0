import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annotate } from '../index.js';

const qualifiers = (text: string) =>
  annotate(text, { referenceDate: '2022-06-29' }).quantities.map((q) => q.qualifier);

describe('a phrasal verb particle before a figure', () => {
  it('is no qualifier when WordNet knows the phrasal verb', () => {
    assert.deepEqual(qualifiers('Each side was handing over 144 prisoners.'), [undefined]);
    assert.deepEqual(qualifiers('The rebels gave up 20 positions.'), [undefined]);
  });
  it('still qualifies a figure after a verb that takes no such particle', () => {
    assert.deepEqual(qualifiers('The strike killed over 100 people.'), ['over']);
    assert.deepEqual(qualifiers('The convoy would bring about 170 tanks.'), ['about']);
  });
});

describe('"up" hyphened to a noun before a figure', () => {
  it('closes the noun and qualifies nothing', () => {
    assert.deepEqual(qualifiers('In the run-up to 40 talks, up to 300 staff left.'), [undefined, 'up to']);
  });
  it('still qualifies when written apart', () => {
    assert.deepEqual(qualifiers('Drones may fly up to 900 feet.'), ['up to']);
  });
});
