import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { alternation, matchesAtWordStarts, matchesNotAfter, openersOf } from './pattern.js';

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

describe('matchesAtWordStarts: the pattern tried only where a literal may open', () => {
  const modifiers = ['anti-tank', 'air defence', 'air', 'self-propelled', 'main battle'];
  const heads = ['tank', 'tanks', 'system', 'UAV', 'SAM', 'gun'];
  const body = `((?:(?:${alternation(modifiers)})(?:\\s+|-)){0,4})(${alternation(heads)})(?![\\p{L}\\p{N}-])`;
  const global = new RegExp(body, 'giu');
  const sticky = new RegExp(body, 'iuy');
  const openers = openersOf([...modifiers, ...heads]);
  const notAfter = /^[\p{L}\p{N}-]$/u;
  const groups = (ms: readonly RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1], m[2]]);
  const same = (text: string) =>
    assert.deepEqual(
      groups(matchesAtWordStarts(text, sticky, openers)),
      groups(matchesNotAfter(text, global, notAfter)),
    );

  const table = [
    'Anti-tank and AIR DEFENCE systems, main battle tanks',
    'xtank -tank 9tank Étank tanks-',
    'ſam Kelvin-sign ＫSAM: \u212Aanti-tank, \u017Fystem', // case folds onto ASCII letters
    'tan\u212A, sy\u017Ftems and UA\u212A', // the fold after ASCII letters that open no literal
    'airtank air-air-air-air-air-tank 𝐀tank “tanks” tankÉ',
    '',
  ];
  for (const text of table) it(JSON.stringify(text), () => same(text));

  it('finds what matchesNotAfter finds on random text', () => {
    const piece = fc.constantFrom(
      'tank',
      'Tanks',
      'anti',
      '-tank',
      'air',
      ' defence',
      'self-propelled ',
      'uav',
      'tan',
      'sy',
      'SAM',
      'gun',
      ' ',
      '  ',
      '-',
      'x',
      '9',
      'É',
      '𝐀',
      '\u017F',
      '\u212A',
      '’',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => same(parts.join(''))),
      { numRuns: 2000 },
    );
  });
});
