import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findByline, findDateline, findHeadline, findOutlet } from './byline.js';
import { dateValueOf } from './date-patterns.js';
import { enrichMeta } from './enrich.js';
import { guessLanguage } from './language.js';
import { inferNotBefore } from './not-before.js';

describe('dateValueOf', () => {
  const table: ReadonlyArray<readonly [unknown, string | undefined, string?]> = [
    ['2022 / 12 / 07', '2022-12-07'],
    ['07.12.2022', '2022-12-07'],
    ['December 7, 2022', '2022-12-07'],
    ['Dec. 7th, 2022', '2022-12-07'],
    ['7 December 2022', '2022-12-07'],
    ['7. Dezember 2022', '2022-12-07'],
    ['7 декабря 2022 г.', '2022-12-07'],
    ['Wed, 07 Dec 2022 23:30:00 -0500', '2022-12-07'],
    ['2022-12-07T23:30:00-05:00', '2022-12-07'],
    ['2022-12', '2022-12', 'month'],
    ['December 2022', '2022-12', 'month'],
    ['2022', '2022', 'year'],
    ['31.02.2022', undefined],
    ['2022-13-01', undefined],
    ['yesterday', undefined],
    [null, undefined],
  ];
  for (const [input, value, precision = 'day'] of table) {
    it(String(input), () => {
      const d = dateValueOf(input);
      assert.deepEqual(d, value === undefined ? undefined : { value, precision });
    });
  }
});

describe('byline and dateline', () => {
  const bylines: ReadonlyArray<readonly [string, string | undefined]> = [
    ['Headline\n\nBy Jane Doe\n\nText.', 'Jane Doe'],
    ['BY JOHN SMITH, Reuters\nText', 'JOHN SMITH'],
    ['By Jane Doe and Ivan Petrenko | 7 Dec 2022', 'Jane Doe and Ivan Petrenko'],
    ['Von Anna Müller\nText', 'Anna Müller'],
    ['Автор: Иван Петров\nТекст', 'Иван Петров'],
    ['by the way, nothing here', undefined],
    ['Headline\n\nThe meeting was held by Lukashenko and Shoigu in Minsk.', undefined],
  ];
  for (const [text, name] of bylines)
    it(`byline in ${JSON.stringify(text)}`, () => assert.equal(findByline(text), name));

  it('finds a dateline on a short line near the top only', () => {
    assert.equal(findDateline('Title\n\n2022 / 12 / 07\n\nAnalyst')?.value, '2022-12-07');
    assert.equal(findDateline('MINSK, Dec. 7, 2022 — Ministers met.')?.value, '2022-12-07');
    const inProse = `Title\n\n${'On 3 December 2022 the minister arrived in the capital and held long talks with his counterpart there.'}`;
    assert.equal(findDateline(inProse), undefined);
  });
});

describe('outlet and headline from a text header', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    [
      'Ferry crews vote on strike\nBy Jane Doe, Harbour Gazette\nPortsmouth, 5 May 2024\n\nText.',
      'Harbour Gazette',
      'Ferry crews vote on strike',
    ],
    [
      'Ferry crews vote on strike\nBy Jane Doe\nHarbour Gazette, Portsmouth - May 5, 2024\n\nText.',
      'Harbour Gazette',
      'Ferry crews vote on strike',
    ],
    [
      'Ferry crews vote on strike\nBy Jane Doe\nNew York, 5 May 2024\n\nText.',
      undefined,
      'Ferry crews vote on strike',
    ],
    ['The crews met on Monday.\nBy Jane Doe\n\nText.', undefined, undefined],
    ['No byline here\nPortsmouth, 5 May 2024\n\nText.', undefined, undefined],
  ];
  for (const [text, outlet, headline] of cases) {
    it(`reads ${JSON.stringify(text.slice(0, 60))}`, () => {
      assert.equal(findOutlet(text), outlet);
      assert.equal(findHeadline(text), headline);
    });
  }
});

describe('guessLanguage', () => {
  const table: ReadonlyArray<readonly [string, string | undefined]> = [
    ['The minister said that the visit was not a sign of war, and that it has been planned for weeks.', 'en'],
    ['Der Minister sagte, dass der Besuch nicht auf einen Krieg hindeute und schon lange geplant sei.', 'de'],
    ['Министр сказал, что этот визит не является признаком войны и что он был запланирован заранее.', 'ru'],
    [
      'Міністр сказав, що цей візит не є ознакою війни і що він був запланований заздалегідь, але також.',
      'uk',
    ],
    ['Minsk, Moscow, Kyiv.', undefined],
  ];
  for (const [text, lang] of table)
    it(`${lang ?? 'unsure'}: ${text.slice(0, 30)}`, () => assert.equal(guessLanguage(text), lang));
});

describe('inferNotBefore', () => {
  const table: ReadonlyArray<readonly [string, string, string | undefined]> = [
    ['the latest full date', 'Talks began on 20 November 2022 and resumed on 2 December 2022.', '2022-12-02'],
    [
      'a yearless date after a full one takes its year',
      'On November 20, 2022 they met; on December 3 they met again.',
      '2022-12-03',
    ],
    [
      'a yearless date before a full one is not moved into the future',
      'Since February 24 the war goes on; on 1 December 2022 he spoke.',
      '2022-12-01',
    ],
    [
      'a yearless date placed before a stated bare year',
      'Shoigu came on December 3. What happens in early 2023 is open.',
      '2022-12-03',
    ],
    [
      'no year stated anywhere: yearless dates are not used',
      'Shoigu came on December 3 and left on December 4.',
      undefined,
    ],
    [
      'relative dates are not stated dates',
      'Today and yesterday, 3 days ago, nothing was decided.',
      undefined,
    ],
    ['no dates at all', 'Nothing dated here at all.', undefined],
  ];
  for (const [name, text, value] of table) {
    it(name, () => assert.deepEqual(inferNotBefore(text), value && { value, precision: 'day' }));
  }
});

describe('enrichMeta', () => {
  const article = (text: string, meta = {}) => ({ origin: 'a.txt', format: 'text', text, meta });
  it('lets the sidecar win over what the format states', () => {
    const a = enrichMeta(
      article('By Jane Doe\n\nText.', { author: { value: 'Front', source: 'front-matter' } }),
      {
        author: { value: 'Side', source: 'sidecar' },
      },
    );
    assert.deepEqual(a.meta.author, { value: 'Side', source: 'sidecar' });
  });
  it('uses byline and dateline when nothing else states them, and marks inferred dates', () => {
    const a = enrichMeta(
      article(
        'Headline\n\nBy Jane Doe\n\n07.12.2022\n\nThe text of the article is in English and it is long enough.',
      ),
    );
    assert.deepEqual(a.meta.author, { value: 'Jane Doe', source: 'byline' });
    assert.deepEqual(a.meta.published, {
      value: '2022-12-07',
      precision: 'day',
      source: 'dateline',
      inferred: false,
    });
    assert.deepEqual(a.meta.language, { value: 'en', source: 'inferred' });
    const b = enrichMeta(
      article(
        'The talks that were held on 3 December 2022 in Minsk were the first of their kind since the start of the war, officials said.',
      ),
    );
    assert.deepEqual(b.meta.published, {
      value: '2022-12-03',
      precision: 'day',
      source: 'inferred',
      inferred: true,
    });
  });
});
