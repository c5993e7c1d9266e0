import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chunksOf } from './chunks.js';
import { extractTimes } from './extract.js';

const pieces = (text: string) => chunksOf(text).map((c) => text.slice(c.start, c.end));

describe('chunksOf: what chrono-node reads at a time', () => {
  it('one piece per non-empty line, offsets into the text', () => {
    assert.deepEqual(pieces('Minsk, 5 December.\n\nOn Saturday they met.\r\nEnd'), [
      'Minsk, 5 December.',
      'On Saturday they met.\r',
      'End',
    ]);
    assert.deepEqual(pieces(''), []);
    assert.deepEqual(pieces('\n\n'), []);
  });

  it('cuts a long line after a sentence end, else at a space, else anywhere', () => {
    const sentence = 'The exercise ended on 3 December 2022. ';
    const long = sentence.repeat(200);
    const cut = chunksOf(long);
    assert.ok(cut.length > 1);
    for (const c of cut) {
      assert.ok(c.end - c.start <= 3000);
      assert.ok(long.slice(c.start, c.end).startsWith('The exercise'));
    }
    const words = 'word '.repeat(1000);
    for (const c of chunksOf(words)) assert.ok(words.slice(c.start, c.end).startsWith('word'));
    const digits = '7'.repeat(10_000);
    assert.deepEqual(
      chunksOf(digits).map((c) => c.end - c.start),
      [3000, 3000, 3000, 1000],
    );
  });

  it('leaves nothing out: the pieces cover every non-space character', () => {
    const text = `${'Lukashenka met Putin on Monday. '.repeat(150)}\nIn October.\n${'x'.repeat(7000)}`;
    const covered = new Array<boolean>(text.length).fill(false);
    for (const c of chunksOf(text)) for (let i = c.start; i < c.end; i++) covered[i] = true;
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i] ?? '')) assert.ok(covered[i], `offset ${i}`);
  });

  it('dates in every piece keep their offsets in the whole text', () => {
    const text = `${'Nothing to see here. '.repeat(200)}On 3 December 2022 they met.\nIn October 2021, too.`;
    const found = extractTimes(text, '2022-12-07');
    assert.deepEqual(
      found.map((t) => [text.slice(t.span.start, t.span.end), t.value]),
      [
        ['3 December 2022', '2022-12-03'],
        ['October 2021', '2021-10'],
      ],
    );
  });
});
