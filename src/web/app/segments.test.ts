import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Mark, segments } from './segments.js';

const mark = (id: number, start: number, end: number): Mark => ({
  id,
  layer: 'mention',
  tone: 'person',
  start,
  end,
  title: '',
  details: [],
});

describe('segments', () => {
  const text = 'Officials said 40 tanks moved north.';

  it('covers the text exactly, with nested marks innermost first', () => {
    const runs = segments(text, [mark(1, 15, 23), mark(2, 15, 17), mark(3, 0, 9)]);
    assert.equal(runs.map((r) => r.text).join(''), text);
    assert.deepEqual(
      runs.map((r) => [r.text, r.marks.map((m) => m.id)]),
      [
        ['Officials', [3]],
        [' said ', []],
        ['40', [2, 1]],
        [' tanks', [1]],
        [' moved north.', []],
      ],
    );
  });

  it('drops marks that are empty, reversed or outside the text', () => {
    const runs = segments(text, [mark(1, 5, 5), mark(2, 9, 3), mark(3, 30, 99), mark(4, -1, 2)]);
    assert.deepEqual(
      runs.map((r) => r.text),
      [text],
    );
  });

  it('handles an empty text and markup-like text as plain characters', () => {
    assert.deepEqual(segments('', [mark(1, 0, 0)]), []);
    const hostile = '<img src=x onerror=alert(1)>';
    assert.equal(segments(hostile, [mark(1, 1, 4)])[1]?.text, 'img');
  });
});
