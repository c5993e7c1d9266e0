import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { matchesNotAfter } from './pattern.js';

const starts = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, m[0]]);

describe('matchesNotAfter: a leading lookbehind checked by hand', () => {
  const body = '(?:T-72|T|Su-25|Su|Tor|battalion)(?:-[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])';
  const withLookbehind = new RegExp(`(?<![\\p{L}\\p{N}-])${body}`, 'gu');
  const without = new RegExp(body, 'gu');
  const notAfter = /^[\p{L}\p{N}-]$/u;

  const table = [
    'T-72 and Su-25',
    'xT-72, -T-72, 9T-72',
    'ÉTor Tor-M2 𝐀Tor',
    'ATT T T',
    'battalions battalion-',
  ];
  for (const text of table) {
    it(JSON.stringify(text), () =>
      assert.deepEqual(
        starts(matchesNotAfter(text, without, notAfter)),
        starts([...text.matchAll(withLookbehind)]),
      ),
    );
  }

  it('finds what the lookbehind pattern finds on random text', () => {
    const piece = fc.constantFrom(
      'T',
      'T-72',
      'Su',
      '-25',
      'Tor',
      '-M2',
      ' ',
      '-',
      'x',
      '9',
      'É',
      '𝐀',
      'battalion',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(
          starts(matchesNotAfter(text, without, notAfter)),
          starts([...text.matchAll(withLookbehind)]),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
