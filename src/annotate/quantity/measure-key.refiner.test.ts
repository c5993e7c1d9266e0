import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quantity } from '../../core/index.js';
import { quantityStage } from '../stages/quantity.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

const run = (text: string): readonly Quantity[] =>
  quantityStage.run(text, sentenceStage.run(text, {}, {}), {}).quantities ?? [];
/** The measure key of the quantity whose text starts with `figure`. */
const keyOf = (text: string, figure: string): string | undefined => {
  const q = run(text).find((x) => x.text.startsWith(figure) || x.text.includes(figure));
  assert.ok(q, `no quantity "${figure}" in: ${text}`);
  return q.measureKey;
};

// Sentences written for these tests, in the manner of conflict reporting; [text, figure, key].
const table: [string, string, string | undefined][] = [
  ['Some 4,500 mobilised Russian soldiers reached the camp.', '4,500', 'russian-troops'],
  ['About 2,000 Belorussian servicemen took part.', '2,000', 'belarusian-troops'],
  ['The ministry said 4,500 troops from Russia had reached the camp.', '4,500', 'russian-troops'],
  [
    'Kazakhstan aside, Belarus has perhaps 20,000 military personnel ready to fight.',
    '20,000',
    'belarusian-troops',
  ],
  ['Minsk described the Russian contingent as roughly 4,500 soldiers.', '4,500', 'russian-troops'],
  ['The Russian contingent numbers about 4,500 people, officials say.', '4,500', 'russian-troops'],
  [
    'Then the Belarusian side.\nIts ground forces number at most 8,000 to 9,000 soldiers.',
    '8,000',
    'belarusian-troops',
  ],
  ['Observers counted 4,500 troops at the range.', '4,500', 'troops'],
  ['Registration records of some 2.5 million reservists are being checked.', '2.5 million', 'reservists'],
  ['The camp trains 3,000 Russian reservists.', '3,000', 'russian-troops'],
  [
    'Every one of the 2 million Belarusians liable for military service must report.',
    '2 million',
    'reservists',
  ],
  ['The country received 120 main battle tanks.', '120', 'tanks'],
  ['Moscow granted Minsk a new loan of about 2.5 billion US dollars.', '2.5 billion', 'loan-usd'],
  ['It postponed repayments on $700 million of older debt.', '$700 million', 'loan-usd'],
  ['Gas sold at the market price of $1,900 this summer.', '$1,900', 'price-usd'],
  ['The fund holds $40 million.', '$40 million', 'usd'],
  ['According to the survey, about 80% of respondents oppose it.', '80%', 'poll-share'],
  ['Polls show that only 5% of citizens support the war.', '5%', 'poll-share'],
  ['About 40 per cent of the country voted.', '40 per cent', 'country-percent'],
  ['They brought 80 howitzers with a calibre above 120 mm to the front.', '120 mm', undefined],
  ['Belarus sent some 30,000 tonnes of shells to Russia.', '30,000', 'shells-tons'],
  ['The convoy stretched for 40 kilometres.', '40 kilometres', 'kilometres'],
];

describe('quantities: measure keys from context', () => {
  for (const [text, figure, key] of table)
    it(`${figure} in "${text.slice(0, 50)}" -> ${key ?? 'no key'}`, () => {
      assert.equal(keyOf(text, figure), key);
    });
});

describe('quantities: qualifiers across a line break', () => {
  it('keeps "at least" written at the end of the line before the figure', () => {
    const q = run('By our count the army has shipped at least\n94 T-72 tanks east.').find(
      (x) => x.value === 94,
    );
    assert.equal(q?.qualifier, 'at least');
    assert.equal(q?.thing, 'T-72 tanks');
  });
  it('does not reach across a blank line', () => {
    const q = run('They said at least\n\n94 tanks moved.').find((x) => x.value === 94);
    assert.equal(q?.qualifier, undefined);
  });
});
