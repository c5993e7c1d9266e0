import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isAllCaps } from './fold.js';
import { isShouting } from './shouting.js';

const whole = (s: string) => isShouting(s, { start: 0, end: s.length });

/** The definition, written the slow and obvious way. */
const reference = (s: string): boolean => {
  const words = s
    .slice(0, 400)
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 3 && words.filter((w) => isAllCaps(w)).length / words.length > 0.7;
};

describe('isShouting', () => {
  const table: [string, boolean][] = [
    ['BELARUS DENIES PLANS TO JOIN THE WAR', true],
    ['MINSK, Dec 5 (Reuters) - Belarus said on Monday', false],
    ['ЛУКАШЕНКО ВСТРЕТИЛСЯ С ПУТИНЫМ', true],
    ['“NO SIGNS” OF TROOPS MASSING, SAYS ISW', true],
    ['ÉTAT D’URGENCE DÉCLARÉ À MINSK', true],
    ['NATO, ISW and the OSCE said so', false],
    ['A B C D', false],
    ['T-72 AND T-80', false],
    ['US\u00a0AND\u00a0UK\u00a0TROOPS', true],
    ['', false],
  ];
  for (const [text, expected] of table) {
    it(`${JSON.stringify(text)} -> ${expected}`, () => assert.equal(whole(text), expected));
  }

  it('agrees with the plain definition on random text', () => {
    const piece = fc.constantFrom(
      'NATO',
      'Nato',
      'nato',
      'É',
      'é',
      'ǅ',
      'ÉTAT',
      ' ',
      '\u00a0',
      '\n',
      '-',
      'X1',
      '𝐀𝐁',
      '’s',
      'of',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        assert.equal(whole(s), reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads only the span it is given', () => {
    const text = 'quiet words here. LOUD WORDS ONLY HERE';
    const start = text.indexOf('LOUD');
    assert.equal(isShouting(text, { start, end: text.length }), true);
    assert.equal(isShouting(text, { start: 0, end: start }), false);
    assert.equal(isShouting(text, undefined), false);
  });
});
