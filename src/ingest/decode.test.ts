import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeBytes } from './decode.js';
import { firstInvalidUtf8 } from './utf8-validate.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: Array<number[] | Uint8Array>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));
// Windows-1251 bytes of a Russian phrase, written by code point: "Шойгу прибыл в Минск".
const cp1251 = (s: string): Uint8Array =>
  Uint8Array.from(
    [...s].map((c) => {
      const code = c.codePointAt(0)!;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      if (c === 'Ё') return 0xa8;
      if (c === 'ё') return 0xb8;
      throw new Error(`no cp1251 byte for ${c}`);
    }),
  );

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    for (const input of [utf8('Шойгу, Minsk'), bytes([0xef, 0xbb, 0xbf], utf8('Шойгу, Minsk'))]) {
      const d = decodeBytes(input);
      assert.ok(d.ok);
      assert.equal(d.text.replace('\uFEFF', ''), 'Шойгу, Minsk');
    }
  });

  it('reads UTF-16 little and big endian with a BOM', () => {
    const le = bytes(
      [0xff, 0xfe],
      [...'Мінск'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    );
    const be = bytes(
      [0xfe, 0xff],
      [...'Мінск'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]),
    );
    for (const input of [le, be]) {
      const d = decodeBytes(input);
      assert.ok(d.ok, JSON.stringify(d));
      assert.equal(d.text.replace('\uFEFF', ''), 'Мінск');
    }
  });

  it('decodes a Windows-1251 Russian text to correct Cyrillic and says so', () => {
    const d = decodeBytes(cp1251('Министр обороны Шойгу прибыл в Минск. Ещё одна встреча.'));
    assert.ok(d.ok);
    assert.equal(d.text, 'Министр обороны Шойгу прибыл в Минск. Ещё одна встреча.');
    assert.equal(d.encoding, 'windows-1251');
    assert.match(d.note ?? '', /Windows-1251/);
  });

  /** Bytes of `s` in a single-byte encoding, by inverting its decoder. */
  const encode = (s: string, encoding: string): Uint8Array => {
    const all = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
    return Uint8Array.from([...s], (c) => {
      const b = all.indexOf(c);
      if (b < 0) throw new Error(`no ${encoding} byte for ${c}`);
      return b;
    });
  };
  // Invented sentences: Russian, and Ukrainian (with і, ї, є that only KOI8-U of the KOI8s has).
  const russian =
    'Вчера вечером колонна грузовиков прошла через мост у северной границы, сообщили местные жители.';
  const ukrainian =
    'Учора ввечері колона вантажівок пройшла через міст біля північного кордону, її бачили мешканці, є свідки.';
  const encodings: ReadonlyArray<readonly [string, string, string]> = [
    ['windows-1251', russian, 'Windows-1251'],
    ['koi8-r', russian, 'KOI8-R'],
    ['iso-8859-5', russian, 'ISO-8859-5'],
    ['windows-1251', ukrainian, 'Windows-1251'],
    ['koi8-u', ukrainian, 'KOI8-U'],
    ['iso-8859-5', ukrainian, 'ISO-8859-5'],
  ];
  for (const [encoding, text, label] of encodings) {
    it(`tells ${label} apart from the other Cyrillic encodings (${text === russian ? 'Russian' : 'Ukrainian'})`, () => {
      const d = decodeBytes(encode(text, encoding));
      assert.ok(d.ok, JSON.stringify(d));
      assert.equal(d.text, text);
      assert.equal(d.note, `not valid UTF-8; decoded as ${label} (Cyrillic)`);
    });
  }

  it('says when the encoding is only a guess', () => {
    // Mixed-case nonsense reads about as well in Windows-1251 ("АшИ ОСт") as in KOI8-R.
    const d = decodeBytes(bytes(utf8('Ok '), [0xc0, 0xf8, 0xc8], utf8(' '), [0xce, 0xd1, 0xf2]));
    assert.ok(d.ok);
    assert.match(d.note ?? '', /, a guess: \S+ reads almost as well$/);
  });

  const refusals: ReadonlyArray<readonly [string, Uint8Array, RegExp]> = [
    ['an empty file', new Uint8Array(0), /^empty$/],
    ['whitespace only', utf8(' \n\t\r\n  '), /^empty$/],
    ['a BOM and nothing else', bytes([0xef, 0xbb, 0xbf], utf8('\n')), /^empty$/],
    [
      'a PNG renamed .txt',
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], utf8('IHDR')),
      /binary file \(PNG image\)/,
    ],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ'), /binary file \(PDF document\)/],
    ['a gzip stream', bytes([0x1f, 0x8b, 0x08, 0x00]), /GZIP/],
    ['NUL bytes', utf8('abc\u0000def'), /binary file \(NUL bytes\)/],
    [
      'Latin-1 German (isolated high bytes)',
      bytes(utf8('Die Gr'), [0xfc], utf8('nde f'), [0xfc], utf8('r den Besuch')),
      /invalid UTF-8 at byte 6/,
    ],
    ['a truncated UTF-8 sequence', bytes(utf8('abc'), [0xd0]), /invalid UTF-8 at byte 3/],
  ];
  for (const [name, input, reason] of refusals) {
    it(`refuses ${name}`, () => {
      const d = decodeBytes(input);
      assert.equal(d.ok, false);
      if (!d.ok) assert.match(d.reason, reason);
    });
  }
});

describe('firstInvalidUtf8', () => {
  const table: ReadonlyArray<readonly [string, Uint8Array, number]> = [
    ['ASCII', utf8('plain'), -1],
    ['four-byte emoji', utf8('a🙂b'), -1],
    ['overlong slash', bytes([0x41, 0xc0, 0xaf]), 1],
    ['UTF-16 surrogate encoded in UTF-8', bytes([0xed, 0xa0, 0x80]), 0],
    ['beyond U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['stray continuation byte', bytes(utf8('ok'), [0x80]), 2],
  ];
  for (const [name, input, expected] of table) {
    it(name, () => assert.equal(firstInvalidUtf8(input), expected));
  }
  it('agrees with TextDecoder on random bytes', () => {
    for (let seed = 1; seed < 300; seed++) {
      const b = Uint8Array.from({ length: 24 }, (_, i) => (seed * 7919 + i * 104729) % 251);
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(b);
      } catch {
        valid = false;
      }
      assert.equal(firstInvalidUtf8(b) < 0, valid, `seed ${seed}`);
    }
  });
});
