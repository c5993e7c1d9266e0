import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeText } from './normalize.js';

describe('normalizeText', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['CRLF and CR line endings', 'a\r\nb\rc', 'a\nb\nc'],
    ['a BOM at the start', '\uFEFFTitle', 'Title'],
    ['decomposed accents become composed (NFC)', 'Cafe\u0301 Zu\u0308rich', 'Café Zürich'],
    ['control characters but not tabs or newlines', 'a\u0000b\u0007c\td\u0085e', 'abc de'],
    ['trailing spaces on each line', 'one  \ntwo\t\nthree', 'one\ntwo\nthree'],
    ['three or more newlines become a blank line', 'a\n\n\n\n\nb\n\nc', 'a\n\nb\n\nc'],
    ['blank lines made of spaces count as blank', 'a\n  \n \t \n\nb', 'a\n\nb'],
    ['runs of spaces and tabs inside a line', 'Minsk,\t\t3   December', 'Minsk, 3 December'],
    ['outer whitespace', '\n\n  text \n\n', 'text'],
    ['a control between a letter and a combining mark', 'e\u0001\u0301', 'é'],
    ['Unicode line separators', 'a\u2028b\u2029c', 'a\nb\nc'],
    ['Cyrillic untouched', 'Шойгу прибыл в Минск', 'Шойгу прибыл в Минск'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(normalizeText(input), expected));
  }

  it('keeps non-breaking spaces inside a line (they carry meaning in numbers)', () => {
    assert.equal(normalizeText('10\u00A0000 troops'), '10\u00A0000 troops');
  });

  it('is idempotent on arbitrary Unicode text', () => {
    const pieces = fc.constantFrom(
      '\r\n',
      '\r',
      '\n',
      ' ',
      '\t',
      '\uFEFF',
      '\u0301',
      '\u0000',
      '\u2028',
      'e',
      'Ж',
      '\u00A0',
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .array(fc.oneof(pieces, fc.string({ maxLength: 3 })), { maxLength: 40 })
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (s) => normalizeText(normalizeText(s)) === normalizeText(s)),
      { numRuns: 2000 },
    );
  });
});
