import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lex, NUM, WORD } from './lexer.js';

/** The definition the hand-written lexer must agree with. */
const pattern = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([\p{L}\p{M}]+)|(\S)/gu;
const reference = (text: string) =>
  [...text.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    type: m[1] ? 'num' : m[2] ? 'word' : 'punct',
  }));

/** The tokens as records, to compare with the reference. */
const tokens = (text: string) => {
  const toks = lex(text);
  return Array.from({ length: toks.length }, (_, i) => {
    const type = toks.types[i];
    return {
      start: toks.starts[i],
      end: toks.ends[i],
      type: type === NUM ? 'num' : type === WORD ? 'word' : 'punct',
    };
  });
};

const surfaces = (text: string) => tokens(text).map((t) => `${t.type}:${text.slice(t.start, t.end)}`);

describe('lex', () => {
  const table: [string, string[]][] = [
    ['11,000-12,000 men', ['num:11,000', 'punct:-', 'num:12,000', 'word:men']],
    ['$1.5 billion', ['punct:$', 'num:1.5', 'word:billion']],
    ['1234,567 and 1,2345', ['num:1234', 'punct:,', 'num:567', 'word:and', 'num:1,234', 'num:5']],
    ['.5 of 1.5.3', ['num:.5', 'word:of', 'num:1.5', 'num:.3']],
    ['Lukashenka’s 2,000', ['word:Lukashenka', 'punct:’', 'word:s', 'num:2,000']],
    ['naïve café\u00a0٣', ['word:naïve', 'word:café', 'punct:٣']],
    ['𝐀𝐁 😀x', ['word:𝐀𝐁', 'punct:😀', 'word:x']],
  ];
  for (const [text, expected] of table) {
    it(JSON.stringify(text), () => assert.deepEqual(surfaces(text), expected));
  }

  it('agrees with the pattern on random text', () => {
    const piece = fc.constantFrom(
      '1',
      '12',
      '123',
      '1234',
      ',',
      ',000',
      '.',
      '.5',
      ' ',
      '\u00a0',
      '\n',
      'a',
      'é',
      '\u0301',
      '𝐀',
      '😀',
      '\ud800',
      '٣',
      '-',
      '$',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(piece, fc.string(), fc.string({ unit: 'binary' })), { maxLength: 40 }),
        (parts) => {
          const text = parts.join('');
          assert.deepEqual(tokens(text), reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads 100,000 digits with commas as the reference lexer does', () => {
    const text = '1,000'.repeat(20_000);
    assert.deepEqual(tokens(text), reference(text));
  });
});
